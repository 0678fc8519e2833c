//! Moving up the cycle: new customer → loyal customer → ambassador (and back down when satisfaction
//! drops). This file holds the parameters of those moves; the moves themselves happen in the weekly
//! pass over people: customers' in `simulation/step.rs` (`customer_week`), suspects', prospects' and former
//! customers' from the thresholds in `simulation/week_tables.rs` (`PhaseMoves`), leaving in `retention.rs`.

use serde::{Deserialize, Serialize};

/// Parameters of the phase rules among customers (scenario section `[rules.cycle]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CycleParams {
    /// Weeks as a customer before a new customer can count as loyal.
    pub weeks_to_loyal: u32,
    /// Minimum satisfaction (0..10) to become loyal.
    pub loyal_from_satisfaction: f64,
    /// Weeks as a customer before someone can become an ambassador.
    pub weeks_to_ambassador: u32,
    /// Satisfaction (0..10) at which a loyal customer becomes an ambassador, in a week in which they
    /// also answer the NPS question as a promoter (9–10): an ambassador recommends us.
    pub ambassador_from_satisfaction: f64,
    /// An ambassador whose satisfaction falls below this becomes an ordinary loyal customer again.
    pub ambassador_keep_satisfaction: f64,
}

impl Default for CycleParams {
    fn default() -> Self {
        CycleParams {
            weeks_to_loyal: 13,
            loyal_from_satisfaction: 6.0,
            weeks_to_ambassador: 26,
            ambassador_from_satisfaction: 8.0,
            ambassador_keep_satisfaction: 7.6,
        }
    }
}
