//! The choices a treatment selector offers: factors in steps of 25 % from 0 to 200 %, and the four
//! channels. A factor a scenario set off those steps is offered too, so the selector can show it.

use model::{Channel, Setting, TIER_FACTOR_MAX};

/// The factor steps offered, as fractions (0, 0.25, …, 2).
pub fn factor_steps() -> Vec<f64> {
    let steps = (TIER_FACTOR_MAX / 0.25).round() as usize;
    (0..=steps).map(|k| k as f64 * 0.25).collect()
}

/// The values a selector for `setting` offers, with `current` among them.
pub fn values_for(setting: Setting, current: f64) -> Vec<f64> {
    let mut values = match setting {
        Setting::Channel(_) => Channel::ALL.map(|c| f64::from(c.code())).to_vec(),
        _ => factor_steps(),
    };
    if setting.accepts(current) && !values.contains(&current) {
        values.push(current);
        values.sort_by(f64::total_cmp);
    }
    values
}

/// The text of an option's `value` attribute, read back by [`parse_choice`].
pub fn choice_text(value: f64) -> String {
    value.to_string()
}

/// A selector's value read back: a value `setting` accepts, or `None`.
pub fn parse_choice(setting: Setting, text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|&v| setting.accepts(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Tier;

    #[test]
    fn factors_step_by_a_quarter_and_keep_an_odd_current_value() {
        let service = Setting::Service(Tier::Top);
        let steps = values_for(service, 1.0);
        assert_eq!(steps.len(), 9);
        assert_eq!((steps[0], steps[4], steps[8]), (0.0, 1.0, 2.0));
        let odd = values_for(service, 1.3);
        assert_eq!(odd.len(), 10);
        assert_eq!(odd[6], 1.3);
        assert_eq!(
            values_for(Setting::Channel(Tier::Small), 1.0),
            vec![0.0, 1.0, 2.0, 3.0]
        );
        assert_eq!(parse_choice(service, &choice_text(1.25)), Some(1.25));
        assert_eq!(parse_choice(service, "3"), None);
        assert_eq!(parse_choice(Setting::Channel(Tier::Top), "0.5"), None);
        assert_eq!(parse_choice(service, "abc"), None);
    }
}
