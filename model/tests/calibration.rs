//! Calibration checks on the full free-play market over two years (104 weeks), averaged over seeds:
//! the default numbers must not teach the opposite of the course (docs/model.md, "Calibration").

mod common;

use common::averaged;
use model::{Lever, Scenario};

#[test]
fn an_honest_promise_earns_more_than_underpromising_or_overpromising() {
    // At the default levers, a promise of 0.5 creates the expectation that matches performance.
    let market = Scenario::free_play();
    let run = |promise| averaged(&market, Lever::Promise, promise);
    let (under, honest, over) = (run(0.0), run(0.5), run(1.0));
    println!(
        "cumulative profit: promise 0 {:.0}, 0.5 {:.0}, 1 {:.0}; customers {:.0} / {:.0} / {:.0}",
        under.cumulative_profit,
        honest.cumulative_profit,
        over.cumulative_profit,
        under.active_customers,
        honest.active_customers,
        over.active_customers
    );
    assert!(honest.cumulative_profit > under.cumulative_profit);
    assert!(honest.cumulative_profit > over.cumulative_profit);
    assert!(honest.active_customers > under.active_customers);
    assert!(honest.active_customers > over.active_customers);
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
