//! Reopening a kept run: decode a share link and replay it to the week it was at. The target is a
//! ten-year run (520 weeks) at 100 000 people in at most 1 s. Run with `cargo bench -p model --bench
//! reopen` (add `-- --quick` for one trial). Prints the time per trial and the best.

use model::catalog::bundled_by_id;
use model::saved_run::{SavedRun, link};
use model::{Lever, PolicyChange, Run};
use std::hint::black_box;
use std::time::Instant;

/// A ten-year free-play run at `population` with a lever change every ten weeks.
fn ten_years(population: u32) -> SavedRun {
    let mut scenario = bundled_by_id("free-play").unwrap().clone();
    scenario.market.population = population;
    let levers = [
        Lever::Promise,
        Lever::Aftersales,
        Lever::LoyaltySocial,
        Lever::Price,
    ];
    let timeline = (0..52)
        .map(|i| PolicyChange {
            week: i * 10,
            setting: levers[i as usize % levers.len()].into(),
            value: f64::from(20 + (i * 13) % 70) / 100.0,
        })
        .collect();
    SavedRun::new(
        Run {
            scenario,
            seed: 2024,
            timeline,
        },
        520,
    )
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let trials = if quick { 1 } else { 5 };
    for population in [10_000u32, 100_000] {
        let code = link::encode(&ten_years(population));
        let mut seconds: Vec<f64> = (0..trials)
            .map(|_| {
                let start = Instant::now();
                let saved = link::decode(&code).expect("the link decodes");
                let (simulation, history) = saved.run.replay_with_simulation(saved.week);
                black_box((simulation.snapshot().week, history.len()));
                start.elapsed().as_secs_f64()
            })
            .collect();
        seconds.sort_by(f64::total_cmp);
        println!(
            "reopen a 520-week run at {population:>7} people ({} changes, link {} characters): best {:.3} s, median {:.3} s over {trials} trials",
            52,
            code.len(),
            seconds[0],
            seconds[trials / 2]
        );
    }
}
