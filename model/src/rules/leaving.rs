//! Why a customer left (vertrekreden): the loyalty driver that pushed hardest in the week they went,
//! read from the churn rule's own factors.

use crate::rules::retention::{ChurnDriver, ChurnDrivers};
use serde::{Deserialize, Serialize};

/// The main reason a customer left, in the course's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeavingReason {
    /// Dissatisfied, and that week's experience fell short of what they expected.
    ExpectationNotMet,
    /// Dissatisfied after earlier experiences, although that week met their expectation.
    Dissatisfied,
    /// The competitor was more attractive.
    Competitor,
    /// The price was too high for them.
    Price,
    /// No driver pushed: they left at the base chance every customer has (moving, needs changing).
    Everyday,
}

/// A customer's departure: the reason and the figures behind it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Leaving {
    /// The main reason.
    pub reason: LeavingReason,
    /// The factors of their chance of leaving that week.
    pub drivers: ChurnDrivers,
    /// Their chance of leaving that week, 0..1.
    pub chance: f64,
}

impl Leaving {
    /// The departure of a customer whose chance of leaving was made of `drivers` (capped at
    /// `churn_max` as the weekly loop does), in a week whose experience was `performance` against
    /// an expectation of `expected`.
    pub fn from_drivers(
        drivers: ChurnDrivers,
        churn_max: f64,
        expected: f64,
        performance: f64,
    ) -> Leaving {
        let reason = match drivers.strongest_push() {
            Some(ChurnDriver::Satisfaction) if performance < expected => {
                LeavingReason::ExpectationNotMet
            }
            Some(ChurnDriver::Satisfaction) => LeavingReason::Dissatisfied,
            Some(ChurnDriver::Competitor) => LeavingReason::Competitor,
            Some(ChurnDriver::Price) => LeavingReason::Price,
            None => LeavingReason::Everyday,
        };
        Leaving {
            reason,
            drivers,
            chance: drivers.chance(churn_max),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drivers(satisfaction: f64, competitor: f64, price: f64) -> ChurnDrivers {
        ChurnDrivers {
            base: 0.01,
            satisfaction,
            aftersales: 1.0,
            competitor,
            price,
            binding: 0.8,
            tenure: 0.9,
        }
    }

    #[test]
    fn the_driver_furthest_above_one_is_the_reason() {
        let reason =
            |d, expected, performance| Leaving::from_drivers(d, 0.5, expected, performance).reason;
        assert_eq!(
            reason(drivers(2.5, 1.2, 1.1), 7.0, 5.0),
            LeavingReason::ExpectationNotMet
        );
        assert_eq!(
            reason(drivers(2.5, 1.2, 1.1), 6.0, 6.5),
            LeavingReason::Dissatisfied
        );
        assert_eq!(
            reason(drivers(0.7, 1.3, 1.1), 7.0, 5.0),
            LeavingReason::Competitor
        );
        assert_eq!(
            reason(drivers(1.1, 1.0, 1.4), 7.0, 8.0),
            LeavingReason::Price
        );
        assert_eq!(
            reason(drivers(0.6, 1.0, 0.9), 7.0, 5.0),
            LeavingReason::Everyday
        );
    }

    #[test]
    fn the_chance_is_the_capped_product_of_the_factors() {
        let d = drivers(2.0, 1.5, 1.0);
        let leaving = Leaving::from_drivers(d, 0.5, 7.0, 6.0);
        let expected = 0.01 * 2.0 * 1.5 * 0.8 * 0.9;
        assert!((leaving.chance - expected).abs() < 1e-12);
        let capped = Leaving::from_drivers(ChurnDrivers { base: 1.0, ..d }, 0.5, 7.0, 6.0);
        assert!((capped.chance - 0.5 * 0.9).abs() < 1e-12);
    }
}
