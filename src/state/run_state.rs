//! The whole visible run in one value: scenario, seed, policy timeline and the week shown.
//! Saving, share links and comparing runs all start from this type.

use model::{Lever, Policy, PolicyChange, Run, SavedRun, Scenario, Setting};

/// Everything needed to show exactly this run again: [`Run`] (scenario, seed, timeline) + week.
#[derive(Clone, Debug, PartialEq)]
pub struct RunState {
    run: Run,
    week: u32,
}

impl RunState {
    /// A fresh run at week 0 with the scenario's starting policy.
    pub fn new(scenario: Scenario, seed: u64) -> RunState {
        RunState {
            run: Run::new(scenario, seed),
            week: 0,
        }
    }

    /// A run shown at `week` (a saved run, a share link).
    pub fn at(run: Run, week: u32) -> RunState {
        RunState { run, week }
    }

    /// What is kept of this run: the run and the week shown (name and language are added by the
    /// caller).
    pub fn saved(&self) -> SavedRun {
        SavedRun::new(self.run.clone(), self.week)
    }

    /// The run (scenario, seed, policy timeline).
    pub fn run(&self) -> &Run {
        &self.run
    }

    /// The week currently shown.
    pub fn week(&self) -> u32 {
        self.week
    }

    /// Record that one more week was simulated.
    pub fn advance(&mut self) {
        self.week += 1;
    }

    /// Back to week 0 with the scenario's starting policy and an empty timeline.
    pub fn reset(&mut self) {
        self.week = 0;
        self.run.timeline.clear();
    }

    /// The policy in force for the step from the current week to the next.
    pub fn policy(&self) -> Policy {
        self.policy_at(self.week)
    }

    /// The policy in force for the step from `week` to `week + 1`: the starting policy with every
    /// change made up to and including `week`, in order.
    pub fn policy_at(&self, week: u32) -> Policy {
        self.run.policy_for_step_from(week)
    }

    /// Record a lever change at the current week (see [`RunState::change_setting`]).
    pub fn change_lever(&mut self, lever: Lever, value: f64) -> Option<Policy> {
        self.change_setting(lever.into(), value)
    }

    /// Record a change of a setting (a lever, or a tier's treatment) at the current week. A second
    /// change of the same setting in the same week replaces the first; a change that restores the
    /// value already in force is dropped. Returns the new policy, or `None` (and changes nothing)
    /// for a value the setting does not accept or a setting the scenario does not let the learner
    /// change.
    pub fn change_setting(&mut self, setting: Setting, value: f64) -> Option<Policy> {
        if !self.run.scenario.allows(setting) {
            return None;
        }
        let week = self.week;
        let mut changed = self.policy();
        changed.set_setting(setting, value).ok()?;
        // The value in force before this week's change of this setting, if there was one.
        let earlier = self
            .run
            .timeline
            .iter()
            .rev()
            .find(|c| c.setting == setting && c.week < week)
            .map_or(self.run.scenario.start_policy.setting(setting), |c| c.value);
        self.run
            .timeline
            .retain(|c| !(c.week == week && c.setting == setting));
        if earlier != value {
            self.run.timeline.push(PolicyChange {
                week,
                setting,
                value,
            });
        }
        Some(changed)
    }

    /// Weeks at which the learner changed the policy, each once, ascending.
    pub fn change_weeks(&self) -> Vec<u32> {
        let mut weeks: Vec<u32> = self.run.timeline.iter().map(|c| c.week).collect();
        weeks.sort_unstable();
        weeks.dedup();
        weeks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> RunState {
        RunState::new(Scenario::free_play(), 7)
    }

    #[test]
    fn starts_at_week_zero_with_the_scenarios_policy() {
        let state = fresh();
        assert_eq!(state.week(), 0);
        assert_eq!(state.policy(), Scenario::free_play().start_policy);
        assert!(state.run().timeline.is_empty());
        assert_eq!(state.run().seed, 7);
    }

    #[test]
    fn a_change_is_recorded_at_the_current_week_and_applies_from_then_on() {
        let mut state = fresh();
        state.advance();
        state.advance();
        let before = state.policy().get(Lever::Promise);
        let target = if before > 0.5 { 0.1 } else { 0.9 };
        state.change_lever(Lever::Promise, target).unwrap();
        assert_eq!(
            state.run().timeline,
            vec![PolicyChange {
                week: 2,
                setting: Lever::Promise.into(),
                value: target
            }]
        );
        assert_eq!(state.policy_at(1).get(Lever::Promise), before);
        assert_eq!(state.policy_at(2).get(Lever::Promise), target);
        assert_eq!(state.policy_at(50).get(Lever::Promise), target);
    }

    #[test]
    fn dragging_a_slider_within_one_week_keeps_only_the_last_value() {
        let mut state = fresh();
        for value in [0.6, 0.7, 0.8] {
            state.change_lever(Lever::Quality, value).unwrap();
        }
        assert_eq!(state.run().timeline.len(), 1);
        assert_eq!(state.policy().get(Lever::Quality), 0.8);
    }

    #[test]
    fn moving_a_lever_back_to_its_value_leaves_no_change_behind() {
        let mut state = fresh();
        let original = state.policy().get(Lever::Price);
        state.change_lever(Lever::Price, 0.95).unwrap();
        state.change_lever(Lever::Price, original).unwrap();
        assert!(state.run().timeline.is_empty());
    }

    #[test]
    fn invalid_values_change_nothing() {
        let mut state = fresh();
        assert!(state.change_lever(Lever::Price, 1.5).is_none());
        assert!(state.change_lever(Lever::Price, f64::NAN).is_none());
        assert!(state.run().timeline.is_empty());
    }

    #[test]
    fn locked_levers_cannot_be_changed() {
        let mut scenario = Scenario::free_play();
        scenario.locked_levers.push(Lever::Price);
        let mut state = RunState::new(scenario, 1);
        assert!(state.change_lever(Lever::Price, 0.9).is_none());
        assert!(state.run().timeline.is_empty());
    }

    #[test]
    fn a_run_state_survives_being_kept_and_reopened() {
        let mut state = fresh();
        state.advance();
        state.change_lever(Lever::Promise, 0.9).unwrap();
        state.advance();
        let saved = state.saved();
        assert_eq!(saved.week, 2);
        assert_eq!(RunState::at(saved.run, saved.week), state);
    }

    #[test]
    fn reset_returns_to_week_zero_and_forgets_the_timeline() {
        let mut state = fresh();
        state.advance();
        state.change_lever(Lever::Acquisition, 0.9).unwrap();
        state.advance();
        state.change_lever(Lever::Acquisition, 0.1).unwrap();
        assert_eq!(state.change_weeks(), vec![1, 2]);
        state.reset();
        assert_eq!(state.week(), 0);
        assert!(state.change_weeks().is_empty());
        assert_eq!(state.policy(), Scenario::free_play().start_policy);
    }
}
