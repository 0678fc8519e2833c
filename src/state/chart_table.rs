//! A chart's data as a table ("Tabel"): which weeks get a row, and how a value is written.
//! A two-year run has 105 snapshots; the table shows an even selection that always includes the
//! first and the latest week, so it stays short enough to read and cheap to keep live.

use crate::i18n::number::NumberStyle;
use model::Snapshot;

/// At most this many rows (plus the latest week when the even steps miss it).
pub const MAX_ROWS: usize = 27;

/// How a value of a chart's series is written in its table and spoken summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueFormat {
    /// Whole people or orders: "1.250".
    Count,
    /// A 0–10 score with one decimal: "6,4".
    Score,
    /// A score that can be negative, with its sign: "+12", "−5".
    Signed,
    /// Whole euros: "€ 1.250".
    Euros,
    /// A share already in percent: "45 %".
    Percent,
}

impl ValueFormat {
    /// `value` written in `numbers`' style.
    pub fn write(self, numbers: NumberStyle, value: f64) -> String {
        match self {
            ValueFormat::Count => numbers.format(value, 0),
            ValueFormat::Score => numbers.format(value, 1),
            ValueFormat::Signed => numbers.format_signed(value, 0),
            ValueFormat::Euros => numbers.euros(value),
            ValueFormat::Percent => format!("{} %", numbers.format(value, 0)),
        }
    }

    /// The decimals this format shows (changes smaller than that are "no change").
    pub fn decimals(self) -> usize {
        match self {
            ValueFormat::Score => 1,
            _ => 0,
        }
    }
}

/// One column of a chart's table: a series and how its values are written.
#[derive(Clone, Copy, Debug)]
pub struct DataColumn {
    pub label: &'static str,
    pub value: fn(&Snapshot) -> f64,
    pub format: ValueFormat,
}

/// What a chart shows, as data: its columns, and which one its spoken summary follows.
#[derive(Clone, Debug)]
pub struct ChartData {
    pub columns: Vec<DataColumn>,
    /// Index into `columns`.
    pub summary: usize,
}

impl ChartData {
    /// The column the summary follows (the first when `summary` is out of range).
    pub fn summary_column(&self) -> Option<&DataColumn> {
        self.columns.get(self.summary).or(self.columns.first())
    }
}

/// The snapshots that get a row: every `step`-th from the first, where `step` keeps the table to
/// at most `max_rows`, and always the latest.
pub fn table_rows(history: &[Snapshot], max_rows: usize) -> Vec<&Snapshot> {
    let Some(last) = history.len().checked_sub(1) else {
        return Vec::new();
    };
    let step = history.len().div_ceil(max_rows.max(1)).max(1);
    let mut rows: Vec<&Snapshot> = history.iter().step_by(step).collect();
    if last % step != 0 {
        rows.push(&history[last]);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::number::{DUTCH, ENGLISH};

    fn history(weeks: u32) -> Vec<Snapshot> {
        (0..=weeks)
            .map(|week| Snapshot {
                week,
                ..Snapshot::default()
            })
            .collect()
    }

    fn weeks(rows: &[&Snapshot]) -> Vec<u32> {
        rows.iter().map(|s| s.week).collect()
    }

    #[test]
    fn a_short_run_shows_every_week() {
        assert_eq!(
            weeks(&table_rows(&history(5), MAX_ROWS)),
            vec![0, 1, 2, 3, 4, 5]
        );
        assert!(table_rows(&[], MAX_ROWS).is_empty());
    }

    #[test]
    fn a_long_run_is_thinned_evenly_and_keeps_first_and_latest_week() {
        let rows = weeks(&table_rows(&history(104), MAX_ROWS));
        assert!(rows.len() <= MAX_ROWS + 1, "{rows:?}");
        assert_eq!(rows.first(), Some(&0));
        assert_eq!(rows.last(), Some(&104));
        let gaps: Vec<u32> = rows.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(
            gaps[..gaps.len() - 1].iter().all(|g| *g == gaps[0]),
            "{gaps:?}"
        );
        let rows = weeks(&table_rows(&history(57), MAX_ROWS));
        assert_eq!(rows.last(), Some(&57));
        assert!(rows.len() <= MAX_ROWS + 1);
    }

    #[test]
    fn values_are_written_in_the_language_style() {
        assert_eq!(ValueFormat::Euros.write(DUTCH, 1250.0), "€ 1.250");
        assert_eq!(ValueFormat::Euros.write(ENGLISH, 1250.0), "€1,250");
        assert_eq!(ValueFormat::Score.write(DUTCH, 6.44), "6,4");
        assert_eq!(ValueFormat::Signed.write(ENGLISH, -5.2), "−5");
        assert_eq!(ValueFormat::Percent.write(DUTCH, 45.4), "45 %");
        assert_eq!(ValueFormat::Count.write(ENGLISH, 12_000.0), "12,000");
    }
}
