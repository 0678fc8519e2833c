//! The run the learner plays and, while they ask "Wat als?", run A it was forked from.
//!
//! A fork copies the live run at the current week: the same seed, the same policy timeline up to
//! that week and the same simulation state, so both runs draw the same random numbers from then
//! on. The learner's lever changes go to the copy (run B); run A keeps the policy it had at the
//! fork. Both step together, so every difference between them comes from the policy alone.

use super::live_run::LiveRun;
use model::{Lever, Policy, Snapshot};

/// Which run to go on with when the comparison ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The run as it was played before the fork (A).
    Original,
    /// The fork with the learner's changes (B).
    WhatIf,
}

/// Run A of a comparison and the week it was forked at.
struct Original {
    run: LiveRun,
    fork_week: u32,
}

/// The played run, plus run A while comparing.
pub struct Runs {
    current: LiveRun,
    original: Option<Original>,
}

impl Runs {
    /// One run, no comparison.
    pub fn single(run: LiveRun) -> Runs {
        Runs {
            current: run,
            original: None,
        }
    }

    /// The run the levers control (B while comparing).
    pub fn current(&self) -> &LiveRun {
        &self.current
    }

    /// Run A while comparing.
    pub fn original(&self) -> Option<&LiveRun> {
        self.original.as_ref().map(|o| &o.run)
    }

    /// The week the comparison started at, while comparing.
    pub fn fork_week(&self) -> Option<u32> {
        self.original.as_ref().map(|o| o.fork_week)
    }

    /// Start comparing at the current week: the run so far becomes A and a copy of it B, which
    /// the levers control from now on. Nothing happens while already comparing (returns false).
    pub fn fork(&mut self) -> bool {
        if self.original.is_some() {
            return false;
        }
        let fork_week = self.current.state().week();
        self.original = Some(Original {
            run: self.current.clone(),
            fork_week,
        });
        true
    }

    /// Compare again with `original` forked at `fork_week` (a comparison kept by autosave). Refused,
    /// changing nothing, unless `original` can be the current run's partner: the same scenario,
    /// seed and week, the same policy changes before the fork week, and none after it in A (A
    /// keeps its policy once forked). Changes in the fork week itself may differ: B may have
    /// replaced one made just before the fork.
    pub fn resume_comparison(&mut self, original: LiveRun, fork_week: u32) -> bool {
        let (a, b) = (original.state(), self.current.state());
        let before_fork = |state: &super::run_state::RunState| -> Vec<model::PolicyChange> {
            let mut changes: Vec<_> = state
                .run()
                .timeline
                .iter()
                .filter(|c| c.week < fork_week)
                .copied()
                .collect();
            changes.sort_by_key(|c| (c.week, c.setting.code()));
            changes
        };
        let partners = self.original.is_none()
            && a.week() == b.week()
            && fork_week <= b.week()
            && a.run().seed == b.run().seed
            && a.run().scenario == b.run().scenario
            && before_fork(a) == before_fork(b)
            && a.run().timeline.iter().all(|c| c.week <= fork_week);
        if partners {
            self.original = Some(Original {
                run: original,
                fork_week,
            });
        }
        partners
    }

    /// End the comparison and go on with one of the two runs; the other is gone.
    pub fn keep(&mut self, which: Keep) {
        if let Some(original) = self.original.take()
            && which == Keep::Original
        {
            self.current = original.run;
        }
    }

    /// Simulate one week of every run on screen; the snapshot of the current run.
    pub fn step(&mut self) -> &Snapshot {
        if let Some(original) = &mut self.original {
            original.run.step();
        }
        self.current.step()
    }

    /// Follow person `index` in every run on screen, so they stay followed whichever run is kept;
    /// see [`LiveRun::follow`].
    pub fn follow(&mut self, index: usize) -> bool {
        if let Some(original) = &mut self.original {
            original.run.follow(index);
        }
        self.current.follow(index)
    }

    /// Stop following in every run on screen.
    pub fn stop_following(&mut self) {
        if let Some(original) = &mut self.original {
            original.run.stop_following();
        }
        self.current.stop_following();
    }

    /// Change a lever of the current run (B while comparing); see [`LiveRun::change_lever`].
    pub fn change_lever(&mut self, lever: Lever, value: f64) -> Option<Policy> {
        self.current.change_lever(lever, value)
    }

    /// Change any setting of the current run (see [`LiveRun::change_setting`]).
    pub fn change_setting(&mut self, setting: model::Setting, value: f64) -> Option<Policy> {
        self.current.change_setting(setting, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::run_state::RunState;
    use model::Scenario;

    fn played(weeks: u32) -> Runs {
        let mut runs = Runs::single(LiveRun::new(Scenario::free_play(), 41));
        runs.change_lever(Lever::Aftersales, 0.7).unwrap();
        for _ in 0..weeks {
            runs.step();
        }
        runs
    }

    #[test]
    fn a_fork_without_changes_gives_identical_series() {
        let mut runs = played(12);
        assert!(runs.fork());
        for _ in 0..40 {
            runs.step();
        }
        let a = runs.original().unwrap();
        let b = runs.current();
        assert_eq!(a.history().len(), 53);
        assert_eq!(a.history(), b.history());
        assert_eq!(a.latest(), b.latest());
        assert_eq!(runs.fork_week(), Some(12));
    }

    #[test]
    fn changes_in_b_differ_from_the_fork_week_on_and_leave_a_as_if_never_forked() {
        let mut runs = played(10);
        runs.fork();
        runs.change_lever(Lever::Promise, 0.95).unwrap();
        runs.change_lever(Lever::Price, 0.9).unwrap();
        for _ in 0..30 {
            runs.step();
        }
        let a = runs.original().unwrap().history();
        let b = runs.current().history();
        assert_eq!(a[..=10], b[..=10], "the weeks before the fork are shared");
        assert_ne!(a[40], b[40]);
        let never_forked = played(40);
        assert_eq!(a, never_forked.current().history());
        assert_eq!(
            runs.original().unwrap().policy(),
            never_forked.current().policy()
        );
    }

    /// A pair forked at week 5 whose B has better quality, eight weeks on.
    fn compared() -> Runs {
        let mut runs = played(5);
        runs.fork();
        runs.change_lever(Lever::Quality, 0.95).unwrap();
        for _ in 0..8 {
            runs.step();
        }
        runs
    }

    #[test]
    fn ending_the_comparison_keeps_the_chosen_run() {
        let mut runs = compared();
        let a = runs.original().unwrap().clone();
        runs.keep(Keep::Original);
        assert_eq!(runs.fork_week(), None);
        assert_eq!(runs.current().history(), a.history());
        assert_eq!(runs.current().policy(), a.policy());

        let mut runs = compared();
        let b = runs.current().clone();
        runs.keep(Keep::WhatIf);
        assert!(runs.original().is_none());
        assert_eq!(runs.current().history(), b.history());
        assert_eq!(runs.current().policy().get(Lever::Quality), 0.95);
        // Afterwards only the run that was kept moves on.
        runs.step();
        assert_eq!(runs.current().history().len(), 15);
    }

    #[test]
    fn a_kept_comparison_resumes_only_with_its_own_partner() {
        let runs = compared();
        let (a, b) = (runs.original().unwrap().clone(), runs.current().clone());
        let mut resumed = Runs::single(b.clone());
        assert!(resumed.resume_comparison(LiveRun::restore(a.state().clone()), 5));
        assert_eq!(resumed.fork_week(), Some(5));
        assert_eq!(resumed.original().unwrap().history(), a.history());

        // Another seed, another week, or other changes before the fork: not its partner.
        // Another seed, an earlier week, another lesson, or other changes: not its partner.
        let mut lone = Runs::single(b.clone());
        let week = b.state().week();
        let with_run = |run: model::Run, week| LiveRun::restore(RunState::at(run, week));
        let a_run = a.state().run().clone();
        let other_seed = model::Run {
            seed: a_run.seed + 1,
            ..a_run.clone()
        };
        assert!(!lone.resume_comparison(with_run(other_seed, week), 5));
        assert!(
            !lone.resume_comparison(with_run(a_run.clone(), week - 1), 5),
            "an A left from an earlier save"
        );
        let mut lesson = Scenario::free_play();
        lesson.weeks += 1;
        let other_lesson = model::Run {
            scenario: lesson,
            ..a_run.clone()
        };
        assert!(!lone.resume_comparison(with_run(other_lesson, week), 5));
        let mut changed_later = a.state().clone();
        changed_later.change_lever(Lever::Price, 0.2).unwrap();
        assert!(
            !lone.resume_comparison(LiveRun::restore(changed_later), 5),
            "A changed after the fork"
        );
        let mut other = played(3);
        other.change_lever(Lever::Price, 0.9).unwrap();
        for _ in 0..10 {
            other.step();
        }
        assert_eq!(other.current().state().week(), b.state().week());
        assert!(!lone.resume_comparison(other.current().clone(), 5));
        assert!(
            !lone.resume_comparison(a.clone(), 14),
            "a fork after the week on screen"
        );
        assert!(lone.original().is_none());
    }

    #[test]
    fn a_second_fork_while_comparing_changes_nothing() {
        let mut runs = played(3);
        runs.fork();
        runs.step();
        assert!(!runs.fork());
        assert_eq!(runs.fork_week(), Some(3));
    }
}
