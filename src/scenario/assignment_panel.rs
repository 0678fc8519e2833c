//! The assignment panel beside the simulator: every assignment with its goals turning met or not met
//! live, the weeks played, and hints on request.

use super::goal_row::{GoalRow, standing_word};
use super::progress::Standing;
use super::ui_state::{Dialog, use_scenario_ui};
use crate::i18n::{current_language, scenario_texts};
use leptos::prelude::*;
use model::Localized;

#[component]
pub fn AssignmentPanel() -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let visible = move || ui.panel_open.get() && ui.with_scenario(|s| !s.assignments.is_empty());
    let weeks = move || ui.with_scenario(|s| s.weeks);
    let week = move || ui.session.latest.with(|s| s.week);
    let at_end = move || week() >= weeks();
    let fill = move || {
        format!(
            "width: {:.1}%",
            100.0 * f64::from(week().min(weeks())) / f64::from(weeks().max(1))
        )
    };
    view! {
        <Show when=visible>
            <aside class="assignment-panel card" id="opdrachten" aria-labelledby="opdrachten-titel">
                <header class="panel-head">
                    <h2 id="opdrachten-titel">{st.panel_title}</h2>
                    <button
                        type="button"
                        class="panel-close"
                        aria-label=st.hide_panel
                        title=st.hide_panel
                        on:click=move |_| ui.panel_open.set(false)
                    >
                        "×"
                    </button>
                </header>
                <div class="panel-time">
                    <span id="opdracht-week">{move || (st.week_of)(week(), weeks())}</span>
                    <span class="time-track" aria-hidden="true">
                        <span class="time-fill" style=fill></span>
                    </span>
                </div>
                <div class="panel-scroll">
                    {move || {
                        let count = ui.with_scenario(|s| s.assignments.len());
                        (0..count).map(|index| view! { <AssignmentCard index/> }).collect_view()
                    }}
                </div>
                <Show when=at_end>
                    <button
                        type="button"
                        class="button button-primary panel-results"
                        on:click=move |_| ui.dialog.set(Dialog::Results)
                    >
                        {st.show_results}
                    </button>
                </Show>
            </aside>
        </Show>
    }
}

/// One assignment: state, title, description, goals and hints.
#[component]
fn AssignmentCard(index: usize) -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let lang = current_language();
    let (id, title, description, goals, hints) = ui.with_scenario(|s| {
        let a = &s.assignments[index];
        (
            a.id.clone(),
            a.title.get(lang).to_string(),
            a.description.get(lang).to_string(),
            a.goals.len(),
            a.hints.clone(),
        )
    });
    let standing = Memo::new(move |_| {
        ui.progress
            .with(|p| p.get(index).map_or(Standing::NotYet, |a| a.standing))
    });
    view! {
        <section class="assignment" data-assignment=id data-status=move || standing.get().key()>
            <div class="assignment-head">
                <h3>{title}</h3>
                <span class="assignment-badge">{move || standing_word(standing.get(), st)}</span>
            </div>
            {(!description.is_empty()).then(|| view! { <p class="assignment-text">{description}</p> })}
            <ul class="goals" role="list">
                {(0..goals).map(|goal| view! { <GoalRow assignment=index goal/> }).collect_view()}
            </ul>
            <Hints index hints/>
        </section>
    }
}

/// The hints of assignment `index`, shown one at a time.
#[component]
fn Hints(index: usize, hints: Vec<Localized>) -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let lang = current_language();
    let total = hints.len();
    let shown = move || {
        ui.hints_shown
            .with(|h| h.get(index).copied().unwrap_or(0))
            .min(total)
    };
    let texts: Vec<String> = hints.iter().map(|h| h.get(lang).to_string()).collect();
    (total > 0).then(|| {
        view! {
            <div class="hints">
                <ol class="hint-list">
                    {move || {
                        texts[..shown()]
                            .iter()
                            .map(|t| view! { <li>{t.clone()}</li> })
                            .collect_view()
                    }}
                </ol>
                <Show when=move || { shown() < total }>
                    <button type="button" class="hint-button" on:click=move |_| ui.reveal_hint(index)>
                        <span aria-hidden="true" class="hint-icon">"?"</span>
                        {move || (st.hint_button)(shown() + 1, total)}
                    </button>
                </Show>
            </div>
        }
    })
}
