//! Open a scenario file from disk: read it, check it, and either give back the lesson or a message
//! that names the file, the line and the field. Nothing is changed until the whole file is good.

use crate::i18n::ScenarioTexts;
use model::{Language, Scenario};

/// Largest scenario file accepted; the bundled ones are about 8 kB.
pub const MAX_FILE_BYTES: f64 = 1_000_000.0;

/// Read a scenario from the text of file `name`; the error is in `language`.
pub fn read_scenario(name: &str, text: &str, language: Language) -> Result<Scenario, String> {
    Scenario::from_toml(text).map_err(|e| format!("{name}: {}", e.message(language)))
}

/// The first file chosen in a file input, read as text.
pub enum ChosenFile {
    /// The file and its text.
    Text { name: String, text: String },
    /// Larger than the caller accepts (not read).
    TooLarge { name: String },
    /// The browser could not read it as text.
    Unreadable { name: String },
}

/// Read the first file chosen in `input` if it is at most `max_bytes`; `None` when no file was
/// chosen. Scenario files and session files are both opened this way.
pub async fn read_chosen(input: &web_sys::HtmlInputElement, max_bytes: f64) -> Option<ChosenFile> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    if file.size() > max_bytes {
        return Some(ChosenFile::TooLarge { name });
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string());
    Some(match text {
        Some(text) => ChosenFile::Text { name, text },
        None => ChosenFile::Unreadable { name },
    })
}

/// Read the first file chosen in a file input; `None` when no file was chosen.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    texts: &ScenarioTexts,
    language: Language,
) -> Option<Result<Scenario, String>> {
    Some(match read_chosen(input, MAX_FILE_BYTES).await? {
        ChosenFile::Text { name, text } => read_scenario(&name, &text, language),
        ChosenFile::TooLarge { name } => Err((texts.file_too_large)(&name)),
        ChosenFile::Unreadable { name } => Err((texts.file_unreadable)(&name)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::catalog::BUNDLED_FILES;

    #[test]
    fn a_good_file_reads_and_a_bad_one_names_file_line_and_field() {
        let (_, text) = BUNDLED_FILES[1];
        assert!(read_scenario("les.toml", text, Language::Nl).is_ok());
        let broken = text.replacen("weeks = 104", "weeks = \"lang\"", 1);
        let line = text.lines().position(|l| l == "weeks = 104").unwrap() + 1;
        let nl = read_scenario("les.toml", &broken, Language::Nl).unwrap_err();
        let en = read_scenario("les.toml", &broken, Language::En).unwrap_err();
        assert!(
            nl.starts_with(&format!("les.toml: regel {line}, veld `weeks`")),
            "{nl}"
        );
        assert!(
            en.starts_with(&format!("les.toml: line {line}, field `weeks`")),
            "{en}"
        );
    }

    #[test]
    fn garbage_is_refused_with_a_message_not_a_panic() {
        for text in [
            "",
            "\u{0}\u{1}",
            "[[[",
            "format_version = 1",
            "weeks = 1e999",
        ] {
            let error = read_scenario("x.toml", text, Language::Nl).unwrap_err();
            assert!(error.starts_with("x.toml: "));
        }
    }
}
