//! Expectations (verwachtingen): formed by what marketing promises, adapted by experience.
//!
//! Source: Oliver (1980) — expectations are the standard against which performance is judged;
//! they come from communication (the promise) and from earlier experience.

use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use serde::{Deserialize, Serialize};

/// Parameters of how expectations form and adapt (scenario section `[rules.expectations]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExpectationParams {
    /// Expectation (0..10) that a promise of 0 creates.
    pub at_promise_min: f64,
    /// Expectation (0..10) that a promise of 1 creates.
    pub at_promise_max: f64,
    /// Share of the gap to the promised level closed per week, 0..1.
    pub weekly_promise_pull: f64,
    /// Share of the gap to the experienced performance closed per week, 0..1.
    pub weekly_experience_pull: f64,
}

impl Default for ExpectationParams {
    fn default() -> Self {
        ExpectationParams {
            at_promise_min: 3.5,
            at_promise_max: 9.0,
            weekly_promise_pull: 0.06,
            weekly_experience_pull: 0.06,
        }
    }
}

impl ExpectationParams {
    /// The allowed ranges (scenario section `[rules.expectations]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("at_promise_min", self.at_promise_min, 0.0, 10.0)?;
        at.range("at_promise_max", self.at_promise_max, 0.0, 10.0)?;
        at.range("weekly_promise_pull", self.weekly_promise_pull, 0.0, 1.0)?;
        at.range(
            "weekly_experience_pull",
            self.weekly_experience_pull,
            0.0,
            1.0 - self.weekly_promise_pull,
        )
    }
}

impl ExpectationParams {
    /// The expectation (0..10) a promise in [0, 1] creates.
    pub fn promised(&self, promise: f64) -> f64 {
        self.at_promise_min + (self.at_promise_max - self.at_promise_min) * promise
    }
}

/// This week's expectation rule as three weights: `E' = keep·E + promised_part + experience·P`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ExpectationUpdate {
    /// Weight of the old expectation.
    pub keep: f32,
    /// Promise pull × promised expectation (a constant this week).
    pub promised_part: f32,
    /// Weight of the experienced performance.
    pub experience: f32,
}

impl ExpectationUpdate {
    /// The rule for a week in which the promise is `promise`.
    pub fn for_week(params: &ExpectationParams, promise: f64) -> ExpectationUpdate {
        let pull_promise = params.weekly_promise_pull;
        let pull_experience = params.weekly_experience_pull;
        ExpectationUpdate {
            keep: (1.0 - pull_promise - pull_experience) as f32,
            promised_part: (pull_promise * params.promised(promise)) as f32,
            experience: pull_experience as f32,
        }
    }

    /// Next week's expectation of a customer who expected `expectation` and experienced `performance`.
    #[inline(always)]
    pub fn apply(&self, expectation: f32, performance: f32) -> f32 {
        self.keep * expectation + self.promised_part + self.experience * performance
    }
}
