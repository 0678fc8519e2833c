//! What each lever costs per week (kosten per knop): nothing is free.

use crate::lever::Lever;
use crate::lever_map::LeverMap;
use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use serde::{Deserialize, Serialize};

/// The cost rule of one lever. At lever intensity x (the lever value; for `price` it is 1 − price,
/// because a low price is what costs money) the weekly cost in euros is
/// `x^exponent × (eur_per_week + eur_per_customer_week × customers + eur_per_prospect_week × prospects
/// + eur_per_order × orders + revenue_share × revenue)`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LeverCost {
    /// Fixed cost per week at full intensity (budget, campaign), euros.
    pub eur_per_week: f64,
    /// Cost per active customer per week at full intensity (kosten per klantcontact), euros.
    pub eur_per_customer_week: f64,
    /// Cost per prospect per week at full intensity (pre-sales contact), euros.
    pub eur_per_prospect_week: f64,
    /// Cost per order at full intensity (e.g. better materials, delivery), euros.
    pub eur_per_order: f64,
    /// Share of revenue given away at full intensity (discount, points), 0..1.
    pub revenue_share: f64,
    /// Curvature: 1 = linear, 2 = every extra step costs more than the last.
    pub exponent: f64,
}

impl LeverCost {
    /// The allowed ranges (scenario section `[costs.<lever>]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("eur_per_week", self.eur_per_week, 0.0, 1e9)?;
        at.range(
            "eur_per_customer_week",
            self.eur_per_customer_week,
            0.0,
            1e6,
        )?;
        at.range(
            "eur_per_prospect_week",
            self.eur_per_prospect_week,
            0.0,
            1e6,
        )?;
        at.range("eur_per_order", self.eur_per_order, 0.0, 1e6)?;
        at.range("revenue_share", self.revenue_share, 0.0, 1.0)?;
        at.range("exponent", self.exponent, 0.1, 5.0)
    }

    fn new(eur_per_week: f64, per_customer: f64, per_prospect: f64, per_order: f64) -> LeverCost {
        LeverCost {
            eur_per_week,
            eur_per_customer_week: per_customer,
            eur_per_prospect_week: per_prospect,
            eur_per_order: per_order,
            revenue_share: 0.0,
            exponent: 1.0,
        }
    }
}

/// The cost rule of every lever (scenario section `[costs.<lever>]`). A scenario lists only what it
/// changes: a missing lever, or a missing field of a listed lever, keeps the default of that lever.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LeverCosts(LeverMap<LeverCost>);

impl Default for LeverCosts {
    fn default() -> Self {
        LeverCosts(LeverMap::from_fn(default_cost))
    }
}

/// The cost rule of `lever` unless a scenario changes it.
fn default_cost(lever: Lever) -> LeverCost {
    match lever {
        // Marketing communication.
        Lever::Promise => LeverCost::new(1_500.0, 0.0, 0.0, 0.0),
        // Better product: costs per order.
        Lever::Quality => LeverCost {
            exponent: 1.5,
            ..LeverCost::new(500.0, 0.0, 0.0, 12.0)
        },
        // Price promotions (intensity = 1 − price).
        Lever::Price => LeverCost::new(500.0, 0.0, 0.0, 0.0),
        // Pre-sales advice per prospect.
        Lever::Presales => LeverCost::new(500.0, 0.0, 2.5, 0.0),
        // Sales service per order (ordering, delivery).
        Lever::Sales => LeverCost::new(1_000.0, 0.0, 0.0, 4.0),
        // Helpdesk and complaint handling per customer.
        Lever::Aftersales => LeverCost {
            exponent: 1.5,
            ..LeverCost::new(1_400.0, 1.7, 0.0, 0.0)
        },
        // Discounts and points: a share of every order.
        Lever::LoyaltyFinancial => LeverCost {
            revenue_share: 0.10,
            ..LeverCost::new(300.0, 0.0, 0.0, 0.0)
        },
        // Personal contact and events per customer.
        Lever::LoyaltySocial => LeverCost::new(500.0, 1.0, 0.0, 0.0),
        // Integration and contracts: fixed investment plus per customer.
        Lever::LoyaltyStructural => LeverCost {
            exponent: 2.0,
            ..LeverCost::new(4_000.0, 0.8, 0.0, 0.0)
        },
        // Acquisition budget.
        Lever::Acquisition => LeverCost::new(6_000.0, 0.0, 0.0, 0.0),
    }
}

/// A `[costs.<lever>]` table as written in a scenario: every field optional.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LeverCostPatch {
    eur_per_week: Option<f64>,
    eur_per_customer_week: Option<f64>,
    eur_per_prospect_week: Option<f64>,
    eur_per_order: Option<f64>,
    revenue_share: Option<f64>,
    exponent: Option<f64>,
}

impl LeverCostPatch {
    /// The lever's cost rule with the written fields replacing those of `base`.
    fn over(patch: Option<LeverCostPatch>, base: LeverCost) -> LeverCost {
        let Some(p) = patch else { return base };
        LeverCost {
            eur_per_week: p.eur_per_week.unwrap_or(base.eur_per_week),
            eur_per_customer_week: p
                .eur_per_customer_week
                .unwrap_or(base.eur_per_customer_week),
            eur_per_prospect_week: p
                .eur_per_prospect_week
                .unwrap_or(base.eur_per_prospect_week),
            eur_per_order: p.eur_per_order.unwrap_or(base.eur_per_order),
            revenue_share: p.revenue_share.unwrap_or(base.revenue_share),
            exponent: p.exponent.unwrap_or(base.exponent),
        }
    }
}

impl<'de> Deserialize<'de> for LeverCosts {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let written = LeverMap::<Option<LeverCostPatch>>::deserialize(deserializer)?;
        Ok(LeverCosts(written.fill(|lever, patch| {
            LeverCostPatch::over(patch, default_cost(lever))
        })))
    }
}

/// What a lever's cost depends on this week.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CostBase {
    /// Active customers.
    pub customers: f64,
    /// Prospects.
    pub prospects: f64,
    /// Orders this week.
    pub orders: f64,
    /// Revenue this week, euros.
    pub revenue_eur: f64,
}

impl LeverCosts {
    /// The cost rule of one lever.
    pub fn of(&self, lever: Lever) -> &LeverCost {
        &self.0[lever]
    }

    /// The cost rule of one lever, to change it.
    pub fn of_mut(&mut self, lever: Lever) -> &mut LeverCost {
        &mut self.0[lever]
    }

    /// The cost of `lever` set to `value` for one week, given what the cost depends on, euros.
    pub fn weekly_cost_eur(&self, lever: Lever, value: f64, base: CostBase) -> f64 {
        let rule = self.of(lever);
        let x = intensity(lever, value);
        if x <= 0.0 {
            return 0.0;
        }
        libm::pow(x, rule.exponent)
            * (rule.eur_per_week
                + rule.eur_per_customer_week * base.customers
                + rule.eur_per_prospect_week * base.prospects
                + rule.eur_per_order * base.orders
                + rule.revenue_share * base.revenue_eur)
    }
}

/// How hard a lever is pulled in cost terms: its value, except price, where a lower price costs more.
pub fn intensity(lever: Lever, value: f64) -> f64 {
    match lever {
        Lever::Price => 1.0 - value,
        _ => value,
    }
}
