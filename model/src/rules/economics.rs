//! Money: price, margin, share of wallet (share of wallet), and the cost of goods.
//!
//! Sources: share of wallet rises with satisfaction (Keiningham et al. 2003, Cooil et al. 2007);
//! a loyalty programme's financial rewards are a cost on every order (Dowling & Uncles 1997).

use crate::lever::Lever;
use crate::policy::Policy;
use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use serde::{Deserialize, Serialize};

/// Parameters of prices, margins and share of wallet (scenario section `[rules.economics]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EconomicsParams {
    /// Cost of goods as a share of the order value at list price, 0..1 (inkoopwaarde).
    pub cost_of_goods_share: f64,
    /// Price paid relative to list price at price lever 0 (cheapest).
    pub price_factor_at_min: f64,
    /// Price paid relative to list price at price lever 1 (most expensive).
    pub price_factor_at_max: f64,
    /// Share of wallet (0..1) of a customer at reference satisfaction without binding.
    pub share_of_wallet_base: f64,
    /// Satisfaction (0..10) at which the base share of wallet applies.
    pub satisfaction_reference: f64,
    /// Change in share of wallet per point of satisfaction.
    pub share_of_wallet_per_satisfaction_point: f64,
    /// Extra share of wallet per unit of binding (as defined by the retention rule).
    pub share_of_wallet_per_binding: f64,
    /// Lowest share of wallet of an active customer, 0..1.
    pub share_of_wallet_min: f64,
    /// Highest share of wallet, 0..1.
    pub share_of_wallet_max: f64,
}

impl Default for EconomicsParams {
    fn default() -> Self {
        EconomicsParams {
            cost_of_goods_share: 0.45,
            price_factor_at_min: 0.75,
            price_factor_at_max: 1.25,
            share_of_wallet_base: 0.45,
            satisfaction_reference: 7.0,
            share_of_wallet_per_satisfaction_point: 0.07,
            share_of_wallet_per_binding: 0.12,
            share_of_wallet_min: 0.05,
            share_of_wallet_max: 1.0,
        }
    }
}

impl EconomicsParams {
    /// The allowed ranges (scenario section `[rules.economics]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("cost_of_goods_share", self.cost_of_goods_share, 0.0, 10.0)?;
        at.range("price_factor_at_min", self.price_factor_at_min, 0.0, 100.0)?;
        at.range("price_factor_at_max", self.price_factor_at_max, 0.0, 100.0)?;
        at.range("share_of_wallet_min", self.share_of_wallet_min, 0.0, 1.0)?;
        at.range(
            "share_of_wallet_max",
            self.share_of_wallet_max,
            self.share_of_wallet_min,
            1.0,
        )
    }
}

impl EconomicsParams {
    /// Price paid relative to list price under this policy.
    pub fn price_factor(&self, policy: &Policy) -> f64 {
        self.price_factor_at_min
            + (self.price_factor_at_max - self.price_factor_at_min) * policy.get(Lever::Price)
    }
}

/// Share of wallet as a straight line in satisfaction, clamped: the form the weekly loop uses.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ShareOfWalletRule {
    intercept: f32,
    slope: f32,
    min: f32,
    max: f32,
}

impl ShareOfWalletRule {
    /// The rule for a week with this binding (see `RetentionParams::binding`).
    pub fn new(params: &EconomicsParams, binding: f64) -> ShareOfWalletRule {
        let at_reference =
            params.share_of_wallet_base + params.share_of_wallet_per_binding * binding;
        ShareOfWalletRule {
            intercept: (at_reference
                - params.share_of_wallet_per_satisfaction_point * params.satisfaction_reference)
                as f32,
            slope: params.share_of_wallet_per_satisfaction_point as f32,
            min: params.share_of_wallet_min as f32,
            max: params.share_of_wallet_max as f32,
        }
    }

    /// Share of wallet (0..1) of a customer with this satisfaction.
    #[inline(always)]
    pub fn share(&self, satisfaction: f32) -> f32 {
        (self.intercept + self.slope * satisfaction).clamp(self.min, self.max)
    }
}
