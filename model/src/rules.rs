//! All behavioural parameters of the model together (scenario section `[rules]`); every part has
//! defaults, so a scenario only lists what it changes.

use crate::acquisition::AcquisitionParams;
use crate::cycle::CycleParams;
use crate::economics::EconomicsParams;
use crate::expectation::ExpectationParams;
use crate::nps::NpsParams;
use crate::performance::PerformanceParams;
use crate::retention::RetentionParams;
use crate::satisfaction::SatisfactionParams;
use crate::smoothing::SmoothingParams;
use crate::word_of_mouth::WordOfMouthParams;
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
}
