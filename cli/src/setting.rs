//! Reading `--set SETTING=VALUE` and `--vary SETTING=FROM:TO:STEP`. A setting is a lever
//! (`promise`) or a tier's treatment (`service.top`, `binding.small`, `channel.top`); a channel
//! takes its name (`channel.top=account_manager`) or its code 0–3.

use crate::failure::Failure;
use model::{Channel, Policy, Setting};

fn setting(key: &str, argument: &str) -> Result<Setting, Failure> {
    Setting::from_key(key.trim()).ok_or_else(|| {
        Failure::usage(
            format!(
                "onbekende knop `{key}` in `{argument}`; bekende knoppen: {}",
                Setting::all_keys()
            ),
            format!(
                "unknown lever `{key}` in `{argument}`; known levers: {}",
                Setting::all_keys()
            ),
        )
    })
}

fn number(text: &str, argument: &str) -> Result<f64, Failure> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| {
            Failure::usage(
                format!("`{text}` in `{argument}` is geen getal"),
                format!("`{text}` in `{argument}` is not a number"),
            )
        })
}

/// A value as written: a number, or for a channel also its name.
fn value_of(setting: Setting, text: &str, argument: &str) -> Result<f64, Failure> {
    if let Setting::Channel(_) = setting {
        if let Some(channel) = Channel::from_key(text.trim()) {
            return Ok(f64::from(channel.code()));
        }
        // Neither a channel's name nor its code: say which channels there are.
        let code = text.trim().parse::<f64>().unwrap_or(f64::NAN);
        return accepted(setting, code, argument).map_err(|_| channel_refused(text, argument));
    }
    number(text, argument)
}

fn channel_refused(text: &str, argument: &str) -> Failure {
    Failure::usage(
        format!(
            "`{}` in `{argument}` is geen kanaal; kies uit {} (of 0–3)",
            text.trim(),
            Channel::all_keys()
        ),
        format!(
            "`{}` in `{argument}` is not a channel; choose from {} (or 0–3)",
            text.trim(),
            Channel::all_keys()
        ),
    )
}

fn accepted(setting: Setting, value: f64, argument: &str) -> Result<f64, Failure> {
    if setting.accepts(value) {
        return Ok(value);
    }
    Err(match setting {
        Setting::Channel(_) => channel_refused(&value.to_string(), argument),
        _ => {
            let max = setting.max_value();
            Failure::usage(
                format!("waarde {value} in `{argument}` ligt niet tussen 0 en {max}"),
                format!("value {value} in `{argument}` is not between 0 and {max}"),
            )
        }
    })
}

/// Parse `SETTING=VALUE`.
pub fn parse_setting(argument: &str) -> Result<(Setting, f64), Failure> {
    let (key, value) = argument.split_once('=').ok_or_else(|| {
        Failure::usage(
            format!("`{argument}` heeft niet de vorm KNOP=WAARDE, bv. promise=0.8"),
            format!("`{argument}` is not of the form LEVER=VALUE, e.g. promise=0.8"),
        )
    })?;
    let setting = setting(key, argument)?;
    let value = accepted(setting, value_of(setting, value, argument)?, argument)?;
    Ok((setting, value))
}

/// Apply every `--set` to a policy.
pub fn apply_settings(mut policy: Policy, settings: &[String]) -> Result<Policy, Failure> {
    for argument in settings {
        let (setting, value) = parse_setting(argument)?;
        // Checked by `parse_setting`: the value is one the setting accepts.
        let _ = policy.set_setting(setting, value);
    }
    Ok(policy)
}

/// Most settings one `--vary` may produce.
pub const VARY_STEPS_MAX: usize = 1001;

/// Parse `SETTING=FROM:TO:STEP` into the setting and its values FROM, FROM+STEP, ..., up to TO.
pub fn parse_vary(argument: &str) -> Result<(Setting, Vec<f64>), Failure> {
    let form = || {
        Failure::usage(
            format!("`{argument}` heeft niet de vorm KNOP=VAN:TOT:STAP, bv. promise=0:1:0.1"),
            format!("`{argument}` is not of the form LEVER=FROM:TO:STEP, e.g. promise=0:1:0.1"),
        )
    };
    let (key, range) = argument.split_once('=').ok_or_else(form)?;
    let parts: Vec<&str> = range.split(':').collect();
    let [from, to, step] = parts.as_slice() else {
        return Err(form());
    };
    let setting = setting(key, argument)?;
    let from = accepted(setting, value_of(setting, from, argument)?, argument)?;
    let to = accepted(setting, value_of(setting, to, argument)?, argument)?;
    let step = number(step, argument)?;
    if step <= 0.0 || to < from {
        return Err(Failure::usage(
            format!("in `{argument}` moet STAP groter dan 0 zijn en TOT niet kleiner dan VAN"),
            format!("in `{argument}` STEP must be above 0 and TO not below FROM"),
        ));
    }
    let count = ((to - from) / step + 1e-9).floor() as usize + 1;
    if count > VARY_STEPS_MAX {
        return Err(Failure::usage(
            format!("`{argument}` geeft {count} waarden; maximaal {VARY_STEPS_MAX}"),
            format!("`{argument}` gives {count} values; at most {VARY_STEPS_MAX}"),
        ));
    }
    let values: Vec<f64> = (0..count)
        .map(|k| {
            let v = from + k as f64 * step;
            ((v * 1e9).round() / 1e9).min(to)
        })
        .collect();
    if let Some(&bad) = values.iter().find(|&&v| !setting.accepts(v)) {
        return Err(accepted(setting, bad, argument).unwrap_err());
    }
    Ok((setting, values))
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Lever, Tier};

    #[test]
    fn settings_parse_and_reject_bad_input() {
        assert_eq!(
            parse_setting("promise=0.8").unwrap(),
            (Lever::Promise.into(), 0.8)
        );
        assert!(parse_setting("promise").is_err());
        assert!(parse_setting("belofte=0.5").is_err());
        assert!(parse_setting("price=1.5").is_err());
        assert!(parse_setting("price=NaN").is_err());
        assert!(parse_setting("price=abc").is_err());
    }

    #[test]
    fn tier_settings_parse_with_their_own_ranges_and_channel_names() {
        assert_eq!(
            parse_setting("service.top=1.5").unwrap(),
            (Setting::Service(Tier::Top), 1.5)
        );
        assert!(parse_setting("service.top=2.5").is_err());
        assert!(parse_setting("service.reus=1").is_err());
        assert_eq!(
            parse_setting("channel.small=email").unwrap(),
            (Setting::Channel(Tier::Small), 2.0)
        );
        assert_eq!(
            parse_setting("channel.top=0").unwrap(),
            (Setting::Channel(Tier::Top), 0.0)
        );
        assert!(parse_setting("channel.top=fax").is_err());
        assert!(parse_setting("channel.top=0.5").is_err());
        let (_, values) = parse_vary("channel.small=0:3:1").unwrap();
        assert_eq!(values, vec![0.0, 1.0, 2.0, 3.0]);
        assert!(parse_vary("channel.small=0:3:0.5").is_err());
        assert_eq!(parse_vary("binding.top=0:2:0.5").unwrap().1.len(), 5);
        let policy =
            apply_settings(Policy::default(), &["channel.top=account_manager".into()]).unwrap();
        assert_eq!(
            policy.treatment().channel[Tier::Top],
            Channel::AccountManager
        );
    }

    #[test]
    fn vary_gives_inclusive_steps() {
        let (lever, values) = parse_vary("promise=0:1:0.1").unwrap();
        assert_eq!(lever, Setting::Lever(Lever::Promise));
        assert_eq!(values.len(), 11);
        assert_eq!(values[3], 0.3);
        assert_eq!(values[10], 1.0);
        assert_eq!(parse_vary("price=0.5:0.5:0.1").unwrap().1, vec![0.5]);
        assert!(parse_vary("price=0:1:0").is_err());
        assert!(parse_vary("price=1:0:0.1").is_err());
        assert!(parse_vary("price=0:2:0.1").is_err());
        assert!(parse_vary("price=0:1").is_err());
        assert!(parse_vary("price=0:1:0.000001").is_err());
    }
}
