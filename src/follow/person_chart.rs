//! The followed person's small chart: what they expected, what they experienced and how satisfied
//! they were, week by week while they were a customer (the lines break where they were not).

use crate::charts::chart_card::{ChartCard, LegendEntry};
use crate::charts::line_chart::{self, ChartSpec, Line, Stroke};
use crate::charts::palette::Palette;
use crate::i18n::{follow_texts, texts};
use crate::session::use_session;
use crate::state::chart_series::week_range;
use crate::state::follow_panel::experience_lines;
use leptos::prelude::*;
use plotters::style::RGBColor;

/// The three series: colour variable, fallback colour and stroke, as in the experience chart.
const SERIES: [(&str, RGBColor, Stroke); 3] = [
    ("--series-expectation", RGBColor(213, 94, 0), Stroke::Dashed),
    ("--series-performance", RGBColor(0, 114, 178), Stroke::Solid),
    (
        "--series-satisfaction",
        RGBColor(0, 158, 115),
        Stroke::Solid,
    ),
];

#[component]
pub fn PersonChart() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let f = follow_texts();
    let labels = [
        t.series_expectation,
        t.series_performance,
        t.series_satisfaction,
    ];
    let legend: Vec<LegendEntry> = SERIES
        .iter()
        .zip(labels)
        .map(|((var, _, stroke), label)| LegendEntry {
            label,
            color_var: var,
            dashed: *stroke == Stroke::Dashed,
        })
        .collect();
    let draw = move |canvas: &web_sys::HtmlCanvasElement, ratio: f64, palette: &Palette| {
        let Some(index) = session.followed.get_untracked() else {
            return;
        };
        let markers = session.change_weeks.get_untracked();
        session.with_live(|live| {
            let Some(followed) = live.simulation().followed() else {
                return;
            };
            if followed.index() != index {
                return;
            }
            let state = live.state();
            let lines: Vec<Line> = experience_lines(followed)
                .into_iter()
                .zip(SERIES)
                .flat_map(|(stretches, (var, fallback, stroke))| {
                    let color = palette.color(var, fallback);
                    stretches.into_iter().map(move |points| Line {
                        color,
                        points,
                        stroke,
                    })
                })
                .collect();
            let y_format = |v: f64| t.numbers.format(v, 0);
            let events = crate::state::scenario_events::event_bands(
                &state.run().scenario.events,
                state.week(),
            );
            let spec = ChartSpec {
                weeks: week_range(state.run().scenario.weeks, state.week()),
                values: 0.0..10.0,
                x_desc: t.axis_week,
                y_desc: t.axis_score,
                y_format: &y_format,
                lines,
                markers: &markers,
                fork: session.fork_week.get_untracked(),
                events: &events,
                zero_line: false,
            };
            if let Err(error) = line_chart::draw(canvas, ratio, palette, &spec) {
                web_sys::console::error_1(&format!("drawing a chart failed: {error}").into());
            }
        });
    };
    view! {
        <ChartCard
            id="grafiek-klant"
            title=f.chart_title
            legend=legend.clone()
            compare_legend=legend
            draw=draw
        />
    }
}
