//! The live charts: one file per chart, each turning the run's history into a [`ChartSpec`].
//!
//! [`ChartSpec`]: line_chart::ChartSpec

pub mod chart_card;
mod clv_chart;
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
