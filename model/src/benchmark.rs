//! The workload every throughput benchmark times, natively (`cargo bench -p model`) and in the
//! browser (`cargo xtask bench-web`): the same market in the same state, so the two figures can be
//! compared as a ratio.

use crate::{Lever, Policy, Scenario, Simulation};

/// Weeks simulated before timing starts: the market has filled with customers by then.
pub const WARM_UP_WEEKS: u32 = 20;

/// Weeks timed after the warm-up (weeks 21–120).
pub const TIMED_WEEKS: u32 = 100;

/// The free-play market of `population` people with a social loyalty programme at half strength,
/// run through the warm-up weeks: ready for [`TIMED_WEEKS`] timed steps.
pub fn warmed_up_market(population: u32, seed: u64) -> Simulation {
    let mut scenario = Scenario::free_play();
    scenario.market.population = population;
    let mut simulation = Simulation::new(&scenario, seed);
    let policy = Policy::default()
        .with(Lever::LoyaltySocial, 0.5)
        .expect("0.5 is a valid lever value");
    simulation.set_policy(policy);
    for _ in 0..WARM_UP_WEEKS {
        simulation.step();
    }
    simulation
}

/// One timed run: the warmed-up market of `population` people (seed `seed`) stepped through
/// [`TIMED_WEEKS`] weeks between two readings of `seconds` (a clock in seconds: `Instant`
/// natively, `performance.now()` in the browser). Customer-weeks per second, and the market
/// after the run.
pub fn timed_run(
    population: u32,
    seed: u64,
    mut seconds: impl FnMut() -> f64,
) -> (f64, Simulation) {
    let mut simulation = warmed_up_market(population, seed);
    let start = seconds();
    for _ in 0..TIMED_WEEKS {
        std::hint::black_box(simulation.step());
    }
    let took = (seconds() - start).max(1e-9);
    (
        customer_weeks_per_second(population, TIMED_WEEKS, took),
        simulation,
    )
}

/// Customer-weeks simulated per second, for `timed_weeks` weeks of `population` people that
/// took `seconds`.
pub fn customer_weeks_per_second(population: u32, timed_weeks: u32, seconds: f64) -> f64 {
    f64::from(population) * f64::from(timed_weeks) / seconds
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warmed_up_market_is_at_the_end_of_its_warm_up_with_customers() {
        let simulation = warmed_up_market(5_000, 1);
        let snapshot = simulation.snapshot();
        assert_eq!(snapshot.week, WARM_UP_WEEKS);
        assert_eq!(snapshot.population, 5_000);
        assert!(snapshot.active_customers() > 500);
    }

    #[test]
    fn a_timed_run_steps_the_timed_weeks_between_the_clock_readings() {
        let mut readings = [1.0, 3.0].into_iter();
        let (rate, simulation) = timed_run(2_000, 1, || readings.next().unwrap());
        assert_eq!(simulation.snapshot().week, WARM_UP_WEEKS + TIMED_WEEKS);
        assert_eq!(rate, customer_weeks_per_second(2_000, TIMED_WEEKS, 2.0));
    }

    #[test]
    fn throughput_is_people_times_weeks_over_seconds() {
        assert_eq!(customer_weeks_per_second(10_000, 100, 0.5), 2_000_000.0);
    }
}
