//! How far the learner is with each goal and assignment: the state the assignment panel and the
//! result view show. Plain data computed from the run's history.

use model::{Assignment, Comparison, Goal, GoalStatus, Snapshot};

/// A goal's state as the page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Achieved for good.
    Met,
    /// Can no longer be achieved.
    Failed,
    /// Not decided; the latest week meets the condition.
    OnTrack,
    /// Not decided; the latest week does not meet the condition.
    NotYet,
}

impl Standing {
    /// From the model's goal status.
    pub fn of(status: GoalStatus) -> Standing {
        match status {
            GoalStatus::Met => Standing::Met,
            GoalStatus::Failed => Standing::Failed,
            GoalStatus::Open { holds_now: true } => Standing::OnTrack,
            GoalStatus::Open { holds_now: false } => Standing::NotYet,
        }
    }

    /// Stable name for styling and tests (`data-status`).
    pub fn key(self) -> &'static str {
        match self {
            Standing::Met => "met",
            Standing::Failed => "failed",
            Standing::OnTrack => "on-track",
            Standing::NotYet => "not-yet",
        }
    }
}

/// One goal: its state, the figure now and at week 0, and how far it has come.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalProgress {
    pub goal: Goal,
    pub standing: Standing,
    /// The figure in the latest week.
    pub current: f64,
    /// The figure in week 0.
    pub start: f64,
    /// Share of the way from the week-0 value to the target, 0..1 (1 once the condition holds).
    pub fraction: f64,
}

/// Share of the way from `start` to `target` that `current` has come, in the goal's direction.
pub fn fraction_of_way(comparison: Comparison, start: f64, current: f64, target: f64) -> f64 {
    if comparison.holds(current, target) {
        return 1.0;
    }
    let up = matches!(comparison, Comparison::AtLeast | Comparison::Above);
    let (gap, done) = if up {
        (target - start, current - start)
    } else {
        (start - target, start - current)
    };
    if gap <= 0.0 || !gap.is_finite() || !done.is_finite() {
        // Started on the right side and fell back: measure the distance lost from the target.
        return 0.0;
    }
    (done / gap).clamp(0.0, 0.99)
}

impl GoalProgress {
    /// The goal's progress after the weeks in `history` (week 0 first).
    pub fn new(goal: &Goal, history: &[Snapshot], weeks: u32) -> GoalProgress {
        let value = |s: Option<&Snapshot>| s.map_or(f64::NAN, |s| goal.metric.value(s));
        let start = value(history.first());
        let current = value(history.last());
        let standing = Standing::of(goal.status(history, weeks));
        let fraction = match standing {
            Standing::Met => 1.0,
            _ => fraction_of_way(goal.comparison, start, current, goal.target),
        };
        GoalProgress {
            goal: goal.clone(),
            standing,
            current,
            start,
            fraction,
        }
    }
}

/// One assignment: its combined state and each goal's progress.
#[derive(Clone, Debug, PartialEq)]
pub struct AssignmentProgress {
    pub standing: Standing,
    pub goals: Vec<GoalProgress>,
}

impl AssignmentProgress {
    pub fn new(assignment: &Assignment, history: &[Snapshot], weeks: u32) -> AssignmentProgress {
        AssignmentProgress {
            standing: Standing::of(assignment.status(history, weeks)),
            goals: assignment
                .goals
                .iter()
                .map(|g| GoalProgress::new(g, history, weeks))
                .collect(),
        }
    }
}

/// How many assignments are met, of how many.
pub fn met_count(progress: &[AssignmentProgress]) -> (usize, usize) {
    let met = progress
        .iter()
        .filter(|p| p.standing == Standing::Met)
        .count();
    (met, progress.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::catalog::bundled_by_id;
    use model::{Lever, PolicyChange, Run};

    #[test]
    fn fraction_measures_the_way_from_start_to_target() {
        let up = Comparison::AtLeast;
        assert_eq!(fraction_of_way(up, -50.0, 5.0, 5.0), 1.0);
        assert!((fraction_of_way(up, -50.0, -22.5, 5.0) - 0.5).abs() < 1e-9);
        assert_eq!(fraction_of_way(up, -50.0, -60.0, 5.0), 0.0);
        let down = Comparison::AtMost;
        assert!((fraction_of_way(down, 20.0, 16.0, 12.0) - 0.5).abs() < 1e-9);
        assert_eq!(fraction_of_way(down, 10.0, 14.0, 12.0), 0.0);
        assert!(
            fraction_of_way(up, 0.0, 99.0, 100.0) < 1.0,
            "not met is never full"
        );
        assert_eq!(fraction_of_way(up, 0.0, f64::NAN, 10.0), 0.0);
    }

    #[test]
    fn week_zero_of_a_lesson_shows_no_goal_met() {
        for id in ["overpromising", "aftersales-crisis", "word-of-mouth"] {
            let scenario = bundled_by_id(id).unwrap().clone();
            let history = Run::new(scenario.clone(), 2024).replay(0);
            for a in &scenario.assignments {
                let p = AssignmentProgress::new(a, &history, scenario.weeks);
                assert_ne!(p.standing, Standing::Met, "{id}/{}", a.id);
                assert!(p.goals.iter().all(|g| g.standing != Standing::Met));
            }
        }
    }

    #[test]
    fn the_overpromising_lesson_turns_met_after_an_honest_promise() {
        let scenario = bundled_by_id("overpromising").unwrap().clone();
        let mut run = Run::new(scenario.clone(), 2024);
        let start = run.replay(scenario.weeks);
        run.timeline.push(PolicyChange {
            week: 0,
            setting: Lever::Promise.into(),
            value: 0.35,
        });
        let solved = run.replay(scenario.weeks);
        let before: Vec<_> = scenario
            .assignments
            .iter()
            .map(|a| AssignmentProgress::new(a, &start, scenario.weeks))
            .collect();
        let after: Vec<_> = scenario
            .assignments
            .iter()
            .map(|a| AssignmentProgress::new(a, &solved, scenario.weeks))
            .collect();
        assert_eq!(met_count(&before), (0, 2));
        assert_eq!(met_count(&after), (2, 2));
        let nps = &after[0].goals[0];
        assert_eq!(nps.standing, Standing::Met);
        assert_eq!(nps.fraction, 1.0);
        assert!(nps.current > nps.start);
    }
}
