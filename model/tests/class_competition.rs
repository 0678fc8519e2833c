//! The class competition: a finished lesson fits in a short result code with the learner's name,
//! the code rebuilds exactly that run, and the ranking comes only from replaying it.

use model::catalog::{bundled, bundled_by_id};
use model::class_ranking::Standing;
use model::saved_run::result_code::{self, CodeRefusal, MAX_RESULT_CODE_CHARS};
use model::saved_run::{SavedRun, SavedRunError};
use model::{Language, Lever, PolicyChange, Run};

/// A finished lesson with `changes` lever changes on whole percents, one every few weeks.
fn finished(id: &str, changes: usize, name: &str) -> SavedRun {
    let scenario = bundled_by_id(id).unwrap().clone();
    let movable: Vec<Lever> = Lever::ALL
        .into_iter()
        .filter(|l| !scenario.is_locked(*l) && !scenario.is_hidden(*l))
        .collect();
    let timeline = (0..changes)
        .map(|i| PolicyChange {
            week: (i as u32 * 5) % scenario.weeks,
            setting: movable[i % movable.len()].into(),
            value: f64::from(20 + (i as u32 * 13) % 70) / 100.0,
        })
        .collect();
    let weeks = scenario.weeks;
    let mut saved = SavedRun::new(
        Run {
            scenario,
            seed: 3_141_592,
            timeline,
        },
        weeks,
    );
    saved.learner = Some(name.to_string());
    saved
}

#[test]
fn a_finished_lesson_with_a_dozen_changes_fits_in_120_characters_and_replays_the_same() {
    for scenario in bundled() {
        let saved = finished(&scenario.id, 12, "Fatima El Amrani");
        let code = result_code::encode(&saved).expect("a dozen changes fit");
        assert!(
            code.len() <= MAX_RESULT_CODE_CHARS,
            "{}: {}",
            scenario.id,
            code.len()
        );
        let back = result_code::decode(&code).unwrap();
        assert_eq!(back.run.scenario, saved.run.scenario);
        assert_eq!(back.run.seed, saved.run.seed);
        assert_eq!(
            back.run.compacted_timeline(),
            saved.run.compacted_timeline()
        );
        assert_eq!(back.learner.as_deref(), Some("Fatima El Amrani"));
        assert_eq!(back.week, scenario.weeks);
        assert_eq!(
            back.run.replay(scenario.weeks).last(),
            saved.run.replay(scenario.weeks).last(),
            "{}",
            scenario.id
        );
    }
}

#[test]
fn a_long_name_is_shortened_and_the_market_size_travels() {
    let mut saved = finished("overpromising", 3, "Maximiliaan-Alexander van den Heuvel");
    saved.run.scenario.market.population = 2_500;
    let back = result_code::decode(&result_code::encode(&saved).unwrap()).unwrap();
    assert_eq!(back.learner.as_deref(), Some("Maximiliaan-Alexande"));
    assert_eq!(back.run.scenario.market.population, 2_500);
}

#[test]
fn too_many_changes_or_an_imported_lesson_get_a_reason_instead_of_a_code() {
    let busy = finished("free-play", 60, "Sam");
    let refusal = result_code::encode(&busy).unwrap_err();
    assert!(
        matches!(refusal, CodeRefusal::TooManyChanges { .. }),
        "{refusal:?}"
    );
    assert!(refusal.message(Language::Nl).contains("deellink"));
    let mut imported = finished("overpromising", 2, "Sam");
    imported.run.scenario.id = "eigen-les".to_string();
    assert_eq!(result_code::encode(&imported), Err(CodeRefusal::NotBundled));
    assert!(
        CodeRefusal::NotBundled
            .message(Language::En)
            .contains("share link")
    );
}

#[test]
fn changes_that_change_nothing_take_no_room() {
    // Sliding a lever back and forth within a week, or to the value it already has, leaves only
    // what is in force: a code stays short.
    let mut saved = finished("free-play", 0, "Noor");
    let start = saved.run.scenario.start_policy.get(Lever::Quality);
    for i in 0..200 {
        saved.run.timeline.push(PolicyChange {
            week: 10,
            setting: Lever::Quality.into(),
            value: f64::from(i % 100) / 100.0,
        });
    }
    saved.run.timeline.push(PolicyChange {
        week: 10,
        setting: Lever::Quality.into(),
        value: start,
    });
    saved.run.timeline.push(PolicyChange {
        week: 20,
        setting: Lever::Price.into(),
        value: 0.7,
    });
    assert_eq!(
        saved.run.compacted_timeline(),
        vec![PolicyChange {
            week: 20,
            setting: Lever::Price.into(),
            value: 0.7
        }]
    );
    let code = result_code::encode(&saved).unwrap();
    assert!(code.len() < 40, "{code}");
    for week in 0..saved.run.scenario.weeks {
        let compacted = Run {
            timeline: saved.run.compacted_timeline(),
            ..saved.run.clone()
        };
        assert_eq!(
            compacted.policy_for_step_from(week),
            saved.run.policy_for_step_from(week)
        );
    }
}

#[test]
fn a_code_with_one_character_changed_is_refused_or_replays_to_what_it_now_says() {
    let code = result_code::encode(&finished("overpromising", 4, "Jip")).unwrap();
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let (mut refused, mut accepted) = (0, 0);
    for at in 0..code.len() {
        for c in alphabet.chars().step_by(7) {
            let mut changed: Vec<char> = code.chars().collect();
            if changed[at] == c {
                continue;
            }
            changed[at] = c;
            let changed: String = changed.into_iter().collect();
            match result_code::decode(&changed) {
                Err(error) => {
                    refused += 1;
                    assert!(!error.message(Language::Nl).is_empty());
                }
                Ok(saved) => {
                    accepted += 1;
                    // Whatever it decodes to is a real run, judged by its own replay.
                    assert_eq!(saved.week, saved.run.scenario.weeks);
                }
            }
        }
    }
    println!("one character changed: {refused} refused, {accepted} accepted");
    assert!(
        refused > 20 * accepted.max(1),
        "{refused} refused, {accepted} accepted"
    );
}

#[test]
fn a_code_for_another_lesson_version_is_refused_with_a_reason() {
    let saved = finished("overpromising", 2, "Bo");
    let code = result_code::encode(&saved).unwrap();
    use base64::Engine;
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut bytes = engine.decode(&code).unwrap();
    bytes[1] ^= 0x55; // the revision
    let body = bytes.len() - 4;
    let checksum = model::saved_run::checksum(&bytes[..body]);
    bytes[body..].copy_from_slice(&checksum.to_le_bytes());
    let error = result_code::decode(&engine.encode(&bytes)).unwrap_err();
    assert_eq!(error, SavedRunError::UnknownLesson);
    assert!(error.message(Language::Nl).contains("lesversie"));
}

#[test]
fn the_ranking_puts_goals_first_then_profit_and_comes_from_the_replay() {
    let scenario = bundled_by_id("overpromising").unwrap().clone();
    let play = |promise: f64, name: &str| {
        let run = Run {
            timeline: vec![PolicyChange {
                week: 0,
                setting: Lever::Promise.into(),
                value: promise,
            }],
            ..Run::new(scenario.clone(), 1)
        };
        Standing::of(name, &run)
    };
    let mut standings = vec![
        play(0.9, "grootspraak"),
        play(0.0, "niets beloven"),
        play(0.35, "eerlijk"),
        play(0.25, "bescheiden"),
    ];
    standings.sort_by(Standing::ranking);
    let names: Vec<&str> = standings.iter().map(|s| s.name.as_str()).collect();
    for s in &standings {
        println!(
            "{:<14} goals {}/{}, profit {:.0}",
            s.name, s.goals_met, s.goals_total, s.last.cumulative_profit
        );
    }
    assert_eq!(standings[0].goals_met, standings[0].goals_total);
    assert_eq!(names.last(), Some(&"grootspraak"));
    assert!(standings.windows(2).all(|w| {
        w[0].goals_met > w[1].goals_met
            || (w[0].goals_met == w[1].goals_met
                && w[0].last.cumulative_profit >= w[1].last.cumulative_profit)
    }));
    assert_eq!(standings[0].assignments_met, 2);
}
