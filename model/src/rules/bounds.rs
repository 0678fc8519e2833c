//! Allowed ranges of a scenario's numbers. Each rule's parameters check themselves with these,
//! beside their defaults (`ExpectationParams::check`, `Segment::check`, ...); errors name the
//! field by its dotted path in the scenario file.

use crate::scenario::error::{ScenarioError, ScenarioErrorKind};

/// Where a group of values sits in the file (`rules.expectations`, `market.consumer`, ...).
#[derive(Clone, Debug)]
pub(crate) struct Bounds {
    prefix: String,
}

impl Bounds {
    /// The values under `prefix`.
    pub(crate) fn at(prefix: impl Into<String>) -> Bounds {
        Bounds {
            prefix: prefix.into(),
        }
    }

    /// The values of the sub-table `name`.
    pub(crate) fn nested(&self, name: &str) -> Bounds {
        Bounds::at(self.field(name))
    }

    /// The dotted path of `name` here.
    pub(crate) fn field(&self, name: &str) -> String {
        format!("{}.{name}", self.prefix)
    }

    /// `value` must be a finite number in [`min`, `max`].
    pub(crate) fn range(
        &self,
        name: &str,
        value: f64,
        min: f64,
        max: f64,
    ) -> Result<(), ScenarioError> {
        range(&self.field(name), value, min, max)
    }

    /// Values that do not fit together, reported on `name` (or on this table when `None`).
    pub(crate) fn inconsistent(&self, name: Option<&str>, nl: String, en: String) -> ScenarioError {
        let field = name.map_or_else(|| self.prefix.clone(), |n| self.field(n));
        inconsistent(&field, nl, en)
    }
}

/// `value` of `field` must be a finite number in [`min`, `max`].
pub(crate) fn range(field: &str, value: f64, min: f64, max: f64) -> Result<(), ScenarioError> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(ScenarioError::out_of_range(field, value, min, max))
    }
}

/// Values of `field` that do not fit together, explained in Dutch and English.
pub(crate) fn inconsistent(field: &str, nl: String, en: String) -> ScenarioError {
    ScenarioError::new(
        field,
        ScenarioErrorKind::Inconsistent {
            reason_nl: nl,
            reason_en: en,
        },
    )
}
