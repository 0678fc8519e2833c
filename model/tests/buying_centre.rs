//! B2B: the buyer is not the user (issue 13, item 5). What the users experience reaches the buyer
//! late and only in part; the buyer's own contact with us counts too; large accounts negotiate
//! their price. Consumers and business segments without a buying centre play exactly as before
//! (`regression.rs`).

use model::{Lever, Policy, Scenario, Simulation, Snapshot, Tier};

const SEEDS: [u64; 3] = [1, 2, 3];

/// A market of businesses only, with the buying centre of `business` (weight, delay, discount),
/// and a delivery problem from week 20 for 10 weeks when `crisis`.
fn market(user_weight: f64, delay_weeks: f64, discount: f64, crisis: bool) -> Scenario {
    let events = if crisis {
        "[[events]]\nkind = \"delivery_problem\"\nweek = 20\nweeks = 10\nperformance_drop_points = 3.0\n"
    } else {
        ""
    };
    let text = format!(
        "format_version = 4\nid = \"dmu\"\nweeks = 60\n[title]\nnl = \"x\"\nen = \"x\"\n\
         [market]\npopulation = 8000\nbusiness_share = 1.0\n\
         [market.start]\ncustomers = 0.4\n\
         [market.business]\nuser_weight = {user_weight}\nuser_delay_weeks = {delay_weeks}\n\
         negotiated_discount = {discount}\n{events}"
    );
    Scenario::from_toml(&text).expect("the test market reads")
}

fn run(scenario: &Scenario, policy: Option<Policy>, seed: u64, weeks: u32) -> Vec<Snapshot> {
    let mut sim = Simulation::new(scenario, seed);
    if let Some(policy) = policy {
        sim.set_policy(policy);
    }
    (0..weeks).map(|_| *sim.step()).collect()
}

fn mean_over_seeds(scenario: &Scenario, week: usize, figure: impl Fn(&Snapshot) -> f64) -> f64 {
    SEEDS
        .iter()
        .map(|&seed| figure(&run(scenario, None, seed, 60)[week]))
        .sum::<f64>()
        / SEEDS.len() as f64
}

#[test]
fn a_crisis_among_the_users_reaches_the_buyer_late() {
    let at_once = market(1.0, 0.0, 0.0, true);
    let late = market(1.0, 8.0, 0.0, true);
    // Week 19 is the last before the crisis (the list counts from week 1).
    let before = |s: &Scenario| mean_over_seeds(s, 18, |w| w.satisfaction);
    let early = |s: &Scenario| mean_over_seeds(s, 22, |w| w.satisfaction);
    let fall_at_once = before(&at_once) - early(&at_once);
    let fall_late = before(&late) - early(&late);
    assert!(
        fall_at_once > 0.5,
        "users who buy themselves feel it at once: {fall_at_once}"
    );
    assert!(
        fall_late < 0.5 * fall_at_once,
        "three weeks in, the buyer has heard less than half of it: {fall_late} vs {fall_at_once}"
    );
    // The users themselves experience the same drop in both markets.
    let users = |s: &Scenario| {
        mean_over_seeds(s, 18, |w| w.performance) - mean_over_seeds(s, 22, |w| w.performance)
    };
    assert!((users(&at_once) - users(&late)).abs() < 0.3);
    // And the buyer still hears of it after the crisis is over (week 31 on).
    let after = |s: &Scenario| mean_over_seeds(s, 31, |w| w.satisfaction);
    assert!(
        after(&late) < after(&at_once),
        "the late news lingers: {} vs {}",
        after(&late),
        after(&at_once)
    );
}

#[test]
fn a_buyer_who_never_hears_the_users_judges_only_the_relationship() {
    let deaf = market(0.0, 0.0, 0.0, false);
    let mut poor = deaf.start_policy;
    poor.set(Lever::Quality, 0.1).unwrap();
    let mut good = deaf.start_policy;
    good.set(Lever::Quality, 0.9).unwrap();
    let (a, b) = (run(&deaf, Some(poor), 4, 30), run(&deaf, Some(good), 4, 30));
    assert!(
        a[29].performance + 1.0 < b[29].performance,
        "the users notice the product: {} vs {}",
        a[29].performance,
        b[29].performance
    );
    assert_eq!(
        a[29].satisfaction, b[29].satisfaction,
        "the buyer does not: satisfaction is the same to the bit"
    );
    // The buyer's own contact does count.
    let mut courted = deaf.start_policy;
    courted.set(Lever::Sales, 1.0).unwrap();
    let mut neglected = deaf.start_policy;
    neglected.set(Lever::Sales, 0.0).unwrap();
    let (c, n) = (
        run(&deaf, Some(courted), 4, 30),
        run(&deaf, Some(neglected), 4, 30),
    );
    assert!(c[29].satisfaction > n[29].satisfaction + 1.0);
}

#[test]
fn large_accounts_negotiate_their_price() {
    let list = market(1.0, 0.0, 0.0, false);
    let negotiated = market(1.0, 0.0, 0.3, false);
    let (a, b) = (run(&list, None, 7, 10), run(&negotiated, None, 7, 10));
    // The discount changes no one's behaviour, only what an order brings.
    assert_eq!(a[9].phases, b[9].phases);
    let ratio = |tier: Tier| {
        b[9].pyramid[tier.index()].revenue_eur / a[9].pyramid[tier.index()].revenue_eur
    };
    let expect = [
        (Tier::Top, 0.7),
        (Tier::Large, 0.8),
        (Tier::Medium, 0.9),
        (Tier::Small, 1.0),
    ];
    for (tier, share) in expect {
        assert!(
            (ratio(tier) - share).abs() < 1e-4,
            "{tier:?} pays {} of the list price, expected {share}",
            ratio(tier)
        );
    }
    assert!(b[9].profit < a[9].profit);
}

#[test]
fn a_followed_buyer_shows_what_reached_them() {
    let late = market(0.6, 6.0, 0.0, true);
    let mut sim = Simulation::new(&late, 3);
    let index = (0..8000)
        .find(|&i| sim.customer(i).is_some_and(|c| c.phase.is_customer()))
        .expect("a customer at week 0");
    assert!(sim.follow(index));
    for _ in 0..24 {
        sim.step();
    }
    let followed = sim.followed().unwrap();
    let judged: Vec<f64> = followed
        .weeks()
        .iter()
        .filter_map(|w| w.buyer_judged)
        .collect();
    assert!(
        !judged.is_empty(),
        "a business buyer's judgement is recorded"
    );
    // The first entry is the state when following began, before a simulated week.
    for w in followed.weeks()[1..]
        .iter()
        .filter(|w| w.performance.is_some())
    {
        let (judged, users) = (w.buyer_judged.unwrap(), w.performance.unwrap());
        assert!((0.0..=10.0).contains(&judged) && (0.0..=10.0).contains(&users));
    }
    // A consumer has no separate buyer.
    let mut consumer = Simulation::new(&Scenario::free_play(), 3);
    let index = (0..10_000)
        .find(|&i| consumer.customer(i).is_some_and(|c| c.phase.is_customer()))
        .unwrap();
    consumer.follow(index);
    consumer.step();
    assert!(
        consumer
            .followed()
            .unwrap()
            .weeks()
            .iter()
            .all(|w| w.buyer_judged.is_none())
    );
}
