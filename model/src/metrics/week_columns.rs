//! The columns of a run's week-by-week table, as the CLI's CSV and the app's export write them:
//! `week`, the fixed figures of [`crate::CSV_METRICS`], then counts, each lever's cost and each
//! pyramid tier, then (added later, so after everything that was there before) the contact channels'
//! extra cost in all and per tier. One list, so a spreadsheet made from either has the same columns.

use crate::{CSV_METRICS, Lever, Metric, Snapshot, Tier};

/// Column names: `week`, the fixed figures, then the extras.
pub fn week_columns() -> Vec<String> {
    let mut columns = vec!["week".to_string()];
    columns.extend(Metric::all().take(CSV_METRICS).map(|m| m.key().to_string()));
    columns.extend(
        [
            "active_customers",
            "leavers",
            "new_customers_won",
            "cost_of_goods",
        ]
        .map(String::from),
    );
    columns.extend(Lever::ALL.map(|l| format!("cost_{}", l.key())));
    for tier in Tier::ALL {
        for part in ["customers", "revenue", "profit"] {
            columns.push(format!("{}_{part}", tier.key()));
        }
    }
    columns.push("contact_costs".to_string());
    columns.extend(Tier::ALL.map(|tier| format!("{}_contact_costs", tier.key())));
    columns
}

/// The values of one week, in [`week_columns`] order.
pub fn week_values(s: &Snapshot) -> Vec<f64> {
    let mut values = vec![f64::from(s.week)];
    values.extend(Metric::all().take(CSV_METRICS).map(|m| m.value(s)));
    values.extend([
        f64::from(s.phases.active_customers()),
        f64::from(s.leavers),
        f64::from(s.new_customers_won),
        s.cost_of_goods_eur,
    ]);
    values.extend(s.lever_costs_eur);
    for tier in s.pyramid {
        values.extend([f64::from(tier.customers), tier.revenue_eur, tier.profit_eur]);
    }
    values.push(s.contact_costs_eur);
    values.extend(s.pyramid.map(|tier| tier.contact_costs_eur));
    values
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Scenario, Simulation};

    #[test]
    fn every_week_has_a_value_for_every_column() {
        let mut sim = Simulation::new(&Scenario::free_play(), 3);
        let columns = week_columns();
        assert_eq!(columns[0], "week");
        assert_eq!(
            columns.len(),
            1 + CSV_METRICS + 4 + Lever::ALL.len() + 3 * Tier::ALL.len() + 1 + Tier::ALL.len()
        );
        // The columns before the contact costs are the contract: they keep their places.
        let tiers_end = columns.iter().position(|c| c == "small_profit").unwrap();
        assert_eq!(columns[tiers_end + 1], "contact_costs");
        assert_eq!(
            columns.last().map(String::as_str),
            Some("small_contact_costs")
        );
        let values = week_values(sim.step());
        assert_eq!(values.len(), columns.len());
        assert_eq!(values[0], 1.0);
        let nps = columns.iter().position(|c| c == "nps").unwrap();
        assert_eq!(values[nps], sim.snapshot().nps);
    }
}
