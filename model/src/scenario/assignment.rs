//! Assignments (opdrachten): what a scenario asks the learner to achieve, with hints.

use crate::language::Localized;
use crate::metrics::snapshot::Snapshot;
use crate::scenario::goal::{Goal, GoalStatus};
use serde::{Deserialize, Serialize};

/// One assignment: all of its goals must be met (goals combine with "and").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    /// Short identifier, unique in the scenario.
    pub id: String,
    /// The assignment as shown to the learner.
    pub title: Localized,
    /// Optional longer explanation.
    #[serde(default)]
    pub description: Localized,
    /// The goals, e.g. `["nps >= 30 by week 52", "cumulative_profit >= 0 at end"]`.
    pub goals: Vec<Goal>,
    /// Hints, shown one by one on request.
    #[serde(default)]
    pub hints: Vec<Localized>,
}

impl Assignment {
    /// Combined state: failed if any goal failed, met if all are met, open otherwise.
    pub fn status(&self, history: &[Snapshot], scenario_weeks: u32) -> GoalStatus {
        let states: Vec<GoalStatus> = self
            .goals
            .iter()
            .map(|g| g.status(history, scenario_weeks))
            .collect();
        if states.contains(&GoalStatus::Failed) {
            GoalStatus::Failed
        } else if states.iter().all(|s| *s == GoalStatus::Met) {
            GoalStatus::Met
        } else {
            GoalStatus::Open {
                holds_now: states
                    .iter()
                    .all(|s| matches!(s, GoalStatus::Met | GoalStatus::Open { holds_now: true })),
            }
        }
    }

    /// True when every goal is met.
    pub fn is_met(&self, history: &[Snapshot], scenario_weeks: u32) -> bool {
        self.status(history, scenario_weeks) == GoalStatus::Met
    }
}
