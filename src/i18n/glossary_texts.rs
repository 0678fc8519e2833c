//! The texts around the glossary (Begrippen): its button, dialog, search and links, in Dutch and
//! English. The entries themselves live in `crate::glossary::entries`.

use model::Language;

/// The glossary's interface texts of one language.
pub struct GlossaryTexts {
    /// The header button.
    pub open_button: &'static str,
    /// Its tooltip.
    pub open_hint: &'static str,
    /// The dialog's title.
    pub title: &'static str,
    /// One line under the title.
    pub intro: &'static str,
    /// The search field's label.
    pub search_label: &'static str,
    /// Its placeholder.
    pub search_placeholder: &'static str,
    /// How many concepts the list shows: (count).
    pub count: fn(usize) -> String,
    /// When nothing matches the search.
    pub nothing_found: &'static str,
    /// Before the other language's term ("In het Engels").
    pub other_language: &'static str,
    /// The heading of what the concept looks like in Klantcyclus.
    pub in_simulator: &'static str,
    /// Before the list of places.
    pub places_label: &'static str,
    /// The dialog's close button.
    pub close: &'static str,
    /// A link's accessible name: (term).
    pub link_label: fn(&str) -> String,
    /// The link under a lever's explanation.
    pub lever_link: &'static str,
}

fn nl_count(count: usize) -> String {
    match count {
        1 => "1 begrip".to_string(),
        n => format!("{n} begrippen"),
    }
}

fn en_count(count: usize) -> String {
    match count {
        1 => "1 concept".to_string(),
        n => format!("{n} concepts"),
    }
}

fn nl_link(term: &str) -> String {
    format!("{term}: uitleg bij Begrippen")
}

fn en_link(term: &str) -> String {
    format!("{term}: explained in the glossary")
}

/// Dutch.
pub const NL: GlossaryTexts = GlossaryTexts {
    open_button: "Begrippen",
    open_hint: "De begrippen van de cursus, uitgelegd en terug te vinden in Klantcyclus",
    title: "Begrippen",
    intro: "Elk begrip uit de les in gewone woorden, en waar je het in Klantcyclus terugziet.",
    search_label: "Zoek een begrip",
    search_placeholder: "bijvoorbeeld NPS of binding",
    count: nl_count,
    nothing_found: "Geen begrip gevonden. Probeer een ander of korter woord.",
    other_language: "Engels",
    in_simulator: "In Klantcyclus",
    places_label: "Te zien bij",
    close: "Begrippen sluiten",
    link_label: nl_link,
    lever_link: "Meer bij Begrippen",
};

/// English.
pub const EN: GlossaryTexts = GlossaryTexts {
    open_button: "Glossary",
    open_hint: "The course's concepts, explained and found back in Klantcyclus",
    title: "Glossary",
    intro: "Every concept of the course in plain words, and where you see it in Klantcyclus.",
    search_label: "Search for a concept",
    search_placeholder: "for example NPS or binding",
    count: en_count,
    nothing_found: "No concept found. Try another or a shorter word.",
    other_language: "Dutch",
    in_simulator: "In Klantcyclus",
    places_label: "Shown in",
    close: "Close the glossary",
    link_label: en_link,
    lever_link: "More in the glossary",
};

/// The table of the current reactive context's language.
pub fn glossary_texts() -> &'static GlossaryTexts {
    glossary_texts_for(super::current_language())
}

/// The table of `language`.
pub fn glossary_texts_for(language: Language) -> &'static GlossaryTexts {
    match language {
        Language::Nl => &NL,
        Language::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_use_the_singular_for_one() {
        assert_eq!((NL.count)(1), "1 begrip");
        assert_eq!((NL.count)(47), "47 begrippen");
        assert_eq!((EN.count)(1), "1 concept");
        assert_eq!((EN.count)(0), "0 concepts");
    }

    #[test]
    fn links_name_the_term() {
        assert!((NL.link_label)("NPS").starts_with("NPS"));
        assert!((EN.link_label)("NPS").contains("glossary"));
    }
}
