//! The learner's policy (beleid): the value of every lever, and changes to it over time.

use crate::lever::Lever;
use crate::lever_map::LeverMap;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The policy: every lever's value in [0, 1]. A learner changes it; the simulation reads it each week.
/// In a scenario file it is the `[start_policy]` table; levers not listed keep their default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Policy(LeverMap<f64>);

impl Default for Policy {
    /// Every lever in the middle (0.5), except the binding programmes, which start switched off.
    fn default() -> Self {
        Policy(LeverMap::from_fn(default_value))
    }
}

/// A lever's value in the default policy.
fn default_value(lever: Lever) -> f64 {
    if lever.is_binding() { 0.0 } else { 0.5 }
}

impl Serialize for Policy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Policy {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let written = LeverMap::<Option<f64>>::deserialize(deserializer)?;
        Ok(Policy(written.fill(|lever, value| {
            value.unwrap_or_else(|| default_value(lever))
        })))
    }
}

/// A lever value that is not a number in [0, 1].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverValueError {
    /// The lever that was being set.
    pub lever: Lever,
    /// The rejected value.
    pub value: f64,
}

impl fmt::Display for LeverValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "value {} for lever `{}` is not a number between 0 and 1",
            self.value,
            self.lever.key()
        )
    }
}

impl std::error::Error for LeverValueError {}

/// True when `value` is an allowed lever value: a number in [0, 1].
pub fn is_lever_value(value: f64) -> bool {
    (0.0..=1.0).contains(&value)
}

impl Policy {
    /// The value of one lever.
    pub fn get(&self, lever: Lever) -> f64 {
        self.0[lever]
    }

    /// Set one lever. NaN or a value outside [0, 1] is rejected and the policy stays unchanged.
    pub fn set(&mut self, lever: Lever, value: f64) -> Result<(), LeverValueError> {
        if !is_lever_value(value) {
            return Err(LeverValueError { lever, value });
        }
        self.0[lever] = value;
        Ok(())
    }

    /// A copy of this policy with one lever changed (same rules as [`Policy::set`]).
    pub fn with(mut self, lever: Lever, value: f64) -> Result<Policy, LeverValueError> {
        self.set(lever, value)?;
        Ok(self)
    }

    /// The first lever whose value is not in [0, 1], if any (for validating data read from files).
    pub fn first_invalid(&self) -> Option<LeverValueError> {
        Lever::ALL.into_iter().find_map(|lever| {
            let value = self.get(lever);
            (!is_lever_value(value)).then_some(LeverValueError { lever, value })
        })
    }

    /// All lever values in [`Lever::ALL`] order.
    pub fn values(&self) -> [f64; Lever::COUNT] {
        *self.0.values()
    }
}

/// A policy change made while week `week` was shown; it applies to the step `week -> week + 1` and later.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PolicyChange {
    /// The week that was on screen when the change was made.
    pub week: u32,
    /// The lever that changed.
    pub lever: Lever,
    /// Its new value in [0, 1].
    pub value: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_rejects_out_of_range_and_nan_without_change() {
        let mut policy = Policy::default();
        let before = policy;
        assert!(policy.set(Lever::Price, 1.5).is_err());
        assert!(policy.set(Lever::Price, -0.01).is_err());
        assert!(policy.set(Lever::Price, f64::NAN).is_err());
        assert_eq!(policy, before);
        policy.set(Lever::Price, 1.0).unwrap();
        assert_eq!(policy.get(Lever::Price), 1.0);
        assert_eq!(
            policy
                .with(Lever::Quality, 0.0)
                .unwrap()
                .get(Lever::Quality),
            0.0
        );
    }

    #[test]
    fn get_and_set_address_the_same_field_for_every_lever() {
        for (i, lever) in Lever::ALL.into_iter().enumerate() {
            let value = i as f64 / 10.0;
            let policy = Policy::default().with(lever, value).unwrap();
            assert_eq!(policy.get(lever), value);
            assert_eq!(policy.values()[i], value);
        }
    }
}
