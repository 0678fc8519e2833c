//! Customer lifetime value: CLV = W × A and the discounted CLV.

use super::chart_card::{ChartCard, LegendEntry};
use super::line_chart::{self, ChartSpec, Line, Stroke};
use super::{report, with_history};
use crate::i18n::texts;
use crate::session::use_session;
use crate::state::chart_series::{series, value_range};
use leptos::prelude::*;
use plotters::style::RGBColor;

#[component]
pub fn ClvChart() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let draw = move |canvas: &web_sys::HtmlCanvasElement,
                     ratio,
                     palette: &super::palette::Palette| {
        with_history(session, |history, weeks, markers| {
            let wxa = series(history, |s| s.clv_wxa);
            let discounted = series(history, |s| s.clv_discounted);
            let values = value_range(wxa.iter().chain(discounted.iter()).map(|p| p.1), 0.0, 100.0);
            let spec = ChartSpec {
                weeks,
                values,
                x_desc: t.axis_week,
                y_desc: t.axis_euro_per_customer,
                y_format: &|v| t.numbers.euros_axis(v),
                lines: vec![
                    Line {
                        color: palette.color("--series-clv", RGBColor(0, 114, 178)),
                        points: wxa,
                        stroke: Stroke::Solid,
                    },
                    Line {
                        color: palette.color("--series-clv-discounted", RGBColor(86, 180, 233)),
                        points: discounted,
                        stroke: Stroke::Dashed,
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
            id="grafiek-clv"
            title=t.chart_clv
            legend=vec![
                LegendEntry::solid(t.series_clv_wxa, "--series-clv"),
                LegendEntry::dashed(t.series_clv_discounted, "--series-clv-discounted"),
            ]
            draw=draw
        />
    }
}
