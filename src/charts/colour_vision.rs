//! Colour-vision check of the chart palette: every pair of series in one chart, and every pair
//! of phase colours, stays apart for people with protanopia or deuteranopia (simulated with
//! Viénot, Brettel & Mollon 1999 in linear RGB), or the two differ by dash as well. The tests
//! read `style/base.css` itself, in both the normal and the projector palette.

use plotters::style::RGBColor;

/// A kind of colour vision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vision {
    Typical,
    Protanopia,
    Deuteranopia,
}

impl Vision {
    pub const ALL: [Vision; 3] = [Vision::Typical, Vision::Protanopia, Vision::Deuteranopia];

    /// The simulation matrix on linear RGB.
    fn matrix(self) -> [[f64; 3]; 3] {
        match self {
            Vision::Typical => [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
            Vision::Protanopia => [
                [0.112_38, 0.887_62, 0.0],
                [0.112_38, 0.887_62, 0.0],
                [0.004_01, -0.004_01, 1.0],
            ],
            Vision::Deuteranopia => [
                [0.292_75, 0.707_25, 0.0],
                [0.292_75, 0.707_25, 0.0],
                [-0.022_34, 0.022_34, 1.0],
            ],
        }
    }
}

fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// CIELAB (D65) of `color` as seen with `vision`.
pub fn lab(color: RGBColor, vision: Vision) -> [f64; 3] {
    let rgb = [linear(color.0), linear(color.1), linear(color.2)];
    let m = vision.matrix();
    let seen: Vec<f64> = m
        .iter()
        .map(|row| (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0))
        .collect();
    let (r, g, b) = (seen[0], seen[1], seen[2]);
    let x = (0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b) / 0.950_47;
    let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175 * b;
    let z = (0.019_333_9 * r + 0.119_192 * g + 0.950_304_1 * b) / 1.088_83;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// How far apart two colours look to someone with `vision` (CIE76 ΔE; about 2 is just noticeable,
/// above 20 is clearly another colour).
pub fn difference(a: RGBColor, b: RGBColor, vision: Vision) -> f64 {
    let (a, b) = (lab(a, vision), lab(b, vision));
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::line_chart::Stroke;
    use crate::charts::series_chart::SeriesSpec;
    use crate::cycle::phase_style::PHASE_COLOR_VARS;
    use crate::projector::contrast::variables_of;

    const BASE_CSS: &str = include_str!("../../style/base.css");
    /// Two series of one chart drawn alike must be at least this far apart for every vision;
    /// series that differ by dash are told apart by the dash (the CLV chart's net and gross lines
    /// share one colour on purpose).
    const SAME_STROKE: f64 = 20.0;

    fn palettes() -> Vec<(&'static str, Vec<(String, RGBColor)>)> {
        let normal = variables_of(BASE_CSS, ":root");
        let mut projector = normal.clone();
        for (name, color) in variables_of(BASE_CSS, ":root[data-beamer]") {
            match projector.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = color,
                None => projector.push((name, color)),
            }
        }
        vec![("normal", normal), ("projector", projector)]
    }

    fn color(palette: &[(String, RGBColor)], name: &str) -> RGBColor {
        palette
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| *c)
            .unwrap_or_else(|| panic!("style/base.css does not set {name}"))
    }

    fn charts() -> Vec<(&'static str, Vec<SeriesSpec>)> {
        let t = crate::i18n::texts_for(model::Language::Nl);
        vec![
            ("experience", crate::charts::experience_chart::series(t)),
            ("nps", crate::charts::nps_chart::series(t)),
            ("clv", crate::charts::clv_chart::series(t)),
            ("finance", crate::charts::finance_chart::series(t)),
        ]
    }

    #[test]
    fn simulation_keeps_greys_and_confuses_red_with_green() {
        let grey = RGBColor(128, 128, 128);
        for vision in Vision::ALL {
            assert!(difference(grey, grey, vision) < 1e-9);
            let seen = lab(grey, vision);
            assert!(
                seen[1].abs() < 0.5 && seen[2].abs() < 0.5,
                "{vision:?} {seen:?}"
            );
        }
        let (red, green) = (RGBColor(200, 60, 40), RGBColor(138, 122, 32));
        assert!(difference(red, green, Vision::Typical) > 40.0);
        assert!(difference(red, green, Vision::Deuteranopia) < 15.0);
    }

    #[test]
    fn series_of_one_chart_stay_apart_for_common_colour_vision_deficiencies() {
        let mut report = Vec::new();
        for (palette_name, palette) in palettes() {
            for (chart, series) in charts() {
                for (i, a) in series.iter().enumerate() {
                    for b in &series[i + 1..] {
                        for vision in Vision::ALL {
                            let d = difference(
                                color(&palette, a.css_var),
                                color(&palette, b.css_var),
                                vision,
                            );
                            if a.stroke == b.stroke && d < SAME_STROKE {
                                report.push(format!(
                                    "{palette_name} {chart}: {} and {} ΔE {d:.1} for {vision:?} \
                                     (both {:?})",
                                    a.css_var, b.css_var, a.stroke
                                ));
                            }
                        }
                    }
                }
            }
        }
        assert!(report.is_empty(), "{}", report.join("\n"));
    }

    #[test]
    fn phase_colours_stay_apart_for_common_colour_vision_deficiencies() {
        let mut report = Vec::new();
        for (palette_name, palette) in palettes() {
            for (i, a) in PHASE_COLOR_VARS.iter().enumerate() {
                for b in &PHASE_COLOR_VARS[i + 1..] {
                    for vision in Vision::ALL {
                        let d = difference(color(&palette, a), color(&palette, b), vision);
                        if d < SAME_STROKE {
                            report.push(format!(
                                "{palette_name}: {a} and {b} ΔE {d:.1} for {vision:?}"
                            ));
                        }
                    }
                }
            }
        }
        assert!(report.is_empty(), "{}", report.join("\n"));
    }

    #[test]
    fn every_series_has_a_stroke_the_legend_can_show() {
        for (chart, series) in charts() {
            assert!(series.iter().all(|s| s.stroke != Stroke::Area), "{chart}");
        }
    }
}
