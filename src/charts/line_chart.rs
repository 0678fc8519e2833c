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
    /// Draw a solid line at value 0 (for values that can be negative).
    pub zero_line: bool,
}

/// Colours shared by every chart.
struct Frame {
    background: RGBColor,
    text: RGBColor,
    grid: RGBColor,
    axis: RGBColor,
    marker: RGBColor,
}

impl Frame {
    fn read(palette: &Palette) -> Frame {
        Frame {
            background: palette.color("--chart-bg", RGBColor(255, 255, 255)),
            text: palette.color("--chart-text", RGBColor(60, 70, 85)),
            grid: palette.color("--chart-grid", RGBColor(232, 236, 242)),
            axis: palette.color("--chart-axis", RGBColor(150, 160, 175)),
            marker: palette.color("--chart-marker", RGBColor(120, 80, 200)),
        }
    }
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
    draw_on(
        &root,
        ratio,
        palette.type_scale(),
        &Frame::read(palette),
        spec,
    )?;
    root.present()?;
    Ok(())
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
    let font = |size: f64| {
        (FontFamily::Name(FONT), size * ratio * type_scale)
            .into_font()
            .color(&frame.text)
    };
    root.fill(&frame.background)?;
    let mut chart = ChartBuilder::on(root)
        .margin_top(px(8.0))
        .margin_right(px(14.0))
        .margin_left(px(2.0))
        .margin_bottom(px(2.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(54.0))
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
        .y_labels(5)
        .x_label_formatter(&week_label)
        .y_label_formatter(&value_label)
        .label_style(font(11.0))
        .axis_desc_style(font(11.0))
        .x_desc(spec.x_desc)
        .y_desc(spec.y_desc)
        .draw()?;

    if spec.zero_line && spec.values.start < 0.0 && spec.values.end > 0.0 {
        chart.draw_series(LineSeries::new(
            [(spec.weeks.start, 0.0), (spec.weeks.end, 0.0)],
            frame.axis.stroke_width(px(1.0)),
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
                chart.draw_series(LineSeries::new(points, line.color.stroke_width(px(2.0))))?;
            }
            Stroke::Dashed => {
                chart.draw_series(DashedLineSeries::new(
                    points,
                    px(6.0),
                    px(4.0),
                    line.color.stroke_width(px(2.0)),
                ))?;
            }
        }
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
