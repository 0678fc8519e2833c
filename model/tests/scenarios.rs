//! Every bundled scenario is a real exercise: its starting policy does not meet any of its assignments,
//! the solution documented in docs/teacher-notes.md meets all of them, on several seeds, and the
//! model's invariants hold in every week of both runs. Also: the bundled files, the format doc's
//! example and exported scenarios read back; texts are complete in Dutch and English.
//!
//! Run `cargo test -p model --test scenarios -- --nocapture` to see every goal's figures.

use model::catalog::{BUNDLED_FILES, bundled, bundled_by_id};
use model::{
    Assignment, Channel, Comparison, Goal, GoalTiming, Language, Lever, Localized, Metric,
    PolicyChange, Run, Scenario, Setting, Snapshot, Tier,
};
use std::path::PathBuf;

/// Seeds every lesson is played with; 2024 is the app's default seed.
const SEEDS: [u64; 5] = [1, 2, 3, 4, 2024];

/// The documented solution of each lesson: changes as (week, setting, value).
/// docs/teacher-notes.md lists the same changes (checked below).
fn solution(id: &str) -> Option<Vec<(u32, Setting, f64)>> {
    // Lessons with treatment per tier: channels (and factors) chosen in week 0.
    let channel = |tier: Tier, c: Channel| (0, Setting::Channel(tier), f64::from(c.code()));
    match id {
        "unprofitable-customers" => {
            return Some(vec![
                channel(Tier::Small, Channel::Email),
                channel(Tier::Medium, Channel::Helpdesk),
                channel(Tier::Large, Channel::Helpdesk),
                (0, Setting::Service(Tier::Top), 1.5),
            ]);
        }
        "choosing-channels" => {
            return Some(vec![
                channel(Tier::Top, Channel::AccountManager),
                channel(Tier::Large, Channel::Helpdesk),
                channel(Tier::Medium, Channel::SocialMedia),
            ]);
        }
        _ => {}
    }
    use Lever::*;
    let changes: &[(u32, Lever, f64)] = match id {
        "free-play" => &[
            (0, Promise, 0.4),
            (0, Quality, 0.6),
            (0, Price, 0.6),
            (0, LoyaltyStructural, 0.5),
        ],
        "overpromising" => &[(0, Promise, 0.35)],
        "aftersales-crisis" => &[(0, Aftersales, 0.6), (0, Sales, 0.7)],
        "delivery-crisis" => &[
            (16, Promise, 0.4),
            (16, Aftersales, 0.6),
            (44, LoyaltyStructural, 0.6),
        ],
        "word-of-mouth" => &[
            (0, Promise, 0.4),
            (0, Quality, 0.7),
            (0, Sales, 0.6),
            (0, Aftersales, 0.6),
        ],
        "customer-pyramid" => &[
            (0, Price, 0.55),
            (0, Sales, 0.8),
            (0, Aftersales, 0.4),
            (0, LoyaltySocial, 0.0),
            (0, LoyaltyStructural, 0.5),
        ],
        "loyalty-programme" => &[(0, LoyaltyFinancial, 0.0), (0, LoyaltyStructural, 0.8)],
        "operational-excellence" => &[
            (0, Promise, 0.35),
            (0, Quality, 0.55),
            (0, Price, 0.25),
            (0, Presales, 0.1),
            (0, Sales, 0.2),
            (0, Aftersales, 0.3),
            (0, LoyaltySocial, 0.0),
        ],
        "product-leadership" => &[(0, Promise, 0.75), (0, Quality, 0.95), (0, Price, 0.85)],
        "customer-intimacy" => &[
            (0, Sales, 0.8),
            (0, Aftersales, 0.8),
            (0, LoyaltySocial, 0.8),
            (0, Acquisition, 0.3),
        ],
        "buying-centre" => &[
            (6, Quality, 0.7),
            (6, Aftersales, 0.8),
            (6, Sales, 0.6),
            (6, LoyaltySocial, 0.2),
            (6, LoyaltyStructural, 0.7),
        ],
        "b2b-accounts" => &[
            (0, Sales, 0.8),
            (0, Aftersales, 0.7),
            (0, LoyaltySocial, 0.7),
            (0, LoyaltyStructural, 0.6),
            (0, Acquisition, 0.3),
        ],
        _ => return None,
    };
    Some(
        changes
            .iter()
            .map(|&(week, lever, value)| (week, lever.into(), value))
            .collect(),
    )
}

fn timeline(changes: &[(u32, Setting, f64)]) -> Vec<PolicyChange> {
    changes
        .iter()
        .map(|&(week, setting, value)| PolicyChange {
            week,
            setting,
            value,
        })
        .collect()
}

/// Play a scenario for its full length with a timeline; check the invariants every week.
fn play(scenario: &Scenario, seed: u64, changes: &[(u32, Setting, f64)]) -> Vec<Snapshot> {
    let run = Run {
        scenario: scenario.clone(),
        seed,
        timeline: timeline(changes),
    };
    let history = run.replay(scenario.weeks);
    assert_eq!(history.len(), scenario.weeks as usize + 1);
    for s in &history {
        assert_invariants(scenario, seed, s);
    }
    history
}

fn assert_invariants(scenario: &Scenario, seed: u64, s: &Snapshot) {
    let at = format!("{} seed {seed} week {}", scenario.id, s.week);
    assert_eq!(s.population, scenario.market.population, "{at}: population");
    assert_eq!(s.phases.total(), s.population, "{at}: phases add up");
    assert_eq!(
        s.promoters + s.passives + s.detractors,
        s.phases.active_customers(),
        "{at}: NPS groups add up to the active customers"
    );
    for metric in Metric::all() {
        let value = metric.value(s);
        assert!(value.is_finite(), "{at}: {} = {value}", metric.key());
    }
    assert!((-100.0..=100.0).contains(&s.nps), "{at}: nps {}", s.nps);
    for (name, v) in [
        ("expectation", s.expectation),
        ("performance", s.performance),
        ("satisfaction", s.satisfaction),
    ] {
        assert!((0.0..=10.0).contains(&v), "{at}: {name} {v}");
    }
    assert!((0.0..=1.0).contains(&s.retention_rate), "{at}: retention");
    assert!(
        (0.0..=1.0).contains(&s.share_of_wallet),
        "{at}: share of wallet"
    );
}

/// The figure a goal is judged on after a whole run: the deciding week's value for `at end` /
/// `at week`, the best week for `by week`, the worst week for `always` / `from week`.
fn judged_value(goal: &Goal, history: &[Snapshot], weeks: u32) -> f64 {
    let value = |s: &Snapshot| goal.metric.value(s);
    let at = |week: u32| history.iter().find(|s| s.week == week).map(value);
    let higher_is_better = matches!(goal.comparison, Comparison::AtLeast | Comparison::Above);
    let pick = |values: Vec<f64>, best: bool| {
        let better_high = higher_is_better == best;
        values
            .into_iter()
            .reduce(|a, b| if (b > a) == better_high { b } else { a })
            .unwrap_or(f64::NAN)
    };
    let range = |from: u32, to: u32| -> Vec<f64> {
        history
            .iter()
            .filter(|s| s.week >= from && s.week <= to)
            .map(value)
            .collect()
    };
    match goal.timing {
        GoalTiming::AtEnd => at(weeks).unwrap_or(f64::NAN),
        GoalTiming::AtWeek(w) => at(w).unwrap_or(f64::NAN),
        GoalTiming::ByWeek(w) => pick(range(0, w), true),
        GoalTiming::Always => pick(range(1, weeks), false),
        GoalTiming::FromWeek(w) => pick(range(w.max(1), weeks), false),
    }
}

/// One line per goal: target, and the judged value of the start policy and of the solution
/// (lowest..highest over the seeds).
fn scorecard(
    scenario: &Scenario,
    start: &[Vec<Snapshot>],
    solved: &[Vec<Snapshot>],
) -> Vec<String> {
    let span = |runs: &[Vec<Snapshot>], goal: &Goal| {
        let values: Vec<f64> = runs
            .iter()
            .map(|h| judged_value(goal, h, scenario.weeks))
            .collect();
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        format!("{lo:.3}..{hi:.3}")
    };
    let mut lines = Vec::new();
    for a in &scenario.assignments {
        for g in &a.goals {
            lines.push(format!(
                "{:<24} {:<22} {:<45} start {:<28} solution {}",
                scenario.id,
                a.id,
                g.to_string(),
                span(start, g),
                span(solved, g)
            ));
        }
    }
    lines
}

fn met(a: &Assignment, history: &[Snapshot], weeks: u32) -> bool {
    a.is_met(history, weeks)
}

#[test]
fn every_lesson_is_a_real_exercise_with_a_working_solution() {
    let mut failures = Vec::new();
    let mut card = Vec::new();
    for scenario in bundled() {
        let Some(changes) = solution(&scenario.id) else {
            failures.push(format!("{}: no documented solution", scenario.id));
            continue;
        };
        assert!(
            !scenario.assignments.is_empty(),
            "{} has no assignments",
            scenario.id
        );
        let start: Vec<Vec<Snapshot>> = SEEDS.iter().map(|&s| play(scenario, s, &[])).collect();
        let solved: Vec<Vec<Snapshot>> =
            SEEDS.iter().map(|&s| play(scenario, s, &changes)).collect();
        for (seed, (start, solved)) in SEEDS.iter().zip(start.iter().zip(&solved)) {
            for a in &scenario.assignments {
                if met(a, start, scenario.weeks) {
                    failures.push(format!(
                        "{} seed {seed}: the starting policy already meets `{}`",
                        scenario.id, a.id
                    ));
                }
                if !met(a, solved, scenario.weeks) {
                    failures.push(format!(
                        "{} seed {seed}: the solution does not meet `{}`",
                        scenario.id, a.id
                    ));
                }
            }
        }
        card.extend(scorecard(scenario, &start, &solved));
    }
    println!("{}", card.join("\n"));
    assert!(
        failures.is_empty(),
        "{}\n\nscorecard:\n{}",
        failures.join("\n"),
        card.join("\n")
    );
}

#[test]
fn solutions_only_move_levers_the_learner_can_move() {
    for scenario in bundled() {
        for (week, setting, value) in solution(&scenario.id).unwrap_or_default() {
            assert!(
                scenario.allows(setting),
                "{}: the solution moves {} which is locked or hidden",
                scenario.id,
                setting.key()
            );
            assert!(week < scenario.weeks && setting.accepts(value));
            assert_ne!(
                scenario.start_policy.setting(setting),
                value,
                "{}: solution sets {} to its start value",
                scenario.id,
                setting.key()
            );
        }
    }
}

fn repo_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
}

/// The line teachers read in docs/teacher-notes.md for one solution change (a channel by name).
fn solution_line(week: u32, setting: Setting, value: f64) -> String {
    match Channel::from_code(value).filter(|_| matches!(setting, Setting::Channel(_))) {
        Some(channel) => format!("week {week}: `{} = \"{}\"`", setting.key(), channel.key()),
        None => format!("week {week}: `{} = {value:?}`", setting.key()),
    }
}

#[test]
fn teacher_notes_document_every_solution_exactly() {
    let notes = std::fs::read_to_string(repo_file("docs/teacher-notes.md"))
        .expect("docs/teacher-notes.md exists");
    for scenario in bundled() {
        let heading = format!("`{}`", scenario.id);
        let start = notes
            .find(&heading)
            .unwrap_or_else(|| panic!("teacher notes have no section for {}", scenario.id));
        let section = &notes[start..];
        let end = section[heading.len()..]
            .find("\n## ")
            .map_or(section.len(), |i| i + heading.len());
        let section = &section[..end];
        for (week, setting, value) in solution(&scenario.id).unwrap_or_default() {
            let line = solution_line(week, setting, value);
            assert!(
                section.contains(&line),
                "teacher notes for {} lack the solution step {line}",
                scenario.id
            );
        }
    }
}

#[test]
fn every_file_in_scenarios_is_bundled_and_reads() {
    let mut on_disk: Vec<String> = std::fs::read_dir(repo_file("scenarios"))
        .expect("scenarios/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut bundled_ids: Vec<String> = BUNDLED_FILES.iter().map(|(id, _)| id.to_string()).collect();
    bundled_ids.sort();
    assert_eq!(on_disk, bundled_ids, "scenarios/ and the catalog differ");
    assert!(bundled().len() >= 10);
    for (id, text) in BUNDLED_FILES {
        let scenario = Scenario::from_toml(text)
            .unwrap_or_else(|e| panic!("{id}.toml: {}", e.message(Language::Nl)));
        assert_eq!(scenario.id, id, "file name and id differ");
        let disk = std::fs::read_to_string(repo_file(&format!("scenarios/{id}.toml"))).unwrap();
        assert_eq!(disk, text);
    }
    assert_eq!(
        bundled().len(),
        BUNDLED_FILES.len(),
        "a bundled file failed"
    );
    assert_eq!(bundled()[0].id, "free-play");
    assert_eq!(bundled_by_id("overpromising").unwrap().id, "overpromising");
    assert!(bundled_by_id("nope").is_none());
}

fn assert_text(id: &str, what: &str, text: &Localized) {
    assert!(
        !text.nl.trim().is_empty() && !text.en.trim().is_empty(),
        "{id}: {what} must be filled in in Dutch and English"
    );
    assert_ne!(
        text.nl.trim(),
        text.en.trim(),
        "{id}: {what} is not translated"
    );
}

#[test]
fn every_lesson_is_complete_in_dutch_and_english() {
    for s in bundled() {
        let id = s.id.as_str();
        assert_text(id, "title", &s.title);
        assert_text(id, "intro", &s.intro);
        assert_text(id, "story", &s.story);
        assert!(s.learning_goals.len() >= 2, "{id}: learning goals");
        assert!(s.debrief.len() >= 3, "{id}: debrief questions");
        for text in s.learning_goals.iter().chain(&s.debrief) {
            assert_text(id, "learning goal / debrief question", text);
        }
        assert!(!s.assignments.is_empty(), "{id}: assignments");
        for a in &s.assignments {
            assert_text(id, &a.id, &a.title);
            assert_text(id, &a.id, &a.description);
            assert!(!a.hints.is_empty(), "{id}/{}: hints", a.id);
            for h in &a.hints {
                assert_text(id, &a.id, h);
            }
        }
        if !s.locked_levers.is_empty() {
            assert_text(id, "locked_reason", &s.locked_reason);
        }
        for event in &s.events {
            if !event.notice.is_empty() {
                assert_text(id, "event notice", &event.notice);
            }
        }
        let intro_words = s.intro.nl.split_whitespace().count();
        assert!(intro_words <= 25, "{id}: the card intro is one line");
        for lever in &s.locked_levers {
            assert!(
                !s.is_hidden(*lever),
                "{id}: {lever:?} both locked and hidden"
            );
        }
    }
}

#[test]
fn every_scenario_exports_and_reads_back_unchanged() {
    for s in bundled() {
        let text = s.to_toml();
        let back = Scenario::from_toml(&text)
            .unwrap_or_else(|e| panic!("{}: {}\n{text}", s.id, e.message(Language::En)));
        assert_eq!(&back, s, "{} does not survive export", s.id);
        let mut changed = s.clone();
        changed.start_policy.set(Lever::Promise, 0.123).unwrap();
        let back = Scenario::from_toml(&changed.to_toml()).unwrap();
        assert_eq!(back.start_policy.get(Lever::Promise), 0.123);
    }
}

/// The first ```toml block of docs/scenarios.md.
fn doc_example() -> String {
    let doc = std::fs::read_to_string(repo_file("docs/scenarios.md")).expect("docs/scenarios.md");
    let start = doc.find("```toml\n").expect("a ```toml example") + "```toml\n".len();
    let end = doc[start..].find("```").expect("closing fence") + start;
    doc[start..end].to_string()
}

#[test]
fn the_full_example_in_the_format_doc_reads_and_is_a_real_exercise() {
    let example = Scenario::from_toml(&doc_example())
        .unwrap_or_else(|e| panic!("docs/scenarios.md example: {}", e.message(Language::Nl)));
    assert!(!example.assignments.is_empty());
    assert!(!example.locked_levers.is_empty() && !example.hidden_levers.is_empty());
    assert!(!example.debrief.is_empty());
    // The solution the doc gives below the example.
    let solution = [
        (0, Lever::Promise, 0.4),
        (0, Lever::LoyaltySocial, 0.6),
        (0, Lever::Aftersales, 0.6),
    ];
    let doc = std::fs::read_to_string(repo_file("docs/scenarios.md")).unwrap();
    assert!(doc.contains("`promise = 0.4`, `loyalty_social = 0.6`\nand `aftersales = 0.6`"));
    for seed in SEEDS {
        let history = play(&example, seed, &[]);
        assert!(
            example
                .assignments
                .iter()
                .all(|a| !a.is_met(&history, example.weeks)),
            "the doc example's start policy already meets an assignment"
        );
        let solved = play(
            &example,
            seed,
            &solution.map(|(w, l, v)| (w, Setting::from(l), v)),
        );
        assert!(
            example
                .assignments
                .iter()
                .all(|a| a.is_met(&solved, example.weeks)),
            "the doc example's solution misses an assignment (seed {seed})"
        );
    }
}

#[test]
fn a_partial_cost_or_segment_table_keeps_the_other_defaults() {
    let base = Scenario::free_play();
    let mut text = model::catalog::BUNDLED_FILES[0].1.to_string();
    text.push_str(
        "\n[costs.sales]\neur_per_order = 9\n\n[market.business]\nprice_sensitivity = 0.2\n",
    );
    let s = Scenario::from_toml(&text).unwrap();
    assert_eq!(s.costs.of(Lever::Sales).eur_per_order, 9.0);
    assert_eq!(
        s.costs.of(Lever::Sales).eur_per_week,
        base.costs.of(Lever::Sales).eur_per_week
    );
    assert_eq!(
        s.costs.of(Lever::Sales).exponent,
        base.costs.of(Lever::Sales).exponent
    );
    assert_eq!(
        s.costs.of(Lever::Aftersales),
        base.costs.of(Lever::Aftersales)
    );
    assert_eq!(s.market.business.price_sensitivity, 0.2);
    assert_eq!(
        s.market.business.order_size_multiplier,
        base.market.business.order_size_multiplier
    );
    assert_ne!(
        s.market.business.order_size_multiplier,
        base.market.consumer.order_size_multiplier
    );
}

/// A teacher's typical mistakes: the message names the field and the line, in both languages.
#[test]
fn mistakes_in_a_lesson_file_name_field_and_line() {
    let good = bundled_by_id("overpromising")
        .map(|s| s.id.clone())
        .unwrap();
    let text = BUNDLED_FILES.iter().find(|(id, _)| *id == good).unwrap().1;
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let cases = [
        (
            "\"nps >= 10 at end\"",
            "\"nps >= 10 at the end\"",
            "goals",
            "nps >= 10 at the end",
        ),
        ("weeks = 104", "weeks = 0", "weeks", "0"),
        (
            "locked_levers = [\"quality\", \"price\"]",
            "locked_levers = [\"quality\", \"prise\"]",
            "locked_levers",
            "prise",
        ),
        ("customers = 0.15", "klanten = 0.15", "klanten", "klanten"),
    ];
    for (from, to, field, shown) in cases {
        assert!(text.contains(from), "{from}");
        let broken = text.replacen(from, to, 1);
        let line = line_of(from);
        let error = Scenario::from_toml(&broken).expect_err(to);
        let nl = error.message(Language::Nl);
        let en = error.message(Language::En);
        assert!(nl.contains(&format!("regel {line}")), "{nl}");
        assert!(en.contains(&format!("line {line}")), "{en}");
        assert!(nl.contains(field) && nl.contains(shown), "{nl}");
        assert!(en.contains(field), "{en}");
        assert_ne!(nl, en);
    }
}
