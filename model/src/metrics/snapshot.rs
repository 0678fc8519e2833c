//! What one simulated week produced: the figures the app charts and the CLI writes.

use crate::metrics::tier::TierFigures;
use crate::phase::{Flows, PhaseCounts};
use serde::{Deserialize, Serialize};

/// The figures of one week (week 0 = the starting state before any step). Plain data, no heap.
///
/// Averages over customers are over *active* customers (new, loyal, ambassador).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Week number; 0 is the starting state.
    pub week: u32,
    /// People per phase of the cycle at the end of the week.
    pub phases: PhaseCounts,
    /// Movements between phases during this week.
    pub flows: Flows,
    /// Everyone in the market (constant).
    pub population: u32,
    /// Mean expectation (verwachting), 0..10.
    pub expectation: f64,
    /// Mean experienced performance (ervaren prestatie), 0..10.
    pub performance: f64,
    /// Mean satisfaction (klanttevredenheid), 0..10.
    pub satisfaction: f64,
    /// Customers who answered 9 or 10 (promotors).
    pub promoters: u32,
    /// Customers who answered 7 or 8 (passives).
    pub passives: u32,
    /// Customers who answered 0 to 6 (criticasters).
    pub detractors: u32,
    /// Net Promoter Score: % promoters − % detractors, −100..100.
    pub nps: f64,
    /// Yearly retention rate (klantbehoud per jaar), 0..1: the share of customers that would still be
    /// customers after 52 weeks at the churn of recent weeks (smoothed weekly churn, annualised).
    pub retention_rate: f64,
    /// Orders this week.
    pub orders: u32,
    /// Revenue this week (omzet), euros.
    pub revenue: f64,
    /// All costs this week (cost of goods + every lever's cost), euros.
    pub costs: f64,
    /// Revenue − costs this week (winst), euros.
    pub profit: f64,
    /// Profit summed over weeks 1..=week, euros.
    pub cumulative_profit: f64,
    /// CLV = W × A on gross margin (CLV op brutomarge): average revenue − cost of goods per order ×
    /// expected orders per customer relationship, euros.
    pub clv_wxa: f64,
    /// CLV = W × A on net margin (CLV op nettomarge): W also takes off every cost customers cause
    /// (per customer, per order, discounts) — the same costs the pyramid counts, euros.
    pub clv_wxa_net: f64,
    /// Discounted CLV = m·r/(1+i−r) on gross margin: yearly margin m, yearly retention r, discount
    /// rate i, euros.
    pub clv_discounted: f64,
    /// Discounted CLV on net margin, euros.
    pub clv_discounted_net: f64,
    /// Mean share of wallet of active customers, 0..1.
    pub share_of_wallet: f64,
    /// This week's cost of each lever in [`crate::Lever::ALL`] order, euros.
    pub lever_costs_eur: [f64; 10],
    /// The customer pyramid this week, [`crate::Tier::ALL`] order (top, large, medium, small).
    pub pyramid: [TierFigures; 4],
    /// What serving tiers through other channels than the helpdesk cost this week (negative: it
    /// saved), euros; part of `costs` (0 while every tier is served by the helpdesk).
    #[serde(default)]
    pub contact_costs_eur: f64,
    /// Cost of goods sold this week (inkoopwaarde), euros; part of `costs`.
    pub cost_of_goods_eur: f64,
    /// Customers who left this week (churn).
    pub leavers: u32,
    /// Newly won customers this week (conversions from prospects).
    pub new_customers_won: u32,
}

impl Snapshot {
    /// Active customers (new + loyal + ambassadors).
    pub fn active_customers(&self) -> u32 {
        self.phases.active_customers()
    }
}
