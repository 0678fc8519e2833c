//! One goal of an assignment, live: its state (met, missed, on track, not yet), the figure now and a
//! bar showing how far it has come from week 0 towards the target.

use super::goal_text::{describe_goal, format_value, metric_label};
use super::progress::{GoalProgress, Standing};
use super::ui_state::use_scenario_ui;
use crate::i18n::{ScenarioTexts, current_language, scenario_texts};
use leptos::prelude::*;

/// The word for a goal's or assignment's state.
pub fn standing_word(standing: Standing, st: &ScenarioTexts) -> &'static str {
    match standing {
        Standing::Met => st.status_met,
        Standing::Failed => st.status_failed,
        Standing::OnTrack => st.status_on_track,
        Standing::NotYet => st.status_not_yet,
    }
}

/// Goal `goal` of assignment `assignment` (positions in the scenario).
#[component]
pub fn GoalRow(assignment: usize, goal: usize) -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let lang = current_language();
    let progress: Memo<Option<GoalProgress>> = Memo::new(move |_| {
        ui.progress
            .with(|p| p.get(assignment).and_then(|a| a.goals.get(goal)).cloned())
    });
    let Some(initial) = progress.get_untracked() else {
        return ().into_any();
    };
    let text = describe_goal(&initial.goal, st, lang);
    let (_, unit) = metric_label(initial.goal.metric, lang);
    let standing = move || progress.with(|p| p.as_ref().map_or(Standing::NotYet, |p| p.standing));
    let current = move || {
        progress.with(|p| {
            p.as_ref()
                .map(|p| format_value(unit, p.current, st))
                .unwrap_or_default()
        })
    };
    let percent = move || progress.with(|p| p.as_ref().map_or(0.0, |p| p.fraction * 100.0));
    view! {
        <li class="goal" data-status=move || standing().key() data-metric=initial.goal.metric.key()>
            <span class="goal-mark" aria-hidden="true"></span>
            <span class="goal-text">{text.clone()}</span>
            <span class="goal-state">
                <span class="goal-word">{move || standing_word(standing(), st)}</span>
                <span class="goal-now">
                    {st.now_label}
                    " "
                    <strong class="goal-value">{current}</strong>
                </span>
            </span>
            <span
                class="goal-bar"
                role="progressbar"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || format!("{:.0}", percent())
                aria-label=text
            >
                <span class="goal-fill" style=move || format!("width: {:.1}%", percent())></span>
            </span>
        </li>
    }
    .into_any()
}
