//! The one translation layer: every text the page shows comes from a [`Texts`] table.
//!
//! A language is one `const` of type [`Texts`]; because every field must be filled in, the compiler
//! refuses a language with a missing text. Texts with numbers in them are plain functions.
//! Components call [`texts()`]; switching language later means providing another [`Language`] in
//! the context and re-rendering the view below it.

mod nl;
pub mod number;
mod texts;

pub use texts::{LeverTexts, PhaseTexts, Texts};

/// The languages of the interface. Dutch is the default (the course is Dutch).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Language {
    #[default]
    Nl,
}

impl Language {
    /// The text table of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Language::Nl => &nl::NL,
        }
    }

    /// The value of the `lang` attribute of the page.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
        }
    }
}

/// The texts of the language in the current reactive context (Dutch when none is provided).
pub fn texts() -> &'static Texts {
    leptos::prelude::use_context::<Language>()
        .unwrap_or_default()
        .texts()
}
