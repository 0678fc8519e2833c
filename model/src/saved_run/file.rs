//! The session file (`.klantcyclus`): a kept run as TOML a teacher can read — lesson, seed, market
//! size, every decision with its week, the week reached, the language and the learner's name.
//! Opening one checks it exactly like a scenario file: a problem names its field and line.

use super::SavedRun;
use super::error::SavedRunError;
use super::record::{SESSION_FORMAT, SESSION_VERSION, SessionRecord};
use crate::scenario::read::{map_toml_error, parse_table};
use crate::scenario::toml_location::line_of_field;

/// The file name extension of session files.
pub const EXTENSION: &str = "klantcyclus";

/// Largest session file accepted, in bytes (one with an imported lesson inside is about 10 kB).
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// The text of a session file for `saved`.
pub fn encode(saved: &SavedRun) -> String {
    let record = SessionRecord::of(saved);
    let body = toml::to_string(&record)
        .unwrap_or_else(|e| format!("# could not write the session: {e}\n"));
    format!(
        "# Klantcyclus: een bewaarde speelronde / a saved run.\n\
         # Open dit bestand in Klantcyclus (Sessie openen) om verder te spelen.\n\
         # timeline: elke beslissing met de week waarin hij viel / every decision with its week.\n\n{body}"
    )
}

/// Read a session file. Any text is accepted; a refusal names the field and line.
pub fn decode(text: &str) -> Result<SavedRun, SavedRunError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(SavedRunError::TooLarge {
            size: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let table = parse_table(text).map_err(SavedRunError::Field)?;
    // What the data is and which version wrote it, before the fields a newer version may add.
    if table.get("format").and_then(|v| v.get_ref().as_str()) != Some(SESSION_FORMAT) {
        return Err(SavedRunError::Foreign);
    }
    if let Some(version) = table.get("version").and_then(|v| integer(v.get_ref()))
        && version != i64::from(SESSION_VERSION)
    {
        return Err(SavedRunError::Version {
            found: u64::try_from(version).unwrap_or(0),
            supported: SESSION_VERSION,
        });
    }
    let record: SessionRecord =
        toml::from_str(text).map_err(|e| SavedRunError::Field(map_toml_error(text, &e)))?;
    record.into_saved_run().map_err(|error| match error {
        SavedRunError::Field(mut e) => {
            if e.line.is_none() {
                e.line = e.field.as_deref().and_then(|f| line_of_field(text, f));
            }
            SavedRunError::Field(e)
        }
        other => other,
    })
}

/// A TOML integer's value (any radix, `_` separators allowed); `None` for anything else.
fn integer(value: &toml::de::DeValue<'_>) -> Option<i64> {
    let integer = value.as_integer()?;
    i64::from_str_radix(&integer.as_str().replace('_', ""), integer.radix()).ok()
}
