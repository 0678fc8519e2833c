//! The live charts: one file per chart, each turning the run's history into a [`ChartSpec`].
//!
//! [`ChartSpec`]: line_chart::ChartSpec

pub mod chart_card;
mod clv_chart;
#[cfg(test)]
mod colour_vision;
mod drawer;
mod experience_chart;
mod finance_chart;
pub mod hidpi;
pub mod line_chart;
mod nps_chart;
pub mod palette;
mod phases_chart;
mod series_chart;

pub use clv_chart::ClvChart;
pub use experience_chart::ExperienceChart;
pub use finance_chart::FinanceChart;
pub use nps_chart::NpsChart;
pub use phases_chart::PhasesChart;

use leptos::prelude::*;

/// The five charts' titles, in the order they are shown.
pub fn chart_titles(t: &crate::i18n::Texts) -> [&'static str; 5] {
    [
        t.chart_phases,
        t.chart_experience,
        t.chart_nps,
        t.chart_clv,
        t.chart_finance,
    ]
}

/// All five charts. In projector mode one is shown at a time, chosen from a list in its place.
#[component]
pub fn Charts() -> impl IntoView {
    let session = crate::session::use_session();
    let t = crate::i18n::texts();
    let c = crate::i18n::class_texts();
    let shown = RwSignal::new(0usize);
    let column = crate::follow::use_column_view();
    let titles = chart_titles(t);
    let options = titles
        .into_iter()
        .enumerate()
        .map(|(index, title)| {
            view! {
                <option value=index.to_string() selected=move || shown.get() == index>
                    {title}
                </option>
            }
        })
        .collect_view();
    view! {
        <section
            class="charts"
            aria-label=t.charts_heading
            data-shown=move || shown.get().to_string()
            data-view=move || column.get().key()
        >
            <crate::follow::ColumnSwitch/>
            <label class="chart-choice">
                <span class="visually-hidden">{c.chart_choice_label}</span>
                <select
                    id="grafiek-keuze"
                    on:change=move |event| {
                        if let Ok(index) = event_target_value(&event).parse::<usize>() {
                            shown.set(index.min(titles.len() - 1));
                            // The chart just shown had no size while hidden.
                            session.chart_version.update(|v| *v += 1);
                        }
                    }
                >
                    {options}
                </select>
            </label>
            <PhasesChart/>
            <ExperienceChart/>
            <NpsChart/>
            <ClvChart/>
            <FinanceChart/>
            <Show when=move || column.get() == crate::follow::ColumnView::Follow>
                <crate::follow::FollowCard/>
            </Show>
        </section>
    }
}
