//! Lessons (scenario's): choosing one, its intro, the live assignment panel, the result view with
//! the debrief, and opening or exporting scenario files. Logic lives in plain types ([`progress`],
//! [`goal_text`], [`export`], [`import`]); the components only show them.

mod assignment_panel;
pub mod export;
mod file_actions;
pub(crate) mod file_controls;
mod goal_row;
pub mod goal_text;
pub mod import;
mod intro;
pub(crate) mod modal;
mod picker;
pub mod progress;
pub mod results;
mod scenario_bar;
mod ui_state;

pub use assignment_panel::AssignmentPanel;
pub use scenario_bar::ScenarioBar;
pub use ui_state::{Dialog, ScenarioUi, provide_scenario_ui, use_scenario_ui};

use crate::i18n::{current_language, scenario_texts};
use leptos::prelude::*;
use model::Scenario;

/// The dialog that is open: the picker, a lesson's intro, or its result.
#[component]
pub fn ScenarioDialogs() -> impl IntoView {
    let ui = use_scenario_ui();
    move || match ui.dialog.get() {
        Dialog::None => ().into_any(),
        Dialog::Picker => view! { <picker::ScenarioPicker/> }.into_any(),
        Dialog::Intro => view! { <intro::IntroDialog/> }.into_any(),
        Dialog::Results => view! { <results::ResultsDialog/> }.into_any(),
        Dialog::Keep => view! { <crate::keep::KeepDialog/> }.into_any(),
        Dialog::Teacher => view! { <crate::classroom::TeacherDialog/> }.into_any(),
        Dialog::Report => view! { <crate::report::ReportView/> }.into_any(),
        Dialog::Glossary(at) => view! { <crate::glossary::GlossaryDialog at/> }.into_any(),
    }
}

/// Why a lever is locked in `scenario`, in the interface's language (a general sentence when the
/// scenario gives no reason).
pub fn lock_reason(scenario: &Scenario) -> String {
    let reason = scenario.locked_reason.get(current_language());
    if reason.trim().is_empty() {
        scenario_texts().lever_locked_default.to_string()
    } else {
        reason.to_string()
    }
}
