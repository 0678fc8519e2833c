//! The customer pyramid (klantenpiramide): customers grouped by how much they spend.

use serde::{Deserialize, Serialize};

/// A row of the customer pyramid, from the few big spenders at the top to the many small ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Top customers (topklanten).
    Top,
    /// Large customers (grote klanten).
    Large,
    /// Medium customers (middelgrote klanten).
    Medium,
    /// Small customers (kleine klanten).
    Small,
}

impl Tier {
    /// Tiers from top to bottom; `Snapshot::pyramid` uses the same order.
    pub const ALL: [Tier; 4] = [Tier::Top, Tier::Large, Tier::Medium, Tier::Small];

    /// Fixed key used in scenario files.
    pub fn key(self) -> &'static str {
        match self {
            Tier::Top => "top",
            Tier::Large => "large",
            Tier::Medium => "medium",
            Tier::Small => "small",
        }
    }

    /// The tier with this key, or `None`.
    pub fn from_key(key: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|tier| tier.key() == key)
    }

    /// Position in [`Tier::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One tier's figures this week: active customers, their revenue and the profit they bring.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TierFigures {
    /// Active customers in this tier.
    pub customers: u32,
    /// Their revenue this week, euros.
    pub revenue_eur: f64,
    /// Revenue minus the costs these customers cause (goods, per-order and per-customer lever costs), euros.
    /// Negative means unprofitable customers (onrendabele klanten).
    pub profit_eur: f64,
    /// What serving them through their channel costs more than the helpdesk (part of the
    /// profit's costs; negative: it saves), euros.
    #[serde(default)]
    pub contact_costs_eur: f64,
}
