//! Project automation for Klantcyclus, in Rust instead of shell (matklad's "cargo xtask" pattern).
//!
//! `cargo xtask <command>` is an alias (see `.cargo/config.toml`) for `cargo run -p xtask -- <command>`.
//! Every command first installs the tools it needs that are missing or at the wrong version, and
//! skips the ones that are present.

mod bench_web;
mod ci;
mod lockfile;
mod paths;
mod process;
mod size;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "\
Usage: cargo xtask <command>

Commands:
  serve [trunk args]  build the app and serve it on http://127.0.0.1:8080 (rebuilds on change)
  test                run every check: fmt, clippy, native tests, release build, browser tests, size
  e2e                 release build + browser tests only (quicker loop for UI work)
  size                print the gzipped size of everything in dist/; fail above xtask/size-budget.txt
  bench-web           model throughput in WebAssembly (headless Chromium) vs native, as a ratio
  tools [--check]     install missing tools (or, with --check, only report what would be installed)

Environment:
  KLANTCYCLUS_TOOLS_DIR  where npm's binaryen (wasm-opt) goes [default: ~/.local/klantcyclus-tools]
  CARGO_INSTALL_ROOT     where `cargo install` puts trunk and wasm-bindgen [default: ~/.cargo]
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => ci::serve(&args[1..]),
        Some("test") => ci::test_all(),
        Some("e2e") => ci::e2e(),
        Some("bench-web") => bench_web::bench_web(),
        Some("size") => {
            let paths = paths::Paths::discover();
            size::check_budget(&paths.root, &paths.dist())
        }
        Some("tools") => match args.get(1).map(String::as_str) {
            None => tools::ensure(
                &paths::Paths::discover(),
                tools::Needs::ALL,
                tools::Mode::Install,
            ),
            Some("--check") => tools::ensure(
                &paths::Paths::discover(),
                tools::Needs::ALL,
                tools::Mode::CheckOnly,
            ),
            Some(other) => Err(format!("unknown option for `tools`: {other}\n\n{USAGE}")),
        },
        Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command: {other}\n\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}
