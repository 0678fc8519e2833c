//! Revenue, costs and profit per week (omzet, kosten, winst).

use super::chart_card::{ChartCard, LegendEntry};
use super::line_chart::{self, ChartSpec, Line, Stroke};
use super::{report, with_history};
use crate::i18n::texts;
use crate::session::use_session;
use crate::state::chart_series::{series, value_range};
use leptos::prelude::*;
use plotters::style::RGBColor;

#[component]
pub fn FinanceChart() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let draw =
        move |canvas: &web_sys::HtmlCanvasElement, ratio, palette: &super::palette::Palette| {
            with_history(session, |history, weeks, markers| {
                let revenue = series(history, |s| s.revenue);
                let costs = series(history, |s| s.costs);
                let profit = series(history, |s| s.profit);
                let values = value_range(
                    revenue.iter().chain(&costs).chain(&profit).map(|p| p.1),
                    0.0,
                    100.0,
                );
                let spec = ChartSpec {
                    weeks,
                    values,
                    x_desc: t.axis_week,
                    y_desc: t.axis_euro,
                    y_format: &|v| t.numbers.euros_axis(v),
                    lines: vec![
                        Line {
                            color: palette.color("--series-revenue", RGBColor(0, 114, 178)),
                            points: revenue,
                            stroke: Stroke::Solid,
                        },
                        Line {
                            color: palette.color("--series-costs", RGBColor(213, 94, 0)),
                            points: costs,
                            stroke: Stroke::Dashed,
                        },
                        Line {
                            color: palette.color("--series-profit", RGBColor(0, 158, 115)),
                            points: profit,
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
            id="grafiek-financien"
            title=t.chart_finance
            legend=vec![
                LegendEntry::solid(t.series_revenue, "--series-revenue"),
                LegendEntry::dashed(t.series_costs, "--series-costs"),
                LegendEntry::solid(t.series_profit, "--series-profit"),
            ]
            draw=draw
        />
    }
}
