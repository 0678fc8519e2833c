//! Goals of an assignment (opdrachtdoelen), written as one readable line such as
//! `"nps >= 30 by week 52"`, `"cumulative_profit >= 0 at end"`, `"former_customers_pct < 5 always"`.
//!
//! Grammar: `METRIC OP NUMBER [TIMING]` with OP one of `>=`, `<=`, `>`, `<` and TIMING one of
//! `at end` (the default), `at week N`, `by week N` (reached in some week up to N),
//! `always` (every week), `from week N` (every week from N on).

use crate::metrics::metric::Metric;
use crate::metrics::snapshot::Snapshot;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// How a figure is compared with the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    /// `>=`
    AtLeast,
    /// `<=`
    AtMost,
    /// `>`
    Above,
    /// `<`
    Below,
}

impl Comparison {
    fn symbol(self) -> &'static str {
        match self {
            Comparison::AtLeast => ">=",
            Comparison::AtMost => "<=",
            Comparison::Above => ">",
            Comparison::Below => "<",
        }
    }

    /// Whether `value` satisfies the comparison with `target`.
    pub fn holds(self, value: f64, target: f64) -> bool {
        match self {
            Comparison::AtLeast => value >= target,
            Comparison::AtMost => value <= target,
            Comparison::Above => value > target,
            Comparison::Below => value < target,
        }
    }
}

/// When a goal is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalTiming {
    /// In the scenario's last week.
    AtEnd,
    /// In exactly this week.
    AtWeek(u32),
    /// In at least one week up to and including this one.
    ByWeek(u32),
    /// In every week of the run (weeks 1 to the end).
    Always,
    /// In every week from this one to the end.
    FromWeek(u32),
}

/// A goal's state while a run is under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalStatus {
    /// Achieved; cannot be lost any more.
    Met,
    /// Missed; cannot be achieved any more.
    Failed,
    /// Not decided yet; `holds_now` says whether the latest week meets the condition.
    Open {
        /// The condition holds in the latest week.
        holds_now: bool,
    },
}

/// One checkable goal.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    /// The figure.
    pub metric: Metric,
    /// The comparison.
    pub comparison: Comparison,
    /// The target value, in the figure's unit.
    pub target: f64,
    /// When it is checked.
    pub timing: GoalTiming,
}

/// Why a goal text could not be read, in both languages.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalParseError {
    /// Dutch explanation.
    pub reason_nl: String,
    /// English explanation.
    pub reason_en: String,
}

fn parse_error(nl: impl Into<String>, en: impl Into<String>) -> GoalParseError {
    GoalParseError {
        reason_nl: nl.into(),
        reason_en: en.into(),
    }
}

impl FromStr for Goal {
    type Err = GoalParseError;

    fn from_str(text: &str) -> Result<Goal, GoalParseError> {
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.len() < 3 {
            return Err(parse_error(
                "verwacht `kengetal vergelijking getal [moment]`, bijvoorbeeld `nps >= 30 by week 52`",
                "expected `metric comparison number [timing]`, for example `nps >= 30 by week 52`",
            ));
        }
        let metric = Metric::from_key(words[0]).ok_or_else(|| {
            parse_error(
                format!(
                    "onbekend kengetal `{}`; kies uit: {}",
                    words[0],
                    Metric::all_keys()
                ),
                format!(
                    "unknown metric `{}`; choose from: {}",
                    words[0],
                    Metric::all_keys()
                ),
            )
        })?;
        let comparison = match words[1] {
            ">=" => Comparison::AtLeast,
            "<=" => Comparison::AtMost,
            ">" => Comparison::Above,
            "<" => Comparison::Below,
            other => {
                return Err(parse_error(
                    format!("onbekende vergelijking `{other}`; gebruik >=, <=, > of <"),
                    format!("unknown comparison `{other}`; use >=, <=, > or <"),
                ));
            }
        };
        let target = parse_number(words[2]).ok_or_else(|| {
            parse_error(
                format!("`{}` is geen getal", words[2]),
                format!("`{}` is not a number", words[2]),
            )
        })?;
        let timing = parse_timing(&words[3..])?;
        Ok(Goal {
            metric,
            comparison,
            target,
            timing,
        })
    }
}

fn parse_number(word: &str) -> Option<f64> {
    let cleaned: String = word.chars().filter(|&c| c != '_').collect();
    let value: f64 = cleaned.strip_prefix('+').unwrap_or(&cleaned).parse().ok()?;
    value.is_finite().then_some(value)
}

fn parse_timing(words: &[&str]) -> Result<GoalTiming, GoalParseError> {
    let week = |w: &str| {
        w.parse::<u32>().map_err(|_| {
            parse_error(
                format!("`{w}` is geen weeknummer"),
                format!("`{w}` is not a week number"),
            )
        })
    };
    match words {
        [] | ["at", "end"] => Ok(GoalTiming::AtEnd),
        ["always"] => Ok(GoalTiming::Always),
        ["at", "week", n] => Ok(GoalTiming::AtWeek(week(n)?)),
        ["by", "week", n] => Ok(GoalTiming::ByWeek(week(n)?)),
        ["from", "week", n] => Ok(GoalTiming::FromWeek(week(n)?)),
        _ => Err(parse_error(
            format!(
                "onbekend moment `{}`; gebruik `at end`, `at week N`, `by week N`, `always` of `from week N`",
                words.join(" ")
            ),
            format!(
                "unknown timing `{}`; use `at end`, `at week N`, `by week N`, `always` or `from week N`",
                words.join(" ")
            ),
        )),
    }
}

impl fmt::Display for Goal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {}",
            self.metric.key(),
            self.comparison.symbol(),
            self.target
        )?;
        match self.timing {
            GoalTiming::AtEnd => write!(f, " at end"),
            GoalTiming::AtWeek(n) => write!(f, " at week {n}"),
            GoalTiming::ByWeek(n) => write!(f, " by week {n}"),
            GoalTiming::Always => write!(f, " always"),
            GoalTiming::FromWeek(n) => write!(f, " from week {n}"),
        }
    }
}

impl Goal {
    /// Whether the condition holds in one week.
    pub fn holds(&self, snapshot: &Snapshot) -> bool {
        self.comparison
            .holds(self.metric.value(snapshot), self.target)
    }

    /// The goal's state after the weeks in `history` (snapshots in week order, week 0 first or not),
    /// for a scenario lasting `scenario_weeks`.
    pub fn status(&self, history: &[Snapshot], scenario_weeks: u32) -> GoalStatus {
        let Some(latest) = history.last() else {
            return GoalStatus::Open { holds_now: false };
        };
        let holds_now = self.holds(latest);
        let decided_at = |week: u32| match history.iter().find(|s| s.week == week) {
            Some(s) if self.holds(s) => GoalStatus::Met,
            Some(_) => GoalStatus::Failed,
            None if latest.week > week => GoalStatus::Failed,
            None => GoalStatus::Open { holds_now },
        };
        let every_week_from = |first: u32| {
            let checked = history.iter().filter(|s| s.week >= first.max(1));
            if checked.clone().any(|s| !self.holds(s)) {
                GoalStatus::Failed
            } else if latest.week >= scenario_weeks {
                GoalStatus::Met
            } else {
                GoalStatus::Open { holds_now }
            }
        };
        match self.timing {
            GoalTiming::AtEnd => decided_at(scenario_weeks),
            GoalTiming::AtWeek(week) => decided_at(week),
            GoalTiming::ByWeek(week) => {
                if history.iter().any(|s| s.week <= week && self.holds(s)) {
                    GoalStatus::Met
                } else if latest.week >= week {
                    GoalStatus::Failed
                } else {
                    GoalStatus::Open { holds_now }
                }
            }
            GoalTiming::Always => every_week_from(1),
            GoalTiming::FromWeek(week) => every_week_from(week),
        }
    }

    /// True when the goal is met after these weeks.
    pub fn is_met(&self, history: &[Snapshot], scenario_weeks: u32) -> bool {
        self.status(history, scenario_weeks) == GoalStatus::Met
    }
}

impl Serialize for Goal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Prefix that marks a goal error travelling through serde as text (see `scenario::read::map_toml_error`).
pub(crate) const GOAL_ERROR_MARK: &str = "\u{1}goal\u{1}";

impl<'de> Deserialize<'de> for Goal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Goal, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(|e: GoalParseError| {
            serde::de::Error::custom(format!(
                "{GOAL_ERROR_MARK}{text}{GOAL_ERROR_MARK}{}{GOAL_ERROR_MARK}{}",
                e.reason_nl, e.reason_en
            ))
        })
    }
}
