//! Revenue, costs and profit per week (omzet, kosten, winst).

use super::line_chart::Stroke;
use super::series_chart::{DrawOrder, SeriesChart, SeriesSpec, ValueAxis, series_chart};
use crate::i18n::{Texts, texts};
use crate::state::chart_table::ValueFormat;
use leptos::prelude::*;
use plotters::style::RGBColor;

/// The series of this chart, in legend order.
pub(crate) fn series(t: &'static Texts) -> Vec<SeriesSpec> {
    vec![
        SeriesSpec {
            label: t.series_revenue,
            css_var: "--series-revenue",
            fallback: RGBColor(0, 114, 178),
            stroke: Stroke::Solid,
            value: |s| s.revenue,
            format: ValueFormat::Euros,
            compared: true,
        },
        SeriesSpec {
            label: t.series_costs,
            css_var: "--series-costs",
            fallback: RGBColor(213, 94, 0),
            stroke: Stroke::Dashed,
            value: |s| s.costs,
            format: ValueFormat::Euros,
            compared: true,
        },
        SeriesSpec {
            label: t.series_profit,
            css_var: "--series-profit",
            fallback: RGBColor(0, 158, 115),
            stroke: Stroke::Solid,
            value: |s| s.profit,
            format: ValueFormat::Euros,
            compared: true,
        },
    ]
}

#[component]
pub fn FinanceChart() -> impl IntoView {
    let t = texts();
    series_chart(SeriesChart {
        id: "grafiek-financien",
        title: t.chart_finance,
        series: series(t),
        draw_order: DrawOrder::Legend,
        values: ValueAxis::Fit {
            floor: 0.0,
            ceiling: 100.0,
        },
        y_desc: t.axis_euro,
        y_format: |v| t.numbers.euros_axis(v),
        zero_line: true,
        summary: 2,
    })
}
