//! Languages of the app and texts in both of them.

use serde::{Deserialize, Serialize};

/// The user's language: Dutch first, English second.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Nederlands (default).
    #[default]
    Nl,
    /// English.
    En,
}

/// A text in Dutch and English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    /// Dutch text.
    pub nl: String,
    /// English text.
    pub en: String,
}

impl Localized {
    /// A text from its Dutch and English versions.
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Localized {
        Localized {
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// True when both languages are empty (an optional text that was left out).
    pub fn is_empty(&self) -> bool {
        self.nl.is_empty() && self.en.is_empty()
    }

    /// The text in `language`.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }
}
