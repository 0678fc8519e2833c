//! The result of a lesson at the end of its weeks: every assignment met or not, the key figures at
//! the start and the end, and the questions for the debrief.

use super::goal_row::{GoalRow, standing_word};
use super::goal_text::{format_value, metric_label};
use super::modal::Modal;
use super::progress::{Standing, met_count};
use super::ui_state::{Dialog, use_scenario_ui};
use crate::i18n::{current_language, scenario_texts};
use leptos::prelude::*;
use model::{Language, Metric, Scenario, Snapshot};

/// The figures the result view compares between week 0 and the end.
pub const KEY_FIGURES: [&str; 7] = [
    "nps",
    "satisfaction",
    "active_customers",
    "retention_rate",
    "clv_wxa_net",
    "clv_wxa",
    "cumulative_profit",
];

/// The texts and figures of the result view, prepared from the scenario and the run in one
/// language.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultsContent {
    pub title: String,
    /// The assignments' titles, in order.
    pub assignments: Vec<String>,
    /// The debrief questions.
    pub debrief: Vec<String>,
    /// The snapshot of week 0 and of the week on screen.
    pub first: Snapshot,
    pub last: Snapshot,
}

impl ResultsContent {
    /// The result of `scenario` after `history` (week 0 first), in `lang`.
    pub fn of(scenario: &Scenario, history: &[Snapshot], lang: Language) -> ResultsContent {
        ResultsContent {
            title: scenario.title.get(lang).to_string(),
            assignments: scenario
                .assignments
                .iter()
                .map(|a| a.title.get(lang).to_string())
                .collect(),
            debrief: scenario
                .debrief
                .iter()
                .map(|q| q.get(lang).to_string())
                .collect(),
            first: history.first().copied().unwrap_or_default(),
            last: history.last().copied().unwrap_or_default(),
        }
    }
}

#[component]
pub fn ResultsDialog() -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let lang = current_language();
    let close = Callback::new(move |_| ui.dialog.set(Dialog::None));
    let ResultsContent {
        title,
        assignments,
        debrief,
        first,
        last,
    } = ui
        .session
        .with_live(|live| ResultsContent::of(&live.state().run().scenario, live.history(), lang));
    let (met, total) = ui.progress.with_untracked(|p| met_count(p));
    view! {
        <Modal id="resultaat" class="modal-wide" labelled_by="resultaat-titel" on_close=close>
            <header class="modal-head">
                <div>
                    <p class="modal-kicker">{st.results_heading}" · "{(st.week_of)(last.week, last.week)}</p>
                    <h2 id="resultaat-titel">{title}</h2>
                    <p class="results-summary" data-met=met data-total=total>
                        {(st.results_summary)(met, total)}
                    </p>
                </div>
            </header>
            <div class="results-grid">
                <section class="results-assignments" aria-label=st.assignments_heading>
                    {assignments
                        .into_iter()
                        .enumerate()
                        .map(|(index, title)| view! { <AssignmentResult index title/> })
                        .collect_view()}
                </section>
                <section class="results-figures" aria-labelledby="resultaat-kerncijfers">
                    <h3 id="resultaat-kerncijfers">{st.key_figures_heading}</h3>
                    <FiguresTable first last class=""/>
                </section>
            </div>
            <crate::classroom::ResultCodeBox/>
            {(!debrief.is_empty()).then(|| view! {
                <section class="debrief" aria-labelledby="nabespreking">
                    <h3 id="nabespreking">{st.debrief_heading}</h3>
                    <ol>{debrief.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ol>
                </section>
            })}
            <footer class="modal-foot">
                <crate::report::ReportButton id="resultaat-verslag"/>
                <button type="button" class="button" on:click=move |_| ui.dialog.set(Dialog::Picker)>
                    {st.other_lesson}
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        ui.session.reset();
                        ui.dialog.set(Dialog::None);
                    }
                >
                    {st.play_again}
                </button>
                <button type="button" class="button button-primary" on:click=move |_| close.run(())>
                    {st.keep_looking}
                </button>
            </footer>
        </Modal>
    }
}

/// One assignment with its standing and every goal's row (the result view and the report).
#[component]
pub fn AssignmentResult(index: usize, title: String) -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let standing = move || {
        ui.progress
            .with(|p| p.get(index).map_or(Standing::NotYet, |a| a.standing))
    };
    let goals = ui.with_scenario(|s| s.assignments[index].goals.len());
    view! {
        <section class="assignment" data-status=move || standing().key()>
            <div class="assignment-head">
                <h3>{title}</h3>
                <span class="assignment-badge">{move || standing_word(standing(), st)}</span>
            </div>
            <ul class="goals" role="list">
                {(0..goals).map(|goal| view! { <GoalRow assignment=index goal/> }).collect_view()}
            </ul>
        </section>
    }
}

/// The key figures in week 0 and in the week reached, as a table (the result view and the report).
#[component]
pub fn FiguresTable(first: Snapshot, last: Snapshot, class: &'static str) -> impl IntoView {
    let st = scenario_texts();
    let rows = KEY_FIGURES
        .iter()
        .filter_map(|key| Metric::from_key(key))
        .map(|metric| figure_row(metric, &first, &last))
        .collect_view();
    view! {
        <table class=class>
            <thead>
                <tr>
                    <th scope="col"></th>
                    <th scope="col">{st.at_start}</th>
                    <th scope="col">{st.at_end}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One key figure: its name, value in week 0 and value at the end.
fn figure_row(metric: Metric, first: &Snapshot, last: &Snapshot) -> impl IntoView + use<> {
    let st = scenario_texts();
    let (label, unit) = metric_label(metric, current_language());
    let start = format_value(unit, metric.value(first), st);
    let end = format_value(unit, metric.value(last), st);
    view! {
        <tr data-figure=metric.key()>
            <th scope="row">{label}</th>
            <td>{start}</td>
            <td class="figure-end">{end}</td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::ResultsContent;
    use model::catalog::bundled_by_id;
    use model::{Language, Run};

    #[test]
    fn the_result_compares_week_zero_with_the_week_reached() {
        let scenario = bundled_by_id("overpromising").unwrap().clone();
        let history = Run::new(scenario.clone(), 3).replay(12);
        let c = ResultsContent::of(&scenario, &history, Language::En);
        assert_eq!(c.title, scenario.title.en);
        assert_eq!(c.debrief.len(), scenario.debrief.len());
        assert_eq!(c.assignments.len(), scenario.assignments.len());
        assert_eq!((c.first.week, c.last.week), (0, 12));
    }
}
