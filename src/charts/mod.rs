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
mod series_chart;

pub use clv_chart::ClvChart;
pub use experience_chart::ExperienceChart;
pub use finance_chart::FinanceChart;
pub use nps_chart::NpsChart;
pub use phases_chart::PhasesChart;

use crate::session::{Session, use_session};
use crate::state::chart_series::week_range;
use leptos::prelude::*;
use line_chart::{ChartSpec, Line};
use palette::Palette;
use std::ops::Range;
use web_sys::HtmlCanvasElement;

/// What every chart needs besides its own series: the history, the week axis and the markers.
fn with_history<R>(
    session: Session,
    f: impl FnOnce(&[model::Snapshot], Range<f64>, &[u32]) -> R,
) -> R {
    let markers = session.change_weeks.get_untracked();
    session.with_live(|live| {
        let state = live.state();
        let weeks = week_range(state.run().scenario.weeks, state.week());
        f(live.history(), weeks, &markers)
    })
}

/// A drawing error is a bug, not something the learner can fix: report it for developers.
fn report(result: Result<(), Box<dyn std::error::Error>>) {
    if let Err(error) = result {
        web_sys::console::error_1(&format!("drawing a chart failed: {error}").into());
    }
}

/// The draw callback of a chart card: `plot` turns the history into the value range and the
/// lines; the week axis, the markers, the texts shared by all charts and error reporting are
/// added here.
pub(crate) fn drawer(
    y_desc: &'static str,
    y_format: impl Fn(f64) -> String + 'static,
    zero_line: bool,
    plot: impl Fn(&[model::Snapshot], &Palette) -> (Range<f64>, Vec<Line>) + 'static,
) -> impl Fn(&HtmlCanvasElement, f64, &Palette) + 'static {
    let session = use_session();
    let x_desc = crate::i18n::texts().axis_week;
    move |canvas, ratio, palette| {
        with_history(session, |history, weeks, markers| {
            let (values, lines) = plot(history, palette);
            let spec = ChartSpec {
                weeks,
                values,
                x_desc,
                y_desc,
                y_format: &y_format,
                lines,
                markers,
                zero_line,
            };
            report(line_chart::draw(canvas, ratio, palette, &spec));
        });
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
