//! How a CSV file is written for a language's spreadsheets: Dutch ones read `;` between fields and
//! a decimal comma, English ones `,` and a decimal point.

use model::Language;

/// Separator and decimal mark for one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvStyle {
    pub separator: char,
    pub decimal: char,
}

impl CsvStyle {
    pub fn of(language: Language) -> CsvStyle {
        match language {
            Language::Nl => CsvStyle {
                separator: ';',
                decimal: ',',
            },
            Language::En => CsvStyle {
                separator: ',',
                decimal: '.',
            },
        }
    }

    /// A text field, quoted when it holds the separator, a quote or a line break. A text that a
    /// spreadsheet would take for a formula (`=`, `+`, `-`, `@` first: an imported lesson's title
    /// could be one) gets a `'` in front.
    pub fn field(&self, text: &str) -> String {
        let text = if text.starts_with(['=', '+', '-', '@']) {
            format!("'{text}")
        } else {
            text.to_string()
        };
        if text.contains([self.separator, '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    }

    /// A number with `decimals` decimals.
    pub fn fixed(&self, value: f64, decimals: usize) -> String {
        self.mark(format!("{value:.decimals$}"))
    }

    /// A number in full (Rust's shortest form that reads back exactly).
    pub fn exact(&self, value: f64) -> String {
        self.mark(format!("{value}"))
    }

    /// One line of fields, already written.
    pub fn line(&self, fields: impl IntoIterator<Item = String>) -> String {
        let mut line = fields
            .into_iter()
            .collect::<Vec<_>>()
            .join(&self.separator.to_string());
        line.push('\n');
        line
    }

    fn mark(&self, number: String) -> String {
        if self.decimal == '.' {
            number
        } else {
            number.replace('.', &self.decimal.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_uses_semicolons_and_decimal_commas() {
        let nl = CsvStyle::of(Language::Nl);
        assert_eq!(nl.fixed(1234.567, 1), "1234,6");
        assert_eq!(nl.exact(0.25), "0,25");
        assert_eq!(nl.line(["a".into(), "b".into()]), "a;b\n");
        let en = CsvStyle::of(Language::En);
        assert_eq!(en.exact(0.25), "0.25");
        assert_eq!(en.line(["a".into(), "b".into()]), "a,b\n");
    }

    #[test]
    fn fields_with_separators_quotes_or_breaks_are_quoted() {
        let nl = CsvStyle::of(Language::Nl);
        assert_eq!(nl.field("gewoon"), "gewoon");
        assert_eq!(nl.field("a;b"), "\"a;b\"");
        assert_eq!(nl.field("zeg \"hoi\""), "\"zeg \"\"hoi\"\"\"");
        assert_eq!(CsvStyle::of(Language::En).field("a;b"), "a;b");
        assert_eq!(CsvStyle::of(Language::En).field("a, b"), "\"a, b\"");
        assert_eq!(nl.field("=SOM(A1)"), "'=SOM(A1)");
        assert_eq!(nl.field("-5 dagen"), "'-5 dagen");
    }
}
