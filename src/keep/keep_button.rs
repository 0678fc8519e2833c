//! The header button that opens the save-and-share dialog.

use crate::i18n::keep_texts;
use crate::scenario::{Dialog, use_scenario_ui};
use leptos::prelude::*;

#[component]
pub fn KeepButton() -> impl IntoView {
    let ui = use_scenario_ui();
    let t = keep_texts();
    view! {
        <button
            type="button"
            class="header-button"
            id="bewaren-knop"
            aria-haspopup="dialog"
            title=t.open_button
            on:click=move |_| ui.dialog.set(Dialog::Keep)
        >
            <span class="header-button-icon" aria-hidden="true">"⤴"</span>
            <span class="header-button-label">{t.open_button}</span>
        </button>
    }
}
