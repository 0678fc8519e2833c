//! Numbers written the way the reader's language writes them (Dutch: 12.345,6).

/// Separators of one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    pub decimal: char,
    pub thousands: char,
    /// What stands between the euro sign and the amount: Dutch "€ 1.250", English "€1,250".
    pub euro_gap: &'static str,
    /// The short word for millions after a number: Dutch "2 mln", English "2m".
    pub million: &'static str,
}

/// Dutch: comma for decimals, dot for thousands, "€ 1.250", "€ 2 mln".
pub const DUTCH: NumberStyle = NumberStyle {
    decimal: ',',
    thousands: '.',
    euro_gap: " ",
    million: " mln",
};

/// English: decimal point, thousands comma, "€1,250", "€2m".
pub const ENGLISH: NumberStyle = NumberStyle {
    decimal: '.',
    thousands: ',',
    euro_gap: "",
    million: "m",
};

impl NumberStyle {
    /// `value` rounded to `decimals` places, with thousands grouped. Not-a-number shows as "–".
    pub fn format(self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return "–".to_string();
        }
        let text = format!("{:.*}", decimals, value.abs());
        let (int_part, frac_part) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text.as_str(), None),
        };
        let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
        let mut out = String::with_capacity(text.len() + 4);
        if negative {
            out.push('−');
        }
        let digits = int_part.len();
        for (i, c) in int_part.chars().enumerate() {
            if i > 0 && (digits - i) % 3 == 0 {
                out.push(self.thousands);
            }
            out.push(c);
        }
        if let Some(f) = frac_part {
            out.push(self.decimal);
            out.push_str(f);
        }
        out
    }

    /// Like [`NumberStyle::format`] with an explicit plus sign for positive values.
    pub fn format_signed(self, value: f64, decimals: usize) -> String {
        let plain = self.format(value, decimals);
        if value.is_finite()
            && !plain.starts_with('−')
            && plain.chars().any(|c| c.is_ascii_digit() && c != '0')
        {
            format!("+{plain}")
        } else {
            plain
        }
    }

    /// Euros without cents: "€ 1.250" or "−€ 300".
    pub fn euros(self, value: f64) -> String {
        let plain = self.format(value, 0);
        let gap = self.euro_gap;
        match plain.strip_prefix('−') {
            Some(rest) => format!("−€{gap}{rest}"),
            None => format!("€{gap}{plain}"),
        }
    }

    /// Euros on a chart axis: as short as possible ("€0", "€750", "€1,5k", "€2 mln").
    pub fn euros_axis(self, value: f64) -> String {
        let sign = if value < 0.0 { "−" } else { "" };
        format!("{sign}€{}", self.axis_magnitude(value.abs(), 1_000.0))
    }

    /// A count of people on a chart axis: "7.500", "250k", "1 mln" (English "7,500", "250k", "1m").
    pub fn count_axis(self, value: f64) -> String {
        let sign = if value < 0.0 { "−" } else { "" };
        format!("{sign}{}", self.axis_magnitude(value.abs(), 10_000.0))
    }

    /// `abs` with "k" from `thousands_from` on and the million word from a million on, one
    /// decimal at most ("1,5k", "2 mln").
    fn axis_magnitude(self, abs: f64, thousands_from: f64) -> String {
        let trimmed = |v: f64| {
            let text = self.format(v, 1);
            text.strip_suffix(&format!("{}0", self.decimal))
                .map(str::to_string)
                .unwrap_or(text)
        };
        if abs >= 1_000_000.0 {
            format!("{}{}", trimmed(abs / 1_000_000.0), self.million)
        } else if abs >= thousands_from {
            format!("{}k", trimmed(abs / 1_000.0))
        } else {
            self.format(abs, 0)
        }
    }

    /// Euros in at most four digits for a narrow card: "€ 8.880", "€ 58,9k", "€ 589k",
    /// "€ 1,2 mln" (English "€8,880", "€58.9k", "€589k", "€1.2m").
    pub fn euros_compact(self, value: f64) -> String {
        let abs = value.abs();
        if abs < 10_000.0 || abs.is_nan() {
            return self.euros(value);
        }
        let sign = if value < 0.0 { "−" } else { "" };
        let gap = self.euro_gap;
        if abs >= 999_500.0 {
            let millions = self.format(abs / 1_000_000.0, 1);
            format!("{sign}€{gap}{millions}{}", self.million)
        } else {
            let decimals = if abs < 99_950.0 { 1 } else { 0 };
            format!("{sign}€{gap}{}k", self.format(abs / 1_000.0, decimals))
        }
    }

    /// A number of people shortened for small spaces: "10.000", "1 mln", "2,5 mln" (English
    /// "10,000", "1m").
    pub fn count_short(self, people: u32) -> String {
        let people = f64::from(people);
        if people >= 1_000_000.0 {
            let millions = self.format(people / 1_000_000.0, 1);
            let millions = millions
                .strip_suffix(&format!("{}0", self.decimal))
                .unwrap_or(&millions);
            format!("{millions}{}", self.million)
        } else {
            self.format(people, 0)
        }
    }

    /// A large amount of euros shortened for small spaces: "€ 12,3k", "€ 1,2 mln".
    pub fn euros_short(self, value: f64) -> String {
        let abs = value.abs();
        let sign = if value < 0.0 { "−" } else { "" };
        let gap = self.euro_gap;
        if abs >= 1_000_000.0 {
            format!(
                "{sign}€{gap}{}{}",
                self.format(abs / 1_000_000.0, 1),
                self.million
            )
        } else if abs >= 10_000.0 {
            format!("{sign}€{gap}{}k", self.format(abs / 1_000.0, 1))
        } else {
            self.euros(value)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{DUTCH, ENGLISH};

    #[test]
    fn compact_euros_keep_four_digits_at_most() {
        assert_eq!(DUTCH.euros_compact(8_880.0), DUTCH.euros(8_880.0));
        assert_eq!(DUTCH.euros_compact(58_880.0), "€ 58,9k");
        assert_eq!(DUTCH.euros_compact(588_802.0), "€ 589k");
        assert_eq!(DUTCH.euros_compact(-1_234_567.0), "−€ 1,2 mln");
        assert_eq!(ENGLISH.euros_compact(99_990.0), "€100k");
        assert_eq!(ENGLISH.euros_compact(999_800.0), "€1.0m");
    }

    #[test]
    fn counts_on_an_axis_stay_short() {
        assert_eq!(DUTCH.count_axis(7_500.0), "7.500");
        assert_eq!(DUTCH.count_axis(250_000.0), "250k");
        assert_eq!(DUTCH.count_axis(1_000_000.0), "1 mln");
        assert_eq!(ENGLISH.count_axis(1_500_000.0), "1.5m");
        assert_eq!(DUTCH.count_axis(0.0), "0");
    }

    #[test]
    fn counts_of_people_shorten_millions_only() {
        assert_eq!(DUTCH.count_short(100_000), "100.000");
        assert_eq!(DUTCH.count_short(1_000_000), "1 mln");
        assert_eq!(DUTCH.count_short(2_500_000), "2,5 mln");
        assert_eq!(DUTCH.count_short(1_000_001), "1 mln");
        assert_eq!(ENGLISH.count_short(10_000), "10,000");
        assert_eq!(ENGLISH.count_short(1_000_000), "1m");
    }

    #[test]
    fn groups_thousands_with_dots_and_uses_decimal_comma() {
        assert_eq!(DUTCH.format(12345.678, 1), "12.345,7");
        assert_eq!(DUTCH.format(999.0, 0), "999");
        assert_eq!(DUTCH.format(1000.0, 0), "1.000");
        assert_eq!(DUTCH.format(1234567.0, 0), "1.234.567");
        assert_eq!(DUTCH.format(7.25, 2), "7,25");
    }

    #[test]
    fn negative_values_use_a_real_minus_and_zero_has_no_sign() {
        assert_eq!(DUTCH.format(-1500.0, 0), "−1.500");
        assert_eq!(DUTCH.format(-0.01, 0), "0");
        assert_eq!(DUTCH.format_signed(12.0, 0), "+12");
        assert_eq!(DUTCH.format_signed(-12.0, 0), "−12");
        assert_eq!(DUTCH.format_signed(0.0, 0), "0");
    }

    #[test]
    fn euros_put_the_sign_before_the_symbol() {
        assert_eq!(DUTCH.euros(1250.4), "€ 1.250");
        assert_eq!(DUTCH.euros(-300.0), "−€ 300");
        assert_eq!(DUTCH.euros_short(12_345.0), "€ 12,3k");
        assert_eq!(DUTCH.euros_short(-2_500_000.0), "−€ 2,5 mln");
        assert_eq!(DUTCH.euros_short(950.0), "€ 950");
    }

    #[test]
    fn axis_euros_are_short() {
        assert_eq!(DUTCH.euros_axis(0.0), "€0");
        assert_eq!(DUTCH.euros_axis(750.0), "€750");
        assert_eq!(DUTCH.euros_axis(1500.0), "€1,5k");
        assert_eq!(DUTCH.euros_axis(20_000.0), "€20k");
        assert_eq!(DUTCH.euros_axis(-10_000.0), "−€10k");
        assert_eq!(DUTCH.euros_axis(2_000_000.0), "€2 mln");
    }

    #[test]
    fn english_swaps_the_separators_and_writes_euros_without_a_gap() {
        assert_eq!(ENGLISH.format(12345.678, 1), "12,345.7");
        assert_eq!(ENGLISH.format_signed(-1500.0, 0), "−1,500");
        assert_eq!(ENGLISH.euros(1250.4), "€1,250");
        assert_eq!(ENGLISH.euros(-300.0), "−€300");
        assert_eq!(ENGLISH.euros_short(12_345.0), "€12.3k");
        assert_eq!(ENGLISH.euros_short(-2_500_000.0), "−€2.5m");
        assert_eq!(ENGLISH.euros_axis(1500.0), "€1.5k");
        assert_eq!(ENGLISH.euros_axis(2_000_000.0), "€2m");
    }

    #[test]
    fn not_a_number_is_shown_as_a_dash() {
        assert_eq!(DUTCH.format(f64::NAN, 1), "–");
        assert_eq!(DUTCH.format(f64::INFINITY, 0), "–");
    }
}
