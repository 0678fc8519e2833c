//! Klantcyclus' simulation model: a closed market of people moving through the customer relationship
//! cycle (klantrelatiecyclus) week by week, driven by the learner's policy. Pure Rust, deterministic for
//! a given (scenario, seed, timeline of policy changes), no web dependencies.
//!
//! Where the rules live: expectations in [`expectation`], experienced performance in [`performance`],
//! satisfaction in [`satisfaction`], NPS in [`nps`], churn in [`retention`], phase moves in [`cycle`],
//! the funnel in [`acquisition`], word of mouth in [`word_of_mouth`], money in [`economics`] and
//! `costs.rs`, CLV in [`clv`], smoothing of reported figures in [`smoothing`]. The weekly pass over
//! people is `step.rs`, fed by the per-week tables of `week_tables.rs`; week 0 is `week_zero.rs`.
//! Allowed ranges sit beside each rule's defaults (`check()`, with `bounds.rs`). docs/model.md
//! explains each rule and its source.

#![warn(missing_docs)]

mod accounts;
pub mod acquisition;
mod assignment;
pub mod benchmark;
mod bounds;
pub mod catalog;
pub mod class_ranking;
pub mod clv;
mod costs;
mod customer_view;
pub mod cycle;
pub mod economics;
pub mod expectation;
mod followed_customer;
mod goal;
mod language;
mod leaving;
mod lever;
mod lever_map;
mod market;
mod metric;
pub mod nps;
mod numeric;
pub mod performance;
mod phase;
mod policy;
mod population;
pub mod retention;
mod rng;
mod rules;
mod run;
pub mod satisfaction;
pub mod saved_run;
mod scenario;
mod scenario_check;
mod scenario_error;
mod simulation;
pub mod smoothing;
mod snapshot;
mod step;
mod tier;
mod toml_location;
mod week_columns;
mod week_tables;
mod week_zero;
pub mod word_of_mouth;

pub use assignment::Assignment;
pub use costs::{CostBase, LeverCost, LeverCosts};
pub use customer_view::{CustomerType, CustomerView};
pub use followed_customer::{FollowedCustomer, FollowedWeek, PhaseChange};
pub use goal::{Comparison, Goal, GoalParseError, GoalStatus, GoalTiming};
pub use language::{Language, Localized};
pub use leaving::{Leaving, LeavingReason};
pub use lever::Lever;
pub use lever_map::LeverMap;
pub use market::{Market, Segment, StartShares, TierParams, Tiers};
pub use metric::{CSV_METRICS, Metric};
pub use phase::{Flows, Phase, PhaseCounts};
pub use policy::{LeverValueError, Policy, PolicyChange};
pub use rules::Rules;
pub use run::Run;
pub use saved_run::{SavedRun, SavedRunError};
pub use scenario::{FORMAT_VERSION, Level, Scenario};
pub use scenario_check::{POPULATION_MAX, WEEKS_MAX};
pub use scenario_error::{ScenarioError, ScenarioErrorKind};
pub use simulation::Simulation;
pub use snapshot::Snapshot;
pub use tier::{Tier, TierFigures};
pub use week_columns::{week_columns, week_values};
