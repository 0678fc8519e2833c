//! Kept runs: the share link, the session file and the stored session give back exactly the run
//! they were made from, and refuse damaged, foreign or other-version data with a reason.

use model::catalog::{bundled, bundled_by_id};
use model::saved_run::{SavedRun, SavedRunError, file, link, stored};
use model::{Language, Lever, PolicyChange, Run, Scenario};

/// A lesson run with ten lever changes on whole percents, as a learner makes them with the sliders.
fn lesson_run(id: &str) -> SavedRun {
    let scenario = bundled_by_id(id).unwrap().clone();
    let levers = [
        Lever::Promise,
        Lever::Aftersales,
        Lever::Quality,
        Lever::Price,
        Lever::Presales,
        Lever::Sales,
        Lever::LoyaltySocial,
        Lever::Acquisition,
        Lever::LoyaltyStructural,
        Lever::LoyaltyFinancial,
    ];
    let timeline = levers
        .into_iter()
        .filter(|lever| !scenario.is_locked(*lever) && !scenario.is_hidden(*lever))
        .enumerate()
        .map(|(i, lever)| PolicyChange {
            week: 3 + 7 * i as u32,
            setting: lever.into(),
            value: f64::from(10 + 7 * i as u32) / 100.0,
        })
        .collect();
    SavedRun::new(
        Run {
            scenario,
            seed: 2024,
            timeline,
        },
        80,
    )
}

/// An imported lesson: a bundled one with another id and changed texts.
fn imported_run() -> SavedRun {
    let mut scenario = bundled_by_id("overpromising").unwrap().clone();
    scenario.id = "eigen-les".to_string();
    scenario.title.nl = "Onze eigen les".to_string();
    scenario.weeks = 60;
    let mut saved = lesson_run("overpromising");
    saved.run.scenario = scenario;
    saved
}

#[test]
fn a_lesson_link_with_ten_changes_rebuilds_the_run_and_stays_short() {
    for scenario in bundled() {
        let saved = lesson_run(&scenario.id);
        let code = link::encode(&saved);
        assert_eq!(link::decode(&code), Ok(saved.clone()), "{}", scenario.id);
        // The whole link is the page address plus `?sessie=` plus this code.
        assert!(
            code.len() <= 160,
            "{}: {} characters: {code}",
            scenario.id,
            code.len()
        );
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "not URL-safe: {code}"
        );
    }
}

#[test]
fn links_carry_market_size_exact_values_and_large_seeds() {
    let mut saved = lesson_run("free-play");
    saved.run.scenario.market.population = 123_457;
    saved.run.seed = u64::MAX;
    saved.run.timeline.push(PolicyChange {
        week: 80,
        setting: Lever::Promise.into(),
        value: 1.0 / 3.0,
    });
    let back = link::decode(&link::encode(&saved)).unwrap();
    assert_eq!(back, saved);
    assert_eq!(back.run.timeline.last().unwrap().value, 1.0 / 3.0);
}

#[test]
fn an_imported_lesson_travels_inside_the_link_compressed() {
    let saved = imported_run();
    let code = link::encode(&saved);
    assert_eq!(link::decode(&code), Ok(saved.clone()));
    let text_size = saved.run.scenario.to_toml().len();
    assert!(
        code.len() < text_size / 2,
        "{} characters for a {text_size}-byte lesson",
        code.len()
    );
}

#[test]
fn links_leave_out_the_name_and_language() {
    let mut saved = lesson_run("free-play");
    saved.learner = Some("Sanne".to_string());
    saved.language = Some(Language::En);
    let back = link::decode(&link::encode(&saved)).unwrap();
    assert_eq!(back.learner, None);
    assert_eq!(back.language, None);
    assert_eq!(back.run, saved.run);
}

#[test]
fn a_damaged_or_cut_off_link_is_refused_as_damaged() {
    let code = link::encode(&lesson_run("overpromising"));
    let mut changed = code.clone().into_bytes();
    changed[10] = if changed[10] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(changed).unwrap();
    for bad in [
        changed.as_str(),
        &code[..code.len() - 3],
        &code[..5],
        "",
        "!!!",
        "hallo wereld",
    ] {
        assert_eq!(link::decode(bad), Err(SavedRunError::Damaged), "{bad}");
    }
}

/// A code with a valid checksum around arbitrary bytes (as a newer program could write).
fn code_around(bytes: &[u8]) -> String {
    use base64::Engine;
    let mut data = bytes.to_vec();
    data.extend(model::saved_run::checksum(bytes).to_le_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

#[test]
fn a_link_from_another_format_version_says_so_in_both_languages() {
    let newer = link::decode(&code_around(&[2, 1, 2, 3])).unwrap_err();
    assert_eq!(
        newer,
        SavedRunError::Version {
            found: 2,
            supported: 1
        }
    );
    assert!(newer.message(Language::Nl).contains("nieuwere versie"));
    assert!(newer.message(Language::En).contains("newer version"));
    let older = link::decode(&code_around(&[0, 5])).unwrap_err();
    assert!(older.message(Language::Nl).contains("oudere versie"));
}

#[test]
fn a_link_for_another_revision_of_a_lesson_is_refused() {
    // The revision is part of the record; change it in the session file, then make a link of it.
    let saved = lesson_run("overpromising");
    let text = file::encode(&saved);
    let revision = text
        .lines()
        .find(|l| l.starts_with("revision"))
        .unwrap()
        .to_string();
    let other = text.replace(&revision, "revision = \"00000000\"");
    let error = file::decode(&other).unwrap_err();
    assert_eq!(
        error,
        SavedRunError::OtherRevision {
            id: "overpromising".to_string()
        }
    );
    assert!(
        error
            .message(Language::Nl)
            .contains("andere versie van de les")
    );
}

#[test]
fn a_session_file_is_readable_and_reads_back_with_name_and_language() {
    let mut saved = lesson_run("aftersales-crisis");
    saved.learner = Some("Sanne de Vries".to_string());
    saved.language = Some(Language::Nl);
    let text = file::encode(&saved);
    for expected in [
        "format = \"klantcyclus-sessie\"",
        "learner = \"Sanne de Vries\"",
        "language = \"nl\"",
        "seed = 2024",
        "week = 80",
        "id = \"aftersales-crisis\"",
        "[[timeline]]",
        "lever = \"aftersales\"",
        "value = 0.1",
    ] {
        assert!(text.contains(expected), "missing {expected}:\n{text}");
    }
    assert_eq!(file::decode(&text), Ok(saved));
    let imported = imported_run();
    assert_eq!(file::decode(&file::encode(&imported)), Ok(imported));
}

#[test]
fn a_bad_session_file_names_field_and_line_in_both_languages() {
    let text = file::encode(&lesson_run("free-play"));
    let line_of = |needle: &str| text.lines().position(|l| l.starts_with(needle)).unwrap() + 1;

    let wrong_type = text.replacen("week = 80", "week = \"tachtig\"", 1);
    let message = file::decode(&wrong_type).unwrap_err().message(Language::Nl);
    assert!(
        message.starts_with(&format!("regel {}, veld `week`", line_of("week = 80"))),
        "{message}"
    );

    let out_of_range = text.replacen("value = 0.1\n", "value = 1.5\n", 1);
    let error = file::decode(&out_of_range).unwrap_err();
    let line = line_of("value = 0.1");
    assert!(
        error
            .message(Language::Nl)
            .starts_with(&format!("regel {line}, veld `timeline[0].value`")),
        "{}",
        error.message(Language::Nl)
    );
    assert!(
        error
            .message(Language::En)
            .starts_with(&format!("line {line}, field `timeline[0].value`")),
        "{}",
        error.message(Language::En)
    );

    let unknown = text.replacen("id = \"free-play\"", "id = \"geen-les\"", 1);
    let message = file::decode(&unknown).unwrap_err().message(Language::En);
    assert!(message.contains("field `lesson.id`"), "{message}");
    assert!(message.contains("geen-les"), "{message}");

    let future = text.replacen("week = 80", "week = 5", 1);
    let message = file::decode(&future).unwrap_err().message(Language::Nl);
    assert!(message.contains("timeline[1].week"), "{message}");

    let not_ours = file::decode("titel = \"boodschappenlijst\"").unwrap_err();
    assert_eq!(not_ours, SavedRunError::Foreign);

    // A newer version is recognised before the fields it may have added.
    let newer = text.replacen("version = 1", "version = 2", 1).replacen(
        "week = 80",
        "week = 80\nteam = \"B\"",
        1,
    );
    assert_eq!(
        file::decode(&newer),
        Err(SavedRunError::Version {
            found: 2,
            supported: 1
        })
    );
}

#[test]
fn a_name_with_control_characters_is_refused_and_spaces_are_trimmed() {
    let mut saved = lesson_run("free-play");
    saved.learner = Some("  Kim  ".to_string());
    let back = file::decode(&file::encode(&saved)).unwrap();
    assert_eq!(back.learner.as_deref(), Some("Kim"));
    saved.learner = Some("Kim\u{202e}".to_string());
    let message = file::decode(&file::encode(&saved))
        .unwrap_err()
        .message(Language::En);
    assert!(message.contains("field `learner`"), "{message}");
}

#[test]
fn a_lessons_revision_ignores_its_texts_but_not_its_rules() {
    let id = "overpromising";
    let revision = model::catalog::revision(id).unwrap();
    assert_eq!(model::catalog::revision(id), Some(revision), "stable");
    assert_ne!(model::catalog::revision("free-play"), Some(revision));
    assert_eq!(model::catalog::revision("no-such-lesson"), None);
}

#[test]
fn a_hidden_lever_in_a_saved_timeline_is_refused() {
    let scenario = bundled()
        .iter()
        .find(|s| !s.hidden_levers.is_empty())
        .expect("a lesson with a hidden lever");
    let mut saved = lesson_run(&scenario.id);
    saved.run.timeline.push(PolicyChange {
        week: 80,
        setting: scenario.hidden_levers[0].into(),
        value: 0.5,
    });
    assert!(link::decode(&link::encode(&saved)).is_err());
}

#[test]
fn a_locked_lever_in_a_saved_timeline_is_refused() {
    let scenario = bundled()
        .iter()
        .find(|s| !s.locked_levers.is_empty())
        .expect("a lesson with a locked lever");
    let mut saved = lesson_run(&scenario.id);
    saved.run.timeline.push(PolicyChange {
        week: 80,
        setting: scenario.locked_levers[0].into(),
        value: 0.5,
    });
    let message = link::decode(&link::encode(&saved))
        .unwrap_err()
        .message(Language::En);
    assert!(message.contains("locked"), "{message}");
}

#[test]
fn the_stored_session_round_trips_and_refuses_foreign_or_damaged_data() {
    let mut saved = lesson_run("word-of-mouth");
    saved.learner = Some("Ali".to_string());
    let text = stored::encode(&saved);
    assert_eq!(stored::decode(&text), Ok(saved));
    assert_eq!(
        stored::decode(&text[..text.len() / 2]),
        Err(SavedRunError::Damaged)
    );
    for foreign in [
        "{\"theme\":\"dark\"}",
        "[1,2,3]",
        "42",
        "",
        "<html>",
        "theme = \"dark\"",
    ] {
        assert_eq!(
            stored::decode(foreign),
            Err(SavedRunError::Foreign),
            "{foreign}"
        );
    }
    let huge = "x".repeat(stored::MAX_STORED_BYTES + 1);
    assert!(matches!(
        stored::decode(&huge),
        Err(SavedRunError::TooLarge { .. })
    ));
}

#[test]
fn a_stored_session_of_schema_version_1_still_reads() {
    // Written by the first version that stored sessions; it must keep reading (or be migrated).
    let fixture = include_str!("fixtures/stored-session-v1.toml");
    let saved = stored::decode(fixture).expect("the v1 fixture reads");
    assert_eq!(saved.week, 12);
    assert_eq!(saved.run.seed, 7);
    assert_eq!(saved.learner.as_deref(), Some("Fixture"));
    assert_eq!(saved.run.scenario.id, "v1-fixture");
    assert_eq!(saved.run.scenario.market.population, 2000);
    assert_eq!(saved.run.timeline.len(), 2);
    assert_eq!(saved.run.timeline[1].setting, Lever::Aftersales.into());
    // And it replays like any run.
    assert_eq!(saved.run.replay(saved.week).len(), 13);
}

#[test]
fn a_reopened_run_replays_exactly_what_was_played() {
    let saved = lesson_run("customer-pyramid");
    let reopened = link::decode(&link::encode(&saved)).unwrap();
    assert_eq!(
        reopened.run.replay(reopened.week),
        saved.run.replay(saved.week)
    );
    let scenario: &Scenario = &reopened.run.scenario;
    assert_eq!(scenario, bundled_by_id("customer-pyramid").unwrap());
}

#[test]
#[ignore]
fn print_link_lengths() {
    for scenario in bundled() {
        let code = link::encode(&lesson_run(&scenario.id));
        println!("{:<24} {:>4} {code}", scenario.id, code.len());
    }
    println!("imported {}", link::encode(&imported_run()).len());
}
