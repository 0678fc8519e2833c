//! Named figures (kengetallen) of a week, by the same names as the CLI's CSV columns, so goals, charts
//! and exports speak one language.

use crate::metrics::snapshot::Snapshot;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

type Read = fn(&Snapshot) -> f64;

fn pct(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * f64::from(part) / f64::from(whole)
    }
}

/// Every named figure: key and how to read it from a snapshot. The first 25 are the CLI's CSV columns in
/// order (after `week`).
const TABLE: &[(&str, Read)] = &[
    ("suspects", |s| f64::from(s.phases.suspects)),
    ("prospects", |s| f64::from(s.phases.prospects)),
    ("new_customers", |s| f64::from(s.phases.new_customers)),
    ("loyal_customers", |s| f64::from(s.phases.loyal_customers)),
    ("ambassadors", |s| f64::from(s.phases.ambassadors)),
    ("former_customers", |s| f64::from(s.phases.former_customers)),
    ("population", |s| f64::from(s.population)),
    ("expectation", |s| s.expectation),
    ("performance", |s| s.performance),
    ("satisfaction", |s| s.satisfaction),
    ("promoters", |s| f64::from(s.promoters)),
    ("passives", |s| f64::from(s.passives)),
    ("detractors", |s| f64::from(s.detractors)),
    ("nps", |s| s.nps),
    ("retention_rate", |s| s.retention_rate),
    ("orders", |s| f64::from(s.orders)),
    ("revenue", |s| s.revenue),
    ("costs", |s| s.costs),
    ("profit", |s| s.profit),
    ("cumulative_profit", |s| s.cumulative_profit),
    ("clv_wxa", |s| s.clv_wxa),
    ("clv_wxa_net", |s| s.clv_wxa_net),
    ("clv_discounted", |s| s.clv_discounted),
    ("clv_discounted_net", |s| s.clv_discounted_net),
    ("share_of_wallet", |s| s.share_of_wallet),
    ("active_customers", |s| {
        f64::from(s.phases.active_customers())
    }),
    ("active_customers_pct", |s| {
        pct(s.phases.active_customers(), s.population)
    }),
    ("suspects_pct", |s| pct(s.phases.suspects, s.population)),
    ("prospects_pct", |s| pct(s.phases.prospects, s.population)),
    ("former_customers_pct", |s| {
        pct(s.phases.former_customers, s.population)
    }),
    ("ambassadors_pct", |s| {
        pct(s.phases.ambassadors, s.population)
    }),
    ("loyal_customers_pct", |s| {
        pct(s.phases.loyal_customers, s.population)
    }),
    ("promoters_pct", |s| {
        pct(s.promoters, s.phases.active_customers())
    }),
    ("detractors_pct", |s| {
        pct(s.detractors, s.phases.active_customers())
    }),
    ("leavers", |s| f64::from(s.leavers)),
    ("new_customers_won", |s| f64::from(s.new_customers_won)),
    ("cost_of_goods", |s| s.cost_of_goods_eur),
    ("top_customers", |s| f64::from(s.pyramid[0].customers)),
    ("large_customers", |s| f64::from(s.pyramid[1].customers)),
    ("medium_customers", |s| f64::from(s.pyramid[2].customers)),
    ("small_customers", |s| f64::from(s.pyramid[3].customers)),
    ("top_profit", |s| s.pyramid[0].profit_eur),
    ("large_profit", |s| s.pyramid[1].profit_eur),
    ("medium_profit", |s| s.pyramid[2].profit_eur),
    ("small_profit", |s| s.pyramid[3].profit_eur),
];

/// Number of figures that make up the CLI's fixed CSV columns after `week`.
pub const CSV_METRICS: usize = 25;

/// A named figure of a week (kengetal), e.g. `nps` or `cumulative_profit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Metric(usize);

impl Metric {
    /// Every figure, CSV columns first.
    pub fn all() -> impl Iterator<Item = Metric> {
        (0..TABLE.len()).map(Metric)
    }

    /// The figure with this key.
    pub fn from_key(key: &str) -> Option<Metric> {
        TABLE.iter().position(|(k, _)| *k == key).map(Metric)
    }

    /// Its key (as in CSV headers and goals).
    pub fn key(self) -> &'static str {
        TABLE[self.0].0
    }

    /// Its value in a week.
    pub fn value(self, snapshot: &Snapshot) -> f64 {
        (TABLE[self.0].1)(snapshot)
    }

    /// All keys joined with ", ".
    pub fn all_keys() -> String {
        TABLE.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
    }
}

impl Serialize for Metric {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Metric {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Metric, D::Error> {
        let key = String::deserialize(deserializer)?;
        Metric::from_key(&key).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown variant `{key}`, expected one of {}",
                Metric::all_keys()
            ))
        })
    }
}
