//! The ways into the glossary: the header button, and a link that opens it at one concept.

use super::entries::find;
use crate::i18n::{current_language, glossary_texts};
use crate::scenario::{Dialog, use_scenario_ui};
use leptos::prelude::*;

/// "Begrippen" in the header: the glossary from its top.
#[component]
pub fn GlossaryButton() -> impl IntoView {
    let ui = use_scenario_ui();
    let g = glossary_texts();
    view! {
        <button
            type="button"
            class="header-button"
            id="begrippen"
            aria-haspopup="dialog"
            title=g.open_hint
            on:click=move |_| ui.dialog.set(Dialog::Glossary(None))
        >
            <span class="header-button-icon glossary-icon" aria-hidden="true"></span>
            <span class="header-button-label">{g.open_button}</span>
        </button>
    }
}

/// A button that looks like the text it wraps (a chart's title, a key figure's name, "Meer bij
/// Begrippen") and opens the glossary at `concept`. Without a known concept, just the text.
#[component]
pub fn GlossaryLink(
    concept: &'static str,
    /// The visible text.
    text: &'static str,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let ui = use_scenario_ui();
    let g = glossary_texts();
    match find(concept) {
        Some(entry) => {
            let term = entry.side(current_language()).term;
            view! {
                <button
                    type="button"
                    class=format!("glossary-link {class}")
                    aria-haspopup="dialog"
                    data-begrip=concept
                    title=(g.link_label)(term)
                    on:click=move |_| ui.dialog.set(Dialog::Glossary(Some(concept)))
                >
                    {text}
                </button>
            }
            .into_any()
        }
        None => view! { <span class=class>{text}</span> }.into_any(),
    }
}
