//! Throughput benchmark: simulated customer-weeks per second on one core, at 10 k, 100 k and 1 M people.
//! Run with `cargo bench -p model` (add `-- --quick` for a short run). Prints one line per size.

use model::{Policy, Scenario, Simulation};
use std::hint::black_box;
use std::time::Instant;

fn measure(population: u32, min_customer_weeks: f64) -> (f64, f64) {
    let mut scenario = Scenario::free_play();
    scenario.market.population = population;
    let mut sim = Simulation::new(&scenario, 42);
    // Warm up so the market is in its running state (customers, former customers, ambassadors).
    sim.set_policy(Policy {
        loyalty_social: 0.5,
        ..Policy::default()
    });
    for _ in 0..20 {
        sim.step();
    }
    let weeks = ((min_customer_weeks / f64::from(population)).ceil() as u32).max(5);
    let start = Instant::now();
    for _ in 0..weeks {
        black_box(sim.step());
    }
    let seconds = start.elapsed().as_secs_f64();
    let customer_weeks = f64::from(population) * f64::from(weeks);
    (customer_weeks / seconds, seconds / f64::from(weeks) * 1e3)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let (budget, trials) = if quick { (2.0e7, 3) } else { (1.0e8, 7) };
    println!(
        "Klantcyclus model throughput (one core, free-play scenario, best and median of {trials} trials)"
    );
    for population in [10_000u32, 100_000, 1_000_000] {
        let mut results: Vec<(f64, f64)> =
            (0..trials).map(|_| measure(population, budget)).collect();
        results.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (best, best_ms) = results[0];
        let (median, _) = results[trials / 2];
        println!(
            "population {population:>9}: best {:>6.1} M customer-weeks/s ({best_ms:.3} ms per week), median {:>6.1} M",
            best / 1e6,
            median / 1e6
        );
    }
}
