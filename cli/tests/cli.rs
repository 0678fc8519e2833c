//! The `klantcyclus` binary as a teacher uses it: outputs, determinism, and clear failures.

use std::path::PathBuf;
use std::process::{Command, Output};

const FIXED_COLUMNS: &str = "week,suspects,prospects,new_customers,loyal_customers,ambassadors,former_customers,population,expectation,performance,satisfaction,promoters,passives,detractors,nps,retention_rate,orders,revenue,costs,profit,cumulative_profit,clv_wxa,clv_wxa_net,clv_discounted,clv_discounted_net,share_of_wallet";

fn free_play() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../scenarios/free-play.toml")
        .display()
        .to_string()
}

fn klantcyclus(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_klantcyclus"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klantcyclus-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn run_writes_the_fixed_columns_first_and_one_row_per_week() {
    let out = klantcyclus(
        "nl_NL.UTF-8",
        &["run", &free_play(), "--weeks", "12", "--seed", "3"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with(FIXED_COLUMNS), "{}", lines[0]);
    assert_eq!(lines.len(), 1 + 13, "header + weeks 0..=12");
    let columns = lines[0].split(',').count();
    assert!(lines[1..].iter().all(|l| l.split(',').count() == columns));
    assert!(lines[13].starts_with("12,"));
    let population: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(',').nth(7).unwrap())
        .collect();
    assert!(population.iter().all(|p| *p == "10000"));
}

#[test]
fn same_seed_gives_identical_csv_and_another_seed_differs() {
    let args = ["run", "free-play", "--weeks", "30", "--seed", "17"];
    let a = stdout(&klantcyclus("C", &args));
    let b = stdout(&klantcyclus("C", &args));
    assert_eq!(a, b);
    let c = stdout(&klantcyclus(
        "C",
        &["run", "free-play", "--weeks", "30", "--seed", "18"],
    ));
    assert_ne!(a, c);
}

#[test]
fn set_changes_the_run_and_json_has_the_same_figures() {
    let base = stdout(&klantcyclus("C", &["run", "free-play", "--weeks", "8"]));
    let promised = stdout(&klantcyclus(
        "C",
        &[
            "run",
            "free-play",
            "--weeks",
            "8",
            "--set",
            "promise=0.9",
            "--set",
            "quality=0.2",
        ],
    ));
    assert_ne!(base, promised);
    let json = stdout(&klantcyclus(
        "C",
        &["run", "free-play", "--weeks", "8", "--format", "json"],
    ));
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 9);
    let keys: Vec<&String> = rows[0].as_object().unwrap().keys().collect();
    let fixed: Vec<&str> = FIXED_COLUMNS.split(',').collect();
    assert_eq!(
        keys[..fixed.len()]
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>(),
        fixed
    );
    let last_csv: Vec<&str> = base.lines().last().unwrap().split(',').collect();
    assert_eq!(
        rows[8]["nps"].as_f64().unwrap(),
        last_csv[14].parse::<f64>().unwrap()
    );
}

#[test]
fn out_writes_a_file() {
    let path = std::env::temp_dir().join(format!("klantcyclus-out-{}.csv", std::process::id()));
    let out = klantcyclus(
        "C",
        &[
            "run",
            "free-play",
            "--weeks",
            "3",
            "--out",
            path.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    assert!(stdout(&out).is_empty());
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 5);
    let _ = std::fs::remove_file(path);
}

#[test]
fn bad_arguments_fail_clearly_in_dutch_by_default_and_english_when_asked() {
    let out = klantcyclus("nl_NL.UTF-8", &["run", "free-play", "--set", "prijs=0.5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("onbekende knop `prijs`"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());

    let out = klantcyclus("en_GB.UTF-8", &["run", "free-play", "--set", "price=1.5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("value 1.5 in `price=1.5` is not between 0 and 1"),
        "{}",
        stderr(&out)
    );

    for args in [
        vec!["run", "free-play", "--set", "price"],
        vec!["run", "free-play", "--set", "price=NaN"],
        vec!["run", "free-play", "--weeks", "-3"],
        vec!["run", "free-play", "--weeks", "0"],
        vec!["run", "free-play", "--format", "xml"],
        vec!["run", "free-play", "--bogus"],
        vec!["run"],
        vec!["frobnicate"],
        vec!["sweep", "free-play", "--vary", "price=0:2:0.1"],
        vec!["sweep", "free-play", "--vary", "price=1:0:0.1"],
        vec!["sweep", "free-play", "--vary", "price"],
        vec!["sweep", "free-play"],
    ] {
        let out = klantcyclus("nl_NL.UTF-8", &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let message = stderr(&out);
        assert!(message.starts_with("fout:"), "{args:?}: {message}");
        assert!(!message.contains("panicked"));
    }
    let out = klantcyclus("en_US.UTF-8", &["run"]);
    assert!(
        stderr(&out).starts_with("error: required argument missing"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_or_broken_scenario_file_is_an_input_error() {
    let out = klantcyclus("nl_NL.UTF-8", &["run", "/nonexistent/lesson.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("kan scenariobestand"));
    let broken = temp_file(
        "broken.toml",
        "format_version = 1\nid = \"x\"\nweeks = 10\n[title]\nnl = \"a\"\nen = \"b\"\n[market]\npopulaton = 5\n",
    );
    let out = klantcyclus("nl_NL.UTF-8", &["run", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("regel 8, veld `market.populaton`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_accepts_good_files_and_names_the_line_of_bad_ones() {
    let out = klantcyclus("nl_NL.UTF-8", &["check", &free_play()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("OK"));
    let bad = temp_file(
        "bad.toml",
        "format_version = 1\nid = \"x\"\nweeks = 10\n[title]\nnl = \"a\"\nen = \"b\"\n[start_policy]\npromise = 2\n",
    );
    let out = klantcyclus(
        "en_US.UTF-8",
        &["check", &free_play(), bad.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.contains("line 8, field `start_policy.promise`"),
        "{message}"
    );
    assert!(message.contains("1 of 2 files rejected"), "{message}");
}

#[test]
fn sweep_writes_one_row_per_setting_and_repetition() {
    let out = klantcyclus(
        "C",
        &[
            "sweep",
            "free-play",
            "--weeks",
            "4",
            "--vary",
            "promise=0:1:0.5",
            "--vary",
            "price=0.2:0.4:0.2",
            "--repetitions",
            "2",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("promise,price,seed,week,suspects"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), 1 + 3 * 2 * 2);
    assert!(lines[1].starts_with("0,0.2,1,4,"), "{}", lines[1]);
    assert!(lines[2].starts_with("0,0.2,2,4,"), "{}", lines[2]);
    assert!(lines[3].starts_with("0,0.4,1,4,"), "{}", lines[3]);
    assert!(lines[12].starts_with("1,0.4,2,4,"), "{}", lines[12]);
}

#[test]
fn help_is_in_the_users_language_and_exits_cleanly() {
    let out = klantcyclus("nl_NL.UTF-8", &["--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Opdrachten:") && stdout(&out).contains("Toon deze hulp"));
    let out = klantcyclus("en_US.UTF-8", &["sweep", "--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Options:") && stdout(&out).contains("--vary"));
    let out = klantcyclus("nl_NL.UTF-8", &[]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn tier_settings_reach_run_and_sweep_and_their_costs_come_after_the_old_columns() {
    let csv = |args: &[&str]| {
        let out = klantcyclus("en_GB.UTF-8", args);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let path = free_play();
    let last_value = |text: &str, column: &str| -> f64 {
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let at = header.iter().position(|c| *c == column).unwrap();
        lines
            .last()
            .unwrap()
            .split(',')
            .nth(at)
            .unwrap()
            .parse()
            .unwrap()
    };
    let plain = csv(&["run", &path, "--weeks", "6"]);
    assert!(plain.starts_with(FIXED_COLUMNS));
    assert!(plain.lines().next().unwrap().ends_with(
        "small_profit,contact_costs,top_contact_costs,large_contact_costs,medium_contact_costs,small_contact_costs"
    ));
    assert_eq!(last_value(&plain, "contact_costs"), 0.0);
    let treated = csv(&[
        "run",
        &path,
        "--weeks",
        "6",
        "--set",
        "channel.small=account_manager",
        "--set",
        "service.top=1.5",
    ]);
    let small = last_value(&treated, "small_contact_costs");
    assert!(
        small > 0.0,
        "an account manager costs more than the helpdesk"
    );
    assert_eq!(last_value(&treated, "contact_costs"), small);
    let sweep = csv(&[
        "sweep",
        &path,
        "--weeks",
        "4",
        "--vary",
        "channel.small=0:3:1",
    ]);
    assert!(sweep.starts_with("channel.small,seed,week,"));
    assert_eq!(sweep.lines().count(), 1 + 4, "one row per channel");
    let refused = klantcyclus("en_GB.UTF-8", &["run", &path, "--set", "channel.small=fax"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("not a channel"),
        "{}",
        stderr(&refused)
    );
}
