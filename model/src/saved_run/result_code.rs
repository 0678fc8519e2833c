//! The result code (resultaatcode): a finished lesson in at most [`MAX_RESULT_CODE_CHARS`]
//! characters, for a class competition. It holds what rebuilds the run — the bundled lesson and its
//! revision, the seed, the market size, the policy timeline — and the learner's name; never a
//! result. The teacher's page replays each code with the model and ranks what the replays give, so
//! a score cannot be claimed, only played.
//!
//! Layout: `base64url( version byte ‖ postcard body ‖ checksum )`, as the share link, but smaller:
//! the lesson is named by its revision alone (4 bytes: it identifies both the lesson and its
//! version), lever values are whole percents, and the timeline is first reduced to the changes that
//! matter ([`crate::Run::compacted_timeline`]).

use super::SavedRun;
use super::error::SavedRunError;
use super::record::{LessonRecord, SESSION_FORMAT, SESSION_VERSION, SessionRecord};
use crate::language::Language;
use crate::policy::PolicyChange;
use crate::scenario::catalog;
use crate::treatment::setting::Setting;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

/// The result code format version this program writes and reads.
pub const RESULT_CODE_VERSION: u8 = 1;

/// Longest result code, in characters.
pub const MAX_RESULT_CODE_CHARS: usize = 120;

/// Most bytes of the learner's name a code carries (a longer name is shortened).
pub const MAX_NAME_BYTES: usize = 20;

#[derive(Serialize, Deserialize)]
struct ResultBody {
    revision: [u8; 4],
    seed: u64,
    population: u32,
    name: String,
    /// Week, setting and value in steps ([`Setting::step_of`]: percents, a channel's code).
    timeline: Vec<(u32, Setting, u8)>,
}

/// Why no result code can be made for a run (the share link still works).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeRefusal {
    /// The lesson is not one of the bundled lessons (an imported or changed one).
    NotBundled,
    /// A lever value is not a whole percent, so the code could not replay it exactly.
    NotOnSlider,
    /// Too many policy changes to fit in a code.
    TooManyChanges {
        /// Changes that matter in the run.
        changes: usize,
    },
}

impl CodeRefusal {
    /// The reason in the user's language, as a sentence.
    pub fn message(self, language: Language) -> String {
        let nl = language == Language::Nl;
        match self {
            CodeRefusal::NotBundled if nl => "Een resultaatcode kan alleen voor een meegeleverde les; deel je ronde met de deellink.".to_string(),
            CodeRefusal::NotBundled => "A result code can only be made for a bundled lesson; share your run with the share link.".to_string(),
            CodeRefusal::NotOnSlider if nl => "Deze ronde bevat een knopstand die geen hele procent is; deel hem met de deellink.".to_string(),
            CodeRefusal::NotOnSlider => "This run has a lever value that is not a whole percent; share it with the share link.".to_string(),
            CodeRefusal::TooManyChanges { changes } if nl => format!(
                "Je beleid veranderde {changes} keer; dat past niet in een resultaatcode van {MAX_RESULT_CODE_CHARS} tekens. Speel de les opnieuw met minder wijzigingen, of deel je ronde met de deellink."
            ),
            CodeRefusal::TooManyChanges { changes } => format!(
                "Your policy changed {changes} times; that does not fit in a result code of {MAX_RESULT_CODE_CHARS} characters. Play the lesson again with fewer changes, or share your run with the share link."
            ),
        }
    }
}

/// The result code of a finished run of a bundled lesson, with the learner's name (shortened to
/// [`MAX_NAME_BYTES`] if needed).
pub fn encode(saved: &SavedRun) -> Result<String, CodeRefusal> {
    let run = &saved.run;
    let lesson = LessonRecord::of(&run.scenario);
    let revision = lesson
        .revision
        .as_deref()
        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
        .filter(|_| lesson.included.is_none())
        .ok_or(CodeRefusal::NotBundled)?;
    let timeline = run.compacted_timeline();
    let mut changes = Vec::with_capacity(timeline.len());
    for change in &timeline {
        let steps = change
            .setting
            .step_of(change.value)
            .ok_or(CodeRefusal::NotOnSlider)?;
        changes.push((change.week, change.setting, steps));
    }
    let body = ResultBody {
        revision: revision.to_le_bytes(),
        seed: run.seed,
        population: lesson.population,
        name: shortened(saved.learner.as_deref().unwrap_or_default()),
        timeline: changes,
    };
    let mut bytes = vec![RESULT_CODE_VERSION];
    // Serialising plain data into a growing Vec cannot fail.
    bytes.extend(postcard::to_allocvec(&body).unwrap_or_default());
    let checksum = super::checksum(&bytes);
    bytes.extend(checksum.to_le_bytes());
    let code = URL_SAFE_NO_PAD.encode(bytes);
    if code.len() > MAX_RESULT_CODE_CHARS {
        return Err(CodeRefusal::TooManyChanges {
            changes: timeline.len(),
        });
    }
    Ok(code)
}

/// The run a result code names, played to the end of its lesson, with the learner's name. Any text
/// is accepted; a refusal says why (damaged, another version, a lesson this program does not have).
pub fn decode(code: &str) -> Result<SavedRun, SavedRunError> {
    let code = code.trim();
    if code.len() > MAX_RESULT_CODE_CHARS {
        return Err(SavedRunError::TooLarge {
            size: code.len(),
            limit: MAX_RESULT_CODE_CHARS,
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
    if *version != RESULT_CODE_VERSION {
        return Err(SavedRunError::Version {
            found: u64::from(*version),
            supported: u32::from(RESULT_CODE_VERSION),
        });
    }
    let body: ResultBody = match postcard::take_from_bytes(body) {
        Ok((body, [])) => body,
        _ => return Err(SavedRunError::Damaged),
    };
    let revision = u32::from_le_bytes(body.revision);
    let scenario = catalog::bundled()
        .iter()
        .find(|s| catalog::revision(&s.id) == Some(revision))
        .ok_or(SavedRunError::UnknownLesson)?;
    SessionRecord {
        format: SESSION_FORMAT.to_string(),
        version: SESSION_VERSION,
        learner: Some(body.name).filter(|name| !name.is_empty()),
        language: None,
        seed: body.seed,
        week: scenario.weeks,
        lesson: LessonRecord {
            id: scenario.id.clone(),
            revision: Some(format!("{revision:08x}")),
            population: body.population,
            included: None,
        },
        timeline: body
            .timeline
            .iter()
            .map(|&(week, setting, steps)| PolicyChange {
                week,
                setting,
                value: setting.value_of_step(steps),
            })
            .collect(),
    }
    .into_saved_run()
}

/// The name as far as it fits in [`MAX_NAME_BYTES`], cut at a character boundary, trimmed.
fn shortened(name: &str) -> String {
    let mut end = 0;
    for (at, c) in name.trim().char_indices() {
        if at + c.len_utf8() > MAX_NAME_BYTES {
            break;
        }
        end = at + c.len_utf8();
    }
    name.trim()[..end].trim_end().to_string()
}
