//! What a `<canvas>` shows, measured in the page: is anything drawn beyond the background?

use serde_json::Value;

/// Pixel statistics of one canvas, read with `getImageData` in the page.
#[derive(Clone, Debug, PartialEq)]
pub struct CanvasStats {
    /// Backing store size in device pixels (`canvas.width`, `canvas.height`).
    pub width: u32,
    pub height: u32,
    /// Size on the page in CSS pixels (`getBoundingClientRect`).
    pub css_width: f64,
    pub css_height: f64,
    /// `window.devicePixelRatio` when measured.
    pub device_pixel_ratio: f64,
    /// The most common colour, RGBA: taken to be the background.
    pub background: [u8; 4],
    /// Pixels of any other colour: what has been drawn.
    pub drawn_pixels: u64,
    /// Number of different colours (counting stops at 4096).
    pub colours: u32,
}

impl CanvasStats {
    /// Share of the pixels that differ from the background, 0.0 to 1.0.
    pub fn drawn_fraction(&self) -> f64 {
        let total = u64::from(self.width) * u64::from(self.height);
        if total == 0 {
            0.0
        } else {
            self.drawn_pixels as f64 / total as f64
        }
    }

    /// Something visible is drawn: at least 0.1% of the pixels are not background.
    pub fn is_drawn(&self) -> bool {
        self.drawn_fraction() >= 0.001
    }

    /// The backing store matches the on-screen size times the pixel ratio (within a pixel),
    /// so the canvas is crisp rather than scaled up.
    pub fn is_crisp(&self) -> bool {
        let want_w = self.css_width * self.device_pixel_ratio;
        let want_h = self.css_height * self.device_pixel_ratio;
        (f64::from(self.width) - want_w).abs() <= 1.0
            && (f64::from(self.height) - want_h).abs() <= 1.0
    }

    pub(crate) fn from_json(value: &Value) -> Result<CanvasStats, String> {
        if let Some(error) = value["error"].as_str() {
            return Err(error.to_string());
        }
        let number = |name: &str| {
            value[name]
                .as_f64()
                .ok_or(format!("canvas stats lack `{name}`: {value}"))
        };
        let background = value["background"]
            .as_array()
            .filter(|rgba| rgba.len() == 4)
            .ok_or(format!("canvas stats lack `background`: {value}"))?;
        let channel = |i: usize| background[i].as_u64().unwrap_or_default() as u8;
        Ok(CanvasStats {
            width: number("width")? as u32,
            height: number("height")? as u32,
            css_width: number("cssWidth")?,
            css_height: number("cssHeight")?,
            device_pixel_ratio: number("devicePixelRatio")?,
            background: [channel(0), channel(1), channel(2), channel(3)],
            drawn_pixels: number("drawnPixels")? as u64,
            colours: number("colours")? as u32,
        })
    }
}

/// Script for `execute`: arguments `(selector, index)`; returns the stats as JSON, `null` when
/// there is no such canvas, or `{error}` when it cannot be read.
pub(crate) const STATS_SCRIPT: &str = r#"
const [selector, index] = arguments;
const canvas = document.querySelectorAll(selector)[index];
if (!canvas) return null;
if (!(canvas instanceof HTMLCanvasElement)) return { error: `${selector} is a <${canvas.localName}>, not a <canvas>` };
const ctx = canvas.getContext('2d');
if (!ctx) return { error: `${selector} has a non-2d context` };
const { width, height } = canvas;
const rect = canvas.getBoundingClientRect();
const result = { width, height, cssWidth: rect.width, cssHeight: rect.height,
                 devicePixelRatio: window.devicePixelRatio, background: [0, 0, 0, 0], drawnPixels: 0, colours: 0 };
if (width === 0 || height === 0) return result;
const pixels = new Uint32Array(ctx.getImageData(0, 0, width, height).data.buffer);
const counts = new Map();
for (const pixel of pixels) counts.set(pixel, (counts.get(pixel) || 0) + 1);
let background = pixels[0], most = 0;
for (const [colour, count] of counts) if (count > most) { most = count; background = colour; }
const bytes = new Uint8Array(new Uint32Array([background]).buffer);
result.background = Array.from(bytes);
result.drawnPixels = pixels.length - most;
result.colours = Math.min(counts.size, 4096);
return result;
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(width: u32, height: u32, css: (f64, f64), dpr: f64, drawn: u64) -> CanvasStats {
        CanvasStats {
            width,
            height,
            css_width: css.0,
            css_height: css.1,
            device_pixel_ratio: dpr,
            background: [255; 4],
            drawn_pixels: drawn,
            colours: 2,
        }
    }

    #[test]
    fn blank_and_barely_touched_canvases_are_not_drawn() {
        assert!(!stats(100, 100, (100.0, 100.0), 1.0, 0).is_drawn());
        assert!(!stats(100, 100, (100.0, 100.0), 1.0, 9).is_drawn());
        assert!(stats(100, 100, (100.0, 100.0), 1.0, 10).is_drawn());
        assert!(!stats(0, 0, (0.0, 0.0), 1.0, 0).is_drawn());
    }

    #[test]
    fn crisp_means_backing_store_follows_the_pixel_ratio() {
        assert!(stats(800, 400, (400.0, 200.0), 2.0, 0).is_crisp());
        assert!(!stats(400, 200, (400.0, 200.0), 2.0, 0).is_crisp());
        assert!(stats(641, 320, (320.4, 160.0), 2.0, 0).is_crisp());
    }

    #[test]
    fn reads_the_page_answer() {
        let answer = serde_json::json!({"width": 10, "height": 5, "cssWidth": 10.0, "cssHeight": 5.0,
            "devicePixelRatio": 1.0, "background": [255, 255, 255, 255], "drawnPixels": 7, "colours": 3});
        let parsed = CanvasStats::from_json(&answer).unwrap();
        assert_eq!(parsed.drawn_pixels, 7);
        assert_eq!(parsed.background, [255, 255, 255, 255]);
        assert!(CanvasStats::from_json(&serde_json::json!({"error": "nope"})).is_err());
    }
}
