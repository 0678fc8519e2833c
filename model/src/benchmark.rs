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
    fn throughput_is_people_times_weeks_over_seconds() {
        assert_eq!(customer_weeks_per_second(10_000, 100, 0.5), 2_000_000.0);
    }
}
