//! The texts of the language switch and the page title, in Dutch and English. Each language's
//! switch button is labelled in its own language, so a learner who cannot read the current one
//! still finds theirs.

use model::Language;

/// The texts of the language switch in one language.
pub struct LanguageTexts {
    /// The document's title.
    pub page_title: &'static str,
    /// Accessible name of the switch group.
    pub switch_label: &'static str,
    /// What pressing a button does, for its tooltip.
    pub switch_hint: &'static str,
}

/// Dutch.
pub const NL: LanguageTexts = LanguageTexts {
    page_title: "Klantcyclus — simulator van de klantrelatiecyclus",
    switch_label: "Taal",
    switch_hint: "Wissel de taal; je run loopt gewoon door",
};

/// English.
pub const EN: LanguageTexts = LanguageTexts {
    page_title: "Klantcyclus — customer relationship cycle simulator",
    switch_label: "Language",
    switch_hint: "Switch the language; your run keeps going",
};

/// The table of `language`.
pub fn language_texts_for(language: Language) -> &'static LanguageTexts {
    match language {
        Language::Nl => &NL,
        Language::En => &EN,
    }
}

/// The table of the current reactive context's language.
pub fn language_texts() -> &'static LanguageTexts {
    language_texts_for(super::current_language())
}

/// The name of each language in that language, for its button.
pub fn own_name(language: Language) -> &'static str {
    match language {
        Language::Nl => "Nederlands",
        Language::En => "English",
    }
}
