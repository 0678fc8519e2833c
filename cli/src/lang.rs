//! The user's language for messages: Dutch unless LC_ALL / LC_MESSAGES / LANG starts with "en".

use model::Language;

/// Language chosen from the environment (first non-empty of LC_ALL, LC_MESSAGES, LANG).
pub fn from_env() -> Language {
    let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .unwrap_or_default();
    if var.to_ascii_lowercase().starts_with("en") {
        Language::En
    } else {
        Language::Nl
    }
}

/// Pick the Dutch or English text.
pub fn pick<'a>(lang: Language, nl: &'a str, en: &'a str) -> &'a str {
    match lang {
        Language::Nl => nl,
        Language::En => en,
    }
}
