//! Smoothed figures over recent weeks: retention and CLV are judged over a few weeks, not one.

use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use serde::{Deserialize, Serialize};

/// Parameters of the reported figures (scenario section `[rules.metrics]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmoothingParams {
    /// Weeks over which retention and CLV are smoothed (exponential moving average).
    pub smoothing_weeks: f64,
    /// Longest relationship counted in CLV = W × A, weeks.
    pub clv_horizon_weeks: f64,
}

impl Default for SmoothingParams {
    fn default() -> Self {
        SmoothingParams {
            smoothing_weeks: 8.0,
            clv_horizon_weeks: 520.0,
        }
    }
}

impl SmoothingParams {
    /// The allowed ranges (scenario section `[rules.metrics]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("smoothing_weeks", self.smoothing_weeks, 1.0, 520.0)?;
        at.range("clv_horizon_weeks", self.clv_horizon_weeks, 1.0, 5200.0)
    }
}

/// Exponential moving averages of the weekly flows that retention and CLV are computed from.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SmoothedFlows {
    /// Customer-weeks (active customers at the start of the week).
    pub customer_weeks: f64,
    /// Customers who left.
    pub leavers: f64,
    /// Orders.
    pub orders: f64,
    /// Gross margin on those orders (revenue − cost of goods), euros.
    pub gross_margin_eur: f64,
    /// Net margin on those orders (also minus the costs customers cause), euros.
    pub net_margin_eur: f64,
}

impl SmoothedFlows {
    /// Blend in one week's flows with weight `1 / smoothing_weeks`.
    pub fn blend(&mut self, week: SmoothedFlows, smoothing_weeks: f64) {
        let w = if smoothing_weeks > 1.0 {
            1.0 / smoothing_weeks
        } else {
            1.0
        };
        self.customer_weeks += w * (week.customer_weeks - self.customer_weeks);
        self.leavers += w * (week.leavers - self.leavers);
        self.orders += w * (week.orders - self.orders);
        self.gross_margin_eur += w * (week.gross_margin_eur - self.gross_margin_eur);
        self.net_margin_eur += w * (week.net_margin_eur - self.net_margin_eur);
    }

    /// Weekly churn: leavers per customer-week (0 without customers).
    pub fn weekly_churn(&self) -> f64 {
        ratio(self.leavers, self.customer_weeks)
    }

    /// Orders per customer per week.
    pub fn orders_per_customer_week(&self) -> f64 {
        ratio(self.orders, self.customer_weeks)
    }

    /// Gross margin per order (W on brutomarge), euros.
    pub fn gross_margin_per_order_eur(&self) -> f64 {
        ratio(self.gross_margin_eur, self.orders)
    }

    /// Net margin per order (W on nettomarge), euros; negative when customers cost more than they bring.
    pub fn net_margin_per_order_eur(&self) -> f64 {
        ratio(self.net_margin_eur, self.orders)
    }
}

fn ratio(numerator: f64, denominator: f64) -> f64 {
    if denominator > 1e-9 {
        numerator / denominator
    } else {
        0.0
    }
}
