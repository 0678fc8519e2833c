//! Word of mouth (mond-tot-mondreclame): promoters and ambassadors bring in prospects; detractors
//! damage the image (imago) so fewer prospects buy.
//!
//! Sources: Reichheld (2003) on promoters' referrals; Anderson (1998) on dissatisfied customers
//! spreading more word of mouth than satisfied ones.

use serde::{Deserialize, Serialize};

/// Parameters of word of mouth (scenario section `[rules.word_of_mouth]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WordOfMouthParams {
    /// Prospects recruited per promoter per week.
    pub referrals_per_promoter_week: f64,
    /// Extra prospects recruited per ambassador per week (on top of being a promoter).
    pub referrals_per_ambassador_week: f64,
    /// How hard detractors hit the image: conversion × 1 / (1 + this × detractors / population).
    pub detractor_image_weight: f64,
}

impl Default for WordOfMouthParams {
    fn default() -> Self {
        WordOfMouthParams {
            referrals_per_promoter_week: 0.004,
            referrals_per_ambassador_week: 0.012,
            detractor_image_weight: 6.0,
        }
    }
}

impl WordOfMouthParams {
    /// Prospects recruited this week by word of mouth.
    pub fn referrals(&self, promoters: u32, ambassadors: u32) -> f64 {
        self.referrals_per_promoter_week * f64::from(promoters)
            + self.referrals_per_ambassador_week * f64::from(ambassadors)
    }

    /// The image factor on conversion (1 = no damage) for this many detractors in the market.
    pub fn image(&self, detractors: u32, population: u32) -> f64 {
        if population == 0 {
            return 1.0;
        }
        1.0 / (1.0 + self.detractor_image_weight * f64::from(detractors) / f64::from(population))
    }
}
