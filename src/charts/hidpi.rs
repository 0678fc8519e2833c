//! Crisp canvases on HiDPI screens: the backing store is the CSS size times devicePixelRatio.

use web_sys::HtmlCanvasElement;

/// Backing-store size in device pixels for a CSS size and pixel ratio (at least 1×1).
pub fn backing_size(css_width: f64, css_height: f64, pixel_ratio: f64) -> (u32, u32) {
    let ratio = if pixel_ratio.is_finite() && pixel_ratio > 0.0 {
        pixel_ratio
    } else {
        1.0
    };
    let px = |css: f64| {
        if css.is_finite() {
            (css * ratio).round().clamp(1.0, 16_384.0) as u32
        } else {
            1
        }
    };
    (px(css_width), px(css_height))
}

/// Resize the canvas's backing store to its current CSS size × devicePixelRatio (only when it
/// differs, since resizing clears the canvas). Returns the pixel ratio to draw with.
pub fn fit(canvas: &HtmlCanvasElement) -> f64 {
    let ratio = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0);
    let rect = canvas.get_bounding_client_rect();
    let (width, height) = backing_size(rect.width(), rect.height(), ratio);
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    ratio
}

#[cfg(test)]
mod tests {
    use super::backing_size;

    #[test]
    fn backing_store_is_css_size_times_pixel_ratio() {
        assert_eq!(backing_size(300.0, 150.0, 1.0), (300, 150));
        assert_eq!(backing_size(300.0, 150.0, 2.0), (600, 300));
        assert_eq!(backing_size(300.5, 150.25, 1.5), (451, 225));
    }

    #[test]
    fn odd_inputs_still_give_a_usable_canvas() {
        assert_eq!(backing_size(0.0, 0.0, 2.0), (1, 1));
        assert_eq!(backing_size(200.0, 100.0, f64::NAN), (200, 100));
        assert_eq!(backing_size(f64::NAN, 100.0, 1.0), (1, 100));
    }
}
