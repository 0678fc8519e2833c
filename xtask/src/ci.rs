//! The README's commands: `serve`, `test` (everything CI runs) and `e2e` (the browser part).

use crate::paths::Paths;
use crate::process::{cargo, command, run, run_tests};
use crate::size::check_budget;
use crate::tools::{self, Mode, Needs};
use std::time::{Duration, Instant};

/// `cargo xtask serve`: a debug build served on http://127.0.0.1:8080 (see Trunk.toml), rebuilt on change.
pub fn serve(trunk_args: &[String]) -> Result<(), String> {
    let paths = Paths::discover();
    tools::ensure(&paths, Needs::BUILD, Mode::Install)?;
    run(command(&paths, "trunk").arg("serve").args(trunk_args))
}

/// `cargo xtask test`: every check, native and in the browser. Runs all steps it can even after
/// a failure (a formatting slip should not hide a failing test) and fails if any step failed.
pub fn test_all() -> Result<(), String> {
    let paths = Paths::discover();
    let mut report = Report::new();
    report.step("tools", || tools::ensure(&paths, Needs::ALL, Mode::Install));
    if report.failed() {
        return report.finish();
    }
    report.step("fmt", || {
        run(cargo(&paths).args(["fmt", "--all", "--check"]))
    });
    report.step("clippy (native)", || {
        run(cargo(&paths).args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    });
    report.step("clippy (wasm32 app)", || {
        run(cargo(&paths).args([
            "clippy",
            "-p",
            "klantcyclus",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]))
    });
    report.tests(
        "native tests",
        cargo(&paths).args(["test", "--workspace", "--exclude", "e2e", "--no-fail-fast"]),
    );
    browser_part(&paths, &mut report);
    report.finish()
}

/// `cargo xtask e2e`: release build, browser tests and bundle size only.
pub fn e2e() -> Result<(), String> {
    let paths = Paths::discover();
    let mut report = Report::new();
    report.step("tools", || tools::ensure(&paths, Needs::ALL, Mode::Install));
    if !report.failed() {
        browser_part(&paths, &mut report);
    }
    report.finish()
}

fn browser_part(paths: &Paths, report: &mut Report) {
    // Release mode: what we ship is what we test, and wasm-opt runs (index.html asks for it).
    let built = report.step("release build", || {
        run(command(paths, "trunk").args(["build", "--release"]))
    });
    if !built {
        report.skip("browser tests", "the release build failed");
        return;
    }
    report.tests(
        "browser tests",
        cargo(paths).args(["test", "-p", "e2e", "--no-fail-fast"]),
    );
    report.step("bundle size", || check_budget(&paths.root, &paths.dist()));
}

/// Step outcomes and test summaries, printed at the end.
struct Report {
    started: Instant,
    rows: Vec<(String, &'static str, Duration, String)>,
    summaries: Vec<String>,
}

impl Report {
    fn new() -> Report {
        Report {
            started: Instant::now(),
            rows: Vec::new(),
            summaries: Vec::new(),
        }
    }

    /// Runs one step; returns whether it passed.
    fn step(&mut self, name: &str, body: impl FnOnce() -> Result<(), String>) -> bool {
        println!("\n==> {name}");
        let started = Instant::now();
        let result = body();
        self.record(name, started.elapsed(), result)
    }

    /// Runs a test command, keeping its runners' summary lines.
    fn tests(&mut self, name: &str, cmd: &mut std::process::Command) -> bool {
        println!("\n==> {name}");
        let started = Instant::now();
        let (result, summaries) = run_tests(cmd);
        self.summaries
            .extend(summaries.into_iter().map(|line| format!("{name}: {line}")));
        self.record(name, started.elapsed(), result)
    }

    fn skip(&mut self, name: &str, why: &str) {
        self.rows
            .push((name.to_string(), "SKIPPED", Duration::ZERO, why.to_string()));
    }

    fn record(&mut self, name: &str, took: Duration, result: Result<(), String>) -> bool {
        let passed = result.is_ok();
        let (status, note) = match result {
            Ok(()) => ("ok", String::new()),
            Err(err) => {
                eprintln!("xtask: {name} FAILED: {err}");
                ("FAILED", err)
            }
        };
        self.rows.push((name.to_string(), status, took, note));
        passed
    }

    fn failed(&self) -> bool {
        self.rows.iter().any(|(_, status, _, _)| *status != "ok")
    }

    fn finish(self) -> Result<(), String> {
        println!("\n==> summary");
        for line in &self.summaries {
            println!("{line}");
        }
        for (name, status, took, note) in &self.rows {
            println!(
                "{status:<8} {name:<22} {:>7.1}s  {note}",
                took.as_secs_f64()
            );
        }
        println!("total {:.1}s", self.started.elapsed().as_secs_f64());
        if self.failed() {
            Err("some steps failed (see summary above)".to_string())
        } else {
            Ok(())
        }
    }
}
