//! Experienced performance (ervaren prestatie): product quality plus the service of the moment, with noise.

use crate::lever::Lever;
use crate::policy::Policy;
use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use serde::{Deserialize, Serialize};

/// Parameters of experienced performance (scenario section `[rules.performance]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PerformanceParams {
    /// Product performance (0..10) at quality 0.
    pub product_at_quality_min: f64,
    /// Product performance (0..10) at quality 1.
    pub product_at_quality_max: f64,
    /// Service performance (0..10) at service level 0.
    pub service_at_min: f64,
    /// Service performance (0..10) at service level 1.
    pub service_at_max: f64,
    /// Weight of service in the experience, 0..1 (the rest is the product).
    pub service_weight: f64,
    /// Share of after-sales in the service customers experience, 0..1 (the rest is sales service).
    pub aftersales_share_of_service: f64,
    /// Standard deviation of the week-to-week noise in experience (a bad delivery, a good call).
    pub weekly_noise_sd: f64,
    /// How differently the offer fits different people: a personal offset on performance, uniform in
    /// ± this many points (heterogeneity: the same shop suits some people better than others).
    pub personal_fit_spread: f64,
    /// Extra experienced performance (points) at full social binding: personal attention is part of the
    /// service a customer experiences.
    pub social_binding_bonus: f64,
}

impl Default for PerformanceParams {
    fn default() -> Self {
        PerformanceParams {
            product_at_quality_min: 3.0,
            product_at_quality_max: 9.5,
            service_at_min: 3.0,
            service_at_max: 9.5,
            service_weight: 0.35,
            aftersales_share_of_service: 0.6,
            weekly_noise_sd: 0.8,
            personal_fit_spread: 1.5,
            social_binding_bonus: 0.6,
        }
    }
}

impl PerformanceParams {
    /// The allowed ranges (scenario section `[rules.performance]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range(
            "product_at_quality_min",
            self.product_at_quality_min,
            0.0,
            10.0,
        )?;
        at.range(
            "product_at_quality_max",
            self.product_at_quality_max,
            0.0,
            10.0,
        )?;
        at.range("service_at_min", self.service_at_min, 0.0, 10.0)?;
        at.range("service_at_max", self.service_at_max, 0.0, 10.0)?;
        at.range("service_weight", self.service_weight, 0.0, 1.0)?;
        at.range(
            "aftersales_share_of_service",
            self.aftersales_share_of_service,
            0.0,
            1.0,
        )?;
        at.range("weekly_noise_sd", self.weekly_noise_sd, 0.0, 5.0)?;
        at.range("personal_fit_spread", self.personal_fit_spread, 0.0, 5.0)
    }
}

impl PerformanceParams {
    /// Mean experienced performance (0..10) under a policy, before personal noise.
    pub fn mean(&self, policy: &Policy) -> f64 {
        let product = self.product_at_quality_min
            + (self.product_at_quality_max - self.product_at_quality_min)
                * policy.get(Lever::Quality);
        let service_level = self.aftersales_share_of_service * policy.get(Lever::Aftersales)
            + (1.0 - self.aftersales_share_of_service) * policy.get(Lever::Sales);
        let service =
            self.service_at_min + (self.service_at_max - self.service_at_min) * service_level;
        ((1.0 - self.service_weight) * product
            + self.service_weight * service
            + self.social_binding_bonus * policy.get(Lever::LoyaltySocial))
        .clamp(0.0, 10.0)
    }

    /// What a business buyer experiences of the supplier themself (0..10), apart from what their
    /// users tell them: the sales service they get (presales and account management) and the
    /// social binding. Product quality and after-sales reach the buyer only through the users.
    pub fn relationship(&self, policy: &Policy) -> f64 {
        let service = self.service_at_min
            + (self.service_at_max - self.service_at_min) * policy.get(Lever::Sales);
        (service + self.social_binding_bonus * policy.get(Lever::LoyaltySocial)).clamp(0.0, 10.0)
    }
}
