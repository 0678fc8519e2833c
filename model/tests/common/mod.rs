//! Helpers for the integration tests: run a scenario under a policy for several seeds and average.
#![allow(dead_code)]

use model::{Lever, Phase, Policy, Scenario, Simulation, Snapshot};

/// The seeds every averaged comparison uses.
pub const SEEDS: [u64; 4] = [1, 2, 3, 4];
/// How long each compared run lasts, in weeks.
pub const WEEKS: u32 = 104;
/// The first week that counts in an average (the first half year settles the start).
pub const FROM: u32 = 27;

/// A smaller free-play market so debug-mode tests stay quick.
pub fn small_market(population: u32) -> Scenario {
    let mut scenario = Scenario::free_play();
    scenario.market.population = population;
    scenario
}

/// Averages over runs (all seeds), over weeks `from..=to`.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub satisfaction: f64,
    pub nps: f64,
    pub clv_wxa: f64,
    pub clv_wxa_net: f64,
    pub clv_discounted: f64,
    /// Leavers per customer-week.
    pub churn: f64,
    /// New customers won per prospect-week.
    pub conversion: f64,
    /// Suspects becoming prospects per suspect-week.
    pub interest: f64,
    /// (revenue − cost of goods − financial binding cost) per order.
    pub margin_per_order: f64,
    pub cumulative_profit: f64,
    pub active_customers: f64,
    pub promoters: f64,
    pub detractors: f64,
    pub former_to_prospect: f64,
}

/// Run the scenario under `policy` from week 0 for `weeks` weeks with each seed and summarise
/// weeks `from..=weeks`.
pub fn summarise(
    scenario: &Scenario,
    policy: Policy,
    seeds: &[u64],
    weeks: u32,
    from: u32,
) -> Summary {
    let mut s = Summary::default();
    let (mut leavers, mut customer_weeks, mut won, mut prospect_weeks) = (0.0, 0.0, 0.0, 0.0);
    let (mut interested, mut suspect_weeks, mut margin, mut orders) = (0.0, 0.0, 0.0, 0.0);
    let mut counted = 0.0;
    for &seed in seeds {
        let mut sim = Simulation::new(scenario, seed);
        sim.set_policy(policy);
        let mut last: Snapshot = *sim.snapshot();
        for _ in 0..weeks {
            let now = *sim.step();
            if now.week >= from {
                counted += 1.0;
                s.satisfaction += now.satisfaction;
                s.nps += now.nps;
                s.clv_wxa += now.clv_wxa;
                s.clv_wxa_net += now.clv_wxa_net;
                s.clv_discounted += now.clv_discounted;
                s.active_customers += f64::from(now.active_customers());
                s.promoters += f64::from(now.promoters);
                s.detractors += f64::from(now.detractors);
                s.former_to_prospect +=
                    f64::from(now.flows.between(Phase::FormerCustomer, Phase::Prospect));
                leavers += f64::from(now.leavers);
                customer_weeks += f64::from(last.active_customers());
                won += f64::from(now.new_customers_won);
                prospect_weeks += f64::from(last.phases.prospects);
                interested += f64::from(now.flows.between(Phase::Suspect, Phase::Prospect));
                suspect_weeks += f64::from(last.phases.suspects);
                margin += now.revenue
                    - now.cost_of_goods_eur
                    - now.lever_costs_eur[Lever::LoyaltyFinancial.index()];
                orders += f64::from(now.orders);
            }
            last = now;
        }
        s.cumulative_profit += sim.snapshot().cumulative_profit;
    }
    let runs = seeds.len() as f64;
    for v in [
        &mut s.satisfaction,
        &mut s.nps,
        &mut s.clv_wxa,
        &mut s.clv_wxa_net,
        &mut s.clv_discounted,
        &mut s.active_customers,
        &mut s.promoters,
        &mut s.detractors,
        &mut s.former_to_prospect,
    ] {
        *v /= counted;
    }
    s.cumulative_profit /= runs;
    s.churn = leavers / customer_weeks;
    s.conversion = won / prospect_weeks;
    s.interest = interested / suspect_weeks;
    s.margin_per_order = margin / orders;
    s
}

/// The free-play start policy with one lever changed.
pub fn base_with(lever: Lever, value: f64) -> Policy {
    Scenario::free_play()
        .start_policy
        .with(lever, value)
        .unwrap()
}

/// `summarise` for the neutral policy with one lever changed, over `SEEDS`, weeks `FROM..=WEEKS`:
/// the shape of every "same seeds, one lever changed" comparison.
pub fn averaged(scenario: &Scenario, lever: Lever, value: f64) -> Summary {
    summarise(scenario, base_with(lever, value), &SEEDS, WEEKS, FROM)
}
