//! The header switch between Dutch and English: two buttons, the current one pressed.

use super::use_language_choice;
use crate::i18n::language_texts::own_name;
use crate::i18n::{Language, code, language_texts};
use leptos::prelude::*;

/// The ids of the buttons, `taal-nl` and `taal-en`.
pub fn button_id(language: Language) -> &'static str {
    match language {
        Language::Nl => "taal-nl",
        Language::En => "taal-en",
    }
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let choice = use_language_choice();
    let t = language_texts();
    let option = move |language: Language| {
        let pressed = move || choice.current.get() == language;
        view! {
            <button
                type="button"
                class="language-option"
                id=button_id(language)
                lang=code(language)
                aria-pressed=move || pressed().to_string()
                title=t.switch_hint
                on:click=move |_| {
                    if choice.current.get_untracked() != language {
                        choice.current.set(language);
                        // The header is drawn again in the new language: keep the keyboard here.
                        crate::focus::focus_after_render(button_id(language));
                    }
                }
            >
                // Read out as the language's own name ("Nederlands", "English").
                <span aria-hidden="true">{code(language).to_ascii_uppercase()}</span>
                <span class="visually-hidden">{own_name(language)}</span>
            </button>
        }
    };
    view! {
        <div class="language-switch" role="group" aria-label=t.switch_label id="taal">
            {option(Language::Nl)}
            {option(Language::En)}
        </div>
    }
}
