//! Net Promoter Score with the three groups it is made of (promoters, passives, detractors).

use super::line_chart::Stroke;
use super::series_chart::{DrawOrder, SeriesChart, SeriesSpec, ValueAxis, series_chart};
use crate::i18n::{Texts, texts};
use crate::state::chart_table::ValueFormat;
use leptos::prelude::*;
use model::Snapshot;
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

/// The series of this chart, in legend order.
pub(crate) fn series(t: &'static Texts) -> Vec<SeriesSpec> {
    vec![
        SeriesSpec {
            label: t.series_nps,
            css_var: "--series-nps",
            fallback: RGBColor(30, 40, 60),
            stroke: Stroke::Solid,
            value: |s| s.nps,
            format: ValueFormat::Signed,
            compared: true,
        },
        SeriesSpec {
            label: t.series_promoters,
            css_var: "--series-promoters",
            fallback: RGBColor(0, 158, 115),
            stroke: Stroke::Dashed,
            value: |s| percent(s.promoters, s),
            format: ValueFormat::Percent,
            compared: false,
        },
        SeriesSpec {
            label: t.series_passives,
            css_var: "--series-passives",
            fallback: RGBColor(150, 150, 150),
            stroke: Stroke::Dashed,
            value: |s| percent(s.passives, s),
            format: ValueFormat::Percent,
            compared: false,
        },
        SeriesSpec {
            label: t.series_detractors,
            css_var: "--series-detractors",
            fallback: RGBColor(213, 94, 0),
            stroke: Stroke::Dashed,
            value: |s| percent(s.detractors, s),
            format: ValueFormat::Percent,
            compared: false,
        },
    ]
}

#[component]
pub fn NpsChart() -> impl IntoView {
    let t = texts();
    series_chart(SeriesChart {
        id: "grafiek-nps",
        title: t.chart_nps,
        series: series(t),
        // The NPS itself over the three groups it is made of.
        draw_order: DrawOrder::SolidOnTop,
        values: ValueAxis::Fixed(-100.0..100.0),
        y_desc: t.axis_nps,
        y_format: |v| t.numbers.format_signed(v, 0),
        zero_line: true,
        summary: 0,
    })
}
