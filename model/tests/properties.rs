//! Property tests: random policies, policy changes and seeds over 520 weeks. Whatever the learner does,
//! the model's bookkeeping holds: nobody leaves the count, every figure is finite and in range, every
//! active customer answers the NPS question, and the money adds up.

use model::{Lever, Phase, Policy, PolicyChange, Run, Scenario, Snapshot};
use proptest::prelude::*;

fn policy() -> impl Strategy<Value = Policy> {
    proptest::array::uniform10(0.0f64..=1.0).prop_map(|values| {
        let mut policy = Policy::default();
        for (lever, value) in Lever::ALL.into_iter().zip(values) {
            policy.set(lever, value).unwrap();
        }
        policy
    })
}

fn change() -> impl Strategy<Value = PolicyChange> {
    (0u32..520, 0usize..10, 0.0f64..=1.0).prop_map(|(week, lever, value)| PolicyChange {
        week,
        setting: Lever::ALL[lever].into(),
        value,
    })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

fn check_week(s: &Snapshot, previous: &Snapshot, population: u32) {
    assert_eq!(s.phases.total(), population, "week {}", s.week);
    assert_eq!(s.population, population);
    let active = s.phases.active_customers();
    assert_eq!(
        s.promoters + s.passives + s.detractors,
        active,
        "week {}",
        s.week
    );
    for phase in Phase::ALL {
        let expected =
            previous.phases.get(phase) + s.flows.into_phase(phase) - s.flows.out_of_phase(phase);
        assert_eq!(
            s.phases.get(phase),
            expected,
            "flows explain {phase:?} in week {}",
            s.week
        );
    }
    for (name, value, low, high) in [
        ("expectation", s.expectation, 0.0, 10.0),
        ("performance", s.performance, 0.0, 10.0),
        ("satisfaction", s.satisfaction, 0.0, 10.0),
        ("nps", s.nps, -100.0, 100.0),
        ("retention_rate", s.retention_rate, 0.0, 1.0),
        ("share_of_wallet", s.share_of_wallet, 0.0, 1.0),
    ] {
        assert!(
            value.is_finite() && (low..=high).contains(&value),
            "{name} = {value} in week {}",
            s.week
        );
    }
    for value in [
        s.revenue,
        s.costs,
        s.profit,
        s.cumulative_profit,
        s.clv_wxa,
        s.clv_discounted,
    ] {
        assert!(value.is_finite(), "money figure {value} in week {}", s.week);
    }
    assert!(s.revenue >= 0.0 && s.costs >= 0.0 && s.cost_of_goods_eur >= 0.0);
    assert!(s.clv_wxa.is_finite() && s.clv_discounted.is_finite());
    assert!(s.orders <= active);
    assert!(s.lever_costs_eur.iter().all(|c| c.is_finite() && *c >= 0.0));
    let levers: f64 = s.lever_costs_eur.iter().sum();
    assert!(
        close(s.costs, s.cost_of_goods_eur + levers),
        "costs = goods + levers"
    );
    assert!(
        close(s.profit, s.revenue - s.costs),
        "profit = revenue − costs"
    );
    assert!(close(
        s.cumulative_profit,
        previous.cumulative_profit + s.profit
    ));
    let tier_customers: u32 = s.pyramid.iter().map(|t| t.customers).sum();
    assert_eq!(tier_customers, active);
    let tier_revenue: f64 = s.pyramid.iter().map(|t| t.revenue_eur).sum();
    assert!(close(tier_revenue, s.revenue));
    assert!(
        s.pyramid
            .iter()
            .all(|t| t.revenue_eur.is_finite() && t.profit_eur.is_finite())
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn bookkeeping_holds_for_any_policy_over_520_weeks(
        start in policy(),
        changes in proptest::collection::vec(change(), 0..6),
        seed in any::<u64>(),
        business_share in 0.0f64..=1.0,
    ) {
        let mut scenario = Scenario::free_play();
        scenario.market.population = 1_200;
        scenario.market.business_share = business_share;
        scenario.start_policy = start;
        let mut timeline = changes;
        timeline.sort_by_key(|c| c.week);
        let run = Run { scenario, seed, timeline };
        let weeks = run.replay(520);
        prop_assert_eq!(weeks.len(), 521);
        let population = weeks[0].population;
        prop_assert_eq!(population, 1_200);
        for pair in weeks.windows(2) {
            prop_assert_eq!(pair[1].week, pair[0].week + 1);
            check_week(&pair[1], &pair[0], population);
        }
    }
}

#[test]
fn extreme_policies_keep_the_bookkeeping() {
    for value in [0.0, 1.0] {
        let mut scenario = Scenario::free_play();
        scenario.market.population = 1_000;
        for lever in Lever::ALL {
            scenario.start_policy.set(lever, value).unwrap();
        }
        let weeks = Run::new(scenario, 3).replay(520);
        for pair in weeks.windows(2) {
            check_week(&pair[1], &pair[0], 1_000);
        }
    }
}
