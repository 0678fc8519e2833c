//! A chart as a PNG file: the canvas as it is drawn, at its HiDPI backing-store resolution.

use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

/// The file name of chart `canvas_id` in week `week`: `klantcyclus-grafiek-nps-week-12.png`.
pub fn png_name(canvas_id: &str, week: u32) -> String {
    format!("klantcyclus-{canvas_id}-week-{week}.png")
}

/// Offer `canvas` as a PNG download named `name`.
pub fn download_png(canvas: &HtmlCanvasElement, name: &str) -> Result<(), JsValue> {
    let url = canvas.to_data_url_with_type("image/png")?;
    crate::scenario::export::offer_download(&url, name)
}

#[cfg(test)]
mod tests {
    use super::png_name;

    #[test]
    fn names_say_which_chart_and_week() {
        assert_eq!(
            png_name("grafiek-nps", 12),
            "klantcyclus-grafiek-nps-week-12.png"
        );
    }
}
