//! Drawing one time chart with plotters on a canvas: axes with units, week on the x-axis,
//! lines or (stacked) areas, and dashed markers where the policy changed.

use super::palette::Palette;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::ops::Range;
use web_sys::HtmlCanvasElement;

/// The page's font stack, also used on the canvas.
pub const FONT: &str = "Inter, system-ui, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";

/// How one series is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    Dashed,
    /// Filled down to the axis (stack areas by drawing the largest cumulative first).
    Area,
}

/// One series of a chart.
pub struct Line {
    pub color: RGBColor,
    pub points: Vec<(f64, f64)>,
    pub stroke: Stroke,
}

/// Everything one chart shows.
pub struct ChartSpec<'a> {
    pub weeks: Range<f64>,
    pub values: Range<f64>,
    pub x_desc: &'a str,
    pub y_desc: &'a str,
    pub y_format: &'a dyn Fn(f64) -> String,
    pub lines: Vec<Line>,
    /// Weeks where the learner changed the policy.
    pub markers: &'a [u32],
    /// While comparing ("Wat als?"): the week run B was forked from run A.
    pub fork: Option<u32>,
    /// The weeks of the lesson's events (gebeurtenissen), from the first week to the week after
    /// the last: a shaded band each.
    pub events: &'a [Range<f64>],
    /// Draw a solid line at value 0 (for values that can be negative).
    pub zero_line: bool,
}

/// Colours and sizes shared by every chart, from the page's CSS variables (so projector mode
/// changes them with the rest of the page).
struct Frame {
    background: RGBColor,
    text: RGBColor,
    grid: RGBColor,
    axis: RGBColor,
    marker: RGBColor,
    event: RGBColor,
    /// Width of a series line in CSS pixels of the 14 px base type.
    line_px: f64,
    /// Size of axis labels and titles as a share of the page's root type size.
    label_rem: f64,
}

impl Frame {
    fn read(palette: &Palette) -> Frame {
        Frame {
            background: palette.color("--chart-bg", RGBColor(255, 255, 255)),
            text: palette.color("--chart-text", RGBColor(60, 70, 85)),
            grid: palette.color("--chart-grid", RGBColor(232, 236, 242)),
            axis: palette.color("--chart-axis", RGBColor(150, 160, 175)),
            marker: palette.color("--chart-marker", RGBColor(120, 80, 200)),
            event: palette.color("--chart-event", RGBColor(200, 60, 40)),
            line_px: palette.number("--chart-line-px", 2.0).clamp(0.5, 8.0),
            label_rem: palette.number("--chart-label-rem", 0.786).clamp(0.5, 2.0),
        }
    }
}

/// How many value labels fit beside a plot `height_css` tall without running into each other:
/// five when there is room, never fewer than two.
pub fn value_label_count(height_css: f64, label_px: f64) -> usize {
    let fit = (height_css / (label_px * 2.0)).floor();
    if fit.is_finite() {
        fit.clamp(2.0, 5.0) as usize
    } else {
        2
    }
}

/// The size of the axis labels in CSS pixels for a page whose type is `type_scale` times 14 px.
pub fn label_css_px(label_rem: f64, type_scale: f64) -> f64 {
    label_rem * 14.0 * type_scale
}

/// Draw `spec` on `canvas`, whose backing store is `ratio` device pixels per CSS pixel.
pub fn draw(
    canvas: &HtmlCanvasElement,
    ratio: f64,
    palette: &Palette,
    spec: &ChartSpec,
) -> Result<(), Box<dyn std::error::Error>> {
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("canvas has no 2d context")?;
    let root = backend.into_drawing_area();
    let frame = Frame::read(palette);
    let type_scale = palette.type_scale();
    draw_on(&root, ratio, type_scale, &frame, spec)?;
    root.present()?;
    // The sizes drawn with, in CSS pixels, for tests and for checking a theme by hand.
    let sizes = [
        ("data-line-px", frame.line_px * type_scale),
        ("data-label-px", label_css_px(frame.label_rem, type_scale)),
    ];
    for (name, value) in sizes {
        let _ = canvas.set_attribute(name, &format!("{value:.2}"));
    }
    Ok(())
}

/// Width (CSS px at the 11 px label type) of the value axis: the axis title plus the longest of
/// the labels at both ends of the range, at least the 54 px that four-digit labels need. Large
/// markets ("€1,5 mln" per week) get the room their labels take.
fn y_label_area_css(spec: &ChartSpec) -> f64 {
    let longest = [spec.values.start, spec.values.end]
        .into_iter()
        .map(|v| (spec.y_format)(v).chars().count())
        .max()
        .unwrap_or(0);
    (24.0 + 6.4 * longest as f64).max(54.0)
}

fn draw_on<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    ratio: f64,
    type_scale: f64,
    frame: &Frame,
    spec: &ChartSpec,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    // Sizes in CSS pixels of the 14 px base type, grown with the page's type.
    let px = |css: f64| (css * ratio * type_scale).round() as u32;
    // The label areas grow with the labels (11 px at the 14 px base type).
    let label_px = label_css_px(frame.label_rem, type_scale);
    let label_growth = label_px / (11.0 * type_scale);
    let label_area = |css: f64| px(css * label_growth);
    let font = (FontFamily::Name(FONT), label_px * ratio)
        .into_font()
        .color(&frame.text);
    let line_width = px(frame.line_px).max(1);
    let plot_height_css = f64::from(root.dim_in_pixel().1) / ratio - 2.7 * label_px;
    root.fill(&frame.background)?;
    let mut chart = ChartBuilder::on(root)
        .margin_top(px(8.0))
        .margin_right(px(14.0))
        .margin_left(px(2.0))
        .margin_bottom(px(2.0))
        .x_label_area_size(label_area(30.0))
        .y_label_area_size(label_area(y_label_area_css(spec)))
        .build_cartesian_2d(spec.weeks.clone(), spec.values.clone())?;
    let week_label = |w: &f64| format!("{w:.0}");
    let value_label = |v: &f64| (spec.y_format)(*v);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(frame.grid.stroke_width(px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(frame.axis.stroke_width(px(1.0)))
        .set_all_tick_mark_size(px(3.0))
        .x_labels(7)
        .y_labels(value_label_count(plot_height_css, label_px))
        .x_label_formatter(&week_label)
        .y_label_formatter(&value_label)
        .label_style(font.clone())
        .axis_desc_style(font)
        .x_desc(spec.x_desc)
        .y_desc(spec.y_desc)
        .draw()?;

    if spec.zero_line && spec.values.start < 0.0 && spec.values.end > 0.0 {
        chart.draw_series(LineSeries::new(
            [(spec.weeks.start, 0.0), (spec.weeks.end, 0.0)],
            frame.axis.stroke_width(px(1.0)),
        ))?;
    }
    // Events behind the lines: a light band over their weeks, a solid edge where they start.
    for band in spec.events {
        let start = band.start.max(spec.weeks.start);
        let end = band.end.min(spec.weeks.end);
        if start >= end {
            continue;
        }
        chart.draw_series(std::iter::once(Rectangle::new(
            [(start, spec.values.start), (end, spec.values.end)],
            frame.event.mix(0.12).filled(),
        )))?;
        chart.draw_series(LineSeries::new(
            [(start, spec.values.start), (start, spec.values.end)],
            frame.event.stroke_width(px(1.5)),
        ))?;
    }
    for line in &spec.lines {
        let points = line.points.iter().copied();
        match line.stroke {
            Stroke::Area => {
                chart.draw_series(
                    AreaSeries::new(points, spec.values.start.max(0.0), line.color.filled())
                        .border_style(line.color.mix(0.0)),
                )?;
            }
            Stroke::Solid => {
                chart.draw_series(LineSeries::new(points, line.color.stroke_width(line_width)))?;
            }
            Stroke::Dashed => {
                chart.draw_series(DashedLineSeries::new(
                    points,
                    px(6.0 * frame.line_px / 2.0),
                    px(4.0 * frame.line_px / 2.0),
                    line.color.stroke_width(line_width),
                ))?;
            }
        }
    }
    // The fork of a comparison: a solid line in the marker colour (policy changes are dashed).
    if let Some(week) = spec.fork {
        let x = f64::from(week);
        chart.draw_series(LineSeries::new(
            [(x, spec.values.start), (x, spec.values.end)],
            frame.marker.stroke_width(px(2.5)),
        ))?;
    }
    for &week in spec.markers {
        let x = f64::from(week);
        if x < spec.weeks.start || x > spec.weeks.end {
            continue;
        }
        chart.draw_series(DashedLineSeries::new(
            [(x, spec.values.start), (x, spec.values.end)],
            px(4.0),
            px(3.0),
            frame.marker.stroke_width(px(1.5)),
        ))?;
        chart.draw_series(std::iter::once(TriangleMarker::new(
            (x, spec.values.end),
            px(4.0),
            frame.marker.filled(),
        )))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_labels_thin_out_on_a_short_plot() {
        assert_eq!(value_label_count(200.0, 11.0), 5);
        assert_eq!(value_label_count(120.0, 20.0), 3);
        assert_eq!(value_label_count(40.0, 20.0), 2);
        assert_eq!(value_label_count(f64::NAN, 20.0), 2);
    }

    #[test]
    fn the_value_axis_widens_for_long_labels_only() {
        let spec = |end: f64, format: &'static dyn Fn(f64) -> String| ChartSpec {
            weeks: 0.0..52.0,
            values: 0.0..end,
            x_desc: "week",
            y_desc: "euro",
            y_format: format,
            lines: Vec::new(),
            markers: &[],
            fork: None,
            events: &[],
            zero_line: false,
        };
        let short: &'static dyn Fn(f64) -> String = &|v| format!("{v:.0}");
        let euros: &'static dyn Fn(f64) -> String = &|v| crate::i18n::number::DUTCH.euros_axis(v);
        assert_eq!(y_label_area_css(&spec(100.0, short)), 54.0);
        assert!(y_label_area_css(&spec(1_500_000.0, euros)) > 70.0);
    }

    #[test]
    fn labels_follow_the_page_type() {
        assert!((label_css_px(0.786, 1.0) - 11.0).abs() < 0.01);
        assert!((label_css_px(1.0, 20.0 / 14.0) - 20.0).abs() < 1e-9);
    }
}
