//! A panic must not leave a dead page: it shows a friendly message (in the user's language) on
//! top of the app and still logs the details to the console for developers.

use crate::i18n::Texts;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The id of the message element; tests look for it.
pub const PANIC_MESSAGE_ID: &str = "paniekmelding";

/// Install the panic hook: first the console report of `console_error_panic_hook`, then the
/// message in the page. Safe to call more than once.
pub fn install(texts: &'static Texts) {
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        show(texts);
    }));
}

/// Put the message in the page, built with plain DOM calls: the reactive system may be the part
/// that broke. Does nothing when the message is already shown or there is no document.
fn show(texts: &Texts) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id(PANIC_MESSAGE_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else {
        return;
    };
    let build = || -> Result<web_sys::Element, wasm_bindgen::JsValue> {
        let overlay = document.create_element("div")?;
        overlay.set_id(PANIC_MESSAGE_ID);
        overlay.set_class_name("panic-overlay");
        overlay.set_attribute("role", "alertdialog")?;
        overlay.set_attribute("aria-labelledby", "paniekmelding-titel")?;
        let card = document.create_element("div")?;
        card.set_class_name("panic-card");
        let title = document.create_element("h2")?;
        title.set_id("paniekmelding-titel");
        title.set_text_content(Some(texts.panic_title));
        let body_text = document.create_element("p")?;
        body_text.set_text_content(Some(texts.panic_body));
        let button = document.create_element("button")?;
        button.set_attribute("type", "button")?;
        button.set_class_name("button button-primary");
        button.set_text_content(Some(texts.panic_reload));
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())?;
        // The page is over once this shows; the listener lives as long as the page.
        reload.forget();
        card.append_child(&title)?;
        card.append_child(&body_text)?;
        card.append_child(&button)?;
        overlay.append_child(&card)?;
        Ok(overlay)
    };
    if let Ok(overlay) = build() {
        let _ = body.append_child(&overlay);
        if let Some(button) = overlay
            .query_selector("button")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    }
}
