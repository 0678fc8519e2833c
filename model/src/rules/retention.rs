//! Retention (klantbehoud): each week an active customer may leave. The risk follows the loyalty drivers
//! (loyaliteitsdrijvers): satisfaction, binding (financial < social < structural), the attractiveness of
//! the competitor, price, and how long the relationship has lasted.
//!
//! Sources: Anderson & Sullivan (1993) and Rust & Zahorik (1993) for satisfaction → retention;
//! Bendapudi & Berry (1997) and Berry (1995) for the three levels of binding; Reinartz & Kumar (2000)
//! for churn falling with tenure.

use crate::lever::Lever;
use crate::policy::Policy;
use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use crate::scenario::market::Segment;
use serde::{Deserialize, Serialize};

/// Number of satisfaction steps in the churn table (satisfaction 0..10 in steps of 10/64).
pub const SATISFACTION_STEPS: usize = 64;
/// Longest tenure, in weeks, that still changes the churn risk.
pub const TENURE_WEEKS_MAX: usize = 520;

/// Parameters of the churn rule (scenario section `[rules.retention]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetentionParams {
    /// Weekly chance of leaving for a new customer at reference satisfaction, no binding, average
    /// competitor and price.
    pub weekly_churn_base: f64,
    /// Satisfaction (0..10) at which the base churn applies.
    pub satisfaction_reference: f64,
    /// Relative change in churn per point of satisfaction (churn × e^(−this × (S − reference))).
    pub churn_per_satisfaction_point: f64,
    /// Below this satisfaction a customer complains (boze klant); after-sales can win them back.
    pub complaint_below_satisfaction: f64,
    /// Share of complaining customers' churn prevented at full after-sales service, 0..1.
    pub aftersales_recovery: f64,
    /// How much a stronger competitor raises churn: factor 1 + weight × (strength − 0.5).
    pub competitor_weight: f64,
    /// How much a high price raises churn of price-sensitive buyers: e^(weight × sensitivity × (price − 0.5)).
    pub price_weight: f64,
    /// Binding strength of the financial programme at full level (churn × e^(−strength)).
    pub financial_binding_strength: f64,
    /// Binding strength of the social programme at full level.
    pub social_binding_strength: f64,
    /// Binding strength of the structural programme at full level (switching costs).
    pub structural_binding_strength: f64,
    /// Churn multiplier for very long relationships, 0..1 (churn falls with tenure towards this).
    pub long_tenure_factor: f64,
    /// Weeks over which churn falls with tenure (time constant).
    pub tenure_weeks: f64,
    /// Upper limit on the weekly chance of leaving.
    pub weekly_churn_max: f64,
}

impl Default for RetentionParams {
    fn default() -> Self {
        RetentionParams {
            weekly_churn_base: 0.008,
            satisfaction_reference: 7.0,
            churn_per_satisfaction_point: 0.45,
            complaint_below_satisfaction: 6.0,
            aftersales_recovery: 0.5,
            competitor_weight: 1.0,
            price_weight: 1.5,
            financial_binding_strength: 0.3,
            social_binding_strength: 0.6,
            structural_binding_strength: 1.2,
            long_tenure_factor: 0.5,
            tenure_weeks: 26.0,
            weekly_churn_max: 0.5,
        }
    }
}

impl RetentionParams {
    /// The allowed ranges (scenario section `[rules.retention]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("weekly_churn_base", self.weekly_churn_base, 0.0, 1.0)?;
        at.range("weekly_churn_max", self.weekly_churn_max, 0.0, 1.0)?;
        at.range("aftersales_recovery", self.aftersales_recovery, 0.0, 1.0)?;
        at.range("long_tenure_factor", self.long_tenure_factor, 0.0, 10.0)
    }
}

impl RetentionParams {
    /// The binding effect of a policy for a segment: churn is multiplied by e^(−binding).
    pub fn binding(&self, policy: &Policy, segment: &Segment) -> f64 {
        self.financial_binding_strength * policy.get(Lever::LoyaltyFinancial)
            + segment.relationship_multiplier
                * (self.social_binding_strength * policy.get(Lever::LoyaltySocial)
                    + self.structural_binding_strength * policy.get(Lever::LoyaltyStructural))
    }

    /// The binding of each programme for a segment (financial, social, structural), as they add up
    /// in [`Self::binding`]: what each programme does for one customer.
    pub fn binding_by_programme(&self, policy: &Policy, segment: &Segment) -> [(Lever, f64); 3] {
        [
            (
                Lever::LoyaltyFinancial,
                self.financial_binding_strength * policy.get(Lever::LoyaltyFinancial),
            ),
            (
                Lever::LoyaltySocial,
                segment.relationship_multiplier
                    * self.social_binding_strength
                    * policy.get(Lever::LoyaltySocial),
            ),
            (
                Lever::LoyaltyStructural,
                segment.relationship_multiplier
                    * self.structural_binding_strength
                    * policy.get(Lever::LoyaltyStructural),
            ),
        ]
    }

    /// Weekly chance of leaving (before the tenure effect) for satisfaction `satisfaction`.
    pub fn weekly_churn(
        &self,
        policy: &Policy,
        segment: &Segment,
        competitor_strength: f64,
        satisfaction: f64,
    ) -> f64 {
        self.drivers(policy, segment, competitor_strength, satisfaction)
            .chance_before_tenure(self.weekly_churn_max)
    }

    /// The factors of the weekly chance of leaving, one per loyalty driver (the tenure factor is 1;
    /// see [`ChurnDrivers::with_tenure`]). Their product is the chance [`Self::weekly_churn`] gives.
    pub fn drivers(
        &self,
        policy: &Policy,
        segment: &Segment,
        competitor_strength: f64,
        satisfaction: f64,
    ) -> ChurnDrivers {
        let satisfaction_effect = libm::exp(
            -self.churn_per_satisfaction_point * (satisfaction - self.satisfaction_reference),
        );
        let complaint_effect = if satisfaction < self.complaint_below_satisfaction {
            1.0 - self.aftersales_recovery * policy.get(Lever::Aftersales)
        } else {
            1.0
        };
        let competitor = (1.0 + self.competitor_weight * (competitor_strength - 0.5)).max(0.0);
        let price = libm::exp(
            self.price_weight * segment.price_sensitivity * (policy.get(Lever::Price) - 0.5),
        );
        ChurnDrivers {
            base: self.weekly_churn_base * segment.churn_multiplier,
            satisfaction: satisfaction_effect,
            aftersales: complaint_effect,
            competitor,
            price,
            binding: libm::exp(-self.binding(policy, segment)),
            tenure: 1.0,
        }
    }

    /// Churn multiplier after `weeks` as a customer: from 1 down towards `long_tenure_factor`.
    pub fn tenure_factor(&self, weeks: f64) -> f64 {
        let fade = if self.tenure_weeks > 0.0 {
            libm::exp(-weeks / self.tenure_weeks)
        } else {
            0.0
        };
        self.long_tenure_factor + (1.0 - self.long_tenure_factor) * fade
    }
}

/// The weekly chance of leaving taken apart: the base chance times one factor per loyalty driver
/// (1 = no effect, above 1 drives the customer away, below 1 holds them).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChurnDrivers {
    /// The segment's base chance at reference satisfaction, without binding.
    pub base: f64,
    /// Satisfaction compared with the reference (above 1 when less satisfied).
    pub satisfaction: f64,
    /// After-sales service winning back a complaining customer (below 1 when it helps).
    pub aftersales: f64,
    /// The competitor's attractiveness (quality of the alternative).
    pub competitor: f64,
    /// The price paid, for price-sensitive buyers.
    pub price: f64,
    /// The three binding programmes together.
    pub binding: f64,
    /// How long the relationship has lasted.
    pub tenure: f64,
}

impl ChurnDrivers {
    /// The same drivers with the tenure factor for this customer.
    pub fn with_tenure(self, tenure: f64) -> ChurnDrivers {
        ChurnDrivers { tenure, ..self }
    }

    /// The chance before the tenure factor, capped at `max` (the value the weekly churn table holds).
    pub fn chance_before_tenure(&self, max: f64) -> f64 {
        (self.base
            * self.satisfaction
            * self.aftersales
            * self.competitor
            * self.price
            * self.binding)
            .clamp(0.0, max)
    }

    /// The weekly chance of leaving, capped at `max` before the tenure factor as the weekly loop does.
    pub fn chance(&self, max: f64) -> f64 {
        self.chance_before_tenure(max) * self.tenure
    }

    /// The driver that pushed hardest towards leaving: the factor furthest above 1 among
    /// satisfaction, competitor and price; `None` when none is above 1 (the customer left at the
    /// base chance everyone has, held back as much as the binding and tenure allow).
    pub fn strongest_push(&self) -> Option<ChurnDriver> {
        [
            (ChurnDriver::Satisfaction, self.satisfaction),
            (ChurnDriver::Competitor, self.competitor),
            (ChurnDriver::Price, self.price),
        ]
        .into_iter()
        .filter(|(_, factor)| *factor > 1.0)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(driver, _)| driver)
    }
}

/// A loyalty driver that can push a customer away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChurnDriver {
    /// Satisfaction below the reference.
    Satisfaction,
    /// A competitor more attractive than average.
    Competitor,
    /// A price above the middle, for price-sensitive buyers.
    Price,
}

/// The step of the churn table nearest to a satisfaction (0..10).
#[inline(always)]
pub fn satisfaction_step(satisfaction: f32) -> usize {
    crate::simulation::numeric::round_small(satisfaction * (SATISFACTION_STEPS as f32 / 10.0))
        .clamp(0, SATISFACTION_STEPS as i32) as usize
}

/// The satisfaction (0..10) a churn-table step stands for.
pub fn step_satisfaction(step: usize) -> f64 {
    (step as f64 * 10.0 / SATISFACTION_STEPS as f64).min(10.0)
}

/// Yearly retention from a weekly churn chance: (1 − churn)^52.
pub fn yearly_retention(weekly_churn: f64) -> f64 {
    libm::pow((1.0 - weekly_churn).clamp(0.0, 1.0), 52.0)
}
