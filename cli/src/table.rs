//! The output table: fixed columns first (in the order the issue gives), then extra figures; written as
//! CSV or JSON.

use crate::failure::Failure;
pub use model::{week_columns, week_values};
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
