//! A line chart described once per series: each [`SeriesSpec`] gives both its legend entry and
//! its drawn line, so a chart file states only what is its own.

use super::chart_card::{ChartCard, LegendEntry};
use super::drawer::drawer;
use super::line_chart::{Line, Stroke};
use super::palette::Palette;
use crate::state::chart_series::{series, value_range};
use crate::state::chart_table::{ChartData, DataColumn, ValueFormat};
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
    /// How its values are written in the chart's table and summary.
    pub format: ValueFormat,
    /// Drawn for both runs while comparing ("Wat als?"); the chart's other series are left out
    /// then, so the two runs stay readable.
    pub compared: bool,
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
        self.line_as(history, palette, self.stroke)
    }

    fn line_as(&self, history: &[Snapshot], palette: &Palette, stroke: Stroke) -> Line {
        Line {
            color: palette.color(self.css_var, self.fallback),
            points: series(history, self.value),
            stroke,
        }
    }
}

/// The legend while comparing: the colour of each compared series, then which stroke is which run.
pub fn comparison_legend(
    series: impl IntoIterator<Item = (&'static str, &'static str)>,
) -> Vec<LegendEntry> {
    let t = crate::i18n::class_texts();
    series
        .into_iter()
        .map(|(label, color_var)| LegendEntry::solid(label, color_var))
        .chain([
            LegendEntry::solid(t.what_if_a_short, "--chart-text"),
            LegendEntry::dashed(t.what_if_b_short, "--chart-text"),
            LegendEntry::solid(t.fork_marker, "--chart-marker"),
        ])
        .collect()
}

/// The lines of both runs while comparing: A solid, B dashed over it in the same colour, so where
/// they agree (before the fork) they look like one line.
pub fn compared_lines<'a>(
    series: impl IntoIterator<Item = &'a SeriesSpec>,
    current: &[Snapshot],
    original: &[Snapshot],
    palette: &Palette,
) -> Vec<Line> {
    let series: Vec<&SeriesSpec> = series.into_iter().filter(|s| s.compared).collect();
    let a = series
        .iter()
        .map(|s| s.line_as(original, palette, Stroke::Solid));
    let b = series
        .iter()
        .map(|s| s.line_as(current, palette, Stroke::Dashed));
    a.chain(b).collect()
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
    /// The series (index into `series`) the spoken summary follows.
    pub summary: usize,
}

/// The chart card of `chart`: legend and lines both from its series.
pub fn series_chart<F: Fn(f64) -> String + 'static>(chart: SeriesChart<F>) -> impl IntoView {
    let legend = chart.series.iter().map(SeriesSpec::legend_entry).collect();
    let data = ChartData {
        columns: chart
            .series
            .iter()
            .map(|s| DataColumn {
                label: s.label,
                value: s.value,
                format: s.format,
            })
            .collect(),
        summary: chart.summary,
    };
    let compare_legend = comparison_legend(
        chart
            .series
            .iter()
            .filter(|s| s.compared)
            .map(|s| (s.label, s.css_var)),
    );
    let mut drawn = chart.series;
    if chart.draw_order == DrawOrder::SolidOnTop {
        drawn.sort_by_key(|s| s.stroke != Stroke::Dashed);
    }
    let values = chart.values;
    let draw = drawer(
        chart.y_desc,
        chart.y_format,
        chart.zero_line,
        move |histories, palette| {
            let lines: Vec<Line> = match histories.original {
                Some(original) => compared_lines(&drawn, histories.current, original, palette),
                None => drawn
                    .iter()
                    .map(|s| s.line(histories.current, palette))
                    .collect(),
            };
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
    view! {
        <ChartCard
            id=chart.id
            title=chart.title
            legend=legend
            compare_legend=compare_legend
            draw=draw
            data=data
        />
    }
}
