//! A line chart described once per series: each [`SeriesSpec`] gives both its legend entry and
//! its drawn line, so a chart file states only what is its own.

use super::chart_card::{ChartCard, LegendEntry};
use super::drawer::drawer;
use super::line_chart::{Line, Stroke};
use super::palette::Palette;
use crate::state::chart_series::{series, value_range};
use leptos::prelude::*;
use model::Snapshot;
use plotters::style::RGBColor;
use std::ops::Range;

/// One series: its legend text, its colour (CSS variable and fallback), how it is drawn and
/// which value of a snapshot it follows.
#[derive(Clone, Copy)]
pub struct SeriesSpec {
    pub label: &'static str,
    pub css_var: &'static str,
    pub fallback: RGBColor,
    pub stroke: Stroke,
    pub value: fn(&Snapshot) -> f64,
}

impl SeriesSpec {
    fn legend_entry(&self) -> LegendEntry {
        LegendEntry {
            label: self.label,
            color_var: self.css_var,
            dashed: self.stroke == Stroke::Dashed,
        }
    }

    fn line(&self, history: &[Snapshot], palette: &Palette) -> Line {
        Line {
            color: palette.color(self.css_var, self.fallback),
            points: series(history, self.value),
            stroke: self.stroke,
        }
    }
}

/// The value axis of a line chart.
pub enum ValueAxis {
    /// Always this range (scores, percentages).
    Fixed(Range<f64>),
    /// Round numbers around every drawn value, at least `floor..ceiling` (see [`value_range`]).
    Fit { floor: f64, ceiling: f64 },
}

/// Which series the canvas paints last (on top).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DrawOrder {
    /// In legend order.
    Legend,
    /// Dashed series first, so the solid ones lie over them.
    SolidOnTop,
}

/// Everything a line chart states about itself.
pub struct SeriesChart<F> {
    /// Element id of the canvas.
    pub id: &'static str,
    pub title: &'static str,
    /// In legend order.
    pub series: Vec<SeriesSpec>,
    pub draw_order: DrawOrder,
    pub values: ValueAxis,
    pub y_desc: &'static str,
    pub y_format: F,
    /// Draw a solid line at value 0.
    pub zero_line: bool,
}

/// The chart card of `chart`: legend and lines both from its series.
pub fn series_chart<F: Fn(f64) -> String + 'static>(chart: SeriesChart<F>) -> impl IntoView {
    let legend = chart.series.iter().map(SeriesSpec::legend_entry).collect();
    let mut drawn = chart.series;
    if chart.draw_order == DrawOrder::SolidOnTop {
        drawn.sort_by_key(|s| s.stroke != Stroke::Dashed);
    }
    let values = chart.values;
    let draw = drawer(
        chart.y_desc,
        chart.y_format,
        chart.zero_line,
        move |history, palette| {
            let lines: Vec<Line> = drawn.iter().map(|s| s.line(history, palette)).collect();
            let values = match &values {
                ValueAxis::Fixed(range) => range.clone(),
                ValueAxis::Fit { floor, ceiling } => value_range(
                    lines.iter().flat_map(|l| l.points.iter().map(|p| p.1)),
                    *floor,
                    *ceiling,
                ),
            };
            (values, lines)
        },
    );
    view! { <ChartCard id=chart.id title=chart.title legend=legend draw=draw/> }
}
