//! Throughput benchmark: simulated customer-weeks per second on one core, at 10 k, 100 k and 1 M people.
//! Run with `cargo bench -p model` (add `-- --quick` for a short run). Each trial builds the free-play
//! market, runs 20 warm-up weeks and times weeks 21–120, so every size is measured in the same state of
//! the market. Prints best and median over the trials (the machine may be shared; the best is the least
//! disturbed).

use model::benchmark::{TIMED_WEEKS, WARM_UP_WEEKS, timed_run};
use std::time::Instant;

/// One trial: customer-weeks per second and the share of active customers at the end.
fn trial(population: u32, seed: u64) -> (f64, f64) {
    let origin = Instant::now();
    let (rate, sim) = timed_run(population, seed, || origin.elapsed().as_secs_f64());
    let customers = f64::from(sim.snapshot().active_customers()) / f64::from(population);
    (rate, customers)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    println!(
        "Klantcyclus model throughput: one core, free-play scenario, weeks {}-{} timed",
        WARM_UP_WEEKS + 1,
        WARM_UP_WEEKS + TIMED_WEEKS
    );
    for (population, trials) in [(10_000u32, 25usize), (100_000, 9), (1_000_000, 5)] {
        let trials = if quick { trials.div_ceil(4) } else { trials };
        let mut results: Vec<(f64, f64)> = (0..trials)
            .map(|t| trial(population, t as u64 + 1))
            .collect();
        results.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (best, customers) = results[0];
        let (median, _) = results[trials / 2];
        println!(
            "population {population:>9}: best {:>6.1} M customer-weeks/s, median {:>6.1} M over {trials} trials ({:.0} % active customers)",
            best / 1e6,
            median / 1e6,
            customers * 100.0
        );
    }
}
