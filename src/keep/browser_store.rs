//! The browser's storage for autosave, through gloo-storage. Storage may be missing, blocked or
//! full, and may hold anything: every call here reports failure instead of throwing, and the
//! decisions about what to do with what was read live in [`crate::state::startup`].

use crate::state::startup::{SHARED_FLAG_KEY, STORAGE_KEY, StoredRead};
use gloo_storage::{LocalStorage, Storage};
use model::SavedRun;
use model::saved_run::stored;

/// Whether `localStorage` can be reached at all. gloo-storage assumes it can (and throws into
/// JavaScript when it cannot: private mode, blocked cookies), so every call checks first.
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// What is stored under the session key, as text.
pub fn read() -> StoredRead {
    match read_text(STORAGE_KEY) {
        Ok(Some(text)) => StoredRead::Found(text),
        Ok(None) => StoredRead::Nothing,
        Err(()) => StoredRead::Unavailable,
    }
}

/// The text under `key`: `Err` when storage cannot be read. gloo-storage stores values as JSON,
/// so a text is a JSON string; anything else found there (another program's data, a value cut
/// off) is handed on as it is, to be refused and kept aside. Read through `raw()`: unlike
/// `LocalStorage::get`, it reports a throwing `getItem` instead of throwing into JavaScript.
fn read_text(key: &str) -> Result<Option<String>, ()> {
    if !available() {
        return Err(());
    }
    match LocalStorage::raw().get_item(key) {
        Ok(Some(json)) => Ok(Some(serde_json::from_str::<String>(&json).unwrap_or(json))),
        Ok(None) => Ok(None),
        Err(_) => Err(()),
    }
}

/// Store the session; `false` when the browser refused (no storage, quota exceeded).
pub fn write(saved: &SavedRun) -> bool {
    keep_copy(STORAGE_KEY, &stored::encode(saved))
}

/// Keep `text` under `key` (as a JSON string), so it is not lost when the session key is reused.
pub fn keep_copy(key: &str, text: &str) -> bool {
    available() && LocalStorage::set(key, text).is_ok()
}

/// Remove what is kept under `key` (nothing happens when storage cannot be reached).
pub fn forget(key: &str) {
    if available() {
        let _ = LocalStorage::raw().remove_item(key);
    }
}

/// A copy kept with [`keep_copy`], if there is one.
pub fn copy(key: &str) -> Option<String> {
    read_text(key).ok().flatten()
}

/// Whether the stored session is a run opened from the address rather than the learner's own.
pub fn stored_is_shared() -> bool {
    copy(SHARED_FLAG_KEY).as_deref() == Some("ja")
}

/// Mark the stored session as opened from the address (`true`) or as the learner's own.
pub fn mark_shared(shared: bool) {
    keep_copy(SHARED_FLAG_KEY, if shared { "ja" } else { "nee" });
}
