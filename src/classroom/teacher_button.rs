//! The quiet header button that opens the teacher's view (also reachable with `?docent` in the link).

use crate::i18n::class_texts;
use crate::scenario::{Dialog, use_scenario_ui};
use leptos::prelude::*;

#[component]
pub fn TeacherButton() -> impl IntoView {
    let ui = use_scenario_ui();
    let t = class_texts();
    view! {
        <button
            type="button"
            class="header-button header-button-quiet"
            id="docent-knop"
            aria-haspopup="dialog"
            on:click=move |_| ui.dialog.set(Dialog::Teacher)
        >
            {t.teacher_button}
        </button>
    }
}
