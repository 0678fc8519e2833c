//! The scenario bar in the header: the lesson being played (click to choose another) and, when it has
//! assignments, a live summary that opens the assignment panel.

use super::goal_row::standing_word;
use super::progress::met_count;
use super::ui_state::{Dialog, use_scenario_ui};
use crate::i18n::{current_language, scenario_texts};
use leptos::prelude::*;

#[component]
pub fn ScenarioBar() -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let lang = current_language();
    let title = move || ui.with_scenario(|s| s.title.get(lang).to_string());
    let has_assignments = move || ui.with_scenario(|s| !s.assignments.is_empty());
    let summary = move || {
        ui.progress.with(|p| {
            let (met, total) = met_count(p);
            (st.assignments_summary)(met, total)
        })
    };
    view! {
        <div class="scenario-bar">
            <button
                type="button"
                class="scenario-choose"
                id="scenario-kiezen"
                aria-haspopup="dialog"
                title=st.bar_choose
                on:click=move |_| ui.dialog.set(Dialog::Picker)
            >
                <span class="scenario-label">{st.bar_label}</span>
                <span class="scenario-name" id="scenario-naam">{title}</span>
                <span class="scenario-caret" aria-hidden="true"></span>
            </button>
            <Show when=has_assignments>
                <button
                    type="button"
                    class="assignments-toggle"
                    id="opdrachten-knop"
                    aria-controls="opdrachten"
                    aria-expanded=move || ui.panel_open.get().to_string()
                    on:click=move |_| ui.panel_open.update(|open| *open = !*open)
                >
                    <span>{st.assignments_button}</span>
                    <span class="visually-hidden">": "</span>
                    <span class="status-dots" aria-hidden="true">
                        {move || {
                            ui.progress
                                .get()
                                .iter()
                                .map(|a| {
                                    view! {
                                        <span
                                            class="status-dot"
                                            data-status=a.standing.key()
                                            title=standing_word(a.standing, st)
                                        ></span>
                                    }
                                })
                                .collect_view()
                        }}
                    </span>
                    <span class="assignments-count">{summary}</span>
                </button>
            </Show>
        </div>
    }
}
