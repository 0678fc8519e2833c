//! The texts of the printable debrief report ("Verslag"), in Dutch and English. Same pattern as
//! [`super::keep_texts`]: one `const` table per language, so a missing text is a compile error.

use model::Language;

pub struct ReportTexts {
    pub open_button: &'static str,
    pub kicker: &'static str,
    /// "Startgetal 2024 · 10.000 mensen · week 52 van 52".
    pub run_line: fn(u64, &str, u32, u32) -> String,
    pub learner: &'static str,
    pub charts_heading: &'static str,
    pub chart_missing: &'static str,
    pub decisions_heading: &'static str,
    pub no_decisions: &'static str,
    pub col_week: &'static str,
    pub col_lever: &'static str,
    pub col_from: &'static str,
    pub col_to: &'static str,
    pub answer_label: &'static str,
    pub print_button: &'static str,
    pub print_hint: &'static str,
    pub close: &'static str,
}

impl ReportTexts {
    pub fn of(language: Language) -> &'static ReportTexts {
        match language {
            Language::Nl => &NL,
            Language::En => &EN,
        }
    }
}

/// The texts in the interface's language.
pub fn report_texts() -> &'static ReportTexts {
    ReportTexts::of(super::current_language())
}

pub const NL: ReportTexts = ReportTexts {
    open_button: "Verslag",
    kicker: "Verslag",
    run_line: |seed, people, week, weeks| {
        format!("Startgetal {seed} · {people} mensen in de markt · week {week} van {weeks}")
    },
    learner: "Naam",
    charts_heading: "Grafieken",
    chart_missing: "Deze grafiek is nog niet getekend.",
    decisions_heading: "Jouw beslissingen",
    no_decisions: "Je hebt het startbeleid niet veranderd.",
    col_week: "Week",
    col_lever: "Hendel",
    col_from: "Van",
    col_to: "Naar",
    answer_label: "Jouw antwoord",
    print_button: "Afdrukken of als pdf bewaren",
    print_hint: "Kies bij het afdrukken ‘Opslaan als pdf’ om het verslag in te leveren.",
    close: "Sluiten",
};

pub const EN: ReportTexts = ReportTexts {
    open_button: "Report",
    kicker: "Report",
    run_line: |seed, people, week, weeks| {
        format!("Seed {seed} · {people} people in the market · week {week} of {weeks}")
    },
    learner: "Name",
    charts_heading: "Charts",
    chart_missing: "This chart has not been drawn yet.",
    decisions_heading: "Your decisions",
    no_decisions: "You did not change the starting policy.",
    col_week: "Week",
    col_lever: "Lever",
    col_from: "From",
    col_to: "To",
    answer_label: "Your answer",
    print_button: "Print or save as PDF",
    print_hint: "Choose ‘Save as PDF’ when printing to hand the report in.",
    close: "Close",
};
