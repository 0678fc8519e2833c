//! The texts that make a chart readable without seeing it: its table ("Tabel") and its spoken
//! summary, in Dutch and English.

use crate::state::trend_summary::Direction;
use model::Language;

/// The chart-access texts of one language.
pub struct ChartAccessTexts {
    /// The toggle between the drawn chart and its table.
    pub table_button: &'static str,
    /// Its tooltip.
    pub table_hint: &'static str,
    /// The table's first column.
    pub week_column: &'static str,
    /// The table's caption: (chart title).
    pub table_caption: fn(&str) -> String,
    /// "NPS stijgt van −5 naar +12 sinds week 20": (series, direction, from, to, since week).
    pub summary: fn(&str, Direction, &str, &str, u32) -> String,
}

fn nl_caption(title: &str) -> String {
    format!("{title}: de cijfers per week")
}

fn nl_summary(series: &str, direction: Direction, from: &str, to: &str, week: u32) -> String {
    match direction {
        Direction::Up => format!("{series} stijgt van {from} naar {to} sinds week {week}"),
        Direction::Down => format!("{series} daalt van {from} naar {to} sinds week {week}"),
        Direction::Flat => format!("{series} blijft {to} sinds week {week}"),
    }
}

fn en_caption(title: &str) -> String {
    format!("{title}: the figures per week")
}

fn en_summary(series: &str, direction: Direction, from: &str, to: &str, week: u32) -> String {
    match direction {
        Direction::Up => format!("{series} rises from {from} to {to} since week {week}"),
        Direction::Down => format!("{series} falls from {from} to {to} since week {week}"),
        Direction::Flat => format!("{series} stays at {to} since week {week}"),
    }
}

/// Dutch.
pub const NL: ChartAccessTexts = ChartAccessTexts {
    table_button: "Tabel",
    table_hint: "Toon de cijfers van deze grafiek als tabel",
    week_column: "Week",
    table_caption: nl_caption,
    summary: nl_summary,
};

/// English.
pub const EN: ChartAccessTexts = ChartAccessTexts {
    table_button: "Table",
    table_hint: "Show this chart's figures as a table",
    week_column: "Week",
    table_caption: en_caption,
    summary: en_summary,
};

/// The table of the current reactive context's language.
pub fn chart_access_texts() -> &'static ChartAccessTexts {
    match super::current_language() {
        Language::Nl => &NL,
        Language::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_say_which_way_in_each_language() {
        assert_eq!(
            (NL.summary)("NPS", Direction::Up, "−5", "+12", 20),
            "NPS stijgt van −5 naar +12 sinds week 20"
        );
        assert_eq!(
            (EN.summary)("Profit", Direction::Down, "€300", "€100", 0),
            "Profit falls from €300 to €100 since week 0"
        );
        assert_eq!(
            (NL.summary)("Tevredenheid", Direction::Flat, "6,4", "6,4", 3),
            "Tevredenheid blijft 6,4 sinds week 3"
        );
    }
}
