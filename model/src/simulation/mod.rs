//! The simulation (simulatie): a market moving through the customer relationship cycle, one week at a time.

//!
//! The weekly pass over people is [`step`], fed by the per-week tables of [`week_tables`] over
//! the struct-of-arrays [`population`]; week 0 is [`week_zero`]; random numbers come from
//! [`rng`]; the week's money is [`accounts`]; one person seen up close is [`customer_view`] and
//! [`followed_customer`].

pub(crate) mod accounts;
pub(crate) mod customer_view;
pub(crate) mod followed_customer;
pub(crate) mod numeric;
pub(crate) mod population;
pub(crate) mod rng;
pub(crate) mod step;
pub(crate) mod week_tables;
pub(crate) mod week_zero;

use crate::lever::Lever;
use crate::metrics::snapshot::Snapshot;
use crate::metrics::tier::Tier;
use crate::phase::{Flows, Phase, PhaseCounts};
use crate::policy::Policy;
use crate::rules::clv;
use crate::rules::costs::CostBase;
use crate::rules::nps;
use crate::rules::retention;
use crate::rules::smoothing::SmoothedFlows;
use crate::scenario::Scenario;
use crate::scenario::event::EventEffects;
use crate::simulation::customer_view::{CustomerType, CustomerView};
use crate::simulation::followed_customer::FollowedCustomer;
use crate::simulation::population::Population;
use crate::simulation::rng::SimRng;
use crate::simulation::step::{Queue, WeekTotals, simulate_week};
use crate::simulation::week_tables::{RunTables, WeekRules};
use crate::treatment::setting::Setting;
use accounts::Sales;

/// A running simulation: the market of a scenario, the current policy and the latest week's figures.
#[derive(Clone, Debug)]
pub struct Simulation {
    scenario: Scenario,
    policy: Policy,
    population: Population,
    rng: SimRng,
    tables: RunTables,
    smoothed: SmoothedFlows,
    snapshot: Snapshot,
    queue: Queue,
    /// What lever costs depend on (last week's customers, prospects, orders, revenue; expected values
    /// at week 0), for the cost preview.
    cost_base: CostBase,
    /// The same per tier, for the cost preview of a tier treated apart.
    tier_sales: [Sales; 4],
    /// The one person being followed, if any, with their history since following began.
    followed: Option<FollowedCustomer>,
}

impl Simulation {
    /// Week 0 of a scenario with its start policy; `seed` fixes every random draw of the run.
    pub fn new(scenario: &Scenario, seed: u64) -> Simulation {
        let mut rng = SimRng::new(seed);
        let population = Population::generate(scenario, &mut rng);
        let mut sim = Simulation {
            scenario: scenario.clone(),
            policy: scenario.start_policy,
            population,
            rng,
            tables: RunTables::new(scenario),
            smoothed: SmoothedFlows::default(),
            snapshot: Snapshot::default(),
            queue: Queue::for_population(scenario.market.population as usize),
            cost_base: CostBase::default(),
            tier_sales: [Sales::default(); 4],
            followed: None,
        };
        sim.snapshot = sim.starting_snapshot();
        sim
    }

    /// The scenario this simulation runs.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The week last simulated (0 before the first step).
    pub fn week(&self) -> u32 {
        self.snapshot.week
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Change the policy; it takes effect from the next step. A setting whose new value is not
    /// allowed keeps its current value (bad input changes nothing).
    pub fn set_policy(&mut self, policy: Policy) {
        for setting in Setting::all() {
            let _ = self.policy.set_setting(setting, policy.setting(setting));
        }
    }

    /// Simulate one week and return its figures.
    pub fn step(&mut self) -> &Snapshot {
        let events = EventEffects::in_week(&self.scenario.events, self.snapshot.week + 1);
        let rules = WeekRules::new(&self.scenario, &self.policy, &self.snapshot, &events);
        let start = Phase::ALL.map(|phase| self.snapshot.phases.get(phase));
        let watched = self.followed.as_ref().map(|f| {
            let bits = self.rng.bits_ahead(f.index());
            (f.before(&self.population), bits)
        });
        let totals = simulate_week(
            &mut self.population,
            start,
            &rules,
            &self.tables,
            &mut self.rng,
            &mut self.queue,
        );
        let price_factor = f64::from(rules.price_factor);
        self.snapshot = self.week_snapshot(&totals, price_factor, rules.cost_of_goods_factor);
        if let (Some(followed), Some((before, bits))) = (self.followed.as_mut(), watched) {
            followed.observe(
                self.snapshot.week,
                before,
                &self.population,
                bits,
                &rules,
                &self.scenario,
                &self.policy,
            );
        }
        &self.snapshot
    }

    /// The latest week's figures.
    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }

    /// Number of people in the market.
    pub fn population(&self) -> usize {
        self.population.len()
    }

    /// The active customers counted by the course's five customer types (klanttypen), in the
    /// order of [`CustomerType::ALL`], as they stand now. A pass over the market: call it when
    /// the counts are shown, not every step.
    pub fn customer_type_counts(&self) -> [u32; 5] {
        let mut counts = [0u32; 5];
        for index in 0..self.population.len() {
            if let Some(kind) = CustomerType::of(&self.population, &self.scenario.rules, index) {
                counts[kind.index()] += 1;
            }
        }
        counts
    }

    /// One person's current state ("follow a customer"); `None` past the end.
    pub fn customer(&self, index: usize) -> Option<CustomerView> {
        let next_week = EventEffects::in_week(&self.scenario.events, self.snapshot.week + 1);
        let strength = next_week.competitor_strength(self.scenario.market.competitor_strength);
        CustomerView::of(
            &self.population,
            &self.scenario,
            &self.policy,
            strength,
            index,
        )
    }

    /// Start following person `index` from this week on (replacing anyone followed before); `false`
    /// (and nothing changes) past the end of the population.
    pub fn follow(&mut self, index: usize) -> bool {
        if index >= self.population.len() {
            return false;
        }
        self.followed = Some(FollowedCustomer::start(
            &self.population,
            index,
            self.week(),
        ));
        true
    }

    /// Go on recording a history made by replaying this run (see [`crate::Run::followed`]); `false`
    /// (and nothing changes) when it is not of this population or does not end in this week.
    pub fn follow_on(&mut self, history: FollowedCustomer) -> bool {
        let fits = history.index() < self.population.len() && history.latest().week == self.week();
        if fits {
            self.followed = Some(history);
        }
        fits
    }

    /// Stop following.
    pub fn stop_following(&mut self) {
        self.followed = None;
    }

    /// The followed person's history, if someone is followed.
    pub fn followed(&self) -> Option<&FollowedCustomer> {
        self.followed.as_ref()
    }

    /// The first person at or after `from` (wrapping round) who is in `phase`, or who is a customer
    /// of any kind when `phase` is `None`: how someone is picked to follow.
    pub fn find_person(&self, phase: Option<Phase>, from: usize) -> Option<usize> {
        let n = self.population.len();
        let wanted = |i: usize| {
            let at = self.population.phase_of(i);
            phase.map_or(at.is_customer(), |p| p == at)
        };
        (0..n)
            .map(|k| (from % n.max(1) + k) % n)
            .find(|&i| wanted(i))
    }

    /// What `lever` at `value` would cost per week with last week's customers, prospects, orders and
    /// revenue (at week 0: what the start is expected to give), each tier at its own factor — a
    /// preview for the controls, euros.
    pub fn lever_weekly_cost_eur(&self, lever: Lever, value: f64) -> f64 {
        self.scenario
            .costs
            .weekly_cost_eur(lever, value.clamp(0.0, 1.0), self.cost_base)
            + accounts::tier_difference(
                &self.scenario.costs,
                &self.policy,
                lever,
                value.clamp(0.0, 1.0),
                &self.tier_sales,
            )
    }

    /// The books of this run under the policy in force.
    fn books(&self, cost_of_goods_share: f64) -> accounts::Books<'_> {
        accounts::Books {
            costs: &self.scenario.costs,
            channels: &self.scenario.rules.channels,
            policy: &self.policy,
            cost_of_goods_share,
        }
    }

    fn week_snapshot(
        &mut self,
        t: &WeekTotals,
        price_factor: f64,
        cost_of_goods_factor: f64,
    ) -> Snapshot {
        let counts = PhaseCounts::from_array(t.counts);
        let cogs_share = self.scenario.rules.economics.cost_of_goods_share * cost_of_goods_factor;
        let sales = Sales {
            customers: f64::from(counts.active_customers()),
            prospects: f64::from(counts.prospects),
            orders: f64::from(t.orders),
            revenue_eur: t.list_revenue_eur * price_factor,
            list_revenue_eur: t.list_revenue_eur,
        };
        let tier_sales = t.tiers.map(|tier| Sales {
            customers: f64::from(tier.customers),
            prospects: 0.0,
            orders: f64::from(tier.orders),
            revenue_eur: tier.list_revenue_eur * price_factor,
            list_revenue_eur: tier.list_revenue_eur,
        });
        let accounts = self.books(cogs_share);
        let books = accounts.book(sales, &tier_sales);
        let pyramid = Tier::ALL.map(|tier| accounts.tier_figures(tier, tier_sales[tier.index()]));
        self.cost_base = sales.cost_base();
        self.tier_sales = tier_sales;
        self.smoothed.blend(
            SmoothedFlows {
                customer_weeks: f64::from(t.customers_at_start),
                leavers: f64::from(t.leavers),
                orders: f64::from(t.orders),
                gross_margin_eur: books.gross_margin_eur,
                net_margin_eur: books.net_margin_eur,
            },
            self.scenario.rules.metrics.smoothing_weeks,
        );
        let mut snapshot = Snapshot {
            flows: Flows::from_matrix(t.flows),
            orders: t.orders,
            revenue: sales.revenue_eur,
            costs: books.costs_eur,
            profit: books.profit_eur,
            cumulative_profit: self.snapshot.cumulative_profit + books.profit_eur,
            lever_costs_eur: books.lever_costs_eur,
            contact_costs_eur: books.contact_costs_eur,
            pyramid,
            cost_of_goods_eur: books.cost_of_goods_eur,
            leavers: t.leavers,
            new_customers_won: t.won,
            ..census(self.snapshot.week + 1, t)
        };
        self.fill_lifetime_values(&mut snapshot);
        snapshot
    }

    /// Both CLVs on both margins: W × A and the discounted one, on gross margin (revenue − cost of
    /// goods) and on net margin (also minus the costs customers cause, as the pyramid counts).
    fn fill_lifetime_values(&self, snapshot: &mut Snapshot) {
        let metrics = &self.scenario.rules.metrics;
        let churn = self.smoothed.weekly_churn();
        let orders_per_week = self.smoothed.orders_per_customer_week();
        let retention = retention::yearly_retention(churn);
        let orders =
            clv::orders_per_relationship(orders_per_week, churn, metrics.clv_horizon_weeks);
        let discount = self.scenario.market.discount_rate_per_year;
        let wxa = |margin| clv::clv_wxa(margin, orders);
        let discounted =
            |margin| clv::clv_discounted(margin * orders_per_week * 52.0, retention, discount);
        let (gross, net) = (
            self.smoothed.gross_margin_per_order_eur(),
            self.smoothed.net_margin_per_order_eur(),
        );
        snapshot.retention_rate = retention;
        snapshot.clv_wxa = wxa(gross);
        snapshot.clv_wxa_net = wxa(net);
        snapshot.clv_discounted = discounted(gross);
        snapshot.clv_discounted_net = discounted(net);
    }

    /// Week 0: the starting market, with every customer answering the NPS question once and the
    /// smoothed flows started at what the starting policy is expected to give.
    fn starting_snapshot(&mut self) -> Snapshot {
        // Week 0 is the market before any event.
        let rules = WeekRules::new(
            &self.scenario,
            &self.policy,
            &Snapshot::default(),
            &EventEffects::NONE,
        );
        let expected = crate::simulation::week_zero::expected_week(
            &mut self.population,
            &rules,
            &self.tables,
            &mut self.rng,
        );
        let cogs_share = self.scenario.rules.economics.cost_of_goods_share;
        let books = self
            .books(cogs_share)
            .book(expected.sales, &expected.tier_sales);
        self.cost_base = expected.sales.cost_base();
        self.tier_sales = expected.tier_sales;
        self.smoothed = SmoothedFlows {
            customer_weeks: expected.sales.customers,
            leavers: expected.leavers,
            orders: expected.sales.orders,
            gross_margin_eur: books.gross_margin_eur,
            net_margin_eur: books.net_margin_eur,
        };
        let t = &expected.totals;
        let mut snapshot = Snapshot {
            pyramid: t.tiers.map(|tier| crate::metrics::tier::TierFigures {
                customers: tier.customers,
                ..Default::default()
            }),
            ..census(0, t)
        };
        self.fill_lifetime_values(&mut snapshot);
        snapshot
    }
}

/// The part of a week's figures that counts people: phases, the averages over active customers
/// (expectation, performance, satisfaction, share of wallet) and the NPS groups.
fn census(week: u32, t: &WeekTotals) -> Snapshot {
    let counts = PhaseCounts::from_array(t.counts);
    let active = counts.active_customers();
    let mean = |sum: f64| {
        if active > 0 {
            sum / f64::from(active)
        } else {
            0.0
        }
    };
    Snapshot {
        week,
        phases: counts,
        population: counts.total(),
        expectation: mean(t.expectation_sum),
        performance: mean(t.performance_sum),
        satisfaction: mean(t.satisfaction_sum),
        promoters: t.promoters,
        passives: t.passives,
        detractors: t.detractors,
        nps: nps::net_promoter_score(t.promoters, t.detractors, active),
        share_of_wallet: mean(t.share_of_wallet_sum),
        ..Snapshot::default()
    }
}
