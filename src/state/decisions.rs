//! The learner's decisions in a run, as a reader wants them: in which week which lever (or tier
//! treatment) went from what to what. Derived from the run's policy timeline (the report and the CSV export list them).

use model::{Run, Setting};

/// One change of a setting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decision {
    /// The week it was made; it applies from the step after.
    pub week: u32,
    pub setting: Setting,
    /// The value before and after (a lever's 0..1, a tier's factor, a channel's code).
    pub from: f64,
    pub to: f64,
}

/// Every change that took effect in `run` (the compacted timeline: a value replaced within the
/// same week, or set to what was already in force, is no decision), with the value it replaced.
pub fn decisions(run: &Run) -> Vec<Decision> {
    let mut policy = run.scenario.start_policy;
    run.compacted_timeline()
        .into_iter()
        .filter_map(|change| {
            let from = policy.setting(change.setting);
            policy.set_setting(change.setting, change.value).ok()?;
            Some(Decision {
                week: change.week,
                setting: change.setting,
                from,
                to: change.value,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Lever, PolicyChange, Scenario};

    #[test]
    fn each_change_says_what_it_replaced() {
        let mut run = Run::new(Scenario::free_play(), 1);
        let start = run.scenario.start_policy.get(Lever::Promise);
        let change = |week, lever: Lever, value| PolicyChange {
            week,
            setting: lever.into(),
            value,
        };
        run.timeline = vec![
            change(3, Lever::Promise, 0.8),
            change(3, Lever::Price, 0.6),
            change(10, Lever::Promise, 0.4),
        ];
        let list = decisions(&run);
        assert_eq!(list.len(), 3);
        assert_eq!(
            (list[0].week, list[0].setting, list[0].from, list[0].to),
            (3, Lever::Promise.into(), start, 0.8)
        );
        assert_eq!((list[2].from, list[2].to), (0.8, 0.4));
        assert!(decisions(&Run::new(Scenario::free_play(), 1)).is_empty());
        // A value replaced in the same week, or set to what was in force, is no decision.
        run.timeline.push(change(12, Lever::Price, 0.9));
        run.timeline.push(change(12, Lever::Price, 0.6));
        assert_eq!(decisions(&run).len(), 3);
    }
}
