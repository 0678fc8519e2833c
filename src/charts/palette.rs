//! Chart colours come from the stylesheet's CSS variables, so a theme (projector mode, high
//! contrast) is one variable swap for the page and the charts alike.

use plotters::style::RGBColor;

/// Parse `#rrggbb` or `#rgb` (surrounding spaces allowed).
pub fn parse_hex(text: &str) -> Option<RGBColor> {
    let hex = text.trim().strip_prefix('#')?;
    let channel = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        6 => Some(RGBColor(
            channel(&hex[0..2])?,
            channel(&hex[2..4])?,
            channel(&hex[4..6])?,
        )),
        3 => {
            let expand = |i: usize| channel(&hex[i..=i]).map(|v| v * 17);
            Some(RGBColor(expand(0)?, expand(1)?, expand(2)?))
        }
        _ => None,
    }
}

/// The computed CSS variables of the page, read once per drawing.
pub struct Palette {
    style: Option<web_sys::CssStyleDeclaration>,
}

impl Palette {
    /// Read the page's current variables.
    pub fn read() -> Palette {
        let style = web_sys::window().and_then(|w| {
            let root = w.document()?.document_element()?;
            w.get_computed_style(&root).ok().flatten()
        });
        Palette { style }
    }

    /// How much larger than the 14 px base the page's type is (the root font size / 14), so chart
    /// text grows with the rest of the interface on large screens.
    pub fn type_scale(&self) -> f64 {
        self.style
            .as_ref()
            .and_then(|s| s.get_property_value("font-size").ok())
            .and_then(|v| v.trim().trim_end_matches("px").parse::<f64>().ok())
            .filter(|px| px.is_finite() && *px > 0.0)
            .map_or(1.0, |px| px / 14.0)
    }

    /// The number in variable `name` (e.g. `--chart-line-px: 2`), or `fallback` when unset or
    /// not a finite number.
    pub fn number(&self, name: &str, fallback: f64) -> f64 {
        self.style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|v| v.is_finite())
            .unwrap_or(fallback)
    }

    /// The colour in variable `name` (e.g. `--series-nps`), or `fallback` when unset or unreadable.
    pub fn color(&self, name: &str, fallback: RGBColor) -> RGBColor {
        self.style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .and_then(|v| parse_hex(&v))
            .unwrap_or(fallback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_long_and_short_hex_colours() {
        assert_eq!(parse_hex("#0072b2"), Some(RGBColor(0, 0x72, 0xb2)));
        assert_eq!(parse_hex("  #FFF "), Some(RGBColor(255, 255, 255)));
        assert_eq!(parse_hex("#1a2"), Some(RGBColor(0x11, 0xaa, 0x22)));
    }

    #[test]
    fn rejects_what_is_not_a_hex_colour() {
        assert_eq!(parse_hex("rgb(1,2,3)"), None);
        assert_eq!(parse_hex("#12345"), None);
        assert_eq!(parse_hex("#gggggg"), None);
        assert_eq!(parse_hex(""), None);
    }
}
