//! Winning customers (new business development): suspect → prospect → new customer, and former
//! customers who come back. The funnel follows the AIDA idea: attention, interest, decision.
//!
//! Sources: Kotler & Keller (marketing funnel); Zeithaml, Berry & Parasuraman (1996) for the effect of
//! service and reputation on choosing a supplier.

use crate::lever::Lever;
use crate::policy::Policy;
use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use crate::scenario::market::Segment;
use serde::{Deserialize, Serialize};

/// Parameters of the acquisition funnel (scenario section `[rules.acquisition]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AcquisitionParams {
    /// Weekly chance a suspect becomes interested without any acquisition budget.
    pub weekly_interest_base: f64,
    /// Extra weekly chance at full acquisition budget.
    pub weekly_interest_at_full_budget: f64,
    /// How many prospects a weaker promise loses: below the middle (0.5) the factor is
    /// 1 + this × (promise − 0.5). A promise that undersells the offer is not noticed.
    pub promise_attraction: f64,
    /// How many extra prospects a bigger promise wins above the middle (0.5): factor
    /// 1 + this × (promise − 0.5). Smaller than `promise_attraction`: people discount big claims.
    pub promise_attraction_above_middle: f64,
    /// Weekly chance a prospect buys, with all levers at 0.5 and an average competitor.
    pub weekly_conversion_base: f64,
    /// Effect of pre-sales service on conversion: factor 1 + this × (presales − 0.5).
    pub presales_effect: f64,
    /// Effect of sales service on conversion: factor 1 + this × (sales − 0.5).
    pub sales_effect: f64,
    /// Effect of price on conversion: factor e^(−this × sensitivity × (price − 0.5)).
    pub price_effect: f64,
    /// Effect of the competitor on conversion: factor 1 − this × (strength − 0.5).
    pub competitor_effect: f64,
    /// Weekly chance a prospect loses interest (or buys elsewhere) and becomes a suspect again.
    pub weekly_prospect_lapse: f64,
    /// Weekly chance a former customer becomes a prospect again, once the memory has faded.
    pub weekly_return_base: f64,
    /// Weeks over which a former customer's memory of leaving fades (time constant).
    pub forget_weeks: f64,
    /// Upper limit on any weekly chance in the funnel.
    pub weekly_chance_max: f64,
}

impl Default for AcquisitionParams {
    fn default() -> Self {
        AcquisitionParams {
            weekly_interest_base: 0.002,
            weekly_interest_at_full_budget: 0.012,
            promise_attraction: 1.7,
            promise_attraction_above_middle: 1.0,
            weekly_conversion_base: 0.06,
            presales_effect: 1.0,
            sales_effect: 0.6,
            price_effect: 2.5,
            competitor_effect: 0.8,
            weekly_prospect_lapse: 0.04,
            weekly_return_base: 0.01,
            forget_weeks: 26.0,
            weekly_chance_max: 0.9,
        }
    }
}

impl AcquisitionParams {
    /// The allowed ranges (scenario section `[rules.acquisition]`): weekly chances in [0, 1].
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        for (name, value) in [
            ("weekly_interest_base", self.weekly_interest_base),
            (
                "weekly_interest_at_full_budget",
                self.weekly_interest_at_full_budget,
            ),
            ("weekly_conversion_base", self.weekly_conversion_base),
            ("weekly_prospect_lapse", self.weekly_prospect_lapse),
            ("weekly_return_base", self.weekly_return_base),
            ("weekly_chance_max", self.weekly_chance_max),
        ] {
            at.range(name, value, 0.0, 1.0)?;
        }
        Ok(())
    }
}

impl AcquisitionParams {
    /// How strongly the promise draws attention (1 at promise 0.5): steep below the middle
    /// (underselling loses prospects), flatter above it (hype wins fewer and fewer). It counts once,
    /// in interest: a prospect decides to buy on service, price, the competitor and the image; what
    /// was promised comes back after the purchase, as the expectation the experience is judged by.
    pub fn promise_factor(&self, policy: &Policy) -> f64 {
        let above_middle = policy.get(Lever::Promise) - 0.5;
        let slope = if above_middle < 0.0 {
            self.promise_attraction
        } else {
            self.promise_attraction_above_middle
        };
        (1.0 + slope * above_middle).max(0.0)
    }

    /// Weekly chance a suspect becomes a prospect through marketing (word of mouth comes on top).
    pub fn weekly_interest(&self, policy: &Policy) -> f64 {
        ((self.weekly_interest_base
            + self.weekly_interest_at_full_budget * policy.get(Lever::Acquisition))
            * self.promise_factor(policy))
        .clamp(0.0, self.weekly_chance_max)
    }

    /// Weekly chance a prospect of this segment buys, given the image factor from word of mouth. The
    /// promise is not in it: it already decided who became a prospect.
    pub fn weekly_conversion(
        &self,
        policy: &Policy,
        segment: &Segment,
        competitor_strength: f64,
        image: f64,
    ) -> f64 {
        let service = (1.0
            + self.presales_effect * (policy.get(Lever::Presales) - 0.5)
            + self.sales_effect * (policy.get(Lever::Sales) - 0.5))
            .max(0.0);
        let price = libm::exp(
            -self.price_effect * segment.price_sensitivity * (policy.get(Lever::Price) - 0.5),
        );
        let competitor = (1.0 - self.competitor_effect * (competitor_strength - 0.5)).max(0.0);
        (self.weekly_conversion_base
            * segment.conversion_multiplier
            * service
            * price
            * competitor
            * image)
            .clamp(0.0, self.weekly_chance_max)
    }

    /// How far a former customer's memory of leaving has faded after `weeks`, 0..1.
    pub fn memory_faded(&self, weeks: f64) -> f64 {
        if self.forget_weeks <= 0.0 {
            return 1.0;
        }
        1.0 - libm::exp(-weeks / self.forget_weeks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::market::Segment;

    #[test]
    fn the_promise_draws_attention_but_does_not_decide_the_purchase() {
        let params = AcquisitionParams::default();
        let segment = Segment::default();
        let at = |promise| Policy::default().with(Lever::Promise, promise).unwrap();
        let convert = |promise| params.weekly_conversion(&at(promise), &segment, 0.5, 1.0);
        assert_eq!(convert(0.0), convert(1.0));
        assert!(params.weekly_interest(&at(0.0)) < 0.3 * params.weekly_interest(&at(0.5)));
        assert!(params.weekly_interest(&at(1.0)) > params.weekly_interest(&at(0.5)));
    }
}
