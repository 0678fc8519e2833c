//! The session as the browser keeps it for autosave: the same record as the session file, as JSON.
//! Stored data can be anything by the time it is read again (another program's, cut off by a full
//! disk, from a newer version): every case is refused with a reason, never guessed at.

use super::SavedRun;
use super::error::SavedRunError;
use super::record::{SESSION_FORMAT, SessionRecord};

/// Largest stored session read back, in bytes.
pub const MAX_STORED_BYTES: usize = 2_000_000;

/// The value to store for `saved` (serialised to JSON by the storage layer).
pub fn record(saved: &SavedRun) -> impl serde::Serialize + use<> {
    SessionRecord::of(saved)
}

/// The JSON text stored for `saved`.
pub fn encode(saved: &SavedRun) -> String {
    serde_json::to_string(&SessionRecord::of(saved)).unwrap_or_default()
}

/// Read a stored session back.
pub fn decode(text: &str) -> Result<SavedRun, SavedRunError> {
    if text.len() > MAX_STORED_BYTES {
        return Err(SavedRunError::TooLarge {
            size: text.len(),
            limit: MAX_STORED_BYTES,
        });
    }
    match serde_json::from_str::<SessionRecord>(text) {
        Ok(record) => record.into_saved_run(),
        Err(_) => Err(if is_ours(text) {
            SavedRunError::Damaged
        } else {
            SavedRunError::Foreign
        }),
    }
}

/// Whether the text at least says it is a Klantcyclus session (also when it is cut off).
fn is_ours(text: &str) -> bool {
    text.contains(&format!("\"{SESSION_FORMAT}\""))
}
