//! The five charts as pictures for the report: each canvas of the main view as a PNG data URL.
//! The report covers the page, so while it is open every chart is drawn (in projector mode too,
//! see `style/report.css`); the pictures are taken once they are.

use wasm_bindgen::JsCast;

/// The chart canvases, in the order the report shows them.
pub const CANVAS_IDS: [&str; 5] = [
    "grafiek-fasen",
    "grafiek-ervaring",
    "grafiek-nps",
    "grafiek-clv",
    "grafiek-financien",
];

/// The legend of the chart around canvas `id` as the page shows it (its own markup: colours come
/// from the same CSS variables), or an empty text.
pub fn legend_markup(id: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|canvas| canvas.closest("figure").ok().flatten())
        .and_then(|figure| figure.query_selector(".legend").ok().flatten())
        .map(|legend| legend.outer_html())
        .unwrap_or_default()
}

/// The picture of canvas `id`, or `None` while it has not been drawn at a real size.
pub fn picture(id: &str) -> Option<String> {
    let canvas = web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    let drawn = canvas.width() > 8 && canvas.height() > 8 && canvas.has_attribute("data-draws");
    drawn
        .then(|| canvas.to_data_url_with_type("image/png").ok())
        .flatten()
}
