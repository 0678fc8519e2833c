//! Treatment per tier (issue 13, item 1): a tier's factors and channel act on that tier, cost what
//! the books say, and the controls' cost preview is the same sum.

use model::{Channel, Lever, Policy, Scenario, Setting, Simulation, Snapshot, Tier};

const SEEDS: [u64; 3] = [1, 2, 3];

fn lesson() -> Scenario {
    model::catalog::bundled_by_id("customer-pyramid")
        .unwrap()
        .clone()
}

fn with(settings: &[(Setting, f64)]) -> Policy {
    let mut policy = lesson().start_policy;
    for &(setting, value) in settings {
        policy.set_setting(setting, value).unwrap();
    }
    policy
}

/// The last week of a 52-week run with `policy` from the start.
fn end(policy: Policy, seed: u64) -> Snapshot {
    let mut sim = Simulation::new(&lesson(), seed);
    sim.set_policy(policy);
    for _ in 0..52 {
        sim.step();
    }
    *sim.snapshot()
}

fn mean(policy: Policy, figure: impl Fn(&Snapshot) -> f64) -> f64 {
    SEEDS.iter().map(|&s| figure(&end(policy, s))).sum::<f64>() / SEEDS.len() as f64
}

fn channel(c: Channel) -> f64 {
    f64::from(c.code())
}

#[test]
fn a_tiers_treatment_acts_on_that_tier() {
    let plain = lesson().start_policy;
    let customers = |tier: Tier| move |s: &Snapshot| f64::from(s.pyramid[tier.index()].customers);
    // No service at all for small customers: they leave, and stop costing service.
    let cut = with(&[(Setting::Service(Tier::Small), 0.0)]);
    assert!(mean(cut, customers(Tier::Small)) < 0.95 * mean(plain, customers(Tier::Small)));
    // An account manager for the top keeps more of them; e-mail for the top loses some.
    let manager = with(&[(
        Setting::Channel(Tier::Top),
        channel(Channel::AccountManager),
    )]);
    let email = with(&[(Setting::Channel(Tier::Top), channel(Channel::Email))]);
    let top = customers(Tier::Top);
    assert!(mean(manager, top) > mean(plain, top));
    assert!(mean(email, top) < mean(plain, top));
    // An account manager for everyone costs far more than it brings.
    let everyone: Vec<(Setting, f64)> = Tier::ALL
        .map(|t| (Setting::Channel(t), channel(Channel::AccountManager)))
        .to_vec();
    let profit = |s: &Snapshot| s.profit;
    assert!(mean(with(&everyone), profit) < mean(plain, profit) - 10_000.0);
}

#[test]
fn the_books_and_the_cost_preview_count_the_tiers_the_same() {
    let policy = with(&[
        (Setting::Service(Tier::Top), 2.0),
        (Setting::Binding(Tier::Small), 0.0),
        (Setting::Channel(Tier::Small), channel(Channel::Email)),
    ]);
    let mut sim = Simulation::new(&lesson(), 5);
    sim.set_policy(policy);
    for _ in 0..10 {
        sim.step();
    }
    let s = *sim.snapshot();
    for lever in Lever::ALL {
        let preview = sim.lever_weekly_cost_eur(lever, policy.get(lever));
        assert_eq!(preview, s.lever_costs_eur[lever.index()], "{}", lever.key());
    }
    let tiers: f64 = s.pyramid.iter().map(|t| t.contact_costs_eur).sum();
    assert_eq!(tiers, s.contact_costs_eur);
    assert!(
        s.contact_costs_eur < 0.0,
        "e-mail saves against the helpdesk"
    );
    let levers: f64 = s.lever_costs_eur.iter().sum();
    let costs = s.cost_of_goods_eur + levers + s.contact_costs_eur;
    assert!((s.costs - costs).abs() < 1e-6);
}

#[test]
fn a_bad_setting_value_changes_nothing() {
    let mut policy = Policy::default();
    let before = policy;
    assert!(
        policy
            .set_setting(Setting::Service(Tier::Top), 2.5)
            .is_err()
    );
    assert!(
        policy
            .set_setting(Setting::Channel(Tier::Top), 1.5)
            .is_err()
    );
    assert!(
        policy
            .set_setting(Setting::Binding(Tier::Top), f64::NAN)
            .is_err()
    );
    assert_eq!(policy, before);
}

#[test]
fn a_customer_seen_up_close_gets_their_tiers_treatment() {
    // No binding for small customers, an account manager for the top.
    let policy = with(&[
        (Setting::Binding(Tier::Small), 0.0),
        (
            Setting::Channel(Tier::Top),
            channel(Channel::AccountManager),
        ),
    ]);
    let mut sim = Simulation::new(&lesson(), 4);
    sim.set_policy(policy);
    sim.step();
    let of_tier = |tier: Tier| {
        (0..sim.population())
            .filter_map(|i| sim.customer(i))
            .find(|c| c.phase.is_customer() && c.tier == tier)
            .expect("a customer in the tier")
    };
    let small = of_tier(Tier::Small);
    assert!(
        small
            .binding_programmes
            .iter()
            .all(|&(_, factor)| factor == 1.0),
        "no programme holds a small customer: {:?}",
        small.binding_programmes
    );
    let top = of_tier(Tier::Top);
    let social = |c: &model::CustomerView| {
        c.binding_programmes
            .iter()
            .find(|(lever, _)| *lever == Lever::LoyaltySocial)
            .map(|&(_, f)| f)
            .unwrap()
    };
    let large = of_tier(Tier::Large);
    assert!(
        social(&top) < social(&large),
        "the account manager binds the top more than the club binds the large tier"
    );
}
