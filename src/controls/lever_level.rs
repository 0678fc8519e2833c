//! Lever values as the page shows them: a slider position and a value in words.

use model::Lever;

/// The groups of the control panel, in order, with their levers.
pub const GROUPS: [(Group, &[Lever]); 5] = [
    (Group::Expectations, &[Lever::Promise]),
    (Group::Product, &[Lever::Quality, Lever::Price]),
    (
        Group::Service,
        &[Lever::Presales, Lever::Sales, Lever::Aftersales],
    ),
    (
        Group::Binding,
        &[
            Lever::LoyaltyFinancial,
            Lever::LoyaltySocial,
            Lever::LoyaltyStructural,
        ],
    ),
    (Group::Acquisition, &[Lever::Acquisition]),
];

/// A group of levers in the control panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Verwachtingen: what is promised.
    Expectations,
    /// Product & prijs.
    Product,
    /// Service before, during and after the sale.
    Service,
    /// Klantenbinding: financial, social, structural.
    Binding,
    /// Nieuwe klanten: acquisition.
    Acquisition,
}

/// Steps of a slider: a lever value of 0..1 is shown as 0..100.
pub const SLIDER_STEPS: u32 = 100;

/// The slider position of a lever value.
pub fn to_slider(value: f64) -> u32 {
    (value.clamp(0.0, 1.0) * f64::from(SLIDER_STEPS)).round() as u32
}

/// The lever value of a slider position (the text of the input's value); `None` when unreadable.
pub fn from_slider(text: &str) -> Option<f64> {
    let position: f64 = text.trim().parse().ok()?;
    if !position.is_finite() {
        return None;
    }
    Some((position / f64::from(SLIDER_STEPS)).clamp(0.0, 1.0))
}

/// Which of the five words describes `value` (0 = lowest fifth of the range, 4 = highest).
pub fn level_index(value: f64) -> usize {
    if !value.is_finite() {
        return 0;
    }
    ((value.clamp(0.0, 1.0) * 5.0).floor() as usize).min(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lever_is_in_exactly_one_group() {
        for lever in Lever::ALL {
            let count = GROUPS
                .iter()
                .filter(|(_, levers)| levers.contains(&lever))
                .count();
            assert_eq!(count, 1, "{lever:?}");
        }
    }

    #[test]
    fn slider_positions_round_trip() {
        for position in 0..=SLIDER_STEPS {
            let value = from_slider(&position.to_string()).unwrap();
            assert_eq!(to_slider(value), position);
        }
        assert_eq!(to_slider(0.505), 51);
    }

    #[test]
    fn unreadable_or_out_of_range_slider_text() {
        assert_eq!(from_slider("abc"), None);
        assert_eq!(from_slider("NaN"), None);
        assert_eq!(from_slider("150"), Some(1.0));
        assert_eq!(from_slider("-3"), Some(0.0));
    }

    #[test]
    fn five_words_cover_the_range() {
        assert_eq!(level_index(0.0), 0);
        assert_eq!(level_index(0.19), 0);
        assert_eq!(level_index(0.2), 1);
        assert_eq!(level_index(0.5), 2);
        assert_eq!(level_index(0.79), 3);
        assert_eq!(level_index(0.8), 4);
        assert_eq!(level_index(1.0), 4);
        assert_eq!(level_index(f64::NAN), 0);
    }
}
