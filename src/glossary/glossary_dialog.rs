//! The glossary dialog: a search field over every concept, each with its meaning, its name in the
//! other language and where it shows in Klantcyclus. Opened at one concept, it scrolls there and
//! gives that entry the focus.

use super::entries::{Concept, search};
use super::links::place_name;
use crate::i18n::{Language, code, current_language, glossary_texts};
use crate::scenario::modal::{Modal, ModalTitle};
use crate::scenario::{Dialog, use_scenario_ui};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Element id of a concept's entry in the dialog.
fn entry_id(concept: &str) -> String {
    format!("begrip-{concept}")
}

#[component]
pub fn GlossaryDialog(
    /// The concept to open at, if any.
    at: Option<&'static str>,
) -> impl IntoView {
    let ui = use_scenario_ui();
    let g = glossary_texts();
    let language = current_language();
    let close = Callback::new(move |_| ui.dialog.set(Dialog::None));
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| query.with(|q| search(q, language)));
    if let Some(concept) = at {
        request_animation_frame(move || {
            if let Some(entry) = document()
                .get_element_by_id(&entry_id(concept))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                entry.scroll_into_view();
                let _ = entry.focus();
            }
        });
    }
    view! {
        <Modal id="begrippen-dialoog" class="glossary" labelled_by="begrippen-titel" on_close=close>
            <ModalTitle id="begrippen-titel" title=g.title close_label=g.close on_close=close/>
            <p class="glossary-intro">{g.intro}</p>
            <div class="glossary-search">
                <label for="begrippen-zoek">{g.search_label}</label>
                <input
                    type="search"
                    id="begrippen-zoek"
                    autocomplete="off"
                    spellcheck="false"
                    autofocus=at.is_none()
                    placeholder=g.search_placeholder
                    aria-controls="begrippen-lijst"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <span class="glossary-count" id="begrippen-aantal" role="status">
                    {move || (g.count)(found.with(Vec::len))}
                </span>
            </div>
            <div class="glossary-list" id="begrippen-lijst">
                {move || {
                    let list = found.get();
                    if list.is_empty() {
                        view! { <p class="glossary-empty">{g.nothing_found}</p> }.into_any()
                    } else {
                        list.into_iter()
                            .map(|concept| {
                                view! { <Entry concept language chosen=at == Some(concept.id)/> }
                            })
                            .collect_view()
                            .into_any()
                    }
                }}
            </div>
        </Modal>
    }
}

/// One concept: term (and its name in the other language), meaning, and where it shows.
#[component]
fn Entry(concept: &'static Concept, language: Language, chosen: bool) -> impl IntoView {
    let g = glossary_texts();
    let other = match language {
        Language::Nl => Language::En,
        Language::En => Language::Nl,
    };
    let side = concept.side(language);
    let other_term = concept.side(other).term;
    let id = entry_id(concept.id);
    let term_id = format!("{id}-term");
    let labelled_by = term_id.clone();
    let places = concept
        .places
        .iter()
        .map(|place| view! { <li>{place_name(*place, language)}</li> })
        .collect_view();
    view! {
        <article
            class="concept"
            id=id
            tabindex="-1"
            aria-labelledby=labelled_by
            data-gekozen=chosen.then_some("true")
        >
            <h3 id=term_id>{side.term}</h3>
            {(other_term != side.term)
                .then(|| {
                    view! {
                        <p class="concept-other">
                            {g.other_language}": "
                            <span lang=code(other)>{other_term}</span>
                        </p>
                    }
                })}
            <p class="concept-meaning">{side.meaning}</p>
            <p class="concept-where">
                <strong>{g.in_simulator}": "</strong>
                {side.in_simulator}
            </p>
            <div class="concept-places">
                <span class="concept-places-label">{g.places_label}": "</span>
                <ul>{places}</ul>
            </div>
        </article>
    }
}
