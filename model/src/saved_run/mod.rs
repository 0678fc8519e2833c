//! A kept run (bewaarde speelronde): the exact run in a share link, a session file or the browser's
//! storage. One value, [`SavedRun`], and one serde model of it ([`record`]); the three encodings are
//! thin adapters over that model:
//!
//! - [`link`]: compact binary (postcard) + checksum, base64url, for the address bar;
//! - [`file`]: a `.klantcyclus` TOML file a teacher can read;
//! - [`stored`]: the same TOML text for autosave in the browser;
//! - [`result_code`]: a finished lesson in at most 120 characters, for a class competition.
//!
//! Results are never kept: opening a saved run replays it, so what it shows is always what the model
//! computes. Every decoder takes any text without panicking and explains a refusal in Dutch and
//! English ([`SavedRunError`]).

mod error;
pub mod file;
pub mod link;
mod record;
pub mod result_code;
mod seed_value;
pub mod stored;

pub use error::SavedRunError;
pub use record::{MAX_CHANGES, MAX_LEARNER_CHARS, SESSION_FORMAT, SESSION_VERSION};

use crate::language::Language;
use crate::run::Run;

/// Everything that is kept of a run: the run itself (scenario, seed, timeline), the week on screen,
/// and — in files and storage, never in links — who played it and in which language.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedRun {
    /// Scenario, seed and policy timeline.
    pub run: Run,
    /// The week that was on screen.
    pub week: u32,
    /// The learner's name, if they gave one (files and storage only).
    pub learner: Option<String>,
    /// The interface language (files and storage only).
    pub language: Option<Language>,
}

/// The checksum of share links and of bundled lessons' revisions (Adler-32: small and fast, and
/// it catches the typos, cuts and swaps that damage a copied link).
pub fn checksum(bytes: &[u8]) -> u32 {
    adler2::adler32_slice(bytes)
}

impl SavedRun {
    /// A run at `week`, without a name or language.
    pub fn new(run: Run, week: u32) -> SavedRun {
        SavedRun {
            run,
            week,
            learner: None,
            language: None,
        }
    }
}
