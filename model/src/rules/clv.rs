//! Customer lifetime value (klantwaarde over de hele relatie), in the two forms the course teaches.

/// CLV = W × A: average margin per order (W) × average number of orders per customer relationship (A).
pub fn clv_wxa(margin_per_order_eur: f64, orders_per_relationship: f64) -> f64 {
    margin_per_order_eur * orders_per_relationship
}

/// A for the W × A formula: orders per customer per week × expected weeks of the relationship
/// (1 / weekly churn, limited to `horizon_weeks`).
pub fn orders_per_relationship(
    orders_per_customer_week: f64,
    weekly_churn: f64,
    horizon_weeks: f64,
) -> f64 {
    let weeks = if weekly_churn > 0.0 {
        (1.0 / weekly_churn).min(horizon_weeks)
    } else {
        horizon_weeks
    };
    orders_per_customer_week * weeks
}

/// The discounted-CLV multiple r / (1 + i − r) for yearly retention r and discount rate i
/// (r = 0.8, i = 0.10 gives 2.6667; r = 0 gives 0).
pub fn discounted_multiple(retention_per_year: f64, discount_rate_per_year: f64) -> f64 {
    let r = retention_per_year.clamp(0.0, 1.0);
    let denominator = 1.0 + discount_rate_per_year - r;
    if denominator <= 0.0 {
        return 0.0;
    }
    r / denominator
}

/// Discounted CLV = m · r / (1 + i − r) for yearly margin m per customer.
pub fn clv_discounted(
    margin_per_year_eur: f64,
    retention_per_year: f64,
    discount_rate_per_year: f64,
) -> f64 {
    margin_per_year_eur * discounted_multiple(retention_per_year, discount_rate_per_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_multiples() {
        assert!((discounted_multiple(0.8, 0.10) - 2.666_666_666_7).abs() < 1e-9);
        assert_eq!(discounted_multiple(0.0, 0.10), 0.0);
        assert!((clv_discounted(100.0, 0.8, 0.10) - 266.666_666_666_7).abs() < 1e-6);
    }

    #[test]
    fn wxa_on_a_constructed_case() {
        // 2 orders a month (0.5 a week), relationship of 1 / 0.01 = 100 weeks: 50 orders of € 12.
        let a = orders_per_relationship(0.5, 0.01, 520.0);
        assert!((a - 50.0).abs() < 1e-9);
        assert!((clv_wxa(12.0, a) - 600.0).abs() < 1e-9);
        // No churn: the horizon limits the relationship.
        assert!((orders_per_relationship(0.5, 0.0, 520.0) - 260.0).abs() < 1e-9);
    }
}
