//! The share link's code (deelcode): a kept run as compact binary data, safe in an address.
//!
//! Layout, fixed for every version: `base64url( version byte ‖ postcard body ‖ checksum )`, where
//! the checksum ([`super::checksum`], little-endian) covers the version byte and the body. The checksum tells a damaged or
//! cut-off link from a good one before anything else is read; the version byte then says whether
//! this program can read the body. Links hold only what rebuilds the run (no name, no language, no
//! results); lever values on the slider's whole percents take one byte.

use super::SavedRun;
use super::error::SavedRunError;
use super::record::{LessonRecord, SESSION_FORMAT, SESSION_VERSION, SessionRecord};
use crate::policy::PolicyChange;
use crate::treatment::setting::Setting;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

/// The link format version this program writes and reads.
pub const LINK_VERSION: u8 = 1;

/// Longest code accepted, in characters (a link with an imported lesson inside is a few kB).
pub const MAX_CODE_CHARS: usize = 200_000;

/// Largest lesson text a link may unpack to, in bytes (as for an imported scenario file).
const MAX_INCLUDED_BYTES: usize = 1_000_000;

/// How hard the lesson sent along is compressed (miniz's best).
const DEFLATE_LEVEL: u8 = 10;

#[derive(Serialize, Deserialize)]
struct LinkRun {
    lesson: LinkLesson,
    seed: u64,
    week: u32,
    timeline: Vec<LinkChange>,
}

#[derive(Serialize, Deserialize)]
enum LinkLesson {
    Bundled {
        id: String,
        revision: u32,
        population: u32,
    },
    Included {
        deflated_toml: Vec<u8>,
        population: u32,
    },
}

#[derive(Serialize, Deserialize)]
struct LinkChange {
    week: u32,
    /// A lever keeps the number its unit variant had before tiers could be treated apart.
    setting: Setting,
    value: LinkValue,
}

/// A lever value: whole percents (what the sliders make) in one byte, anything else exactly.
#[derive(Serialize, Deserialize)]
enum LinkValue {
    Percent(u8),
    Exact(f64),
}

impl LinkValue {
    fn of(value: f64) -> LinkValue {
        let percent = (value * 100.0).round();
        if (0.0..=100.0).contains(&percent) && percent / 100.0 == value {
            LinkValue::Percent(percent as u8)
        } else {
            LinkValue::Exact(value)
        }
    }

    fn value(&self) -> f64 {
        match *self {
            LinkValue::Percent(p) => f64::from(p) / 100.0,
            LinkValue::Exact(v) => v,
        }
    }
}

/// The code of a share link for `saved` (its name and language are left out).
pub fn encode(saved: &SavedRun) -> String {
    let record = SessionRecord::of(saved);
    let lesson = match (record.lesson.included, record.lesson.revision) {
        (None, Some(hex)) => LinkLesson::Bundled {
            id: record.lesson.id,
            revision: u32::from_str_radix(&hex, 16).unwrap_or_default(),
            population: record.lesson.population,
        },
        (included, _) => LinkLesson::Included {
            deflated_toml: miniz_oxide::deflate::compress_to_vec(
                included.unwrap_or_default().as_bytes(),
                DEFLATE_LEVEL,
            ),
            population: record.lesson.population,
        },
    };
    let body = LinkRun {
        lesson,
        seed: record.seed,
        week: record.week,
        timeline: record
            .timeline
            .iter()
            .map(|c| LinkChange {
                week: c.week,
                setting: c.setting,
                value: LinkValue::of(c.value),
            })
            .collect(),
    };
    let mut bytes = vec![LINK_VERSION];
    // Serialising plain data into a growing Vec cannot fail.
    bytes.extend(postcard::to_allocvec(&body).unwrap_or_default());
    let checksum = super::checksum(&bytes);
    bytes.extend(checksum.to_le_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Rebuild the kept run from a share link's code. Any text is accepted; a refusal says why.
pub fn decode(code: &str) -> Result<SavedRun, SavedRunError> {
    let code = code.trim();
    if code.len() > MAX_CODE_CHARS {
        return Err(SavedRunError::TooLarge {
            size: code.len(),
            limit: MAX_CODE_CHARS,
        });
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(code.trim_end_matches('='))
        .map_err(|_| SavedRunError::Damaged)?;
    let (data, checksum) = bytes
        .split_last_chunk::<4>()
        .filter(|(data, _)| !data.is_empty())
        .ok_or(SavedRunError::Damaged)?;
    if super::checksum(data) != u32::from_le_bytes(*checksum) {
        return Err(SavedRunError::Damaged);
    }
    let (version, body) = data.split_first().ok_or(SavedRunError::Damaged)?;
    if *version != LINK_VERSION {
        return Err(SavedRunError::Version {
            found: u64::from(*version),
            supported: u32::from(LINK_VERSION),
        });
    }
    let link: LinkRun = match postcard::take_from_bytes(body) {
        Ok((link, [])) => link,
        _ => return Err(SavedRunError::Damaged),
    };
    let lesson = match link.lesson {
        LinkLesson::Bundled {
            id,
            revision,
            population,
        } => LessonRecord {
            id,
            revision: Some(format!("{revision:08x}")),
            population,
            included: None,
        },
        LinkLesson::Included {
            deflated_toml,
            population,
        } => {
            let text = miniz_oxide::inflate::decompress_to_vec_with_limit(
                &deflated_toml,
                MAX_INCLUDED_BYTES,
            )
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .ok_or(SavedRunError::Damaged)?;
            LessonRecord {
                id: String::new(),
                revision: None,
                population,
                included: Some(text),
            }
        }
    };
    SessionRecord {
        format: SESSION_FORMAT.to_string(),
        version: SESSION_VERSION,
        learner: None,
        language: None,
        seed: link.seed,
        week: link.week,
        lesson,
        timeline: link
            .timeline
            .iter()
            .map(|c| PolicyChange {
                week: c.week,
                setting: c.setting,
                value: c.value.value(),
            })
            .collect(),
    }
    .into_saved_run()
}
