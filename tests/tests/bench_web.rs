//! `cargo xtask bench-web`: the model's throughput in WebAssembly in headless Chromium beside the
//! native figure from the same process, as a ratio (absolute figures are noisy on a shared
//! machine; both halves run interleaved, size by size, so they see the same load).
//!
//! Opt-in (`#[ignore]`): it needs the bench page built by `cargo xtask bench-web`, which also
//! points `KLANTCYCLUS_DIST` at it and builds this test with the release profile.

use e2e::Page;
use model::benchmark::{TIMED_WEEKS, timed_run};
use serde_json::Value;
use std::time::{Duration, Instant};

const SIZES: [u32; 3] = [10_000, 100_000, 1_000_000];

/// Native customer-weeks per second, best and median of `trials`.
fn native(population: u32, trials: u32) -> (f64, f64) {
    let mut figures: Vec<f64> = (0..trials)
        .map(|trial| {
            let origin = Instant::now();
            timed_run(population, u64::from(trial) + 1, || {
                origin.elapsed().as_secs_f64()
            })
            .0
        })
        .collect();
    figures.sort_by(|a, b| b.total_cmp(a));
    (figures[0], figures[figures.len() / 2])
}

/// The bench page's figures for one size: (best, median) customer-weeks per second.
fn wasm(population: u32, trials: u32) -> (f64, f64) {
    let page = Page::builder()
        .path(&format!("/?sizes={population}&trials={trials}"))
        .ready_when("body")
        .timeout(Duration::from_secs(600))
        .open();
    page.wait_until_js(
        "document.body.hasAttribute('data-figures') || document.body.hasAttribute('data-error')",
    );
    if let Some(error) = page.attr("body", "data-error") {
        panic!("the bench page failed: {error}");
    }
    let figures: Value = serde_json::from_str(&page.attr("body", "data-figures").unwrap())
        .expect("the bench page writes JSON");
    let first = &figures[0];
    assert_eq!(first["population"].as_u64(), Some(u64::from(population)));
    (
        first["best"].as_f64().expect("best"),
        first["median"].as_f64().expect("median"),
    )
}

#[test]
#[ignore = "a benchmark: run it with `cargo xtask bench-web`"]
fn wasm_and_native_throughput_side_by_side() {
    println!(
        "\nKlantcyclus model, weeks {}–{} of free play timed; customer-weeks per second (M/s), best / median",
        model::benchmark::WARM_UP_WEEKS + 1,
        model::benchmark::WARM_UP_WEEKS + TIMED_WEEKS
    );
    println!(
        "{:>10}  {:>17}  {:>17}  {:>12}  {:>14}",
        "people", "wasm (Chromium)", "native", "wasm/native", "1 M × 52 weeks"
    );
    for population in SIZES {
        let trials = if population >= 1_000_000 { 3 } else { 5 };
        let (native_best, native_median) = native(population, trials);
        let (wasm_best, wasm_median) = wasm(population, trials);
        assert!(wasm_best > 0.0 && native_best > 0.0);
        println!(
            "{population:>10}  {:>7.1} / {:>7.1}  {:>7.1} / {:>7.1}  {:>11.0} %  {:>11.2} s",
            wasm_best / 1e6,
            wasm_median / 1e6,
            native_best / 1e6,
            native_median / 1e6,
            100.0 * wasm_best / native_best,
            1e6 * 52.0 / wasm_best,
        );
    }
}
