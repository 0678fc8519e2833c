//! The share link: the page's own address with the run's code, and putting it on the clipboard.

use crate::state::url_params::{POPULATION_KEY, PROJECTOR_KEY, SEED_KEY, SESSION_KEY};

/// The link to `code` on the page at `page` (origin and path, without query or fragment).
pub fn share_url(page: &str, code: &str) -> String {
    let page = page.split(['?', '#']).next().unwrap_or_default();
    format!("{page}?{SESSION_KEY}={code}")
}

/// The address of this page without its query and fragment.
pub fn this_page() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(location.origin().ok()? + &location.pathname().ok()?)
        })
        .unwrap_or_default()
}

/// Take the start options (share code, seed, market size, projector mode) out of the address bar
/// once they have been used, so a reload goes on with the autosaved run (and the remembered
/// projector choice) instead of starting over.
pub fn forget_start_options_in_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let search = window.location().search().unwrap_or_default();
    let rest: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            !pair.is_empty()
                && ![SESSION_KEY, SEED_KEY, POPULATION_KEY, PROJECTOR_KEY].contains(&key)
        })
        .collect();
    let query = if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    };
    let url = this_page() + &query;
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Put `text` on the clipboard; `false` when the browser refuses (no permission, no focus, an
/// insecure page).
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Older or locked-down browsers have no clipboard object at all.
    if wasm_bindgen::JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_is_the_page_with_only_the_code() {
        assert_eq!(
            share_url("https://school.nl/klantcyclus/", "AQAJ"),
            "https://school.nl/klantcyclus/?sessie=AQAJ"
        );
        assert_eq!(
            share_url("http://127.0.0.1:8080/?seed=3#x", "AQAJ"),
            "http://127.0.0.1:8080/?sessie=AQAJ"
        );
    }
}
