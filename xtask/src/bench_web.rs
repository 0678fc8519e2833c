//! `cargo xtask bench-web`: the model's throughput in WebAssembly (headless Chromium) beside the
//! native figure from the same run. Builds the bench page (src/bin/klantcyclus-bench.rs, the page
//! in tests/bench-web/) into target/bench-web/, optimised by wasm-opt as the app is, then runs the
//! opt-in browser test tests/tests/bench_web.rs against it with the release profile.

use crate::paths::Paths;
use crate::process::{cargo, command, run};
use crate::tools::{self, Mode, Needs};

const BENCH_BIN: &str = "klantcyclus-bench";

pub fn bench_web() -> Result<(), String> {
    let paths = Paths::discover();
    tools::ensure(&paths, Needs::ALL, Mode::Install)?;
    let target = paths.root.join("target");
    let out = target.join("bench-web");
    run(cargo(&paths).args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "--bin",
        BENCH_BIN,
    ]))?;
    run(command(&paths, "wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(&out)
        .arg(target.join(format!("wasm32-unknown-unknown/release/{BENCH_BIN}.wasm"))))?;
    let index = std::fs::read_to_string(paths.root.join("index.html"))
        .map_err(|err| format!("index.html: {err}"))?;
    let wasm = out.join(format!("{BENCH_BIN}_bg.wasm"));
    run(command(&paths, "wasm-opt")
        .args(wasm_opt_args(&index)?)
        .arg(&wasm)
        .arg("-o")
        .arg(&wasm))?;
    std::fs::copy(
        paths.root.join("tests/bench-web/index.html"),
        out.join("index.html"),
    )
    .map_err(|err| format!("tests/bench-web/index.html: {err}"))?;
    run(cargo(&paths).env("KLANTCYCLUS_DIST", &out).args([
        "test",
        "--release",
        "-p",
        "e2e",
        "--test",
        "bench_web",
        "--",
        "--ignored",
        "--nocapture",
    ]))
}

/// The app's own wasm-opt settings (index.html's `data-wasm-opt` level and
/// `data-wasm-opt-params`), so the bench measures the model as the app ships it.
fn wasm_opt_args(index_html: &str) -> Result<Vec<String>, String> {
    let level = attribute(index_html, "data-wasm-opt")
        .ok_or("index.html has no data-wasm-opt on its rust link")?;
    let mut args = vec![format!("-O{level}")];
    if let Some(params) = attribute(index_html, "data-wasm-opt-params") {
        args.extend(params.split_whitespace().map(str::to_string));
    }
    Ok(args)
}

/// The value of `name="…"` in `html` (the first one).
fn attribute<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let start = html.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = html[start..].find('"')? + start;
    Some(&html[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_apps_wasm_opt_settings() {
        let html = r#"<link data-trunk rel="rust" data-wasm-opt="z" data-wasm-opt-params="--enable-simd --enable-bulk-memory">"#;
        assert_eq!(
            wasm_opt_args(html).unwrap(),
            ["-Oz", "--enable-simd", "--enable-bulk-memory"]
        );
        assert!(wasm_opt_args("<link rel=\"rust\">").is_err());
    }
}
