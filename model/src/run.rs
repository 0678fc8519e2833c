//! A run (een speelronde): scenario + seed + the timeline of policy changes. Nothing else is needed to
//! replay it bit for bit, natively or in the browser.

use crate::policy::{Policy, PolicyChange};
use crate::scenario::Scenario;
use crate::simulation::Simulation;
use crate::snapshot::Snapshot;
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
    /// or before `week` applied in timeline order. Invalid values in the timeline are skipped.
    pub fn policy_for_step_from(&self, week: u32) -> Policy {
        let mut policy = self.scenario.start_policy;
        for change in self.timeline.iter().filter(|c| c.week <= week) {
            let _ = policy.set(change.lever, change.value);
        }
        policy
    }

    /// Replay the run up to and including `week` and return the simulation there.
    pub fn simulation_at(&self, week: u32) -> Simulation {
        let mut sim = Simulation::new(&self.scenario, self.seed);
        while sim.week() < week {
            sim.set_policy(self.policy_for_step_from(sim.week()));
            sim.step();
        }
        sim
    }

    /// The snapshots of weeks 0..=weeks.
    pub fn replay(&self, weeks: u32) -> Vec<Snapshot> {
        let mut sim = Simulation::new(&self.scenario, self.seed);
        let mut snapshots = Vec::with_capacity(weeks as usize + 1);
        snapshots.push(*sim.snapshot());
        while sim.week() < weeks {
            sim.set_policy(self.policy_for_step_from(sim.week()));
            snapshots.push(*sim.step());
        }
        snapshots
    }
}
