//! The browser's storage for autosave, through gloo-storage. Storage may be missing, blocked or
//! full, and may hold anything: every call here reports failure instead of throwing, and the
//! decisions about what to do with what was read live in [`crate::state::startup`].

use crate::state::startup::{SESSION_KEY, StoredRead};
use gloo_storage::{LocalStorage, Storage};
use model::SavedRun;
use model::saved_run::stored;

/// Whether `localStorage` can be reached at all. gloo-storage assumes it can (and throws into
/// JavaScript when it cannot: private mode, blocked cookies), so every call checks first.
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// What is stored under the session key, as text. gloo-storage stores values as JSON, so the
/// session's text is a JSON string; anything else found there (another program's data, a value
/// cut off) is handed on as it is, to be refused and kept aside.
pub fn read() -> StoredRead {
    if !available() {
        return StoredRead::Unavailable;
    }
    // Read through `raw()`: unlike `LocalStorage::get`, it reports a throwing `getItem`.
    match LocalStorage::raw().get_item(SESSION_KEY) {
        Ok(Some(json)) => StoredRead::Found(serde_json::from_str::<String>(&json).unwrap_or(json)),
        Ok(None) => StoredRead::Nothing,
        Err(_) => StoredRead::Unavailable,
    }
}

/// Store the session; `false` when the browser refused (no storage, quota exceeded).
pub fn write(saved: &SavedRun) -> bool {
    keep_copy(SESSION_KEY, &stored::encode(saved))
}

/// Keep `text` under `key` (as a JSON string), so it is not lost when the session key is reused.
pub fn keep_copy(key: &str, text: &str) -> bool {
    available() && LocalStorage::set(key, text).is_ok()
}

/// A copy kept with [`keep_copy`], if there is one.
pub fn copy(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::get::<String>(key).ok()
}
