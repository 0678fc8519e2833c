//! The session as the browser keeps it for autosave: the same text as a session file (one format
//! to read, migrate and fuzz, and no second parser in the app). Stored data can be anything by the
//! time it is read again (another program's, cut off by a full disk, from a newer version): every
//! case is refused with a reason, never guessed at.

use super::SavedRun;
use super::error::SavedRunError;
use super::file;
use super::record::SESSION_FORMAT;

/// Largest stored session read back, in bytes.
pub const MAX_STORED_BYTES: usize = 2_000_000;

/// The text stored for `saved`.
pub fn encode(saved: &SavedRun) -> String {
    file::encode(saved)
}

/// Read a stored session back. Data that is not a session at all is [`SavedRunError::Foreign`];
/// a session whose text is broken is [`SavedRunError::Damaged`]; a good one made for another
/// lesson revision or format version says so.
pub fn decode(text: &str) -> Result<SavedRun, SavedRunError> {
    if text.len() > MAX_STORED_BYTES {
        return Err(SavedRunError::TooLarge {
            size: text.len(),
            limit: MAX_STORED_BYTES,
        });
    }
    if !is_ours(text) {
        return Err(SavedRunError::Foreign);
    }
    file::decode(text).map_err(|error| match error {
        SavedRunError::Field(_) => SavedRunError::Damaged,
        other => other,
    })
}

/// Whether the text at least says it is a Klantcyclus session (also when it is cut off).
fn is_ours(text: &str) -> bool {
    text.contains(&format!("\"{SESSION_FORMAT}\""))
}
