//! Net Promoter Score with the three groups it is made of (promoters, passives, detractors).

use super::chart_card::{ChartCard, LegendEntry};
use super::line_chart::{self, ChartSpec, Line, Stroke};
use super::{report, with_history};
use crate::i18n::texts;
use crate::session::use_session;
use crate::sim::Snapshot;
use crate::state::chart_series::series;
use leptos::prelude::*;
use plotters::style::RGBColor;

/// Share of the answering customers in one group, in percent (0 when nobody answered).
fn percent(group: u32, s: &Snapshot) -> f64 {
    let total = s.promoters + s.passives + s.detractors;
    if total == 0 {
        0.0
    } else {
        100.0 * f64::from(group) / f64::from(total)
    }
}

#[component]
pub fn NpsChart() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let draw =
        move |canvas: &web_sys::HtmlCanvasElement, ratio, palette: &super::palette::Palette| {
            with_history(session, |history, weeks, markers| {
                let spec = ChartSpec {
                    weeks,
                    values: -100.0..100.0,
                    x_desc: t.axis_week,
                    y_desc: t.axis_nps,
                    y_format: &|v| t.numbers.format_signed(v, 0),
                    lines: vec![
                        Line {
                            color: palette.color("--series-promoters", RGBColor(0, 158, 115)),
                            points: series(history, |s| percent(s.promoters, s)),
                            stroke: Stroke::Dashed,
                        },
                        Line {
                            color: palette.color("--series-passives", RGBColor(150, 150, 150)),
                            points: series(history, |s| percent(s.passives, s)),
                            stroke: Stroke::Dashed,
                        },
                        Line {
                            color: palette.color("--series-detractors", RGBColor(213, 94, 0)),
                            points: series(history, |s| percent(s.detractors, s)),
                            stroke: Stroke::Dashed,
                        },
                        Line {
                            color: palette.color("--series-nps", RGBColor(30, 40, 60)),
                            points: series(history, |s| s.nps),
                            stroke: Stroke::Solid,
                        },
                    ],
                    markers,
                    zero_line: true,
                };
                report(line_chart::draw(canvas, ratio, palette, &spec));
            });
        };
    view! {
        <ChartCard
            id="grafiek-nps"
            title=t.chart_nps
            legend=vec![
                LegendEntry::solid(t.series_nps, "--series-nps"),
                LegendEntry::dashed(t.series_promoters, "--series-promoters"),
                LegendEntry::dashed(t.series_passives, "--series-passives"),
                LegendEntry::dashed(t.series_detractors, "--series-detractors"),
            ]
            draw=draw
        />
    }
}
