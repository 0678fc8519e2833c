//! Saving the run as a `.klantcyclus` session file and opening one: the file adapter of
//! `model::saved_run`, with the same checks as opening a scenario file.

use crate::i18n::KeepTexts;
use crate::scenario::export::ExportFile;
use crate::scenario::import::{ChosenFile, read_chosen};
use model::saved_run::file;
use model::{Language, SavedRun};

/// The session file for `saved`: named after the learner (if given) and the lesson.
pub fn session_file(saved: &SavedRun) -> ExportFile {
    let who: String = saved
        .learner
        .as_deref()
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let who = who.trim_matches('-');
    let lesson = &saved.run.scenario.id;
    let name = if who.is_empty() {
        format!("{lesson}-week-{}.{}", saved.week, file::EXTENSION)
    } else {
        format!("{who}-{lesson}-week-{}.{}", saved.week, file::EXTENSION)
    };
    ExportFile {
        name,
        text: file::encode(saved),
        mime: crate::scenario::export::TOML,
    }
}

/// Read the session file `name`; a refusal names the file, field and line in `language`.
pub fn read_session(
    name: &str,
    text: &str,
    language: Language,
    t: &KeepTexts,
) -> Result<SavedRun, String> {
    file::decode(text).map_err(|e| (t.file_refused)(name, &e.message(language)))
}

/// Read the session file chosen in `input`: its name and the run, or the message to show.
pub async fn read_chosen_session(
    input: &web_sys::HtmlInputElement,
    language: Language,
    t: &KeepTexts,
) -> Option<Result<(String, SavedRun), String>> {
    Some(
        match read_chosen(input, file::MAX_FILE_BYTES as f64).await? {
            ChosenFile::Text { name, text } => {
                read_session(&name, &text, language, t).map(|saved| (name, saved))
            }
            ChosenFile::TooLarge { name } => Err((t.file_too_large)(&name)),
            ChosenFile::Unreadable { name } => Err((t.file_unreadable)(&name)),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Lever, Run, Scenario};

    fn saved() -> SavedRun {
        let mut run = Run::new(Scenario::free_play(), 3);
        run.timeline.push(model::PolicyChange {
            week: 1,
            setting: Lever::Price.into(),
            value: 0.7,
        });
        let mut saved = SavedRun::new(run, 6);
        saved.learner = Some("Sanne de Vries".to_string());
        saved
    }

    #[test]
    fn the_file_is_named_after_learner_lesson_and_week_and_reads_back() {
        let file = session_file(&saved());
        assert_eq!(file.name, "sanne-de-vries-free-play-week-6.klantcyclus");
        let back = read_session(
            &file.name,
            &file.text,
            Language::Nl,
            &crate::i18n::keep_texts::NL,
        );
        assert_eq!(back, Ok(saved()));
    }

    #[test]
    fn a_bad_file_names_the_file_and_the_field() {
        let text = session_file(&saved())
            .text
            .replace("week = 6", "week = \"zes\"");
        let message = read_session(
            "x.klantcyclus",
            &text,
            Language::En,
            &crate::i18n::keep_texts::EN,
        )
        .unwrap_err();
        assert!(message.starts_with("x.klantcyclus: line "), "{message}");
        assert!(message.contains("field `week`"), "{message}");
    }
}
