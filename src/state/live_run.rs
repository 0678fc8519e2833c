//! The run being played: the [`RunState`] plus the live simulation and every snapshot so far.
//! The simulation and the history are derived from the run state and can always be rebuilt.

use super::run_state::RunState;
use model::{Lever, Policy, Scenario, Simulation, Snapshot};

/// The run on screen and what it produced.
#[derive(Clone)]
pub struct LiveRun {
    state: RunState,
    simulation: Simulation,
    history: Vec<Snapshot>,
}

impl LiveRun {
    /// Week 0 of `scenario` with `seed`.
    pub fn new(scenario: Scenario, seed: u64) -> LiveRun {
        LiveRun::restore(RunState::new(scenario, seed))
    }

    /// Rebuild the simulation and its history from a run state (a saved run or a share link).
    pub fn restore(state: RunState) -> LiveRun {
        let (mut simulation, history) = state.run().replay_with_simulation(state.week());
        // The replay applied the changes up to the week before; those made in the week on screen
        // apply from the next step on.
        simulation.set_policy(state.policy());
        LiveRun {
            state,
            simulation,
            history,
        }
    }

    /// The run state: what saving or sharing needs.
    pub fn state(&self) -> &RunState {
        &self.state
    }

    /// Snapshots of week 0 up to the current week, one per week.
    pub fn history(&self) -> &[Snapshot] {
        &self.history
    }

    /// The snapshot of the current week.
    pub fn latest(&self) -> &Snapshot {
        self.simulation.snapshot()
    }

    /// The policy in force for the next step.
    pub fn policy(&self) -> Policy {
        self.state.policy()
    }

    /// The simulation (for cost previews and, later, following one customer).
    pub fn simulation(&self) -> &Simulation {
        &self.simulation
    }

    /// Simulate one week.
    pub fn step(&mut self) -> &Snapshot {
        let snapshot = *self.simulation.step();
        self.state.advance();
        self.history.push(snapshot);
        self.simulation.snapshot()
    }

    /// Follow person `index` ("Volg een klant"): their history from week 0 to now, replayed for
    /// them alone, then recorded as the run goes on. `false`, and nothing changes, past the end.
    pub fn follow(&mut self, index: usize) -> bool {
        match self.state.run().followed(index, self.state.week()) {
            Some(history) => self.simulation.follow_on(history),
            None => false,
        }
    }

    /// Stop following anyone.
    pub fn stop_following(&mut self) {
        self.simulation.stop_following();
    }

    /// Change a lever; it takes effect from the next step. `None` when refused (locked lever or a
    /// value outside [0, 1]); then nothing changed.
    pub fn change_lever(&mut self, lever: Lever, value: f64) -> Option<Policy> {
        self.change_setting(lever.into(), value)
    }

    /// Change any setting (a lever, or a tier's treatment); it takes effect from the next step.
    /// `None` when refused; then nothing changed.
    pub fn change_setting(&mut self, setting: model::Setting, value: f64) -> Option<Policy> {
        let policy = self.state.change_setting(setting, value)?;
        self.simulation.set_policy(policy);
        Some(policy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Lever;

    #[test]
    fn stepping_adds_one_snapshot_per_week() {
        let mut live = LiveRun::new(Scenario::free_play(), 3);
        assert_eq!(live.history().len(), 1);
        assert_eq!(live.latest().week, 0);
        for _ in 0..5 {
            live.step();
        }
        assert_eq!(live.state().week(), 5);
        assert_eq!(live.latest().week, 5);
        assert_eq!(live.history().len(), 6);
        assert!(
            live.history()
                .iter()
                .enumerate()
                .all(|(i, s)| s.week as usize == i)
        );
    }

    #[test]
    fn what_was_played_live_replays_identically_from_the_run_state() {
        let mut live = LiveRun::new(Scenario::free_play(), 11);
        for week in 0..30 {
            if week == 4 {
                live.change_lever(Lever::Promise, 0.95).unwrap();
            }
            if week == 12 {
                live.change_lever(Lever::Aftersales, 0.9).unwrap();
            }
            live.step();
        }
        let restored = LiveRun::restore(live.state().clone());
        assert_eq!(restored.history(), live.history());
        assert_eq!(restored.latest(), live.latest());
    }

    #[test]
    fn a_customer_followed_midway_has_the_history_of_one_followed_from_the_start() {
        let mut from_start = LiveRun::new(Scenario::free_play(), 8);
        let mut midway = LiveRun::new(Scenario::free_play(), 8);
        let index = from_start.simulation().find_person(None, 5_000).unwrap();
        assert!(from_start.follow(index));
        for week in 0..20 {
            if week == 7 {
                from_start.change_lever(Lever::Price, 0.8).unwrap();
                midway.change_lever(Lever::Price, 0.8).unwrap();
            }
            if week == 12 {
                assert!(midway.follow(index));
                let followed = midway.simulation().followed().unwrap();
                assert_eq!(followed.weeks().len(), 13);
            }
            from_start.step();
            midway.step();
        }
        assert_eq!(
            midway.simulation().followed(),
            from_start.simulation().followed()
        );
        assert!(!midway.follow(usize::MAX));
        assert_eq!(midway.simulation().followed().unwrap().index(), index);
        midway.stop_following();
        assert!(midway.simulation().followed().is_none());
    }

    #[test]
    fn a_run_reopened_right_after_a_change_goes_on_with_that_change() {
        let mut live = LiveRun::new(Scenario::free_play(), 21);
        for _ in 0..5 {
            live.step();
        }
        live.change_lever(Lever::Price, 0.9).unwrap();
        let mut reopened = LiveRun::restore(live.state().clone());
        assert_eq!(reopened.simulation().policy().get(Lever::Price), 0.9);
        for _ in 0..6 {
            live.step();
            reopened.step();
        }
        assert_eq!(reopened.history(), live.history());
    }

    #[test]
    fn a_lever_change_only_affects_the_weeks_after_it() {
        let mut baseline = LiveRun::new(Scenario::free_play(), 5);
        let mut changed = LiveRun::new(Scenario::free_play(), 5);
        for _ in 0..3 {
            baseline.step();
            changed.step();
        }
        changed.change_lever(Lever::Promise, 1.0).unwrap();
        assert_eq!(changed.history(), baseline.history());
        for _ in 0..10 {
            baseline.step();
            changed.step();
        }
        assert_ne!(changed.latest(), baseline.latest());
    }

    #[test]
    fn reset_gives_back_the_initial_snapshot_and_policy() {
        let mut live = LiveRun::new(Scenario::free_play(), 9);
        let initial = *live.latest();
        live.change_lever(Lever::Quality, 0.1).unwrap();
        for _ in 0..8 {
            live.step();
        }
        let mut state = live.state().clone();
        state.reset();
        let live = LiveRun::restore(state);
        assert_eq!(live.latest(), &initial);
        assert_eq!(live.history().len(), 1);
        assert_eq!(live.policy(), Scenario::free_play().start_policy);
    }
}
