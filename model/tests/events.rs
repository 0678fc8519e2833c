//! Scenario events (format version 2): each kind changes what its rule says, only in its own
//! weeks, and a scenario without events runs exactly as before.

use model::{EventKind, Scenario, ScenarioEvent, Simulation, Snapshot};

const SEEDS: [u64; 3] = [1, 2, 3];
const START: u32 = 30;
const LENGTH: u32 = 8;

fn market() -> Scenario {
    let mut scenario = Scenario::free_play();
    scenario.market.population = 4_000;
    scenario
}

fn event(kind: EventKind, size: f64) -> ScenarioEvent {
    let mut text = format!(
        "kind = \"{}\"\nweek = {START}\nweeks = {LENGTH}\n",
        kind.key()
    );
    let field = match kind {
        EventKind::DeliveryProblem => "performance_drop_points",
        EventKind::CompetitorLaunch | EventKind::PriceWar => "competitor_strength_added",
        EventKind::ViralReview => "image_loss_share",
        EventKind::CostRise => "cost_of_goods_rise_share",
    };
    text.push_str(&format!("{field} = {size}\n"));
    let with_event = format!("{}\n[[events]]\n{text}", with_version_2(&market()));
    Scenario::from_toml(&with_event)
        .expect("the event reads")
        .events
        .remove(0)
}

fn with_version_2(scenario: &Scenario) -> String {
    scenario
        .to_toml()
        .replace("format_version = 1", "format_version = 2")
}

/// Every week's snapshot of `scenario` with `seed`, weeks 1 to `weeks`.
fn run(scenario: &Scenario, seed: u64, weeks: u32) -> Vec<Snapshot> {
    let mut simulation = Simulation::new(scenario, seed);
    (0..weeks).map(|_| *simulation.step()).collect()
}

/// (without, with) the event, over the seeds: `figure` summed over the event's weeks.
fn compare(kind: EventKind, size: f64, figure: impl Fn(&Snapshot) -> f64) -> (f64, f64) {
    let plain = market();
    let mut struck = market();
    struck.format_version = 2;
    struck.events.push(event(kind, size));
    let mut sums = (0.0, 0.0);
    for seed in SEEDS {
        let a = run(&plain, seed, START + LENGTH);
        let b = run(&struck, seed, START + LENGTH);
        assert_eq!(
            a[..START as usize - 1],
            b[..START as usize - 1],
            "{kind:?} acts before its week"
        );
        // Weeks START..START + LENGTH - 1 are snapshots START - 1 .. START + LENGTH - 2.
        let during = START as usize - 1..(START + LENGTH - 1) as usize;
        sums.0 += a[during.clone()].iter().map(&figure).sum::<f64>();
        sums.1 += b[during].iter().map(&figure).sum::<f64>();
    }
    sums
}

#[test]
fn a_delivery_problem_lowers_experienced_performance_and_satisfaction() {
    let (plain, struck) = compare(EventKind::DeliveryProblem, 2.5, |s| s.performance);
    assert!(
        struck < plain - 1.5 * f64::from(LENGTH),
        "{plain} vs {struck}"
    );
    let (plain, struck) = compare(EventKind::DeliveryProblem, 2.5, |s| s.satisfaction);
    assert!(struck < plain, "{plain} vs {struck}");
}

#[test]
fn a_competitor_or_a_price_war_drives_customers_away() {
    for kind in [EventKind::CompetitorLaunch, EventKind::PriceWar] {
        let (plain, struck) = compare(kind, 0.4, |s| f64::from(s.leavers));
        assert!(
            struck > 1.1 * plain,
            "{kind:?}: leavers {plain} vs {struck}"
        );
    }
}

#[test]
fn a_viral_review_costs_new_customers() {
    let (plain, struck) = compare(EventKind::ViralReview, 0.6, |s| {
        f64::from(s.new_customers_won)
    });
    assert!(struck < 0.9 * plain, "new customers {plain} vs {struck}");
}

#[test]
fn a_cost_rise_raises_the_cost_of_goods_and_lowers_profit() {
    let share = |s: &Snapshot| s.cost_of_goods_eur / s.revenue.max(1.0);
    let (plain, struck) = compare(EventKind::CostRise, 0.2, share);
    assert!((struck / plain - 1.2).abs() < 0.01, "{plain} vs {struck}");
    let (plain, struck) = compare(EventKind::CostRise, 0.2, |s| s.profit);
    assert!(struck < plain);
}

#[test]
fn after_the_event_its_rule_is_back_to_normal() {
    let mut struck = market();
    struck.format_version = 2;
    struck.events.push(event(EventKind::CostRise, 0.5));
    let snapshots = run(&struck, 4, START + LENGTH + 2);
    let share = |s: &Snapshot| s.cost_of_goods_eur / s.revenue;
    let normal = share(&snapshots[START as usize - 2]);
    let during = share(&snapshots[START as usize - 1]);
    let after = share(&snapshots[(START + LENGTH) as usize]);
    assert!((during / normal - 1.5).abs() < 0.01);
    assert!((after / normal - 1.0).abs() < 0.01);
}

#[test]
fn a_customer_seen_up_close_faces_the_competitor_the_loop_uses() {
    let plain = market();
    let mut struck = market();
    struck.format_version = 2;
    struck.events.push(event(EventKind::PriceWar, 0.4));
    let mut a = Simulation::new(&plain, 5);
    let mut b = Simulation::new(&struck, 5);
    // Stop in the week before the price war: the next week's rules include it.
    for _ in 0..START - 1 {
        a.step();
        b.step();
    }
    let index = a
        .find_person(Some(model::Phase::LoyalCustomer), 0)
        .expect("someone is a loyal customer");
    let before = a.customer(index).expect("in the market").weekly_churn;
    let during = b.customer(index).expect("in the market").weekly_churn;
    assert!(
        during > before,
        "churn seen {before} without, {during} with the price war"
    );
}
