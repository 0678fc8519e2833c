//! The texts of the scenario screens (picker, intro, assignments, results, import and export) in
//! Dutch and English. Same pattern as the app's translation layer ([`crate::i18n`]): one `const`
//! table per language, so a missing text is a compile error. The lesson texts themselves come from
//! the scenario file, in both languages.

use super::number::{DUTCH, ENGLISH as ENGLISH_NUMBERS, NumberStyle};
use model::Language as LessonLanguage;

/// Every text of the scenario screens in one language.
pub struct ScenarioTexts {
    pub numbers: NumberStyle,

    pub bar_label: &'static str,
    pub bar_choose: &'static str,
    pub assignments_button: &'static str,
    /// "1 van 2 gehaald".
    pub assignments_summary: fn(usize, usize) -> String,

    pub picker_title: &'static str,
    pub picker_intro: &'static str,
    pub level_mbo: &'static str,
    pub level_hbo: &'static str,
    /// "104 weken (2 jaar)".
    pub weeks_label: fn(u32) -> String,
    /// "2 opdrachten".
    pub assignment_count: fn(usize) -> String,
    pub current_badge: &'static str,
    pub own_file_badge: &'static str,
    pub files_heading: &'static str,
    pub import_button: &'static str,
    pub import_hint: &'static str,
    pub export_button: &'static str,
    pub export_hint: &'static str,
    pub import_error_title: &'static str,
    pub import_unchanged: &'static str,
    /// The file is larger than the limit (file name).
    pub file_too_large: fn(&str) -> String,
    /// The browser could not read the file (file name).
    pub file_unreadable: fn(&str) -> String,
    pub close: &'static str,

    pub story_heading: &'static str,
    pub learning_goals_heading: &'static str,
    pub assignments_heading: &'static str,
    pub no_assignments: &'static str,
    pub locked_heading: &'static str,
    pub hidden_heading: &'static str,
    pub start_lesson: &'static str,
    pub back_to_picker: &'static str,

    pub panel_title: &'static str,
    /// "Week 12 van 104".
    pub week_of: fn(u32, u32) -> String,
    pub status_met: &'static str,
    pub status_failed: &'static str,
    pub status_on_track: &'static str,
    pub status_not_yet: &'static str,
    pub now_label: &'static str,
    /// "Hint 1 van 3" on the button that shows the next hint.
    pub hint_button: fn(usize, usize) -> String,
    pub hints_done: &'static str,
    pub show_results: &'static str,
    pub hide_panel: &'static str,

    pub results_heading: &'static str,
    /// "Je haalde 1 van de 2 opdrachten."
    pub results_summary: fn(usize, usize) -> String,
    pub key_figures_heading: &'static str,
    pub at_start: &'static str,
    pub at_end: &'static str,
    pub debrief_heading: &'static str,
    pub play_again: &'static str,
    pub other_lesson: &'static str,
    pub keep_looking: &'static str,

    /// Goal phrases: "minstens", "hooguit", "meer dan", "minder dan".
    pub at_least: &'static str,
    pub at_most: &'static str,
    pub above: &'static str,
    pub below: &'static str,
    pub timing_at_end: &'static str,
    pub timing_at_week: fn(u32) -> String,
    pub timing_by_week: fn(u32) -> String,
    pub timing_always: &'static str,
    pub timing_from_week: fn(u32) -> String,
    pub lever_locked_default: &'static str,
}

impl ScenarioTexts {
    /// The table of a lesson language.
    pub fn of(language: LessonLanguage) -> &'static ScenarioTexts {
        match language {
            LessonLanguage::Nl => &NL,
            LessonLanguage::En => &EN,
        }
    }
}

/// The scenario texts in the interface's language.
pub fn scenario_texts() -> &'static ScenarioTexts {
    ScenarioTexts::of(super::current_language())
}

fn years(weeks: u32) -> f64 {
    f64::from(weeks) / 52.0
}

pub const NL: ScenarioTexts = ScenarioTexts {
    numbers: DUTCH,

    bar_label: "Scenario",
    bar_choose: "Kies een les of open een scenariobestand",
    assignments_button: "Opdrachten",
    assignments_summary: |met, total| format!("{met} van {total} gehaald"),

    picker_title: "Kies een les",
    picker_intro: "Elke les vertelt een kort verhaal en geeft je opdrachten die tijdens het spelen \
                   worden nagekeken. Je huidige les stopt als je een andere kiest.",
    level_mbo: "MBO",
    level_hbo: "HBO",
    weeks_label: |weeks| {
        let y = years(weeks);
        if weeks % 52 == 0 {
            let n = weeks / 52;
            format!("{weeks} weken ({n} jaar)")
        } else {
            format!("{weeks} weken ({} jaar)", DUTCH.format(y, 1))
        }
    },
    assignment_count: |n| match n {
        0 => "vrij spel".to_string(),
        1 => "1 opdracht".to_string(),
        n => format!("{n} opdrachten"),
    },
    current_badge: "nu gekozen",
    own_file_badge: "eigen bestand",
    files_heading: "Eigen lessen",
    import_button: "Scenariobestand openen…",
    import_hint: "Een .toml-bestand, bijvoorbeeld van je docent. Hoe je er zelf een schrijft, staat \
                  in docs/scenarios.md.",
    export_button: "Huidige opzet exporteren",
    export_hint: "Bewaart deze les met de huidige stand van de knoppen als beginbeleid, als \
                  .toml-bestand.",
    import_error_title: "Dit bestand is niet geopend",
    import_unchanged: "De les die liep, is niet veranderd.",
    file_too_large: |name| format!("{name} is te groot voor een scenariobestand (meer dan 1 MB)"),
    file_unreadable: |name| format!("{name} kan niet worden gelezen"),
    close: "Sluiten",

    story_heading: "Het verhaal",
    learning_goals_heading: "Wat je leert",
    assignments_heading: "Opdrachten",
    no_assignments: "Geen opdrachten: probeer vrij uit wat elke knop doet.",
    locked_heading: "Vast in deze les",
    hidden_heading: "Niet in deze les",
    start_lesson: "Start de les",
    back_to_picker: "Andere les kiezen",

    panel_title: "Opdrachten",
    week_of: |week, weeks| format!("Week {week} van {weeks}"),
    status_met: "gehaald",
    status_failed: "niet gehaald",
    status_on_track: "op koers",
    status_not_yet: "nog niet",
    now_label: "nu",
    hint_button: |next, total| format!("Hint {next} van {total}"),
    hints_done: "Alle hints staan hierboven.",
    show_results: "Bekijk het resultaat",
    hide_panel: "Opdrachten verbergen",

    results_heading: "Resultaat",
    results_summary: |met, total| match total {
        0 => "Deze les had geen opdrachten.".to_string(),
        _ => format!("Je haalde {met} van de {total} opdrachten."),
    },
    key_figures_heading: "Kerncijfers",
    at_start: "begin",
    at_end: "eind",
    debrief_heading: "Nabespreking",
    play_again: "Opnieuw spelen",
    other_lesson: "Andere les",
    keep_looking: "Terug naar de simulatie",

    at_least: "minstens",
    at_most: "hooguit",
    above: "meer dan",
    below: "minder dan",
    timing_at_end: "aan het eind",
    timing_at_week: |w| format!("in week {w}"),
    timing_by_week: |w| format!("uiterlijk in week {w}"),
    timing_always: "elke week",
    timing_from_week: |w| format!("elke week vanaf week {w}"),
    lever_locked_default: "Deze knop ligt vast in deze les.",
};

pub const EN: ScenarioTexts = ScenarioTexts {
    numbers: ENGLISH_NUMBERS,

    bar_label: "Scenario",
    bar_choose: "Choose a lesson or open a scenario file",
    assignments_button: "Assignments",
    assignments_summary: |met, total| format!("{met} of {total} met"),

    picker_title: "Choose a lesson",
    picker_intro: "Every lesson tells a short story and gives you assignments that are checked while \
                   you play. Your current lesson stops when you choose another.",
    level_mbo: "MBO",
    level_hbo: "HBO",
    weeks_label: |weeks| {
        if weeks % 52 == 0 {
            let n = weeks / 52;
            let unit = if n == 1 { "year" } else { "years" };
            format!("{weeks} weeks ({n} {unit})")
        } else {
            format!(
                "{weeks} weeks ({} years)",
                ENGLISH_NUMBERS.format(years(weeks), 1)
            )
        }
    },
    assignment_count: |n| match n {
        0 => "free play".to_string(),
        1 => "1 assignment".to_string(),
        n => format!("{n} assignments"),
    },
    current_badge: "current",
    own_file_badge: "own file",
    files_heading: "Your own lessons",
    import_button: "Open scenario file…",
    import_hint: "A .toml file, for example from your teacher. How to write one yourself is in \
                  docs/scenarios.md.",
    export_button: "Export current setup",
    export_hint: "Saves this lesson with the current lever positions as its starting policy, as a \
                  .toml file.",
    import_error_title: "This file was not opened",
    import_unchanged: "The lesson that was running has not changed.",
    file_too_large: |name| format!("{name} is too large for a scenario file (over 1 MB)"),
    file_unreadable: |name| format!("{name} cannot be read"),
    close: "Close",

    story_heading: "The story",
    learning_goals_heading: "What you learn",
    assignments_heading: "Assignments",
    no_assignments: "No assignments: freely try what every lever does.",
    locked_heading: "Fixed in this lesson",
    hidden_heading: "Not in this lesson",
    start_lesson: "Start the lesson",
    back_to_picker: "Choose another lesson",

    panel_title: "Assignments",
    week_of: |week, weeks| format!("Week {week} of {weeks}"),
    status_met: "met",
    status_failed: "missed",
    status_on_track: "on track",
    status_not_yet: "not yet",
    now_label: "now",
    hint_button: |next, total| format!("Hint {next} of {total}"),
    hints_done: "All hints are shown above.",
    show_results: "See the result",
    hide_panel: "Hide assignments",

    results_heading: "Result",
    results_summary: |met, total| match total {
        0 => "This lesson had no assignments.".to_string(),
        _ => format!("You met {met} of the {total} assignments."),
    },
    key_figures_heading: "Key figures",
    at_start: "start",
    at_end: "end",
    debrief_heading: "Debrief",
    play_again: "Play again",
    other_lesson: "Another lesson",
    keep_looking: "Back to the simulation",

    at_least: "at least",
    at_most: "at most",
    above: "more than",
    below: "less than",
    timing_at_end: "at the end",
    timing_at_week: |w| format!("in week {w}"),
    timing_by_week: |w| format!("by week {w}"),
    timing_always: "every week",
    timing_from_week: |w| format!("every week from week {w}"),
    lever_locked_default: "This lever is fixed in this lesson.",
};
