//! What every chart's drawing shares: the histories (two while comparing), the week axis, the policy-change markers, the
//! texts of all charts and the reporting of a drawing error. Each chart file adds its own series.

use super::line_chart::{self, ChartSpec, Line};
use super::palette::Palette;
use crate::session::{Session, use_session};
use crate::state::chart_series::week_range;
use leptos::prelude::*;
use model::Snapshot;
use std::ops::Range;
use web_sys::HtmlCanvasElement;

/// The snapshots a chart draws: the played run, and run A while comparing ("Wat als?").
#[derive(Clone, Copy)]
pub struct Histories<'a> {
    /// The run the levers control (B while comparing).
    pub current: &'a [Snapshot],
    /// Run A of a comparison.
    pub original: Option<&'a [Snapshot]>,
}

/// What every chart needs besides its own series: the histories, the week axis, the markers and
/// the bands of the events that have begun.
fn with_histories<R>(
    session: Session,
    f: impl FnOnce(Histories, Range<f64>, &[u32], &[Range<f64>]) -> R,
) -> R {
    let markers = session.change_weeks.get_untracked();
    session.with_live(|live| {
        session.with_original(|original| {
            let state = live.state();
            let weeks = week_range(state.run().scenario.weeks, state.week());
            let events = crate::state::scenario_events::event_bands(
                &state.run().scenario.events,
                state.week(),
            );
            let histories = Histories {
                current: live.history(),
                original: original.map(|run| run.history()),
            };
            f(histories, weeks, &markers, &events)
        })
    })
}

/// The name of the mark in the browser's performance timeline when the first chart is drawn:
/// the first-paint figure of the deploy browser test (time since navigation start).
pub const FIRST_CHART_MARK: &str = "klantcyclus-eerste-grafiek";

/// A drawing error is a bug, not something the learner can fix: report it for developers.
/// The first chart drawn on the page leaves [`FIRST_CHART_MARK`].
fn report(result: Result<(), Box<dyn std::error::Error>>) {
    match result {
        Ok(()) => mark_first_chart(),
        Err(error) => web_sys::console::error_1(&format!("drawing a chart failed: {error}").into()),
    }
}

fn mark_first_chart() {
    thread_local! {
        static MARKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if MARKED.replace(true) {
        return;
    }
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        // A timeline that refuses marks only loses a figure for developers.
        let _ = performance.mark(FIRST_CHART_MARK);
    }
}

/// The time of the canvas' latest drawing (`performance.now()`, ms) in `data-drawn-at`: how
/// the browser tests measure how soon a lever change shows in the charts.
fn mark_drawn(canvas: &HtmlCanvasElement) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = canvas.set_attribute("data-drawn-at", &format!("{:.1}", performance.now()));
    }
}

/// The draw callback of a chart card: `plot` turns the history into the value range and the
/// lines; the week axis, the markers, the texts shared by all charts and error reporting are
/// added here.
pub(crate) fn drawer(
    y_desc: &'static str,
    y_format: impl Fn(f64) -> String + 'static,
    zero_line: bool,
    plot: impl Fn(Histories, &Palette) -> (Range<f64>, Vec<Line>) + 'static,
) -> impl Fn(&HtmlCanvasElement, f64, &Palette) + 'static {
    let session = use_session();
    let x_desc = crate::i18n::texts().axis_week;
    move |canvas, ratio, palette| {
        with_histories(session, |histories, weeks, markers, events| {
            let (values, lines) = plot(histories, palette);
            let spec = ChartSpec {
                weeks,
                values,
                x_desc,
                y_desc,
                y_format: &y_format,
                lines,
                markers,
                fork: session.fork_week.get_untracked(),
                events,
                zero_line,
            };
            report(line_chart::draw(canvas, ratio, palette, &spec));
        });
        mark_drawn(canvas);
    }
}
