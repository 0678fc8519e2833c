//! WCAG contrast of the projector palette, checked against the stylesheet itself: the tests read
//! the `:root[data-beamer]` block of `style/base.css`, so a colour changed there is checked here.

use crate::charts::palette::parse_hex;
use plotters::style::RGBColor;

/// Relative luminance of an sRGB colour (WCAG 2.1).
pub fn luminance(color: RGBColor) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.0) + 0.7152 * channel(color.1) + 0.0722 * channel(color.2)
}

/// Contrast ratio between two colours, from 1 (same) to 21 (black on white).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// The `--name: #hex;` declarations of the first block that starts with `selector {`.
pub fn variables_of(css: &str, selector: &str) -> Vec<(String, RGBColor)> {
    let Some(start) = css.find(&format!("{selector} {{")) else {
        return Vec::new();
    };
    let block = &css[start..];
    let block = &block[..block.find('}').unwrap_or(block.len())];
    block
        .lines()
        .filter_map(|line| {
            let (name, value) = line.trim().strip_suffix(';')?.split_once(':')?;
            let name = name.trim();
            name.starts_with("--")
                .then(|| Some((name.to_string(), parse_hex(value)?)))
                .flatten()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE_CSS: &str = include_str!("../../style/base.css");
    const WHITE: RGBColor = RGBColor(255, 255, 255);

    fn projector_color(name: &str) -> RGBColor {
        variables_of(BASE_CSS, ":root[data-beamer]")
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c)
            .unwrap_or_else(|| panic!("projector mode does not set {name}"))
    }

    #[test]
    fn contrast_matches_the_wcag_examples() {
        assert!((contrast(RGBColor(0, 0, 0), WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known 4.54:1 grey.
        assert!((contrast(RGBColor(0x76, 0x76, 0x76), WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn reads_the_variables_of_one_block() {
        let css =
            ":root {\n  --a: #fff;\n  --font: x;\n}\n:root[data-beamer] {\n  --a: #000000;\n}";
        assert_eq!(variables_of(css, ":root"), vec![("--a".into(), WHITE)]);
        assert_eq!(
            variables_of(css, ":root[data-beamer]"),
            vec![("--a".into(), RGBColor(0, 0, 0))]
        );
        assert!(variables_of(css, ".missing").is_empty());
    }

    #[test]
    fn every_text_colour_of_projector_mode_has_aaa_contrast() {
        // (text, background) as the stylesheets pair them.
        let pairs = [
            ("--text", "--bg"),
            ("--text", "--surface"),
            ("--text", "--surface-muted"),
            ("--text", "--accent-soft"),
            ("--text-muted", "--surface"),
            ("--text-muted", "--bg"),
            ("--text-faint", "--surface"),
            ("--text-faint", "--surface-muted"),
            ("--accent", "--surface"),
            ("--accent-strong", "--surface"),
            ("--accent-strong", "--accent-soft"),
            ("--header-text", "--header-bg"),
            ("--header-muted", "--header-bg"),
            ("--good", "--surface"),
            ("--bad", "--surface"),
            ("--chart-text", "--chart-bg"),
        ];
        let mut failures = Vec::new();
        for (text, background) in pairs {
            let ratio = contrast(projector_color(text), projector_color(background));
            if ratio < 7.0 {
                failures.push(format!("{text} on {background}: {ratio:.2}"));
            }
        }
        // White text on the accent (primary buttons) and on the phase circles (shares).
        let phases = crate::cycle::phase_style::PHASE_COLOR_VARS;
        for background in std::iter::once("--accent").chain(phases) {
            let ratio = contrast(WHITE, projector_color(background));
            if ratio < 7.0 {
                failures.push(format!("white on {background}: {ratio:.2}"));
            }
        }
        assert!(failures.is_empty(), "below 7:1: {failures:?}");
    }

    #[test]
    fn projector_chart_lines_stand_out_on_the_chart() {
        let background = projector_color("--chart-bg");
        let lines = variables_of(BASE_CSS, ":root[data-beamer]")
            .into_iter()
            .filter(|(name, _)| name.starts_with("--series-"));
        let mut checked = 0;
        for (name, color) in lines {
            let ratio = contrast(color, background);
            assert!(ratio >= 4.5, "{name}: {ratio:.2} against the chart");
            checked += 1;
        }
        assert!(checked >= 12, "only {checked} series colours found");
    }
}
