//! Reading a scenario from TOML text and writing it back; every syntax and field error becomes a
//! bilingual [`ScenarioError`] with the field and line. Session files share the helpers.

use super::Scenario;
use super::check::check;
use super::error::{ScenarioError, ScenarioErrorKind};
use super::goal::GOAL_ERROR_MARK;
use super::toml_location::{field_at, line_of, line_of_field};

/// The free-play scenario, bundled into every build.
const FREE_PLAY_TOML: &str = include_str!("../../../scenarios/free-play.toml");

impl Scenario {
    /// Read a scenario from TOML text, checking every field. Errors name the field and line.
    pub fn from_toml(text: &str) -> Result<Scenario, ScenarioError> {
        parse_table(text)?;
        let scenario: Scenario = toml::from_str(text).map_err(|e| map_toml_error(text, &e))?;
        check(&scenario).map_err(|mut e| {
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
