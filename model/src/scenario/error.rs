//! Errors in scenario files, explained in Dutch and English with the field and line they are about.

use crate::language::Language;

/// What is wrong with a scenario file.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioErrorKind {
    /// The text is not valid TOML.
    Syntax {
        /// The parser's description (English).
        detail: String,
    },
    /// A field that the format does not know (often a typo).
    UnknownField {
        /// The unknown name.
        name: String,
    },
    /// A required field is missing.
    MissingField {
        /// The missing name.
        name: String,
    },
    /// A value of the wrong kind (text where a number belongs, ...).
    WrongType {
        /// The parser's description (English).
        detail: String,
    },
    /// A value that is not one of the allowed words.
    UnknownValue {
        /// The value found.
        value: String,
        /// The allowed values.
        allowed: String,
    },
    /// A number outside its allowed range.
    OutOfRange {
        /// The value found.
        value: f64,
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
    },
    /// A scenario written for a format version this program does not read.
    UnsupportedVersion {
        /// The version in the file.
        found: i64,
        /// The version this program reads.
        supported: u32,
    },
    /// A goal that cannot be read.
    InvalidGoal {
        /// The goal text.
        text: String,
        /// Dutch explanation.
        reason_nl: String,
        /// English explanation.
        reason_en: String,
    },
    /// Values that do not fit together (shares adding up to more than 1, ...).
    Inconsistent {
        /// Dutch explanation.
        reason_nl: String,
        /// English explanation.
        reason_en: String,
    },
}

/// An error in a scenario file: what is wrong, in which field, on which line (1-based).
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioError {
    /// Dotted path of the field, e.g. `market.population` or `assignments[1].goals`.
    pub field: Option<String>,
    /// Line in the file, counting from 1.
    pub line: Option<usize>,
    /// What is wrong.
    pub kind: ScenarioErrorKind,
}

impl ScenarioError {
    /// An error about a field (line filled in later when known).
    pub fn new(field: impl Into<String>, kind: ScenarioErrorKind) -> ScenarioError {
        ScenarioError {
            field: Some(field.into()),
            line: None,
            kind,
        }
    }

    /// A range error for a field.
    pub fn out_of_range(field: impl Into<String>, value: f64, min: f64, max: f64) -> ScenarioError {
        ScenarioError::new(field, ScenarioErrorKind::OutOfRange { value, min, max })
    }

    /// The error in the user's language, naming line and field.
    pub fn message(&self, lang: Language) -> String {
        let nl = lang == Language::Nl;
        let mut out = String::new();
        match (self.line, &self.field, nl) {
            (Some(line), Some(field), true) => {
                out.push_str(&format!("regel {line}, veld `{field}`: "))
            }
            (Some(line), Some(field), false) => {
                out.push_str(&format!("line {line}, field `{field}`: "))
            }
            (Some(line), None, true) => out.push_str(&format!("regel {line}: ")),
            (Some(line), None, false) => out.push_str(&format!("line {line}: ")),
            (None, Some(field), true) => out.push_str(&format!("veld `{field}`: ")),
            (None, Some(field), false) => out.push_str(&format!("field `{field}`: ")),
            (None, None, _) => {}
        }
        out.push_str(&self.describe(nl));
        out
    }

    fn describe(&self, nl: bool) -> String {
        use ScenarioErrorKind as K;
        match (&self.kind, nl) {
            (K::Syntax { detail }, true) => format!("dit is geen geldige TOML ({detail})"),
            (K::Syntax { detail }, false) => format!("this is not valid TOML ({detail})"),
            (K::UnknownField { name }, true) => {
                format!("onbekend veld `{name}` (tikfout?)")
            }
            (K::UnknownField { name }, false) => format!("unknown field `{name}` (typo?)"),
            (K::MissingField { name }, true) => format!("verplicht veld `{name}` ontbreekt"),
            (K::MissingField { name }, false) => format!("required field `{name}` is missing"),
            (K::WrongType { detail }, true) => format!("verkeerd soort waarde ({detail})"),
            (K::WrongType { detail }, false) => format!("wrong kind of value ({detail})"),
            (K::UnknownValue { value, allowed }, true) => {
                format!("onbekende waarde `{value}`; toegestaan: {allowed}")
            }
            (K::UnknownValue { value, allowed }, false) => {
                format!("unknown value `{value}`; allowed: {allowed}")
            }
            (K::OutOfRange { value, min, max }, true) => {
                format!("waarde {value} ligt niet tussen {min} en {max}")
            }
            (K::OutOfRange { value, min, max }, false) => {
                format!("value {value} is not between {min} and {max}")
            }
            (K::UnsupportedVersion { found, supported }, true) => format!(
                "formaatversie {found} wordt niet ondersteund (dit programma leest versie {supported})"
            ),
            (K::UnsupportedVersion { found, supported }, false) => format!(
                "format version {found} is not supported (this program reads version {supported})"
            ),
            (
                K::InvalidGoal {
                    text, reason_nl, ..
                },
                true,
            ) => {
                format!("doel `{text}` is onleesbaar: {reason_nl}")
            }
            (
                K::InvalidGoal {
                    text, reason_en, ..
                },
                false,
            ) => {
                format!("goal `{text}` cannot be read: {reason_en}")
            }
            (K::Inconsistent { reason_nl, .. }, true) => reason_nl.clone(),
            (K::Inconsistent { reason_en, .. }, false) => reason_en.clone(),
        }
    }
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for ScenarioError {}
