//! The one serde model of a kept run, shared by the session file and the browser's storage (the
//! link maps to and from it), and the checks that turn it back into a [`SavedRun`].

use super::SavedRun;
use super::error::SavedRunError;
use crate::language::Language;
use crate::policy::PolicyChange;
use crate::run::Run;
use crate::scenario::Scenario;
use crate::scenario::catalog;
use crate::scenario::error::{ScenarioError, ScenarioErrorKind};
use crate::scenario::limits::{POPULATION_MAX, WEEKS_MAX};
use serde::{Deserialize, Serialize};

/// The `format` field of session files and stored sessions: what the data is.
pub const SESSION_FORMAT: &str = "klantcyclus-sessie";

/// The session format version this program writes (and the newest it reads).
pub const SESSION_VERSION: u32 = 1;

/// Most policy changes a kept run may hold (a learner changing a lever every week of ten years
/// makes 5 200).
pub const MAX_CHANGES: usize = 20_000;

/// Longest learner name kept, in characters.
pub const MAX_LEARNER_CHARS: usize = 80;

/// A kept run as plain data, field by field as it appears in a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SessionRecord {
    /// Always [`SESSION_FORMAT`].
    pub format: String,
    /// [`SESSION_VERSION`] when written by this program.
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    #[serde(with = "super::seed_value")]
    pub seed: u64,
    pub week: u32,
    pub lesson: LessonRecord,
    #[serde(default)]
    pub timeline: Vec<PolicyChange>,
}

/// Which lesson was played: a bundled one by id and revision, or one that travels along in full.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LessonRecord {
    pub id: String,
    /// The bundled lesson's revision as 8 hex digits; absent for an included lesson.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// The market size played (may differ from the lesson's own).
    pub population: u32,
    /// The whole scenario file of a lesson that is not bundled (an imported one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included: Option<String>,
}

impl LessonRecord {
    /// How to name `scenario`: by id and revision when it is a bundled lesson (possibly with
    /// another market size), in full otherwise.
    pub fn of(scenario: &Scenario) -> LessonRecord {
        let population = scenario.market.population;
        let is_bundled = catalog::bundled_by_id(&scenario.id).is_some_and(|bundled| {
            let mut resized = bundled.clone();
            resized.market.population = population;
            &resized == scenario
        });
        let revision = catalog::revision(&scenario.id).filter(|_| is_bundled);
        LessonRecord {
            id: scenario.id.clone(),
            revision: revision.map(|r| format!("{r:08x}")),
            population,
            included: revision.is_none().then(|| scenario.to_toml()),
        }
    }

    /// The lesson this names, checked, at the market size played. Errors name `lesson.*` fields.
    pub fn resolve(&self) -> Result<Scenario, SavedRunError> {
        let mut scenario = match (&self.included, &self.revision) {
            (Some(text), _) => Scenario::from_toml(text).map_err(SavedRunError::IncludedLesson)?,
            (None, Some(hex)) => {
                let revision = u32::from_str_radix(hex, 16).map_err(|_| {
                    field_error(
                        "lesson.revision",
                        ScenarioErrorKind::WrongType {
                            detail: format!("`{hex}` is not 8 hex digits"),
                        },
                    )
                })?;
                let Some(bundled) = catalog::bundled_by_id(&self.id) else {
                    return Err(field_error(
                        "lesson.id",
                        ScenarioErrorKind::UnknownValue {
                            value: self.id.clone(),
                            allowed: catalog::bundled_ids(),
                        },
                    ));
                };
                if catalog::revision(&self.id) != Some(revision) {
                    return Err(SavedRunError::OtherRevision {
                        id: self.id.clone(),
                    });
                }
                bundled.clone()
            }
            (None, None) => {
                return Err(field_error(
                    "lesson.revision",
                    ScenarioErrorKind::MissingField {
                        name: "revision".to_string(),
                    },
                ));
            }
        };
        check_population(self.population)?;
        scenario.market.population = self.population;
        Ok(scenario)
    }
}

impl SessionRecord {
    /// The record of a kept run.
    pub fn of(saved: &SavedRun) -> SessionRecord {
        let lesson = LessonRecord::of(&saved.run.scenario);
        SessionRecord {
            format: SESSION_FORMAT.to_string(),
            version: SESSION_VERSION,
            learner: saved.learner.clone(),
            language: saved.language,
            seed: saved.run.seed,
            week: saved.week,
            lesson,
            timeline: saved.run.timeline.clone(),
        }
    }

    /// Check every field and rebuild the kept run. Nothing is guessed: the first problem found is
    /// returned, naming its field.
    pub fn into_saved_run(self) -> Result<SavedRun, SavedRunError> {
        if self.format != SESSION_FORMAT {
            return Err(SavedRunError::Foreign);
        }
        if self.version != SESSION_VERSION {
            return Err(SavedRunError::Version {
                found: u64::from(self.version),
                supported: SESSION_VERSION,
            });
        }
        let scenario = self.lesson.resolve()?;
        if self.week > WEEKS_MAX {
            return Err(SavedRunError::Field(ScenarioError::out_of_range(
                "week",
                f64::from(self.week),
                0.0,
                f64::from(WEEKS_MAX),
            )));
        }
        check_timeline(&self.timeline, &scenario, self.week)?;
        let learner = match self.learner.as_deref().map(str::trim) {
            Some(name) if name.chars().count() > MAX_LEARNER_CHARS => {
                return Err(SavedRunError::Field(ScenarioError::out_of_range(
                    "learner",
                    name.chars().count() as f64,
                    0.0,
                    MAX_LEARNER_CHARS as f64,
                )));
            }
            Some(name) if name.chars().any(is_unprintable) => {
                return Err(field_error(
                    "learner",
                    ScenarioErrorKind::Inconsistent {
                        reason_nl: "een naam bevat geen regeleinden of stuurtekens".to_string(),
                        reason_en: "a name holds no line breaks or control characters".to_string(),
                    },
                ));
            }
            Some("") | None => None,
            Some(name) => Some(name.to_string()),
        };
        Ok(SavedRun {
            run: Run {
                scenario,
                seed: self.seed,
                timeline: self.timeline,
            },
            week: self.week,
            learner,
            language: self.language,
        })
    }
}

/// Line breaks, control characters and the bidirectional overrides that would turn text around.
fn is_unprintable(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn field_error(field: &str, kind: ScenarioErrorKind) -> SavedRunError {
    SavedRunError::Field(ScenarioError::new(field, kind))
}

fn check_population(population: u32) -> Result<(), SavedRunError> {
    if (1..=POPULATION_MAX).contains(&population) {
        Ok(())
    } else {
        Err(SavedRunError::Field(ScenarioError::out_of_range(
            "lesson.population",
            f64::from(population),
            1.0,
            f64::from(POPULATION_MAX),
        )))
    }
}

/// Every change: a lever value in [0, 1], a lever the lesson lets the learner move, made at or
/// before the week on screen, in week order.
fn check_timeline(
    timeline: &[PolicyChange],
    scenario: &Scenario,
    week: u32,
) -> Result<(), SavedRunError> {
    if timeline.len() > MAX_CHANGES {
        return Err(SavedRunError::Field(ScenarioError::out_of_range(
            "timeline",
            timeline.len() as f64,
            0.0,
            MAX_CHANGES as f64,
        )));
    }
    let mut previous_week = 0;
    for (i, change) in timeline.iter().enumerate() {
        if !change.setting.accepts(change.value) {
            return Err(SavedRunError::Field(ScenarioError::out_of_range(
                format!("timeline[{i}].value"),
                change.value,
                0.0,
                change.setting.max_value(),
            )));
        }
        let inconsistent = |nl: String, en: String| {
            field_error(
                &format!("timeline[{i}].week"),
                ScenarioErrorKind::Inconsistent {
                    reason_nl: nl,
                    reason_en: en,
                },
            )
        };
        if change.week > week {
            return Err(inconsistent(
                format!(
                    "deze wijziging in week {} ligt na de getoonde week {week}",
                    change.week
                ),
                format!(
                    "this change in week {} comes after the week shown, {week}",
                    change.week
                ),
            ));
        }
        if change.week < previous_week {
            return Err(inconsistent(
                format!(
                    "de wijzigingen staan niet op volgorde (week {} na week {previous_week})",
                    change.week
                ),
                format!(
                    "the changes are out of order (week {} after week {previous_week})",
                    change.week
                ),
            ));
        }
        previous_week = change.week;
        if !scenario.allows(change.setting) {
            return Err(field_error(
                &format!("timeline[{i}].lever"),
                ScenarioErrorKind::Inconsistent {
                    reason_nl: format!(
                        "de instelling `{}` zit in deze les vast of doet niet mee",
                        change.setting.key()
                    ),
                    reason_en: format!(
                        "the setting `{}` is locked or left out in this lesson",
                        change.setting.key()
                    ),
                },
            ));
        }
    }
    Ok(())
}
