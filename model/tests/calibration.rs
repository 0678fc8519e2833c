//! Calibration checks on the full free-play market over two years (104 weeks), averaged over seeds:
//! the default numbers must not teach the opposite of the course (docs/model.md, "Calibration").

mod common;

use common::averaged;
use model::{Lever, Scenario};

#[test]
fn promising_nothing_or_too_much_both_lose_to_a_modest_honest_promise() {
    // At the default levers, a promise of 0.5 creates the expectation that matches performance; 0.3
    // promises a little less than customers will get. The promise counts once, in drawing
    // attention, so promising nothing costs prospects, not buyers: the few who come are delighted.
    let market = Scenario::free_play();
    let run = |promise| averaged(&market, Lever::Promise, promise);
    let (nothing, modest, honest, over) = (run(0.0), run(0.3), run(0.5), run(1.0));
    println!(
        "cumulative profit: promise 0 {:.0}, 0.3 {:.0}, 0.5 {:.0}, 1 {:.0}; \
         customers {:.0} / {:.0} / {:.0} / {:.0}",
        nothing.cumulative_profit,
        modest.cumulative_profit,
        honest.cumulative_profit,
        over.cumulative_profit,
        nothing.active_customers,
        modest.active_customers,
        honest.active_customers,
        over.active_customers
    );
    // Too modest a promise draws too few customers; too big a promise loses them after they came.
    assert!(honest.active_customers > nothing.active_customers);
    assert!(honest.active_customers > over.active_customers);
    assert!(modest.active_customers > nothing.active_customers);
    // Overpromising never pays; a modest promise earns more than promising nothing at all.
    assert!(honest.cumulative_profit > over.cumulative_profit);
    assert!(modest.cumulative_profit > honest.cumulative_profit);
    assert!(modest.cumulative_profit > nothing.cumulative_profit);
}

#[test]
fn maximal_structural_binding_raises_retention_but_loses_money() {
    let market = Scenario::free_play();
    let none = averaged(&market, Lever::LoyaltyStructural, 0.0);
    let full = averaged(&market, Lever::LoyaltyStructural, 1.0);
    println!(
        "structural 0 vs 1: churn {:.5} / {:.5}, cumulative profit {:.0} / {:.0}",
        none.churn, full.churn, none.cumulative_profit, full.cumulative_profit
    );
    assert!(full.churn < none.churn);
    assert!(full.cumulative_profit < none.cumulative_profit);
}

#[test]
fn few_top_customers_make_most_of_the_profit_and_the_smallest_lose_money() {
    // The default pyramid: 4 % top customers bring more than half of what customers earn, the
    // smallest half costs more than it brings (the last half year of two, averaged over seeds).
    let market = Scenario::free_play();
    let mut profit = [0.0; 4];
    for seed in common::SEEDS {
        let mut sim = model::Simulation::new(&market, seed);
        for week in 1..=common::WEEKS {
            let s = sim.step();
            if week > common::WEEKS - 26 {
                for (sum, tier) in profit.iter_mut().zip(&s.pyramid) {
                    *sum += tier.profit_eur;
                }
            }
        }
    }
    let total: f64 = profit.iter().sum();
    let shares = profit.map(|p| 100.0 * p / total);
    println!("share of customer profit per tier (top, large, medium, small): {shares:.0?}");
    assert!(shares[0] > 50.0);
    assert!(shares[0] > shares[1] && shares[1] > shares[2]);
    assert!(shares[3] < 0.0);
}
