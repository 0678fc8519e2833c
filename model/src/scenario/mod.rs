//! Scenarios (scenario's / lessen): one human-writable TOML file per lesson in `scenarios/`.
//! The format is documented for teachers in docs/scenarios.md and versioned by `format_version`.
//!
//! This file holds what a scenario is; [`read`] turns TOML text into one (and back), [`check`]
//! checks a scenario's values, [`error`] says what is wrong and where ([`toml_location`]). The
//! types know nothing of reading or checking, so the dependencies run one way: read → check →
//! these types.

pub mod assignment;
pub mod catalog;
pub(crate) mod check;
pub(crate) mod error;
pub mod event;
pub(crate) mod goal;
pub(crate) mod limits;
pub(crate) mod market;
pub(crate) mod read;
pub(crate) mod toml_location;

use crate::language::Localized;
use crate::lever::Lever;
use crate::policy::Policy;
use crate::rules::Rules;
use crate::rules::costs::LeverCosts;
use crate::scenario::assignment::Assignment;
use crate::scenario::market::Market;
use crate::treatment::setting::Setting;
use crate::treatment::{BINDING_LEVERS, SERVICE_LEVERS};
use serde::{Deserialize, Serialize};

/// The newest scenario format version: this program reads it and every older one (1: no
/// events; 2: `[[events]]`; 3: treatment per tier; 4: the buying centre of a segment). A
/// scenario is written (and exported) in its own version.
pub const FORMAT_VERSION: u32 = 4;

/// The first format version with `[[events]]`.
pub const EVENTS_SINCE_VERSION: u32 = 2;

/// The first format version with treatment per tier (`tier_treatment`, and the
/// `[start_policy.service]`, `.binding` and `.channel` tables).
pub const TIER_TREATMENT_SINCE_VERSION: u32 = 3;

/// The first format version with a segment's buying centre (`user_weight`, `user_delay_weeks`,
/// `negotiated_discount` in `[market.consumer]` or `[market.business]`).
pub const BUYING_CENTRE_SINCE_VERSION: u32 = 4;

/// The education level a scenario is written for (onderwijsniveau).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// MBO (secondary vocational).
    #[default]
    Mbo,
    /// HBO (higher vocational).
    Hbo,
}

/// A lesson: a market, a starting policy, a story, assignments and debrief questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Format version of the file: 1 up to [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Short identifier (lowercase letters, digits, `-`), e.g. `free-play`.
    pub id: String,
    /// MBO or HBO.
    #[serde(default)]
    pub level: Level,
    /// Title on the scenario card.
    pub title: Localized,
    /// One-line introduction on the scenario card.
    #[serde(default)]
    pub intro: Localized,
    /// The story told before the lesson starts.
    #[serde(default)]
    pub story: Localized,
    /// What the learner should understand afterwards (leerdoelen).
    #[serde(default)]
    pub learning_goals: Vec<Localized>,
    /// Length of the lesson in weeks.
    pub weeks: u32,
    /// The policy at week 0; levers not listed take their default.
    #[serde(default)]
    pub start_policy: Policy,
    /// Levers shown but not changeable.
    #[serde(default)]
    pub locked_levers: Vec<Lever>,
    /// Why the locked levers are locked, shown next to them (optional).
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub locked_reason: Localized,
    /// Levers not shown at all.
    #[serde(default)]
    pub hidden_levers: Vec<Lever>,
    /// The market.
    #[serde(default)]
    pub market: Market,
    /// What each lever costs.
    #[serde(default)]
    pub costs: LeverCosts,
    /// The model's behavioural parameters (defaults unless the scenario changes them).
    #[serde(default)]
    pub rules: Rules,
    /// Assignments with goals checked while the simulation runs.
    #[serde(default)]
    pub assignments: Vec<Assignment>,
    /// Questions for the debrief (nabespreking).
    #[serde(default)]
    pub debrief: Vec<Localized>,
    /// Events the lesson schedules (format version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<event::ScenarioEvent>,
    /// Whether the lesson lets the learner treat the tiers apart (service, binding and channel per
    /// tier; format version 3). Free play and scenarios without assignments always do.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub tier_treatment: bool,
}

impl Scenario {
    /// Whether this is a lesson whose assignments are judged: it has assignments and is not free
    /// play (the sandbox, whose assignments are suggestions waiting in the header).
    pub fn is_lesson(&self) -> bool {
        !self.assignments.is_empty() && self.id != catalog::FREE_PLAY_ID
    }

    /// Whether the learner may treat the tiers apart here: when the lesson says so, and outside
    /// lessons unless a lever a tier's factor would scale is locked or hidden at a value above 0.
    pub fn offers_tier_treatment(&self) -> bool {
        self.tier_treatment || (!self.is_lesson() && self.fixed_scaled_lever().is_none())
    }

    /// A service or binding lever that is locked or hidden at a value above 0, if any: a tier's
    /// factor would move it, so such a scenario cannot offer treatment per tier.
    pub fn fixed_scaled_lever(&self) -> Option<Lever> {
        SERVICE_LEVERS
            .into_iter()
            .chain(BINDING_LEVERS)
            .find(|&lever| {
                (self.is_locked(lever) || self.is_hidden(lever))
                    && self.start_policy.get(lever) != 0.0
            })
    }

    /// Whether the learner may change `setting` in this scenario: a lever that is neither locked
    /// nor hidden, or a tier's treatment where the scenario offers it.
    pub fn allows(&self, setting: Setting) -> bool {
        match setting.lever() {
            Some(lever) => !self.is_locked(lever) && !self.is_hidden(lever),
            None => self.offers_tier_treatment(),
        }
    }

    /// Whether a lever is locked in this scenario.
    pub fn is_locked(&self, lever: Lever) -> bool {
        self.locked_levers.contains(&lever)
    }

    /// Whether a lever is hidden in this scenario.
    pub fn is_hidden(&self, lever: Lever) -> bool {
        self.hidden_levers.contains(&lever)
    }
}
