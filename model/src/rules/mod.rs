//! All behavioural parameters of the model together (scenario section `[rules]`); every part has
//! defaults, so a scenario only lists what it changes.

//!
//! One rule per file: what customers expect ([`expectation`]), what they experience
//! ([`performance`]), how satisfied they are ([`satisfaction`]), what they would tell others
//! ([`nps`], [`word_of_mouth`]), whether they stay ([`retention`], and why they go: [`leaving`]),
//! how the funnel fills ([`acquisition`]), how people move between phases ([`cycle`]), money
//! ([`economics`], [`costs`], contact channels: [`channels`]), customer lifetime value ([`clv`]) and the smoothing of reported
//! figures ([`smoothing`]). Allowed ranges of every parameter: [`bounds`].

pub mod acquisition;
pub(crate) mod bounds;
pub mod channels;
pub mod clv;
pub(crate) mod costs;
pub mod cycle;
pub mod economics;
pub mod expectation;
pub(crate) mod leaving;
pub mod nps;
pub mod performance;
pub mod retention;
pub mod satisfaction;
pub mod smoothing;
pub mod word_of_mouth;

use crate::rules::acquisition::AcquisitionParams;
use crate::rules::channels::ChannelRules;
use crate::rules::cycle::CycleParams;
use crate::rules::economics::EconomicsParams;
use crate::rules::expectation::ExpectationParams;
use crate::rules::nps::NpsParams;
use crate::rules::performance::PerformanceParams;
use crate::rules::retention::RetentionParams;
use crate::rules::satisfaction::SatisfactionParams;
use crate::rules::smoothing::SmoothingParams;
use crate::rules::word_of_mouth::WordOfMouthParams;
use serde::{Deserialize, Serialize};

/// The model's rules and their numbers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// How expectations form.
    pub expectations: ExpectationParams,
    /// How performance is experienced.
    pub performance: PerformanceParams,
    /// How satisfaction follows.
    pub satisfaction: SatisfactionParams,
    /// How customers answer the NPS question.
    pub nps: NpsParams,
    /// Who leaves.
    pub retention: RetentionParams,
    /// Moving up the cycle.
    pub cycle: CycleParams,
    /// Winning prospects and customers.
    pub acquisition: AcquisitionParams,
    /// Word of mouth.
    pub word_of_mouth: WordOfMouthParams,
    /// Prices, margins, share of wallet.
    pub economics: EconomicsParams,
    /// Smoothing of reported figures.
    pub metrics: SmoothingParams,
    /// Contact channels and their cost per contact (left out of a written scenario while default,
    /// so lessons written before channels existed keep their text and revision).
    #[serde(skip_serializing_if = "ChannelRules::is_default")]
    pub channels: ChannelRules,
}

impl Rules {
    /// What a business buyer experiences of the supplier themself in `tier` under `policy`,
    /// 0..10: the sales service and social binding as the tier feels them, plus the service points
    /// of its contact channel (docs/model.md §3.10b). Consumers never use it.
    pub fn buyer_contact(&self, policy: &crate::Policy, tier: crate::Tier) -> f64 {
        (self
            .performance
            .relationship(&self.channels.felt_policy(policy, tier))
            + self.channels.service_points(policy, tier))
        .clamp(0.0, 10.0)
    }
}
