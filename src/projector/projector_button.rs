//! The header switch for projector mode.

use super::use_projector;
use crate::i18n::class_texts;
use leptos::prelude::*;

#[component]
pub fn ProjectorButton() -> impl IntoView {
    let projector = use_projector();
    let t = class_texts();
    let on = move || projector.on.get();
    view! {
        <button
            type="button"
            class="header-button header-button-quiet projector-button"
            id="beamer-knop"
            aria-pressed=move || on().to_string()
            aria-keyshortcuts="Alt+P"
            title=move || if on() { t.projector_on } else { t.projector_off }
            on:click=move |_| projector.toggle()
        >
            <span class="projector-icon" aria-hidden="true"></span>
            {t.projector_button}
        </button>
    }
}
