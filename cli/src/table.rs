//! The output table: fixed columns first (in the order the issue gives), then extra figures; written as
//! CSV or JSON.

use crate::failure::Failure;
use model::{CSV_METRICS, Lever, Metric, Snapshot, Tier};
use std::io::Write;
use std::path::Path;

/// A table with named columns and numeric cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// Column names.
    pub columns: Vec<String>,
    /// Rows of values, one per column.
    pub rows: Vec<Vec<f64>>,
}

/// Column names of one week: `week`, the 23 fixed figures, then extras.
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
    columns
}

/// The values of one week in [`week_columns`] order.
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
    values
}

/// CSV text: header line, then one line per row. Numbers in Rust's shortest round-trip form.
pub fn to_csv(table: &Table) -> String {
    let mut out = table.columns.join(",");
    out.push('\n');
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|v| format!("{v}")).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// JSON text: an array of objects, keys in column order.
pub fn to_json(table: &Table) -> String {
    let rows: Vec<serde_json::Value> = table
        .rows
        .iter()
        .map(|row| {
            let object: serde_json::Map<String, serde_json::Value> = table
                .columns
                .iter()
                .zip(row)
                .map(|(name, &v)| (name.clone(), json_number(v)))
                .collect();
            serde_json::Value::Object(object)
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into());
    text.push('\n');
    text
}

fn json_number(v: f64) -> serde_json::Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        serde_json::Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

/// Write text to a file, or to standard output when `out` is `None`.
pub fn write_output(text: &str, out: Option<&Path>) -> Result<(), Failure> {
    let result = match out {
        Some(path) => std::fs::write(path, text),
        None => std::io::stdout().lock().write_all(text.as_bytes()),
    };
    result.map_err(|e| {
        let target = out.map_or_else(|| "stdout".to_string(), |p| p.display().to_string());
        Failure::input(
            format!("kan niet schrijven naar {target}: {e}"),
            format!("cannot write to {target}: {e}"),
        )
    })
}
