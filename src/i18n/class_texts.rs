//! The texts of the classroom screens — the result code at the end of a lesson and the teacher's
//! view with the class ranking and the teacher notes — in Dutch and English. Same pattern as
//! [`super::keep_texts`]: one `const` table per language, so a missing text is a compile error.

use model::Language;

/// Every text of the classroom screens in one language.
pub struct ClassTexts {
    pub code_heading: &'static str,
    pub code_explain: &'static str,
    pub code_name_label: &'static str,
    pub code_needs_name: &'static str,
    pub code_label: &'static str,
    pub code_copy: &'static str,
    pub copied: &'static str,
    pub copy_refused: &'static str,

    pub teacher_button: &'static str,
    pub teacher_title: &'static str,
    pub teacher_intro: &'static str,
    pub close: &'static str,
    pub codes_label: &'static str,
    pub codes_hint: &'static str,
    pub open_codes_file: &'static str,
    pub rank_button: &'static str,
    /// "12 van 30 codes nagespeeld".
    pub progress: fn(usize, usize) -> String,
    /// "30 codes gerangschikt in 1,2 s".
    pub done: fn(usize, f64) -> String,
    pub no_codes: &'static str,
    pub ranking_heading: &'static str,
    pub col_rank: &'static str,
    pub col_name: &'static str,
    pub col_lesson: &'static str,
    pub col_goals: &'static str,
    pub col_nps: &'static str,
    pub col_satisfaction: &'static str,
    pub col_clv: &'static str,
    pub col_profit: &'static str,
    pub col_note: &'static str,
    pub no_name: &'static str,
    pub refused_heading: &'static str,
    /// "Regel 4: …".
    pub refused_line: fn(usize, &str) -> String,
    /// "staat al in de lijst (regel 2)".
    pub duplicate: fn(usize) -> String,
    pub export_csv: &'static str,
    pub csv_file: &'static str,
    pub replay_note: &'static str,

    pub notes_heading: &'static str,
    pub notes_lesson_label: &'static str,
    pub notes_language_note: &'static str,

    pub projector_button: &'static str,
    pub projector_on: &'static str,
    pub projector_off: &'static str,
    /// The list that chooses the chart shown in projector mode.
    pub chart_choice_label: &'static str,

    pub what_if_button: &'static str,
    pub what_if_explain: &'static str,
    pub what_if_title: &'static str,
    /// "vanaf week 20".
    pub what_if_since: fn(u32) -> String,
    pub what_if_a: &'static str,
    pub what_if_b: &'static str,
    pub what_if_a_short: &'static str,
    pub what_if_b_short: &'static str,
    pub what_if_difference: &'static str,
    pub what_if_keep_a: &'static str,
    pub what_if_keep_b: &'static str,
    pub what_if_levers_note: &'static str,
    pub fork_marker: &'static str,
}

impl ClassTexts {
    /// The table for `language`.
    pub fn of(language: Language) -> &'static ClassTexts {
        match language {
            Language::Nl => &NL,
            Language::En => &EN,
        }
    }
}

/// The texts in the interface's language.
pub fn class_texts() -> &'static ClassTexts {
    ClassTexts::of(super::current_language())
}

pub const NL: ClassTexts = ClassTexts {
    code_heading: "Resultaatcode voor je docent",
    code_explain: "Stuur deze code naar je docent. De docent speelt je beslissingen opnieuw af en \
                   ziet dan precies jouw uitkomst; de code bevat geen scores.",
    code_name_label: "Je naam",
    code_needs_name: "Vul je naam in, dan verschijnt je code.",
    code_label: "Code",
    code_copy: "Kopieer code",
    copied: "Gekopieerd.",
    copy_refused: "Kopiëren lukte niet; selecteer de code en kopieer hem zelf.",

    teacher_button: "Docent",
    teacher_title: "Docentenscherm",
    teacher_intro: "Plak de resultaatcodes van je klas (één per regel) of open een tekstbestand. \
                    Elke code wordt hier opnieuw gespeeld; de ranglijst komt alleen uit die \
                    herhaling.",
    close: "Sluiten",
    codes_label: "Resultaatcodes",
    codes_hint: "Eén code per regel; lege regels tellen niet mee.",
    open_codes_file: "Codes uit bestand",
    rank_button: "Rangschikken",
    progress: |done, total| format!("{done} van {total} codes nagespeeld…"),
    done: |total, seconds| {
        format!(
            "{total} codes nagespeeld in {} s.",
            format!("{seconds:.1}").replace('.', ",")
        )
    },
    no_codes: "Er staan nog geen codes in het vak.",
    ranking_heading: "Ranglijst",
    col_rank: "#",
    col_name: "Naam",
    col_lesson: "Les",
    col_goals: "Doelen gehaald",
    col_nps: "NPS",
    col_satisfaction: "Tevredenheid",
    col_clv: "CLV netto",
    col_profit: "Winst totaal",
    col_note: "Opmerking",
    no_name: "(geen naam)",
    refused_heading: "Niet gerangschikt",
    refused_line: |line, reason| format!("Regel {line}: {reason}"),
    duplicate: |line| format!("dezelfde code staat al op regel {line}"),
    export_csv: "Ranglijst als CSV",
    csv_file: "ranglijst.csv",
    replay_note: "Gerangschikt op gehaalde doelen, daarna op winst.",

    notes_heading: "Docentnotities",
    notes_lesson_label: "Les",
    notes_language_note: "De notities zijn (nog) in het Engels.",

    projector_button: "Beamer",
    projector_on: "Beamerweergave aan: groter, meer contrast (Alt+P)",
    projector_off: "Beamerweergave uit (Alt+P)",
    chart_choice_label: "Welke grafiek",

    what_if_button: "Wat als?",
    what_if_explain: "Vergelijk vanaf deze week twee runs met dezelfde toeval: A gaat door zoals \
                      hij nu is, B volgt de hendels die je vanaf nu verandert.",
    what_if_title: "Wat als?",
    what_if_since: |week| format!("vanaf week {week}"),
    what_if_a: "A: zoals gespeeld",
    what_if_b: "B: wat als",
    what_if_a_short: "A",
    what_if_b_short: "B",
    what_if_difference: "Verschil B − A",
    what_if_keep_a: "Verder met A",
    what_if_keep_b: "Verder met B",
    what_if_levers_note: "De hendels sturen nu B.",
    fork_marker: "Splitsing",
};

pub const EN: ClassTexts = ClassTexts {
    code_heading: "Result code for your teacher",
    code_explain: "Send this code to your teacher. The teacher replays your decisions and sees \
                   exactly your outcome; the code holds no scores.",
    code_name_label: "Your name",
    code_needs_name: "Fill in your name and your code appears.",
    code_label: "Code",
    code_copy: "Copy code",
    copied: "Copied.",
    copy_refused: "Copying did not work; select the code and copy it yourself.",

    teacher_button: "Teacher",
    teacher_title: "Teacher's view",
    teacher_intro: "Paste your class's result codes (one per line) or open a text file. Every \
                    code is played again here; the ranking comes from that replay alone.",
    close: "Close",
    codes_label: "Result codes",
    codes_hint: "One code per line; empty lines do not count.",
    open_codes_file: "Codes from a file",
    rank_button: "Rank",
    progress: |done, total| format!("{done} of {total} codes replayed…"),
    done: |total, seconds| format!("{total} codes replayed in {seconds:.1} s."),
    no_codes: "There are no codes in the box yet.",
    ranking_heading: "Ranking",
    col_rank: "#",
    col_name: "Name",
    col_lesson: "Lesson",
    col_goals: "Goals met",
    col_nps: "NPS",
    col_satisfaction: "Satisfaction",
    col_clv: "CLV net",
    col_profit: "Total profit",
    col_note: "Note",
    no_name: "(no name)",
    refused_heading: "Not ranked",
    refused_line: |line, reason| format!("Line {line}: {reason}"),
    duplicate: |line| format!("the same code is already on line {line}"),
    export_csv: "Ranking as CSV",
    csv_file: "ranking.csv",
    replay_note: "Ranked by goals met, then by profit.",

    notes_heading: "Teacher notes",
    notes_lesson_label: "Lesson",
    notes_language_note: "The notes are in English.",

    projector_button: "Projector",
    projector_on: "Projector view on: larger, more contrast (Alt+P)",
    projector_off: "Projector view off (Alt+P)",
    chart_choice_label: "Which chart",

    what_if_button: "What if?",
    what_if_explain: "Compare two runs on the same chance from this week on: A goes on as it is \
                      now, B follows the levers you change from now on.",
    what_if_title: "What if?",
    what_if_since: |week| format!("from week {week}"),
    what_if_a: "A: as played",
    what_if_b: "B: what if",
    what_if_a_short: "A",
    what_if_b_short: "B",
    what_if_difference: "Difference B − A",
    what_if_keep_a: "Go on with A",
    what_if_keep_b: "Go on with B",
    what_if_levers_note: "The levers now steer B.",
    fork_marker: "Fork",
};
