//! The live charts: one file per chart, each turning the run's history into a [`ChartSpec`].
//!
//! [`ChartSpec`]: line_chart::ChartSpec

pub mod chart_card;
mod clv_chart;
mod experience_chart;
mod finance_chart;
pub mod hidpi;
pub mod line_chart;
mod nps_chart;
pub mod palette;
mod phases_chart;

pub use clv_chart::ClvChart;
pub use experience_chart::ExperienceChart;
pub use finance_chart::FinanceChart;
pub use nps_chart::NpsChart;
pub use phases_chart::PhasesChart;

use crate::session::Session;
use crate::state::chart_series::week_range;
use leptos::prelude::*;
use std::ops::Range;

/// What every chart needs besides its own series: the history, the week axis and the markers.
pub(crate) fn with_history<R>(
    session: Session,
    f: impl FnOnce(&[crate::sim::Snapshot], Range<f64>, &[u32]) -> R,
) -> R {
    let markers = session.change_weeks.get_untracked();
    session.with_live(|live| {
        let state = live.state();
        let weeks = week_range(state.run().scenario.weeks, state.week());
        f(live.history(), weeks, &markers)
    })
}

/// A drawing error is a bug, not something the learner can fix: report it for developers.
pub(crate) fn report(result: Result<(), Box<dyn std::error::Error>>) {
    if let Err(error) = result {
        web_sys::console::error_1(&format!("drawing a chart failed: {error}").into());
    }
}

/// All five charts.
#[component]
pub fn Charts() -> impl IntoView {
    view! {
        <section class="charts" aria-label=crate::i18n::texts().charts_heading>
            <PhasesChart/>
            <ExperienceChart/>
            <NpsChart/>
            <ClvChart/>
            <FinanceChart/>
        </section>
    }
}
