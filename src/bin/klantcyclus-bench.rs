//! The browser half of `cargo xtask bench-web`: times the model's benchmark workload
//! ([`model::benchmark`]) in WebAssembly and writes the figures into the page, where the browser
//! test reads them. Not part of the app (Trunk builds only `klantcyclus-app`).
//!
//! The page's address says what to run: `?sizes=10000,100000&trials=3`. Each trial yields to the
//! browser first, so the page stays responsive to the test driver between trials.

use model::benchmark::timed_run;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn main() {
    wasm_bindgen_futures::spawn_local(async {
        if let Err(message) = run().await {
            show("data-error", &message);
        }
    });
}

async fn run() -> Result<(), String> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (sizes, trials) = parse_query(&search)?;
    let mut lines = Vec::new();
    for &population in &sizes {
        let mut figures = Vec::new();
        for trial in 0..trials {
            yield_to_browser().await;
            figures.push(time_trial(population, u64::from(trial) + 1)?);
        }
        figures.sort_by(|a, b| b.total_cmp(a));
        lines.push(format!(
            "{{\"population\":{population},\"best\":{},\"median\":{}}}",
            figures[0],
            figures[figures.len() / 2]
        ));
        show("data-progress", &format!("{population}"));
    }
    show("data-figures", &format!("[{}]", lines.join(",")));
    Ok(())
}

/// Customer-weeks per second of one timed run of `population` people.
fn time_trial(population: u32, seed: u64) -> Result<f64, String> {
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .ok_or("no performance clock in this page")?;
    Ok(timed_run(population, seed, || performance.now() / 1000.0).0)
}

/// `?sizes=10000,100000&trials=3` as (sizes, trials); both required, sizes 1..=2 000 000.
fn parse_query(search: &str) -> Result<(Vec<u32>, u32), String> {
    let (mut sizes, mut trials) = (None, None);
    for pair in search.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("sizes", list)) => {
                let parsed: Result<Vec<u32>, _> = list.split(',').map(str::parse).collect();
                sizes = Some(parsed.map_err(|_| format!("sizes: not whole numbers: {list}"))?);
            }
            Some(("trials", n)) => {
                trials = Some(
                    n.parse()
                        .map_err(|_| format!("trials: not a number: {n}"))?,
                )
            }
            _ => {}
        }
    }
    let sizes = sizes.ok_or("the address needs ?sizes=…")?;
    if sizes.is_empty()
        || sizes
            .iter()
            .any(|&n| !(1..=model::POPULATION_MAX).contains(&n))
    {
        return Err(format!("sizes must be 1..={}", model::POPULATION_MAX));
    }
    let trials = trials.unwrap_or(3).max(1);
    Ok((sizes, trials))
}

/// Lets the browser run its event loop (and the test driver's scripts) before the next trial.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(resolve.unchecked_ref());
        }
    });
    let _ = JsFuture::from(promise).await;
}

fn show(attribute: &str, value: &str) {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.set_attribute(attribute, value);
    }
}
