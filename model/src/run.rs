//! A run (een speelronde): scenario + seed + the timeline of policy changes. Nothing else is needed to
//! replay it bit for bit, natively or in the browser.

use crate::metrics::snapshot::Snapshot;
use crate::policy::{Policy, PolicyChange};
use crate::scenario::Scenario;
use crate::simulation::Simulation;
use crate::treatment::setting::Setting;
use serde::{Deserialize, Serialize};

/// Everything that determines a run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Run {
    /// The scenario played.
    pub scenario: Scenario,
    /// The random seed.
    pub seed: u64,
    /// Policy changes in the order they were made (weeks non-decreasing).
    pub timeline: Vec<PolicyChange>,
}

impl Run {
    /// A run of a scenario with a seed and no policy changes yet.
    pub fn new(scenario: Scenario, seed: u64) -> Run {
        Run {
            scenario,
            seed,
            timeline: Vec::new(),
        }
    }

    /// The policy in force for the step `week -> week + 1`: the start policy with every change made at
    /// or before `week` applied in week order (equal weeks in timeline order). Invalid values in the
    /// timeline are skipped.
    pub fn policy_for_step_from(&self, week: u32) -> Policy {
        let mut order: Vec<&PolicyChange> =
            self.timeline.iter().filter(|c| c.week <= week).collect();
        order.sort_by_key(|c| c.week);
        let mut policy = self.scenario.start_policy;
        for change in order {
            let _ = policy.set_setting(change.setting, change.value);
        }
        policy
    }

    /// Replay the run up to and including `week` and return the simulation there.
    pub fn simulation_at(&self, week: u32) -> Simulation {
        let mut sim = Simulation::new(&self.scenario, self.seed);
        self.play(&mut sim, week, |_| {});
        sim
    }

    /// Person `index`'s history from week 0 to `week`, by replaying the run while following them;
    /// `None` past the end of the population.
    pub fn followed(&self, index: usize, week: u32) -> Option<crate::FollowedCustomer> {
        let mut sim = Simulation::new(&self.scenario, self.seed);
        if !sim.follow(index) {
            return None;
        }
        self.play(&mut sim, week, |_| {});
        sim.followed().cloned()
    }

    /// The snapshots of weeks 0..=weeks.
    pub fn replay(&self, weeks: u32) -> Vec<Snapshot> {
        self.replay_with_simulation(weeks).1
    }

    /// Replay the run up to `weeks` once and return both the simulation there and the snapshots of
    /// weeks 0..=weeks (reopening a saved run needs both; one pass instead of two).
    pub fn replay_with_simulation(&self, weeks: u32) -> (Simulation, Vec<Snapshot>) {
        let mut sim = Simulation::new(&self.scenario, self.seed);
        let mut snapshots = Vec::with_capacity(weeks as usize + 1);
        snapshots.push(*sim.snapshot());
        self.play(&mut sim, weeks, |s| snapshots.push(*s));
        (sim, snapshots)
    }

    /// The shortest timeline that gives the same policy in every week: per week only the last
    /// value each lever got, and only where it differs from the value already in force; invalid
    /// values (which replay skips) are left out. Sorted by week, then by setting.
    pub fn compacted_timeline(&self) -> Vec<PolicyChange> {
        let mut order: Vec<&PolicyChange> = self.timeline.iter().collect();
        order.sort_by_key(|c| c.week);
        let mut in_force = self.scenario.start_policy;
        let mut compacted = Vec::new();
        let mut at = 0;
        while at < order.len() {
            let week = order[at].week;
            let mut this_week = in_force;
            while at < order.len() && order[at].week == week {
                let _ = this_week.set_setting(order[at].setting, order[at].value);
                at += 1;
            }
            for setting in Setting::all() {
                if this_week.setting(setting) != in_force.setting(setting) {
                    compacted.push(PolicyChange {
                        week,
                        setting,
                        value: this_week.setting(setting),
                    });
                }
            }
            in_force = this_week;
        }
        compacted
    }

    /// Step `sim` (at week 0) to `weeks`, applying the timeline's changes as their weeks come up, in
    /// one pass over the timeline (changes sorted by week; equal weeks keep their order).
    fn play(&self, sim: &mut Simulation, weeks: u32, mut each: impl FnMut(&Snapshot)) {
        let mut order: Vec<&PolicyChange> = self.timeline.iter().collect();
        order.sort_by_key(|c| c.week);
        let mut next = 0;
        let mut policy = self.scenario.start_policy;
        while sim.week() < weeks {
            while next < order.len() && order[next].week <= sim.week() {
                let _ = policy.set_setting(order[next].setting, order[next].value);
                next += 1;
            }
            sim.set_policy(policy);
            each(sim.step());
        }
    }
}
