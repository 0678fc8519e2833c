//! Expectation vs experienced performance vs satisfaction (verwachting, ervaring, tevredenheid).

use super::chart_card::{ChartCard, LegendEntry};
use super::line_chart::{self, ChartSpec, Line, Stroke};
use super::{report, with_history};
use crate::i18n::texts;
use crate::session::use_session;
use crate::state::chart_series::series;
use leptos::prelude::*;
use plotters::style::RGBColor;

#[component]
pub fn ExperienceChart() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let draw =
        move |canvas: &web_sys::HtmlCanvasElement, ratio, palette: &super::palette::Palette| {
            with_history(session, |history, weeks, markers| {
                let spec = ChartSpec {
                    weeks,
                    values: 0.0..10.0,
                    x_desc: t.axis_week,
                    y_desc: t.axis_score,
                    y_format: &|v| t.numbers.format(v, 0),
                    lines: vec![
                        Line {
                            color: palette.color("--series-expectation", RGBColor(213, 94, 0)),
                            points: series(history, |s| s.expectation),
                            stroke: Stroke::Dashed,
                        },
                        Line {
                            color: palette.color("--series-performance", RGBColor(0, 114, 178)),
                            points: series(history, |s| s.performance),
                            stroke: Stroke::Solid,
                        },
                        Line {
                            color: palette.color("--series-satisfaction", RGBColor(0, 158, 115)),
                            points: series(history, |s| s.satisfaction),
                            stroke: Stroke::Solid,
                        },
                    ],
                    markers,
                    zero_line: false,
                };
                report(line_chart::draw(canvas, ratio, palette, &spec));
            });
        };
    view! {
        <ChartCard
            id="grafiek-ervaring"
            title=t.chart_experience
            legend=vec![
                LegendEntry::dashed(t.series_expectation, "--series-expectation"),
                LegendEntry::solid(t.series_performance, "--series-performance"),
                LegendEntry::solid(t.series_satisfaction, "--series-satisfaction"),
            ]
            draw=draw
        />
    }
}
