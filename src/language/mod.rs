//! The interface language, switched live: a signal the app provides, the header's switch that
//! sets it, and the browser's memory of the last choice. The run lives outside the part of the
//! page that is rebuilt on a switch, so switching changes the words and nothing else.

mod language_switch;

pub use language_switch::LanguageSwitch;

use crate::i18n::language_texts::language_texts_for;
use crate::i18n::{Language, code, texts_for};
use crate::keep::browser_store;
use crate::session::Session;
use leptos::prelude::*;

/// Where the browser remembers the choice.
pub const STORAGE_KEY: &str = "klantcyclus.taal";

/// Handle to the interface language; provided as context by the app.
#[derive(Clone, Copy)]
pub struct LanguageChoice {
    pub current: RwSignal<Language>,
}

/// The language a code names (`nl`, `en`, any case, surrounding spaces allowed).
pub fn from_code(text: &str) -> Option<Language> {
    match text.trim().to_ascii_lowercase().as_str() {
        "nl" => Some(Language::Nl),
        "en" => Some(Language::En),
        _ => None,
    }
}

/// The language the page starts in: the address decides when it says so, otherwise what this
/// browser remembers, otherwise Dutch.
pub fn starts_in(asked: Option<Language>, remembered: Option<Language>) -> Language {
    asked.or(remembered).unwrap_or_default()
}

/// What this browser remembers (nothing when storage is unavailable or holds something else).
fn remembered() -> Option<Language> {
    browser_store::copy(STORAGE_KEY)
        .as_deref()
        .and_then(from_code)
}

/// Provide the language: `<html lang>`, the page title and the panic message follow it, the
/// choice is remembered, and the charts redraw with the new words.
pub fn provide(session: Session, asked: Option<Language>) -> LanguageChoice {
    let choice = LanguageChoice {
        current: RwSignal::new(starts_in(asked, remembered())),
    };
    provide_context(choice);
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let language = choice.current.get();
        let document = document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", code(language));
        }
        document.set_title(language_texts_for(language).page_title);
        crate::panic_message::install(texts_for(language));
        if first.get_value() {
            first.set_value(false);
        } else {
            // Failing to remember is no reason to bother the learner about a display setting.
            browser_store::keep_copy(STORAGE_KEY, code(language));
        }
        session.chart_version.update(|v| *v += 1);
    });
    choice
}

/// The language choice of the surrounding app.
pub fn use_language_choice() -> LanguageChoice {
    expect_context::<LanguageChoice>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_wins_then_the_remembered_choice_then_dutch() {
        assert_eq!(
            starts_in(Some(Language::En), Some(Language::Nl)),
            Language::En
        );
        assert_eq!(starts_in(None, Some(Language::En)), Language::En);
        assert_eq!(starts_in(None, None), Language::Nl);
    }

    #[test]
    fn codes_are_read_leniently_and_anything_else_is_no_language() {
        assert_eq!(from_code("en"), Some(Language::En));
        assert_eq!(from_code(" NL "), Some(Language::Nl));
        assert_eq!(from_code("de"), None);
        assert_eq!(from_code(""), None);
    }
}
