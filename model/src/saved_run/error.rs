//! Why a link, session file or stored session could not be opened, in Dutch and English.

use crate::language::Language;
use crate::scenario::error::ScenarioError;

/// What is wrong with a kept run. Opening one that fails changes nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum SavedRunError {
    /// The text is cut off, mistyped or changed (bad characters, wrong checksum, unreadable data).
    Damaged,
    /// The data is not a Klantcyclus session at all (another program's data, another kind of file).
    Foreign,
    /// More data than a kept run can hold.
    TooLarge {
        /// Size found, in bytes or characters.
        size: usize,
        /// Largest size accepted.
        limit: usize,
    },
    /// Made by a program with another session format version.
    Version {
        /// The version found.
        found: u64,
        /// The version this program reads.
        supported: u32,
    },
    /// The bundled lesson it names has changed since the run was made: it would not replay the same.
    OtherRevision {
        /// The lesson's id.
        id: String,
    },
    /// A result code names a lesson revision this program does not have (another version of the
    /// app or of the lesson).
    UnknownLesson,
    /// A field with a value that cannot be used, with the field (and in files the line).
    Field(ScenarioError),
    /// The lesson that travels along in the run could not be read.
    IncludedLesson(ScenarioError),
}

impl SavedRunError {
    /// The problem in the user's language, as a sentence to follow "could not be opened: ".
    pub fn message(&self, language: Language) -> String {
        let nl = language == Language::Nl;
        match self {
            SavedRunError::Damaged if nl => "de gegevens zijn beschadigd of onvolledig".to_string(),
            SavedRunError::Damaged => "the data is damaged or incomplete".to_string(),
            SavedRunError::Foreign if nl => "dit zijn geen Klantcyclus-gegevens".to_string(),
            SavedRunError::Foreign => "this is not Klantcyclus data".to_string(),
            SavedRunError::TooLarge { size, limit } if nl => {
                format!("te groot ({size} tekens; hoogstens {limit})")
            }
            SavedRunError::TooLarge { size, limit } => {
                format!("too large ({size} characters; at most {limit})")
            }
            SavedRunError::Version { found, supported } => {
                let newer = *found > u64::from(*supported);
                match (newer, nl) {
                    (true, true) => format!(
                        "gemaakt met een nieuwere versie van Klantcyclus (formaat {found}; deze versie leest {supported}): open het in de nieuwste versie"
                    ),
                    (true, false) => format!(
                        "made with a newer version of Klantcyclus (format {found}; this version reads {supported}): open it in the newest version"
                    ),
                    (false, true) => format!(
                        "gemaakt met een oudere versie van Klantcyclus (formaat {found}) die deze versie niet meer leest"
                    ),
                    (false, false) => format!(
                        "made with an older version of Klantcyclus (format {found}) that this version no longer reads"
                    ),
                }
            }
            SavedRunError::OtherRevision { id } if nl => format!(
                "gemaakt met een andere versie van de les `{id}`; met deze versie zou de ronde anders verlopen"
            ),
            SavedRunError::OtherRevision { id } => format!(
                "made with another version of the lesson `{id}`; with this version the run would turn out differently"
            ),
            SavedRunError::UnknownLesson if nl => "gemaakt bij een les of lesversie die deze versie van Klantcyclus niet heeft; laat de leerling de les hier opnieuw spelen".to_string(),
            SavedRunError::UnknownLesson => "made for a lesson or lesson version this version of Klantcyclus does not have; let the learner play the lesson here again".to_string(),
            SavedRunError::Field(error) => error.message(language),
            SavedRunError::IncludedLesson(error) if nl => {
                format!("de meegestuurde les: {}", error.message(language))
            }
            SavedRunError::IncludedLesson(error) => {
                format!("the lesson sent along: {}", error.message(language))
            }
        }
    }
}

impl std::fmt::Display for SavedRunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for SavedRunError {}
