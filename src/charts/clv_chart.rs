//! Customer lifetime value: CLV = W × A on net margin (what the pyramid counts) and on gross margin,
//! and the discounted CLV on net margin. The gross line is dashed in the colour of its net line.

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
            label: t.series_clv_wxa_net,
            css_var: "--series-clv",
            fallback: RGBColor(0, 114, 178),
            stroke: Stroke::Solid,
            value: |s| s.clv_wxa_net,
            format: ValueFormat::Euros,
            compared: true,
        },
        SeriesSpec {
            label: t.series_clv_wxa,
            css_var: "--series-clv",
            fallback: RGBColor(0, 114, 178),
            stroke: Stroke::Dashed,
            value: |s| s.clv_wxa,
            format: ValueFormat::Euros,
            compared: false,
        },
        SeriesSpec {
            label: t.series_clv_discounted_net,
            css_var: "--series-clv-discounted",
            fallback: RGBColor(86, 180, 233),
            stroke: Stroke::Solid,
            value: |s| s.clv_discounted_net,
            format: ValueFormat::Euros,
            compared: true,
        },
    ]
}

#[component]
pub fn ClvChart() -> impl IntoView {
    let t = texts();
    series_chart(SeriesChart {
        id: "grafiek-clv",
        title: t.chart_clv,
        series: series(t),
        draw_order: DrawOrder::Legend,
        values: ValueAxis::Fit {
            floor: 0.0,
            ceiling: 100.0,
        },
        y_desc: t.axis_euro_per_customer,
        y_format: |v| t.numbers.euros_axis(v),
        zero_line: true,
        summary: 0,
    })
}
