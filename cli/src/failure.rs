//! A failed command: a message in both languages and the exit code.

use model::Language;

/// Exit code for wrong usage (bad arguments).
pub const EXIT_USAGE: u8 = 2;
/// Exit code for bad input files or failed writes.
pub const EXIT_INPUT: u8 = 1;

/// Why a command failed.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// Process exit code.
    pub exit: u8,
    /// Dutch message.
    pub nl: String,
    /// English message.
    pub en: String,
}

impl Failure {
    /// Wrong usage: exit code 2.
    pub fn usage(nl: impl Into<String>, en: impl Into<String>) -> Failure {
        Failure {
            exit: EXIT_USAGE,
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// Bad input or output: exit code 1.
    pub fn input(nl: impl Into<String>, en: impl Into<String>) -> Failure {
        Failure {
            exit: EXIT_INPUT,
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Language) -> &str {
        match lang {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }
}
