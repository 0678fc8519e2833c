//! Issue 9, the class competition: a learner hands in a result code at the end of a lesson; the
//! teacher's view replays a class's codes in the browser, ranks them by what the replays give,
//! lists damaged codes with a reason, and shows the teacher notes (never in the students' view).

mod ui;

use e2e::Page;
use model::catalog::bundled_by_id;
use model::class_ranking::Standing;
use model::saved_run::{SavedRun, result_code};
use model::{Lever, PolicyChange, Run};
use std::time::Instant;

/// A learner's code for the overpromising lesson: their promise from week 0 and one later change.
fn code(name: &str, promise: u32, seed: u64) -> (String, Standing) {
    let scenario = bundled_by_id("overpromising").unwrap().clone();
    let run = Run {
        timeline: vec![
            PolicyChange {
                week: 0,
                setting: Lever::Promise.into(),
                value: f64::from(promise) / 100.0,
            },
            PolicyChange {
                week: 30,
                setting: Lever::Aftersales.into(),
                value: f64::from(40 + (promise % 5) * 10) / 100.0,
            },
        ],
        ..Run::new(scenario, seed)
    };
    let standing = Standing::of(name, &run);
    let mut saved = SavedRun::new(run, 104);
    saved.learner = Some(name.to_string());
    (result_code::encode(&saved).unwrap(), standing)
}

#[test]
fn a_finished_lesson_gives_a_short_code_with_the_name_that_replays_to_the_same_result() {
    let page = Page::open();
    page.click("#scenario-kiezen");
    page.wait_for("#scenario-kiezer[open]");
    page.click("[data-scenario=overpromising]");
    page.wait_for("#scenario-intro[open]");
    page.click("#les-starten");
    page.set_value("#hendel-promise", "30");
    page.click("[data-speed=max]");
    page.click("[data-action=play]");
    page.wait_for("#resultaat[open]");
    assert!(page.exists("#resultaat-code-leeg"), "no name yet: no code");
    page.type_text("#resultaat-naam", "Yara de Vries");
    page.wait_for("#resultaat-code");
    let code = page.prop("#resultaat-code", "value").unwrap();
    assert!(code.len() <= 120, "{} characters", code.len());
    let saved = result_code::decode(&code).expect("the page's code reads natively");
    assert_eq!(saved.learner.as_deref(), Some("Yara de Vries"));
    assert_eq!(saved.run.scenario.id, "overpromising");
    assert_eq!(
        saved.run.compacted_timeline().len(),
        1,
        "the one promise change"
    );
    let standing = Standing::of("Yara de Vries", &saved.run);
    let met_on_page: usize = page
        .attr("#resultaat .results-summary", "data-met")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(standing.assignments_met, met_on_page);
    page.screenshot("classroom-result-code");
    // The name is the one the save dialog keeps.
    page.click("#resultaat .button-primary");
    page.click("#bewaren-knop");
    page.wait_for("#bewaren[open]");
    assert_eq!(
        page.prop("#leerling-naam", "value").as_deref(),
        Some("Yara de Vries")
    );
    // Solutions are for the teacher only: the students' view never shows the notes.
    assert!(!page.exists("#notities"));
    page.assert_clean_console();
}

#[test]
fn the_teacher_ranks_thirty_codes_by_replay_and_lists_a_damaged_one_with_the_reason() {
    let mut codes = Vec::new();
    let mut natives = Vec::new();
    for i in 0..30u32 {
        let (c, standing) = code(
            &format!("Leerling {:02}", i + 1),
            10 + i * 3,
            100 + u64::from(i),
        );
        codes.push(c);
        natives.push(standing);
    }
    // One character changed in the fifth code: it is refused, or ranked by what it replays to.
    let mut damaged: Vec<char> = codes[4].chars().collect();
    let at = damaged.len() / 2;
    damaged[at] = if damaged[at] == 'A' { 'B' } else { 'A' };
    let damaged: String = damaged.into_iter().collect();
    let damaged_replay = result_code::decode(&damaged).ok();
    let mut text = codes.join("\n");
    text.push('\n');
    text.push_str(&damaged);
    text.push_str("\nniet-een-code\n");

    let page = Page::builder().path("/?docent").open();
    page.wait_for("#docent[open]");
    page.set_value("#docent-codes", &text);
    let started = Instant::now();
    page.click("#docent-rangschik");
    page.wait_until("the ranking to finish", |p| {
        p.attr("#docent-voortgang", "data-status").as_deref() == Some("klaar")
    });
    let seconds = started.elapsed().as_secs_f64();
    println!("32 codes (30 good) ranked in the browser in {seconds:.2} s");

    let mut expected = natives.clone();
    if let Some(saved) = &damaged_replay {
        expected.push(Standing::of(
            saved.learner.as_deref().unwrap_or(""),
            &saved.run,
        ));
    }
    expected.sort_by(Standing::ranking);
    let names: Vec<String> = (1..=expected.len())
        .map(|place| page.text(&format!("#ranglijst tbody tr[data-place='{place}'] th")))
        .collect();
    let expected_names: Vec<String> = expected
        .iter()
        .map(|s| {
            if s.name.is_empty() {
                "(geen naam)".to_string()
            } else {
                s.name.clone()
            }
        })
        .collect();
    assert_eq!(names, expected_names);
    let profits: Vec<String> = (1..=expected.len())
        .map(|place| {
            page.attr(
                &format!("#ranglijst tbody tr[data-place='{place}'] [data-profit]"),
                "data-profit",
            )
            .unwrap()
        })
        .collect();
    let expected_profits: Vec<String> = expected
        .iter()
        .map(|s| format!("{:.2}", s.last.cumulative_profit))
        .collect();
    assert_eq!(
        profits, expected_profits,
        "the page ranks by the replay, as the model does"
    );
    let refused = page.text("#niet-gerangschikt");
    assert!(refused.contains("Regel 32"), "{refused}");
    if damaged_replay.is_none() {
        assert!(refused.contains("Regel 31"), "{refused}");
    }
    assert!(refused.contains("beschadigd"), "{refused}");
    assert!(page.exists("#ranglijst-csv"));
    page.screenshot("classroom-teacher-ranking");
    page.assert_clean_console();
}

#[test]
fn the_teacher_view_shows_each_lessons_notes_and_comes_from_the_header() {
    let page = Page::open();
    page.click("#docent-knop");
    page.wait_for("#docent[open]");
    page.set_value("#notities-les", "overpromising");
    page.wait_for_text("#notities", "promise = 0.35");
    page.set_value("#notities-les", "loyalty-programme");
    page.wait_for_text("#notities", "loyalty_structural = 0.8");
    page.press(e2e::Key::Escape);
    page.wait_until("the teacher's view to close", |p| !p.exists("#docent"));
    assert!(!page.text("body").contains("loyalty_structural = 0.8"));
    page.assert_clean_console();
}
