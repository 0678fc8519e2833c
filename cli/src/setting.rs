//! Reading `--set LEVER=VALUE` and `--vary LEVER=FROM:TO:STEP`.

use crate::failure::Failure;
use model::{Lever, Policy};

fn lever(key: &str, argument: &str) -> Result<Lever, Failure> {
    Lever::from_key(key.trim()).ok_or_else(|| {
        Failure::usage(
            format!(
                "onbekende knop `{key}` in `{argument}`; bekende knoppen: {}",
                Lever::all_keys()
            ),
            format!(
                "unknown lever `{key}` in `{argument}`; known levers: {}",
                Lever::all_keys()
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

fn in_unit_range(value: f64, argument: &str) -> Result<f64, Failure> {
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(Failure::usage(
            format!("waarde {value} in `{argument}` ligt niet tussen 0 en 1"),
            format!("value {value} in `{argument}` is not between 0 and 1"),
        ))
    }
}

/// Parse `LEVER=VALUE`.
pub fn parse_setting(argument: &str) -> Result<(Lever, f64), Failure> {
    let (key, value) = argument.split_once('=').ok_or_else(|| {
        Failure::usage(
            format!("`{argument}` heeft niet de vorm KNOP=WAARDE, bv. promise=0.8"),
            format!("`{argument}` is not of the form LEVER=VALUE, e.g. promise=0.8"),
        )
    })?;
    let lever = lever(key, argument)?;
    let value = in_unit_range(number(value, argument)?, argument)?;
    Ok((lever, value))
}

/// Apply every `--set` to a policy.
pub fn apply_settings(mut policy: Policy, settings: &[String]) -> Result<Policy, Failure> {
    for argument in settings {
        let (lever, value) = parse_setting(argument)?;
        policy = policy.with(lever, value).map_err(|_| {
            Failure::usage(
                format!(
                    "waarde {value} voor `{}` ligt niet tussen 0 en 1",
                    lever.key()
                ),
                format!("value {value} for `{}` is not between 0 and 1", lever.key()),
            )
        })?;
    }
    Ok(policy)
}

/// Most settings one `--vary` may produce.
pub const VARY_STEPS_MAX: usize = 1001;

/// Parse `LEVER=FROM:TO:STEP` into the lever and its values FROM, FROM+STEP, ..., up to TO.
pub fn parse_vary(argument: &str) -> Result<(Lever, Vec<f64>), Failure> {
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
    let lever = lever(key, argument)?;
    let from = in_unit_range(number(from, argument)?, argument)?;
    let to = in_unit_range(number(to, argument)?, argument)?;
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
    let values = (0..count)
        .map(|k| {
            let v = from + k as f64 * step;
            ((v * 1e9).round() / 1e9).min(to)
        })
        .collect();
    Ok((lever, values))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_parse_and_reject_bad_input() {
        assert_eq!(parse_setting("promise=0.8").unwrap(), (Lever::Promise, 0.8));
        assert!(parse_setting("promise").is_err());
        assert!(parse_setting("belofte=0.5").is_err());
        assert!(parse_setting("price=1.5").is_err());
        assert!(parse_setting("price=NaN").is_err());
        assert!(parse_setting("price=abc").is_err());
    }

    #[test]
    fn vary_gives_inclusive_steps() {
        let (lever, values) = parse_vary("promise=0:1:0.1").unwrap();
        assert_eq!(lever, Lever::Promise);
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
