//! A share link, a result code and a session file made before tiers could be treated apart
//! (printed by a small program against the model at commit ccd51fb) still open as the same runs,
//! and this model writes them byte for byte the same: the levers kept their numbers and keys when `Setting` replaced
//! `Lever` in policy changes.

use model::saved_run::{file, link, result_code};
use model::{Lever, PolicyChange, Run, SavedRun, catalog};

const OLD_LINK: &str =
    "AQAQY3VzdG9tZXItcHlyYW1pZLLtrpkFkE4HFAQDBQBGCgAAIwwHAAAMAgEdWmQ730_VP4QOi6Q";
const OLD_RESULT_CODE: &str = "AbK2K1MHkE4DU2FtAwMFRgoAIwwHAIIE70Q";
const OLD_SESSION_FILE: &str = r#"# Klantcyclus: een bewaarde speelronde / a saved run.
# Open dit bestand in Klantcyclus (Sessie openen) om verder te spelen.
# timeline: elke beslissing met de week waarin hij viel / every decision with its week.

format = "klantcyclus-sessie"
version = 1
learner = "Sam"
seed = 7
week = 20

[lesson]
id = "customer-pyramid"
revision = "532bb6b2"
population = 10000

[[timeline]]
week = 3
lever = "aftersales"
value = 0.7

[[timeline]]
week = 10
lever = "promise"
value = 0.35

[[timeline]]
week = 12
lever = "loyalty_social"
value = 0.0

[[timeline]]
week = 12
lever = "price"
value = 0.333
"#;

fn the_run(with_odd_price: bool) -> Run {
    let scenario = catalog::bundled_by_id("customer-pyramid").unwrap().clone();
    let change = |week, lever: Lever, value| PolicyChange {
        week,
        setting: lever.into(),
        value,
    };
    let mut timeline = vec![
        change(3, Lever::Aftersales, 0.7),
        change(10, Lever::Promise, 0.35),
        change(12, Lever::LoyaltySocial, 0.0),
    ];
    if with_odd_price {
        timeline.push(change(12, Lever::Price, 0.333));
    }
    Run {
        timeline,
        ..Run::new(scenario, 7)
    }
}

#[test]
fn a_share_link_made_before_reads_as_the_same_run_and_is_written_the_same() {
    let saved = link::decode(OLD_LINK).expect("the old link opens");
    assert_eq!(saved.run, the_run(true));
    assert_eq!(saved.week, 20);
    assert_eq!(link::encode(&saved), OLD_LINK);
}

#[test]
fn a_result_code_made_before_reads_as_the_same_run_and_is_written_the_same() {
    let saved = result_code::decode(OLD_RESULT_CODE).expect("the old result code opens");
    assert_eq!(saved.run, the_run(false));
    assert_eq!(saved.learner.as_deref(), Some("Sam"));
    assert_eq!(result_code::encode(&saved).as_deref(), Ok(OLD_RESULT_CODE));
}

#[test]
fn a_session_file_made_before_reads_as_the_same_run_and_is_written_the_same() {
    let saved = file::decode(OLD_SESSION_FILE).expect("the old session file opens");
    assert_eq!(saved.run, the_run(true));
    let mut again = SavedRun::new(the_run(true), 20);
    again.learner = Some("Sam".to_string());
    assert_eq!(saved, again);
    assert_eq!(file::encode(&saved), OLD_SESSION_FILE);
}
