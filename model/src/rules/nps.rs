//! Net Promoter Score (Reichheld 2003): "How likely are you to recommend us, 0–10?"
//! Promoters answer 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors.

use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use serde::{Deserialize, Serialize};

/// Parameters of the NPS question (scenario section `[rules.nps]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NpsParams {
    /// Standard deviation of the personal noise between satisfaction and the answer given.
    pub answer_noise_sd: f64,
    /// How much higher an ambassador answers than their satisfaction alone would give, points on the
    /// 0–10 scale. An ambassador believes in the brand and speaks up for it: being asked "would you
    /// recommend us?" is what they already do.
    pub ambassador_answer_lift: f64,
}

impl Default for NpsParams {
    fn default() -> Self {
        NpsParams {
            answer_noise_sd: 0.9,
            ambassador_answer_lift: 1.0,
        }
    }
}

impl NpsParams {
    /// The allowed ranges (scenario section `[rules.nps]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("answer_noise_sd", self.answer_noise_sd, 0.0, 5.0)?;
        at.range(
            "ambassador_answer_lift",
            self.ambassador_answer_lift,
            0.0,
            10.0,
        )
    }

    /// The lift on the answer by phase code (population codes 0..8): only ambassadors have one.
    pub(crate) fn answer_lift_by_phase(&self) -> [f32; 8] {
        let mut lift = [0.0; 8];
        // Population codes are the index in `Phase::ALL`.
        lift[crate::Phase::Ambassador.index()] = self.ambassador_answer_lift as f32;
        lift
    }
}

/// The answer (0..10) given by someone whose satisfaction plus personal noise is `score`: rounded to
/// the nearest whole number (ties to even) and kept on the scale.
#[inline(always)]
pub fn answer(score: f32) -> u8 {
    crate::simulation::numeric::round_small(score).clamp(0, 10) as u8
}

/// Lowest answer of a promoter (promotor): 9 and 10 recommend.
pub const PROMOTER_MIN: u8 = 9;

/// Highest answer of a detractor (criticaster): 0 to 6 warn others off.
pub const DETRACTOR_MAX: u8 = 6;

/// Whether an answer (0..10) comes from a promoter.
#[inline(always)]
pub fn is_promoter(answer: u8) -> bool {
    answer >= PROMOTER_MIN
}

/// Whether an answer (0..10) comes from a detractor.
#[inline(always)]
pub fn is_detractor(answer: u8) -> bool {
    answer <= DETRACTOR_MAX
}

/// NPS, −100..100, from counts; 0 when nobody answered.
pub fn net_promoter_score(promoters: u32, detractors: u32, respondents: u32) -> f64 {
    if respondents == 0 {
        return 0.0;
    }
    100.0 * (f64::from(promoters) - f64::from(detractors)) / f64::from(respondents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_percent_promoters_twenty_percent_detractors_is_plus_ten() {
        assert!((net_promoter_score(30, 20, 100) - 10.0).abs() < 1e-12);
        assert!((net_promoter_score(300, 200, 1000) - 10.0).abs() < 1e-12);
        assert_eq!(net_promoter_score(0, 0, 0), 0.0);
    }

    #[test]
    fn nine_and_ten_promote_zero_to_six_detract() {
        let promoters: Vec<u8> = (0..=10).filter(|&a| is_promoter(a)).collect();
        let detractors: Vec<u8> = (0..=10).filter(|&a| is_detractor(a)).collect();
        assert_eq!(promoters, vec![9, 10]);
        assert_eq!(detractors, (0..=6).collect::<Vec<u8>>());
    }

    #[test]
    fn answers_round_and_stay_on_the_scale() {
        assert_eq!(answer(8.49), 8);
        assert_eq!(answer(8.51), 9);
        assert_eq!(answer(9.5), 10);
        assert_eq!(answer(-3.0), 0);
        assert_eq!(answer(12.0), 10);
        assert_eq!(answer(6.49), 6);
    }
}
