//! The scenario picker: a card per lesson (title, level, length, one-line intro), and opening or
//! exporting a scenario file.

use super::file_actions::FileActions;
use super::modal::{Modal, ModalTitle};
use super::ui_state::{Dialog, ScenarioUi, use_scenario_ui};
use crate::i18n::{ScenarioTexts, current_language, scenario_texts};
use leptos::prelude::*;
use model::catalog::bundled;
use model::{Language, Level, Scenario};

#[component]
pub fn ScenarioPicker() -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let close = Callback::new(move |_| ui.dialog.set(Dialog::None));
    let current: Scenario = ui.session.with_live(|l| l.state().run().scenario.clone());
    let own_file = (!bundled().contains(&current)).then(|| current.clone());
    let cards = own_file
        .into_iter()
        .map(|s| (s, true))
        .chain(bundled().iter().map(|s| (s.clone(), false)))
        .map(|(scenario, own)| {
            let is_current = scenario == current;
            view! { <ScenarioCard scenario own is_current ui/> }
        })
        .collect_view();
    view! {
        <Modal id="scenario-kiezer" class="modal-wide" labelled_by="kiezer-titel" on_close=close>
            <ModalTitle id="kiezer-titel" title=st.picker_title close_label=st.close on_close=close/>
            <p class="modal-lead">{st.picker_intro}</p>
            <ul class="scenario-cards" role="list">
                {cards}
            </ul>
            <FileActions/>
        </Modal>
    }
}

fn level_name(level: Level, st: &ScenarioTexts) -> &'static str {
    match level {
        Level::Mbo => st.level_mbo,
        Level::Hbo => st.level_hbo,
    }
}

/// One lesson: choosing it starts it at week 0 and shows its intro.
#[component]
fn ScenarioCard(scenario: Scenario, own: bool, is_current: bool, ui: ScenarioUi) -> impl IntoView {
    let st = scenario_texts();
    let lang: Language = current_language();
    let id = scenario.id.clone();
    let level = level_name(scenario.level, st);
    let level_class = format!("level-badge level-{}", level.to_lowercase());
    let title = scenario.title.get(lang).to_string();
    let intro = scenario.intro.get(lang).to_string();
    let length = (st.weeks_label)(scenario.weeks);
    let count = (st.assignment_count)(scenario.assignments.len());
    view! {
        <li>
            <button
                type="button"
                class="scenario-card"
                class:current=is_current
                data-scenario=id
                aria-current=is_current.then_some("true")
                on:click=move |_| ui.load(scenario.clone())
            >
                <span class="card-meta">
                    <span class=level_class>{level}</span>
                    <span class="card-length">{length}</span>
                    {own.then(|| view! { <span class="card-flag">{st.own_file_badge}</span> })}
                    {is_current.then(|| view! { <span class="card-flag current-flag">{st.current_badge}</span> })}
                </span>
                <span class="card-title">{title}</span>
                <span class="card-intro">{intro}</span>
                <span class="card-count">{count}</span>
            </button>
        </li>
    }
}
