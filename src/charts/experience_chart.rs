//! Expectation vs experienced performance vs satisfaction (verwachting, ervaring, tevredenheid).

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
            label: t.series_expectation,
            css_var: "--series-expectation",
            fallback: RGBColor(213, 94, 0),
            stroke: Stroke::Dashed,
            value: |s| s.expectation,
            format: ValueFormat::Score,
            compared: true,
        },
        SeriesSpec {
            label: t.series_performance,
            css_var: "--series-performance",
            fallback: RGBColor(0, 114, 178),
            stroke: Stroke::Solid,
            value: |s| s.performance,
            format: ValueFormat::Score,
            compared: true,
        },
        SeriesSpec {
            label: t.series_satisfaction,
            css_var: "--series-satisfaction",
            fallback: RGBColor(0, 158, 115),
            stroke: Stroke::Solid,
            value: |s| s.satisfaction,
            format: ValueFormat::Score,
            compared: true,
        },
    ]
}

#[component]
pub fn ExperienceChart() -> impl IntoView {
    let t = texts();
    series_chart(SeriesChart {
        id: "grafiek-ervaring",
        title: t.chart_experience,
        series: series(t),
        draw_order: DrawOrder::Legend,
        values: ValueAxis::Fixed(0.0..10.0),
        y_desc: t.axis_score,
        y_format: |v| t.numbers.format(v, 0),
        zero_line: false,
        summary: 2,
    })
}
