//! Every decoder of outside data — share link, session file, stored session, scenario file — takes
//! random and mutated input without panicking, and each refusal has a message in Dutch and English.
//!
//! 10 000 cases per decoder by default; a longer run: `KLANTCYCLUS_FUZZ_CASES=1000000 cargo test
//! --release -p model --test decoders_fuzz` (see tests/README.md for the mutation fuzzer too).

use model::catalog::{BUNDLED_FILES, bundled_by_id};
use model::saved_run::{SavedRun, SavedRunError, file, link, result_code, stored};
use model::{Language, Lever, PolicyChange, Run, Scenario, ScenarioError};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn cases() -> u32 {
    std::env::var("KLANTCYCLUS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    })
}

fn sample_run() -> SavedRun {
    let mut saved = SavedRun::new(
        Run {
            scenario: bundled_by_id("overpromising").unwrap().clone(),
            seed: 99,
            timeline: vec![
                PolicyChange {
                    week: 2,
                    setting: Lever::Promise.into(),
                    value: 0.35,
                },
                PolicyChange {
                    week: 9,
                    setting: Lever::Aftersales.into(),
                    value: 0.8,
                },
            ],
        },
        20,
    );
    saved.learner = Some("Kim".to_string());
    saved.language = Some(Language::En);
    saved
}

/// One edit of a text: overwrite, delete or insert at a position.
#[derive(Clone, Debug)]
enum Edit {
    Overwrite(usize, u8),
    Delete(usize, usize),
    Insert(usize, String),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Edit::Overwrite(at, b)),
        (any::<usize>(), 1usize..40).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), ".{0,12}").prop_map(|(at, s)| Edit::Insert(at, s)),
    ];
    prop::collection::vec(edit, 1..5)
}

/// Apply edits to bytes (positions wrap around the length).
fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for edit in edits {
        let len = bytes.len().max(1);
        match edit {
            Edit::Overwrite(at, b) if !bytes.is_empty() => bytes[at % len] = *b,
            Edit::Delete(at, n) if !bytes.is_empty() => {
                let start = at % len;
                let end = (start + n).min(bytes.len());
                bytes.drain(start..end);
            }
            Edit::Insert(at, s) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, s.bytes());
            }
            _ => {}
        }
    }
    bytes
}

fn mutated_text(text: &str, edits: &[Edit]) -> String {
    String::from_utf8_lossy(&apply(text.as_bytes().to_vec(), edits)).into_owned()
}

fn explained(error: &SavedRunError) -> Result<(), TestCaseError> {
    prop_assert!(!error.message(Language::Nl).trim().is_empty());
    prop_assert!(!error.message(Language::En).trim().is_empty());
    Ok(())
}

fn explained_scenario(error: &ScenarioError) -> Result<(), TestCaseError> {
    prop_assert!(!error.message(Language::Nl).trim().is_empty());
    prop_assert!(!error.message(Language::En).trim().is_empty());
    Ok(())
}

/// A decoded run is a good run: encoding it again gives something that decodes to the same.
fn stable(
    decoded: Result<SavedRun, SavedRunError>,
    encode: fn(&SavedRun) -> String,
    decode: fn(&str) -> Result<SavedRun, SavedRunError>,
) -> Result<(), TestCaseError> {
    match decoded {
        Ok(saved) => {
            let again = decode(&encode(&saved));
            prop_assert_eq!(again.as_ref().ok(), Some(&saved));
        }
        Err(error) => explained(&error)?,
    }
    Ok(())
}

#[test]
fn link_decoder_survives_random_and_mutated_codes() {
    let code = link::encode(&sample_run());
    let raw = {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&code)
            .unwrap()
    };
    let strategy = prop_oneof![
        ".{0,200}".prop_map(|s| (s, None)),
        "[A-Za-z0-9_-]{0,160}".prop_map(|s| (s, None)),
        edits().prop_map(|e| (String::new(), Some((false, e)))),
        // Mutate the binary body and fix the checksum, so the decoding behind it is reached.
        edits().prop_map(|e| (String::new(), Some((true, e)))),
    ];
    runner()
        .run(&strategy, |(text, mutation)| {
            let input = match mutation {
                None => text,
                Some((false, edits)) => mutated_text(&code, &edits),
                Some((true, edits)) => {
                    use base64::Engine;
                    let mut body = apply(raw[..raw.len() - 4].to_vec(), &edits);
                    let checksum = model::saved_run::checksum(&body);
                    body.extend(checksum.to_le_bytes());
                    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(body)
                }
            };
            stable(link::decode(&input), link::encode, link::decode)
        })
        .unwrap();
}

/// Random text and mutations of `valid`, fed to `decode`.
fn text_inputs(valid: String) -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,300}".prop_map(|s| s),
        edits().prop_map(move |e| mutated_text(&valid, &e)),
    ]
}

/// A text decoder of kept runs survives random and mutated text.
fn fuzz_text_decoder(
    encode: fn(&SavedRun) -> String,
    decode: fn(&str) -> Result<SavedRun, SavedRunError>,
) {
    runner()
        .run(&text_inputs(encode(&sample_run())), |input| {
            stable(decode(&input), encode, decode)
        })
        .unwrap();
}

#[test]
fn session_file_decoder_survives_random_and_mutated_files() {
    fuzz_text_decoder(file::encode, file::decode);
}

#[test]
fn stored_session_decoder_survives_random_and_mutated_data() {
    fuzz_text_decoder(stored::encode, stored::decode);
}

#[test]
fn scenario_decoder_survives_random_and_mutated_files() {
    runner()
        .run(&text_inputs(BUNDLED_FILES[1].1.to_string()), |input| {
            match Scenario::from_toml(&input) {
                Ok(scenario) => {
                    prop_assert_eq!(
                        Scenario::from_toml(&scenario.to_toml()).ok(),
                        Some(scenario)
                    );
                }
                Err(error) => explained_scenario(&error)?,
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn result_code_decoder_survives_random_and_mutated_codes() {
    let mut sample = sample_run();
    sample.learner = Some("Fuzz".to_string());
    let code = result_code::encode(&sample).expect("the sample fits a result code");
    let raw = {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(&code)
            .unwrap()
    };
    let strategy = prop_oneof![
        ".{0,140}".prop_map(|s| (s, None)),
        "[A-Za-z0-9_-]{0,130}".prop_map(|s| (s, None)),
        edits().prop_map(|e| (String::new(), Some((false, e)))),
        edits().prop_map(|e| (String::new(), Some((true, e)))),
    ];
    runner()
        .run(&strategy, |(text, mutation)| {
            let input = match mutation {
                None => text,
                Some((false, edits)) => mutated_text(&code, &edits),
                Some((true, edits)) => {
                    use base64::Engine;
                    let mut body = apply(raw[..raw.len() - 4].to_vec(), &edits);
                    let checksum = model::saved_run::checksum(&body);
                    body.extend(checksum.to_le_bytes());
                    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(body)
                }
            };
            match result_code::decode(&input) {
                // What a code decodes to is a run of a bundled lesson, played to its end; encoded
                // again, it gives the same run back.
                Ok(saved) => {
                    prop_assert_eq!(saved.week, saved.run.scenario.weeks);
                    if let Ok(again) = result_code::encode(&saved) {
                        let back = result_code::decode(&again);
                        prop_assert_eq!(
                            back.map(|b| b.run.compacted_timeline()).ok(),
                            Some(saved.run.compacted_timeline())
                        );
                    }
                }
                Err(error) => explained(&error)?,
            }
            Ok(())
        })
        .unwrap();
}
