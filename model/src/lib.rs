//! Klantcyclus' simulation model: a closed market of people moving through the customer relationship
//! cycle (klantrelatiecyclus) week by week, driven by the learner's policy. Pure Rust, deterministic for
//! a given (scenario, seed, timeline of policy changes), no web dependencies.
//!
//! The model's parts, one folder each: `rules/` (one file per rule, re-exported here as
//! [`expectation`], [`performance`], [`satisfaction`], [`nps`], [`retention`], [`cycle`],
//! [`acquisition`], [`word_of_mouth`], [`economics`], [`clv`], [`smoothing`]; money per lever in
//! `rules/costs.rs`, allowed ranges in `rules/bounds.rs`), `scenario/` (the format, reading, checks,
//! errors with TOML locations, the bundled lessons of [`catalog`]), `simulation/` (the weekly pass
//! `step.rs` over the struct-of-arrays population, fed by `week_tables.rs`; week 0 in
//! `week_zero.rs`), `metrics/` (the week's [`Snapshot`], metrics and CSV columns, the pyramid's
//! tiers, the [`class_ranking`]), `treatment/` (service, binding and contact channel per tier of the
//! pyramid, and the [`Setting`] a policy change changes) and `saved_run/` (links, files, autosave). docs/model.md explains
//! each rule and its source.

#![warn(missing_docs)]

pub mod benchmark;
mod fixed_key;
mod language;
mod lever;
mod lever_map;
mod metrics;
mod phase;
mod policy;
mod rules;
mod run;
pub mod saved_run;
mod scenario;
mod simulation;
mod treatment;

// The rules and the bundled lessons keep the paths they had before the model was grouped
// (`model::retention`, `model::catalog`, ...).
pub use metrics::class_ranking;
pub use rules::{
    acquisition, channels, clv, cycle, economics, expectation, nps, performance, retention,
    satisfaction, smoothing, word_of_mouth,
};
pub use scenario::catalog;

pub use language::{Language, Localized};
pub use lever::Lever;
pub use lever_map::LeverMap;
pub use metrics::metric::{CSV_METRICS, Metric};
pub use metrics::snapshot::Snapshot;
pub use metrics::tier::{Tier, TierFigures};
pub use metrics::week_columns::{week_columns, week_values};
pub use phase::{Flows, Phase, PhaseCounts};
pub use policy::{LeverValueError, Policy, PolicyChange};
pub use rules::Rules;
pub use rules::costs::{CostBase, LeverCost, LeverCosts};
pub use rules::leaving::{Leaving, LeavingReason};
pub use run::Run;
pub use saved_run::{SavedRun, SavedRunError};
pub use scenario::assignment::Assignment;
pub use scenario::error::{ScenarioError, ScenarioErrorKind};
pub use scenario::event::{EventEffects, EventKind, ScenarioEvent};
pub use scenario::goal::{Comparison, Goal, GoalParseError, GoalStatus, GoalTiming};
pub use scenario::limits::{POPULATION_MAX, WEEKS_MAX};
pub use scenario::market::{Market, Segment, StartShares, TierParams, Tiers};
pub use scenario::{
    BUYING_CENTRE_SINCE_VERSION, EVENTS_SINCE_VERSION, FORMAT_VERSION, Level, Scenario,
    TIER_TREATMENT_SINCE_VERSION,
};
pub use simulation::Simulation;
pub use simulation::customer_view::{CustomerType, CustomerView};
pub use simulation::followed_customer::{FollowedCustomer, FollowedWeek, PhaseChange};
pub use treatment::channel::Channel;
pub use treatment::setting::Setting;
pub use treatment::tier_map::TierMap;
pub use treatment::{BINDING_LEVERS, SERVICE_LEVERS, TIER_FACTOR_MAX, Treatment};
