//! A class competition (klassikale ranglijst): every learner's finished run, replayed by the model,
//! judged on the lesson's goals and ranked — goals met first, then cumulative profit. Nothing a
//! learner sends is taken on trust: the standing comes from the replay alone.

use crate::metrics::snapshot::Snapshot;
use crate::run::Run;
use std::cmp::Ordering;

/// One learner's result, from replaying their run to the end of the lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    /// The name in the code (may be empty).
    pub name: String,
    /// Goals met, over all assignments.
    pub goals_met: usize,
    /// Goals in the lesson.
    pub goals_total: usize,
    /// Assignments met.
    pub assignments_met: usize,
    /// The last week's figures.
    pub last: Snapshot,
}

impl Standing {
    /// Replay `run` to the end of its lesson and judge every goal there.
    pub fn of(name: &str, run: &Run) -> Standing {
        let scenario = &run.scenario;
        let history = run.replay(scenario.weeks);
        let goals = scenario.assignments.iter().flat_map(|a| &a.goals);
        Standing {
            name: name.to_string(),
            goals_met: goals
                .clone()
                .filter(|g| g.is_met(&history, scenario.weeks))
                .count(),
            goals_total: goals.count(),
            assignments_met: scenario
                .assignments
                .iter()
                .filter(|a| a.is_met(&history, scenario.weeks))
                .count(),
            last: history.last().copied().unwrap_or_default(),
        }
    }

    /// Ranking order: more goals met first, then more cumulative profit; equal standings keep the
    /// order they came in (the sort is stable).
    pub fn ranking(a: &Standing, b: &Standing) -> Ordering {
        b.goals_met.cmp(&a.goals_met).then(
            b.last
                .cumulative_profit
                .partial_cmp(&a.last.cumulative_profit)
                .unwrap_or(Ordering::Equal),
        )
    }
}
