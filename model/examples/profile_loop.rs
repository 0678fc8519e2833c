//! Runs the free-play market for a few weeks at a given size; used with profilers
//! (`cargo run --release -p model --example profile_loop -- 100000 20`).

use model::{Scenario, Simulation};

fn main() {
    let mut args = std::env::args().skip(1);
    let population: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let weeks: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let mut scenario = Scenario::free_play();
    scenario.market.population = population;
    let mut sim = Simulation::new(&scenario, 42);
    for _ in 0..weeks {
        sim.step();
    }
    println!("{:?}", sim.snapshot().phases);
}
