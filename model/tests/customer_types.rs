//! The five customer types (klanttypen) counted over the market: every active customer has one,
//! the count agrees with what "Volg een klant" shows for each person, and the types follow the
//! rules (a bold promise makes insistent customers, poor performance angry ones).

use model::{CustomerType, Lever, Policy, Scenario, Simulation};

fn market(policy: Policy, seed: u64, weeks: u32) -> Simulation {
    let mut scenario = Scenario::free_play();
    scenario.market.population = 3_000;
    let mut simulation = Simulation::new(&scenario, seed);
    simulation.set_policy(policy);
    for _ in 0..weeks {
        simulation.step();
    }
    simulation
}

#[test]
fn every_active_customer_has_one_type_the_same_as_seen_up_close() {
    let simulation = market(Policy::default(), 3, 40);
    let counts = simulation.customer_type_counts();
    assert_eq!(
        counts.iter().sum::<u32>(),
        simulation.snapshot().active_customers()
    );
    let mut seen = [0u32; 5];
    for index in 0..simulation.population() {
        if let Some(kind) = simulation.customer(index).and_then(|c| c.customer_type) {
            seen[kind.index()] += 1;
        }
    }
    assert_eq!(seen, counts);
    // With a middling promise nobody expects nearly the most: no insistent customers (see below).
    for kind in [
        CustomerType::New,
        CustomerType::Impulse,
        CustomerType::Angry,
        CustomerType::Loyal,
    ] {
        assert!(counts[kind.index()] > 0, "{kind:?} occurs: {counts:?}");
    }
    assert_eq!(
        CustomerType::ALL[CustomerType::Loyal.index()],
        CustomerType::Loyal
    );
}

#[test]
fn a_bold_promise_makes_insistent_customers_and_poor_quality_angry_ones() {
    let count = |policy: Policy, kind: CustomerType| -> u32 {
        [1, 2, 3]
            .iter()
            .map(|&seed| market(policy, seed, 60).customer_type_counts()[kind.index()])
            .sum()
    };
    let modest = Policy::default().with(Lever::Promise, 0.3).unwrap();
    let bold = Policy::default().with(Lever::Promise, 0.9).unwrap();
    assert!(
        count(bold, CustomerType::Insistent) > count(modest, CustomerType::Insistent),
        "insistent: bold promise {} vs modest {}",
        count(bold, CustomerType::Insistent),
        count(modest, CustomerType::Insistent)
    );
    let poor = Policy::default().with(Lever::Quality, 0.1).unwrap();
    assert!(
        count(poor, CustomerType::Angry) > count(Policy::default(), CustomerType::Angry),
        "angry: poor quality {} vs default {}",
        count(poor, CustomerType::Angry),
        count(Policy::default(), CustomerType::Angry)
    );
}
