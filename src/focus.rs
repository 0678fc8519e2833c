//! Moving keyboard focus to an element that a change is about to draw (the element that had focus
//! was replaced: a comparison starts or ends, the stage switches view, the report closes).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focus the element with `id` once the page has drawn the next frame.
pub fn focus_after_render(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}
