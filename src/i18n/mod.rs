//! The one translation layer: every text the page shows comes from a [`Texts`] table.
//!
//! A language is one `const` of type [`Texts`]; because every field must be filled in, the compiler
//! refuses a language with a missing text. Texts with numbers in them are plain functions.
//! Components call [`texts()`] (and [`scenario_texts()`], [`keep_texts()`] for those screens);
//! switching language means providing another [`Language`] in the context and re-rendering the
//! view below it. The one `Language` is the model's (`model::Language`).

mod en;
mod nl;
pub mod number;
mod texts;

pub use texts::{LeverTexts, PhaseTexts, Texts};

pub mod chart_access_texts;
pub mod class_texts;
pub mod follow_texts;
pub mod glossary_texts;
pub mod keep_texts;
pub mod language_texts;
pub mod pyramid_texts;
pub mod report_texts;
pub mod scenario_texts;
pub mod treatment_texts;

pub use chart_access_texts::{ChartAccessTexts, chart_access_texts};
pub use class_texts::{ClassTexts, class_texts};
pub use follow_texts::{FollowTexts, follow_texts};
pub use glossary_texts::{GlossaryTexts, glossary_texts};
pub use keep_texts::{KeepTexts, keep_texts};
pub use language_texts::{LanguageTexts, language_texts};
pub use model::Language;
pub use pyramid_texts::{PyramidTexts, pyramid_texts};
pub use report_texts::{ReportTexts, report_texts};
pub use scenario_texts::{ScenarioTexts, scenario_texts};
pub use treatment_texts::{TreatmentTexts, treatment_texts};

/// The interface's text table for `language`: the Dutch table (`nl::NL`) or its English twin
/// (`en::EN`). Both tables exist and fill every field.
pub fn texts_for(language: Language) -> &'static Texts {
    match language {
        Language::Nl => &nl::NL,
        Language::En => &en::EN,
    }
}

/// The value of the page's `lang` attribute for `language`.
pub fn code(language: Language) -> &'static str {
    match language {
        Language::Nl => "nl",
        Language::En => "en",
    }
}

/// The interface language of the current reactive context (Dutch when none is provided).
///
/// Read without tracking: the part of the page that shows texts is rebuilt as a whole when the
/// language changes (see [`crate::language`]), so no text needs its own subscription.
pub fn current_language() -> Language {
    use leptos::prelude::GetUntracked;
    leptos::prelude::use_context::<crate::language::LanguageChoice>()
        .map(|choice| choice.current.get_untracked())
        .unwrap_or_default()
}

/// The texts of the language in the current reactive context (Dutch when none is provided).
pub fn texts() -> &'static Texts {
    texts_for(current_language())
}
