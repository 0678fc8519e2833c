//! Checks on a scenario's values after reading: the version, the id, the length, the start policy,
//! the assignments' weeks; the ranges of the market, the costs and the rules are checked by each of
//! those parts itself (`check()` beside its defaults), called from here.

use crate::lever::Lever;
use crate::rules::bounds::{Bounds, inconsistent, range};
use crate::scenario::error::{ScenarioError, ScenarioErrorKind};
use crate::scenario::goal::GoalTiming;
use crate::scenario::limits::WEEKS_MAX;
use crate::scenario::market::Segment;
use crate::scenario::{
    BUYING_CENTRE_SINCE_VERSION, EVENTS_SINCE_VERSION, FORMAT_VERSION, Scenario,
    TIER_TREATMENT_SINCE_VERSION,
};
use crate::treatment::Treatment;

/// Check every value of a scenario that has a limited range.
pub(crate) fn check(s: &Scenario) -> Result<(), ScenarioError> {
    if !(1..=FORMAT_VERSION).contains(&s.format_version) {
        return Err(ScenarioError::new(
            "format_version",
            ScenarioErrorKind::UnsupportedVersion {
                found: i64::from(s.format_version),
                supported: FORMAT_VERSION,
            },
        ));
    }
    if s.id.is_empty()
        || !s
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(inconsistent(
            "id",
            format!(
                "`{}` is geen geldige id: gebruik kleine letters, cijfers en `-`",
                s.id
            ),
            format!(
                "`{}` is not a valid id: use lowercase letters, digits and `-`",
                s.id
            ),
        ));
    }
    range("weeks", f64::from(s.weeks), 1.0, f64::from(WEEKS_MAX))?;
    if let Some(bad) = s.start_policy.first_invalid() {
        let field = format!("start_policy.{}", bad.setting.key());
        return Err(ScenarioError::out_of_range(
            field,
            bad.value,
            0.0,
            bad.setting.max_value(),
        ));
    }
    check_tier_treatment(s)?;
    s.market.check(&Bounds::at("market"))?;
    check_buying_centre(s)?;
    check_costs(s)?;
    check_rules(s)?;
    check_assignments(s)?;
    check_events(s)
}

/// Treating the tiers apart needs format version 3, and a lesson that offers it may not lock or
/// hide a lever a tier's factor scales unless that lever stays at 0 (a factor would move it).
fn check_tier_treatment(s: &Scenario) -> Result<(), ScenarioError> {
    if let Some(lever) = s.tier_treatment.then(|| s.fixed_scaled_lever()).flatten() {
        let list = if s.is_hidden(lever) {
            "hidden_levers"
        } else {
            "locked_levers"
        };
        return Err(inconsistent(
            list,
            format!(
                "`{}` zit vast of doet niet mee, maar de les biedt behandeling per klantniveau, die de knop per laag schaalt; zet de knop op 0 of laat hem vrij",
                lever.key()
            ),
            format!(
                "`{}` is locked or left out, but the lesson offers treatment per tier, which scales the lever per tier; set it to 0 or free it",
                lever.key()
            ),
        ));
    }
    if s.format_version >= TIER_TREATMENT_SINCE_VERSION {
        return Ok(());
    }
    let (written, plain) = (s.start_policy.treatment(), Treatment::default());
    let field = if s.tier_treatment {
        "tier_treatment"
    } else if written.service != plain.service {
        "start_policy.service"
    } else if written.binding != plain.binding {
        "start_policy.binding"
    } else if written.channel != plain.channel {
        "start_policy.channel"
    } else {
        return Ok(());
    };
    Err(needs_version(
        field,
        "behandeling per klantniveau (`tier_treatment`, `[start_policy.service]`, `.binding`, `.channel`) vraagt",
        "treatment per tier (`tier_treatment`, `[start_policy.service]`, `.binding`, `.channel`) needs",
        TIER_TREATMENT_SINCE_VERSION,
    ))
}

/// The error for `field`, a part of the format that came with `version`; `nl` and `en` name
/// it with its verb ("… vraagt", "… needs").
fn needs_version(field: &str, nl: &str, en: &str, version: u32) -> ScenarioError {
    inconsistent(
        field,
        format!("{nl} `format_version = {version}`"),
        format!("{en} `format_version = {version}`"),
    )
}

/// A segment's buying centre needs format version 4.
fn check_buying_centre(s: &Scenario) -> Result<(), ScenarioError> {
    if s.format_version >= BUYING_CENTRE_SINCE_VERSION {
        return Ok(());
    }
    for (name, segment) in [
        ("consumer", &s.market.consumer),
        ("business", &s.market.business),
    ] {
        let plain = Segment::default();
        let field = if segment.user_weight != plain.user_weight {
            "user_weight"
        } else if segment.user_delay_weeks != plain.user_delay_weeks {
            "user_delay_weeks"
        } else if segment.negotiated_discount != plain.negotiated_discount {
            "negotiated_discount"
        } else {
            continue;
        };
        return Err(needs_version(
            &format!("market.{name}.{field}"),
            "het inkoopcentrum (`user_weight`, `user_delay_weeks`, `negotiated_discount`) vraagt",
            "the buying centre (`user_weight`, `user_delay_weeks`, `negotiated_discount`) needs",
            BUYING_CENTRE_SINCE_VERSION,
        ));
    }
    Ok(())
}

/// Events need format version 2; each checks its own week, length and size.
fn check_events(s: &Scenario) -> Result<(), ScenarioError> {
    if !s.events.is_empty() && s.format_version < EVENTS_SINCE_VERSION {
        // Named on the first event, so the message points at its line.
        return Err(needs_version(
            "events[0]",
            "gebeurtenissen (`[[events]]`) vragen",
            "events (`[[events]]`) need",
            EVENTS_SINCE_VERSION,
        ));
    }
    for (i, event) in s.events.iter().enumerate() {
        let at = Bounds::at(format!("events[{i}]"));
        event.check(&at)?;
        // An event after the lesson's end would never be seen in it: a typo, not a plan.
        at.range("week", f64::from(event.week), 1.0, f64::from(s.weeks))?;
    }
    Ok(())
}

fn check_costs(s: &Scenario) -> Result<(), ScenarioError> {
    for lever in Lever::ALL {
        s.costs
            .of(lever)
            .check(&Bounds::at(format!("costs.{}", lever.key())))?;
    }
    Ok(())
}

/// Every number finite (TOML allows `nan` and `inf`), then each rule's own ranges.
fn check_rules(s: &Scenario) -> Result<(), ScenarioError> {
    // The rules as the scenario file writes them: the serializer the app needs anyway for
    // exports, instead of a generic `toml::Value` tree (issue 12's size budget).
    let written = toml::to_string(&s.rules).map_err(|_| {
        inconsistent(
            "rules",
            "de regels kunnen niet gelezen worden".into(),
            "the rules cannot be read".into(),
        )
    })?;
    if let Some(path) = first_non_finite(&written) {
        return Err(ScenarioError::out_of_range(
            path,
            f64::NAN,
            f64::MIN,
            f64::MAX,
        ));
    }
    let r = &s.rules;
    let at = Bounds::at("rules");
    r.expectations.check(&at.nested("expectations"))?;
    r.performance.check(&at.nested("performance"))?;
    r.satisfaction.check(&at.nested("satisfaction"))?;
    r.nps.check(&at.nested("nps"))?;
    r.retention.check(&at.nested("retention"))?;
    r.acquisition.check(&at.nested("acquisition"))?;
    r.economics.check(&at.nested("economics"))?;
    r.metrics.check(&at.nested("metrics"))?;
    r.channels.check(&at.nested("channels"))
}

/// The dotted path (`rules.<table>.<key>`) of the first `nan` or `inf` in the rules as TOML text.
fn first_non_finite(rules_toml: &str) -> Option<String> {
    let mut table = String::new();
    for line in rules_toml.lines().map(str::trim) {
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            table = header.to_string();
            continue;
        }
        let Some((key, value)) = line.split_once(" = ") else {
            continue;
        };
        let non_finite = value
            .split(|c: char| c == ',' || c == '[' || c == ']' || c.is_whitespace())
            .any(|token| matches!(token.trim_start_matches(['+', '-']), "nan" | "inf"));
        if non_finite {
            let key = key.trim();
            return Some(if table.is_empty() {
                format!("rules.{key}")
            } else {
                format!("rules.{table}.{key}")
            });
        }
    }
    None
}

fn check_assignments(s: &Scenario) -> Result<(), ScenarioError> {
    for (i, a) in s.assignments.iter().enumerate() {
        for goal in &a.goals {
            let week = match goal.timing {
                GoalTiming::AtWeek(w) | GoalTiming::ByWeek(w) | GoalTiming::FromWeek(w) => w,
                GoalTiming::AtEnd | GoalTiming::Always => continue,
            };
            if week == 0 || week > s.weeks {
                return Err(ScenarioError::new(
                    format!("assignments[{i}].goals"),
                    ScenarioErrorKind::InvalidGoal {
                        text: goal.to_string(),
                        reason_nl: format!("week {week} ligt niet tussen 1 en {}", s.weeks),
                        reason_en: format!("week {week} is not between 1 and {}", s.weeks),
                    },
                ));
            }
        }
        if a.goals.is_empty() {
            return Err(inconsistent(
                &format!("assignments[{i}].goals"),
                format!("opdracht `{}` heeft geen doelen", a.id),
                format!("assignment `{}` has no goals", a.id),
            ));
        }
        if s.assignments[..i].iter().any(|b| b.id == a.id) {
            return Err(inconsistent(
                &format!("assignments[{i}].id"),
                format!("opdracht-id `{}` komt twee keer voor", a.id),
                format!("assignment id `{}` appears twice", a.id),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::first_non_finite;

    #[test]
    fn a_non_finite_number_is_found_in_any_table_and_in_lists() {
        let text = "top = 1.0\n\n[retention]\nweekly = 0.5\n\n[retention.drivers]\nweights = [0.5, -inf]\n";
        assert_eq!(
            first_non_finite(text).as_deref(),
            Some("rules.retention.drivers.weights")
        );
        assert_eq!(first_non_finite("a = nan\n").as_deref(), Some("rules.a"));
        assert_eq!(first_non_finite("[nps]\ninformation = 2.0\n"), None);
    }
}
