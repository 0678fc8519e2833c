//! The texts of saving, sharing and reopening a run, in Dutch and English. Same pattern as
//! [`super::scenario_texts`]: one `const` table per language, so a missing text is a compile error.

use model::Language;

/// Every text of the save-and-share screens in one language.
pub struct KeepTexts {
    pub open_button: &'static str,
    pub dialog_title: &'static str,
    pub dialog_intro: &'static str,
    pub close: &'static str,

    pub name_label: &'static str,
    pub name_hint: &'static str,

    pub share_heading: &'static str,
    /// "… en alles tot week 12."
    pub share_explain: fn(u32) -> String,
    pub copy_button: &'static str,
    pub copied: &'static str,
    pub copy_refused: &'static str,
    pub link_label: &'static str,
    /// "124 tekens".
    pub link_length: fn(usize) -> String,

    pub file_heading: &'static str,
    pub save_file_button: &'static str,
    pub save_file_hint: &'static str,
    pub open_file_button: &'static str,
    pub open_file_hint: &'static str,
    pub open_error_title: &'static str,
    pub open_unchanged: &'static str,
    /// A session file over the size limit.
    pub file_too_large: fn(&str) -> String,
    /// A file the browser could not read as text.
    pub file_unreadable: fn(&str) -> String,
    /// "<file>: <reason>".
    pub file_refused: fn(&str, &str) -> String,
    /// The notice after a file was opened.
    pub file_opened: fn(&str) -> String,

    pub notice_restored: &'static str,
    pub new_start: &'static str,
    pub notice_link_opened: &'static str,
    pub back_to_own: &'static str,
    pub notice_address_run: &'static str,
    /// A share link that could not be used, with the reason.
    pub notice_link_refused: fn(&str) -> String,
    /// Added when a link is damaged: the usual cause.
    pub link_damaged_hint: &'static str,
    /// Stored data that could not be read, with the reason.
    pub notice_stored_unreadable: fn(&str) -> String,
    pub notice_no_storage: &'static str,
    pub dismiss: &'static str,

    pub data_heading: &'static str,
    pub csv_button: &'static str,
    pub csv_hint: &'static str,
    pub csv_lesson: &'static str,
    pub csv_scenario_id: &'static str,
    pub csv_seed: &'static str,
    pub csv_market: &'static str,
    pub csv_week: &'static str,
    pub csv_decisions: &'static str,
    pub csv_no_decisions: &'static str,
    /// "week 4: Belofte 50 % → 80 %" (week, lever name, from and to as 0..1).
    /// "week 12: Prijs 50 % → 80 %": the week, the setting's name, its values before and after.
    pub csv_decision: fn(u32, &str, &str, &str) -> String,
    /// The title of a chart's PNG button ("Grafiek als PNG-bestand").
    pub png_button: &'static str,
}

impl KeepTexts {
    /// The table of `language`.
    pub fn of(language: Language) -> &'static KeepTexts {
        match language {
            Language::Nl => &NL,
            Language::En => &EN,
        }
    }
}

/// The texts in the interface's language.
pub fn keep_texts() -> &'static KeepTexts {
    KeepTexts::of(super::current_language())
}

pub const NL: KeepTexts = KeepTexts {
    open_button: "Bewaren & delen",
    dialog_title: "Bewaren en delen",
    dialog_intro: "Je ronde wordt in deze browser vanzelf bewaard. Wil je hem aan iemand laten \
                   zien of op een andere computer verder spelen? Deel de link of sla een \
                   sessiebestand op.",
    close: "Sluiten",

    name_label: "Je naam (niet verplicht)",
    name_hint: "Staat in het sessiebestand, niet in de link.",

    share_heading: "Deel deze ronde",
    share_explain: |week| {
        format!(
            "Wie de link opent, ziet precies deze ronde: dezelfde les en hetzelfde startgetal, \
             al je beslissingen en alles tot week {week}."
        )
    },
    copy_button: "Kopieer link",
    copied: "De link staat op het klembord. Plak hem in een bericht of mail.",
    copy_refused: "Kopiëren naar het klembord mocht niet. Selecteer de link hieronder en \
                   kopieer hem zelf (Ctrl+C).",
    link_label: "Link naar deze ronde",
    link_length: |n| format!("{n} tekens"),

    file_heading: "Sessiebestand",
    save_file_button: "Sessie opslaan",
    save_file_hint: "Een .klantcyclus-bestand met de les, je beslissingen en je naam: om later \
                     verder te spelen of in te leveren bij je docent.",
    open_file_button: "Sessie openen",
    open_file_hint: "Open een .klantcyclus-bestand en speel verder waar het ophield.",
    open_error_title: "Dit bestand kan niet worden geopend",
    open_unchanged: "Er is niets veranderd: je ronde staat nog zoals hij was.",
    file_too_large: |name| format!("{name}: dit bestand is te groot voor een sessiebestand."),
    file_unreadable: |name| format!("{name}: dit bestand kon niet als tekst worden gelezen."),
    file_refused: |name, reason| format!("{name}: {reason}"),
    file_opened: |name| format!("Sessie “{name}” is geopend."),

    notice_restored: "Je vorige sessie is hersteld.",
    new_start: "Nieuw beginnen",
    notice_link_opened: "Je bekijkt een gedeelde ronde. Speel gerust verder: dat verandert de \
                         link niet.",
    back_to_own: "Terug naar mijn eigen sessie",
    notice_address_run: "Deze link start een nieuwe ronde met een eigen startgetal of marktgrootte. \
                         Je eigen sessie is apart bewaard.",
    notice_link_refused: |reason| {
        format!("Deze link kan niet worden geopend: {reason}. De app is gewoon gestart.")
    },
    link_damaged_hint: "Is de link misschien niet helemaal meegekopieerd?",
    notice_stored_unreadable: |reason| {
        format!(
            "Je opgeslagen sessie kon niet worden gelezen: {reason}. De app begint opnieuw; de \
             oude gegevens zijn apart bewaard."
        )
    },
    notice_no_storage: "Deze browser laat Klantcyclus niets bewaren, dus je werk wordt niet \
                        vanzelf opgeslagen. Gebruik ‘Bewaren & delen’ om een sessiebestand op \
                        te slaan.",
    dismiss: "Sluiten",

    data_heading: "Gegevens",
    csv_button: "Alle reeksen als CSV",
    csv_hint: "Elke week van deze run in één bestand voor een spreadsheet, met je beslissingen \
               erboven.",
    csv_lesson: "Les",
    csv_scenario_id: "Scenario",
    csv_seed: "Startgetal",
    csv_market: "Mensen in de markt",
    csv_week: "Week",
    csv_decisions: "Beslissingen",
    csv_no_decisions: "geen",
    csv_decision: |week, setting, from, to| format!("week {week}: {setting} {from} → {to}"),
    png_button: "Grafiek als PNG-bestand",
};

pub const EN: KeepTexts = KeepTexts {
    open_button: "Save & share",
    dialog_title: "Save and share",
    dialog_intro: "This browser keeps your run by itself. To show it to someone or go on on \
                   another computer, share the link or save a session file.",
    close: "Close",

    name_label: "Your name (optional)",
    name_hint: "Goes into the session file, not into the link.",

    share_heading: "Share this run",
    share_explain: |week| {
        format!(
            "Whoever opens the link sees exactly this run: the same lesson and seed, all your \
             decisions and everything up to week {week}."
        )
    },
    copy_button: "Copy link",
    copied: "The link is on the clipboard. Paste it into a message or e-mail.",
    copy_refused: "Copying to the clipboard was not allowed. Select the link below and copy it \
                   yourself (Ctrl+C).",
    link_label: "Link to this run",
    link_length: |n| format!("{n} characters"),

    file_heading: "Session file",
    save_file_button: "Save session",
    save_file_hint: "A .klantcyclus file with the lesson, your decisions and your name: to go on \
                     later or to hand in to your teacher.",
    open_file_button: "Open session",
    open_file_hint: "Open a .klantcyclus file and go on where it stopped.",
    open_error_title: "This file cannot be opened",
    open_unchanged: "Nothing has changed: your run is as it was.",
    file_too_large: |name| format!("{name}: this file is too large for a session file."),
    file_unreadable: |name| format!("{name}: this file could not be read as text."),
    file_refused: |name, reason| format!("{name}: {reason}"),
    file_opened: |name| format!("Session “{name}” is open."),

    notice_restored: "Your previous session has been restored.",
    new_start: "Start afresh",
    notice_link_opened: "You are looking at a shared run. Feel free to play on: that does not \
                         change the link.",
    back_to_own: "Back to my own session",
    notice_address_run: "This link starts a new run with a seed or market size of its own. Your \
                         own session has been kept aside.",
    notice_link_refused: |reason| {
        format!("This link cannot be opened: {reason}. The app started as usual.")
    },
    link_damaged_hint: "Was part of the link perhaps lost in copying?",
    notice_stored_unreadable: |reason| {
        format!(
            "Your stored session could not be read: {reason}. The app starts afresh; the old \
             data has been kept aside."
        )
    },
    notice_no_storage: "This browser does not let Klantcyclus store anything, so your work is \
                        not saved by itself. Use ‘Save & share’ to save a session file.",
    dismiss: "Close",

    data_heading: "Data",
    csv_button: "All series as CSV",
    csv_hint: "Every week of this run in one file for a spreadsheet, with your decisions on top.",
    csv_lesson: "Lesson",
    csv_scenario_id: "Scenario",
    csv_seed: "Seed",
    csv_market: "People in the market",
    csv_week: "Week",
    csv_decisions: "Decisions",
    csv_no_decisions: "none",
    csv_decision: |week, setting, from, to| format!("week {week}: {setting} {from} → {to}"),
    png_button: "Chart as PNG file",
};
