//! Checks on a scenario's values after reading: ranges, shares that must add up, known versions.

use crate::goal::GoalTiming;
use crate::lever::Lever;
use crate::scenario::{FORMAT_VERSION, Scenario};
use crate::scenario_error::{ScenarioError, ScenarioErrorKind};

/// Largest market the simulator accepts.
pub const POPULATION_MAX: u32 = 2_000_000;
/// Longest scenario in weeks (ten years).
pub const WEEKS_MAX: u32 = 520;

fn range(field: &str, value: f64, min: f64, max: f64) -> Result<(), ScenarioError> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(ScenarioError::out_of_range(field, value, min, max))
    }
}

fn inconsistent(field: &str, nl: String, en: String) -> ScenarioError {
    ScenarioError::new(
        field,
        ScenarioErrorKind::Inconsistent {
            reason_nl: nl,
            reason_en: en,
        },
    )
}

/// Check every value of a scenario that has a limited range.
pub(crate) fn check(s: &Scenario) -> Result<(), ScenarioError> {
    if s.format_version != FORMAT_VERSION {
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
        let field = format!("start_policy.{}", bad.lever.key());
        return Err(ScenarioError::out_of_range(field, bad.value, 0.0, 1.0));
    }
    check_market(s)?;
    check_costs(s)?;
    check_rules(s)?;
    check_assignments(s)
}

fn check_market(s: &Scenario) -> Result<(), ScenarioError> {
    let m = &s.market;
    range(
        "market.population",
        f64::from(m.population),
        1.0,
        f64::from(POPULATION_MAX),
    )?;
    range("market.business_share", m.business_share, 0.0, 1.0)?;
    range(
        "market.competitor_strength",
        m.competitor_strength,
        0.0,
        1.0,
    )?;
    range(
        "market.discount_rate_per_year",
        m.discount_rate_per_year,
        0.0,
        1.0,
    )?;
    range("market.start.prospects", m.start.prospects, 0.0, 1.0)?;
    range("market.start.customers", m.start.customers, 0.0, 1.0)?;
    range(
        "market.start.former_customers",
        m.start.former_customers,
        0.0,
        1.0,
    )?;
    let started = m.start.prospects + m.start.customers + m.start.former_customers;
    if started > 1.0 + 1e-9 {
        return Err(inconsistent(
            "market.start",
            format!("de startaandelen tellen op tot {started}, meer dan 1"),
            format!("the start shares add up to {started}, more than 1"),
        ));
    }
    for (name, seg) in [("consumer", &m.consumer), ("business", &m.business)] {
        let f = |k: &str| format!("market.{name}.{k}");
        range(
            &f("order_size_multiplier"),
            seg.order_size_multiplier,
            0.0,
            1000.0,
        )?;
        range(&f("orders_per_week"), seg.orders_per_week, 0.0, 1.0)?;
        range(
            &f("conversion_multiplier"),
            seg.conversion_multiplier,
            0.0,
            100.0,
        )?;
        range(&f("churn_multiplier"), seg.churn_multiplier, 0.0, 100.0)?;
        range(
            &f("relationship_multiplier"),
            seg.relationship_multiplier,
            0.0,
            100.0,
        )?;
        range(&f("price_sensitivity"), seg.price_sensitivity, 0.0, 10.0)?;
    }
    let tiers = &m.tiers;
    let mut total = 0.0;
    for (name, tier) in ["top", "large", "medium", "small"]
        .iter()
        .zip(tiers.in_order())
    {
        range(&format!("market.tiers.{name}.share"), tier.share, 0.0, 1.0)?;
        range(
            &format!("market.tiers.{name}.order_eur"),
            tier.order_eur,
            0.0,
            1e7,
        )?;
        total += tier.share;
    }
    if (total - 1.0).abs() > 1e-6 {
        return Err(inconsistent(
            "market.tiers",
            format!("de aandelen van de vier lagen tellen op tot {total}, niet tot 1"),
            format!("the shares of the four tiers add up to {total}, not to 1"),
        ));
    }
    range("market.tiers.order_spread", tiers.order_spread, 0.0, 0.99)
}

fn check_costs(s: &Scenario) -> Result<(), ScenarioError> {
    for lever in Lever::ALL {
        let c = s.costs.of(lever);
        let f = |k: &str| format!("costs.{}.{k}", lever.key());
        range(&f("eur_per_week"), c.eur_per_week, 0.0, 1e9)?;
        range(
            &f("eur_per_customer_week"),
            c.eur_per_customer_week,
            0.0,
            1e6,
        )?;
        range(
            &f("eur_per_prospect_week"),
            c.eur_per_prospect_week,
            0.0,
            1e6,
        )?;
        range(&f("eur_per_order"), c.eur_per_order, 0.0, 1e6)?;
        range(&f("revenue_share"), c.revenue_share, 0.0, 1.0)?;
        range(&f("exponent"), c.exponent, 0.1, 5.0)?;
    }
    Ok(())
}

fn check_rules(s: &Scenario) -> Result<(), ScenarioError> {
    // Every number must be finite (TOML allows `nan` and `inf`).
    let value = toml::Value::try_from(&s.rules).map_err(|_| {
        inconsistent(
            "rules",
            "de regels kunnen niet gelezen worden".into(),
            "the rules cannot be read".into(),
        )
    })?;
    if let Some(path) = first_non_finite(&value, "rules") {
        return Err(ScenarioError::out_of_range(
            path,
            f64::NAN,
            f64::MIN,
            f64::MAX,
        ));
    }
    let r = &s.rules;
    let e = &r.expectations;
    for (k, v) in [
        ("at_promise_min", e.at_promise_min),
        ("at_promise_max", e.at_promise_max),
    ] {
        range(&format!("rules.expectations.{k}"), v, 0.0, 10.0)?;
    }
    range(
        "rules.expectations.weekly_promise_pull",
        e.weekly_promise_pull,
        0.0,
        1.0,
    )?;
    range(
        "rules.expectations.weekly_experience_pull",
        e.weekly_experience_pull,
        0.0,
        1.0 - e.weekly_promise_pull,
    )?;
    let p = &r.performance;
    for (k, v) in [
        ("product_at_quality_min", p.product_at_quality_min),
        ("product_at_quality_max", p.product_at_quality_max),
        ("service_at_min", p.service_at_min),
        ("service_at_max", p.service_at_max),
    ] {
        range(&format!("rules.performance.{k}"), v, 0.0, 10.0)?;
    }
    range(
        "rules.performance.service_weight",
        p.service_weight,
        0.0,
        1.0,
    )?;
    range(
        "rules.performance.aftersales_share_of_service",
        p.aftersales_share_of_service,
        0.0,
        1.0,
    )?;
    range(
        "rules.performance.weekly_noise_sd",
        p.weekly_noise_sd,
        0.0,
        5.0,
    )?;
    range(
        "rules.performance.personal_fit_spread",
        p.personal_fit_spread,
        0.0,
        5.0,
    )?;
    range(
        "rules.satisfaction.when_met",
        r.satisfaction.when_met,
        0.0,
        10.0,
    )?;
    range(
        "rules.satisfaction.weekly_update",
        r.satisfaction.weekly_update,
        0.0,
        1.0,
    )?;
    range(
        "rules.satisfaction.sensitivity_spread",
        r.satisfaction.sensitivity_spread,
        0.0,
        1.0,
    )?;
    range("rules.nps.answer_noise_sd", r.nps.answer_noise_sd, 0.0, 5.0)?;
    range(
        "rules.retention.weekly_churn_base",
        r.retention.weekly_churn_base,
        0.0,
        1.0,
    )?;
    range(
        "rules.retention.weekly_churn_max",
        r.retention.weekly_churn_max,
        0.0,
        1.0,
    )?;
    range(
        "rules.retention.aftersales_recovery",
        r.retention.aftersales_recovery,
        0.0,
        1.0,
    )?;
    range(
        "rules.retention.long_tenure_factor",
        r.retention.long_tenure_factor,
        0.0,
        10.0,
    )?;
    let a = &r.acquisition;
    for (k, v) in [
        ("weekly_interest_base", a.weekly_interest_base),
        (
            "weekly_interest_at_full_budget",
            a.weekly_interest_at_full_budget,
        ),
        ("weekly_conversion_base", a.weekly_conversion_base),
        ("weekly_prospect_lapse", a.weekly_prospect_lapse),
        ("weekly_return_base", a.weekly_return_base),
        ("weekly_chance_max", a.weekly_chance_max),
    ] {
        range(&format!("rules.acquisition.{k}"), v, 0.0, 1.0)?;
    }
    let ec = &r.economics;
    range(
        "rules.economics.cost_of_goods_share",
        ec.cost_of_goods_share,
        0.0,
        10.0,
    )?;
    range(
        "rules.economics.price_factor_at_min",
        ec.price_factor_at_min,
        0.0,
        100.0,
    )?;
    range(
        "rules.economics.price_factor_at_max",
        ec.price_factor_at_max,
        0.0,
        100.0,
    )?;
    range(
        "rules.economics.share_of_wallet_min",
        ec.share_of_wallet_min,
        0.0,
        1.0,
    )?;
    range(
        "rules.economics.share_of_wallet_max",
        ec.share_of_wallet_max,
        ec.share_of_wallet_min,
        1.0,
    )?;
    range(
        "rules.metrics.smoothing_weeks",
        r.metrics.smoothing_weeks,
        1.0,
        520.0,
    )?;
    range(
        "rules.metrics.clv_horizon_weeks",
        r.metrics.clv_horizon_weeks,
        1.0,
        5200.0,
    )
}

fn first_non_finite(value: &toml::Value, path: &str) -> Option<String> {
    match value {
        toml::Value::Float(f) if !f.is_finite() => Some(path.to_string()),
        toml::Value::Table(t) => t
            .iter()
            .find_map(|(k, v)| first_non_finite(v, &format!("{path}.{k}"))),
        _ => None,
    }
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
