//! Satisfaction (klanttevredenheid) by expectation-disconfirmation.
//!
//! Sources: Oliver (1980): satisfaction follows from the expectation and from its disconfirmation
//! (performance − expectation). Anderson & Sullivan (1993): falling short of expectations lowers
//! satisfaction more than exceeding them raises it (asymmetry, loss aversion).

use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use serde::{Deserialize, Serialize};

/// Parameters of the satisfaction rule (scenario section `[rules.satisfaction]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SatisfactionParams {
    /// Satisfaction (0..10) when performance exactly meets an expectation of 5.
    pub when_met: f64,
    /// Rise in satisfaction per point of expectation above 5 (Oliver's anchor; smaller than the gain).
    pub expectation_anchor: f64,
    /// Rise per point that performance exceeds expectation.
    pub gain_per_point_above: f64,
    /// Fall per point that performance falls short of expectation (larger: asymmetry).
    pub loss_per_point_below: f64,
    /// Share of the gap to this week's judgement closed per week (satisfaction builds up), 0..1.
    pub weekly_update: f64,
    /// Personal spread in how strongly people react: sensitivity is uniform in 1 ± spread.
    pub sensitivity_spread: f64,
}

impl Default for SatisfactionParams {
    fn default() -> Self {
        SatisfactionParams {
            when_met: 7.5,
            expectation_anchor: 0.2,
            gain_per_point_above: 0.5,
            loss_per_point_below: 1.5,
            weekly_update: 0.2,
            sensitivity_spread: 0.4,
        }
    }
}

impl SatisfactionParams {
    /// The allowed ranges (scenario section `[rules.satisfaction]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("when_met", self.when_met, 0.0, 10.0)?;
        at.range("weekly_update", self.weekly_update, 0.0, 1.0)?;
        at.range("sensitivity_spread", self.sensitivity_spread, 0.0, 1.0)
    }
}

/// The satisfaction rule in the form the weekly loop uses.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SatisfactionRule {
    base: f32,
    anchor: f32,
    gain: f32,
    extra_loss: f32,
    update: f32,
}

impl SatisfactionRule {
    /// Build the rule from its parameters.
    pub fn new(params: &SatisfactionParams) -> SatisfactionRule {
        SatisfactionRule {
            base: (params.when_met - 5.0 * params.expectation_anchor) as f32,
            anchor: params.expectation_anchor as f32,
            gain: params.gain_per_point_above as f32,
            extra_loss: (params.loss_per_point_below - params.gain_per_point_above) as f32,
            update: params.weekly_update as f32,
        }
    }

    /// This week's judgement (0..10) by someone with this expectation, performance and sensitivity:
    /// `when_met + anchor·(E − 5) + sensitivity · (gain·d, or loss·d when d < 0)`, with d = P − E.
    #[inline(always)]
    pub fn judgement(&self, expectation: f32, performance: f32, sensitivity: f32) -> f32 {
        let d = performance - expectation;
        let disconfirmation = self.gain * d + self.extra_loss * d.min(0.0);
        (self.base + self.anchor * expectation + sensitivity * disconfirmation).clamp(0.0, 10.0)
    }

    /// Satisfaction after one more week: moves part of the way to this week's judgement.
    #[inline(always)]
    pub fn update(&self, satisfaction: f32, judgement: f32) -> f32 {
        satisfaction + self.update * (judgement - satisfaction)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_performance_satisfies_less_when_more_was_expected() {
        let rule = SatisfactionRule::new(&SatisfactionParams::default());
        assert!(rule.judgement(6.0, 7.0, 1.0) > rule.judgement(8.0, 7.0, 1.0));
    }

    #[test]
    fn falling_short_hurts_more_than_exceeding_helps() {
        let rule = SatisfactionRule::new(&SatisfactionParams::default());
        let met = rule.judgement(6.0, 6.0, 1.0);
        let above = rule.judgement(6.0, 7.0, 1.0) - met;
        let below = met - rule.judgement(6.0, 5.0, 1.0);
        assert!(below > above && above > 0.0);
    }
}
