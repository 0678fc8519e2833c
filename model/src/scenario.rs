//! Scenarios (scenario's / lessen): one human-writable TOML file per lesson in `scenarios/`.
//! The format is documented for teachers in docs/scenarios.md and versioned by `format_version`.

use crate::assignment::Assignment;
use crate::costs::LeverCosts;
use crate::goal::GOAL_ERROR_MARK;
use crate::language::Localized;
use crate::lever::Lever;
use crate::market::Market;
use crate::policy::Policy;
use crate::rules::Rules;
use crate::scenario_error::{ScenarioError, ScenarioErrorKind};
use crate::toml_location::{field_at, line_of, line_of_field};
use serde::{Deserialize, Serialize};

/// The scenario format version this program reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The free-play scenario, bundled into every build.
const FREE_PLAY_TOML: &str = include_str!("../../scenarios/free-play.toml");

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
    /// Format version of the file; must be [`FORMAT_VERSION`].
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
}

impl Scenario {
    /// Read a scenario from TOML text, checking every field. Errors name the field and line.
    pub fn from_toml(text: &str) -> Result<Scenario, ScenarioError> {
        parse_table(text)?;
        let scenario: Scenario = toml::from_str(text).map_err(|e| map_toml_error(text, &e))?;
        crate::scenario_check::check(&scenario).map_err(|mut e| {
            if e.line.is_none() {
                e.line = e.field.as_deref().and_then(|f| line_of_field(text, f));
            }
            e
        })?;
        Ok(scenario)
    }

    /// Write the scenario as TOML text that [`Scenario::from_toml`] reads back to the same scenario.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_else(|e| format!("# could not write scenario: {e}\n"))
    }

    /// The free-play scenario bundled from `scenarios/free-play.toml`.
    pub fn free_play() -> Scenario {
        Scenario::from_toml(FREE_PLAY_TOML).expect("the bundled free-play scenario is valid")
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

/// Read `text` as a TOML document; a syntax error names its line (scenario and session files
/// alike). The parser's own tree, not a `toml::Table`: no serde code for generic values in the
/// app (issue 12's size budget).
pub(crate) fn parse_table(text: &str) -> Result<toml::de::DeTable<'_>, ScenarioError> {
    toml::de::DeTable::parse(text)
        .map(toml::Spanned::into_inner)
        .map_err(|e| ScenarioError {
            field: None,
            line: e.span().map(|s| line_of(text, s.start)),
            kind: ScenarioErrorKind::Syntax {
                detail: e.message().trim().to_string(),
            },
        })
}

/// Turn the TOML reader's (serde) error into a bilingual error with field and line (scenario files
/// and session files alike).
pub(crate) fn map_toml_error(text: &str, error: &toml::de::Error) -> ScenarioError {
    let message = error.message();
    let span = error.span();
    let line = span.as_ref().map(|s| line_of(text, s.start));
    let mut field = span.as_ref().and_then(|s| field_at(text, s.start));
    let kind = if let Some(rest) = message.strip_prefix(GOAL_ERROR_MARK) {
        let parts: Vec<&str> = rest.split(GOAL_ERROR_MARK).collect();
        ScenarioErrorKind::InvalidGoal {
            text: parts.first().unwrap_or(&"").to_string(),
            reason_nl: parts.get(1).unwrap_or(&"").to_string(),
            reason_en: parts.get(2).unwrap_or(&"").to_string(),
        }
    } else if let Some(name) = quoted_after(message, "unknown field `") {
        ScenarioErrorKind::UnknownField { name }
    } else if let Some(name) = quoted_after(message, "missing field `") {
        field = Some(match field {
            Some(table) if !table.is_empty() && line_is_header(text, line) => {
                format!("{table}.{name}")
            }
            _ => name.clone(),
        });
        ScenarioErrorKind::MissingField { name }
    } else if let Some(value) = quoted_after(message, "unknown variant `") {
        let allowed = message
            .split_once("expected ")
            .map(|(_, rest)| rest.replace("one of ", "").replace('`', ""))
            .unwrap_or_default();
        ScenarioErrorKind::UnknownValue { value, allowed }
    } else {
        ScenarioErrorKind::WrongType {
            detail: message.trim().to_string(),
        }
    };
    ScenarioError { field, line, kind }
}

fn line_is_header(text: &str, line: Option<usize>) -> bool {
    line.and_then(|n| text.lines().nth(n - 1))
        .is_some_and(|l| l.trim_start().starts_with('['))
}

fn quoted_after(message: &str, prefix: &str) -> Option<String> {
    let start = message.find(prefix)? + prefix.len();
    let rest = &message[start..];
    Some(rest[..rest.find('`')?].to_string())
}
