//! The ten levers (beleidsknoppen) a learner turns: each one is a policy choice in [0, 1].

use serde::{Deserialize, Serialize};

/// One of the ten policy levers. The keys are fixed: scenarios, URLs and the CLI use them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lever {
    /// What marketing promises (verwachtingsmanagement): sets the expectation of prospects and customers.
    Promise,
    /// Delivered product quality (productprestatie).
    Quality,
    /// Price level, low (0) to high (1): margin against attractiveness (prijs).
    Price,
    /// Service before the purchase: advice, demos, quotations (pre-sales service).
    Presales,
    /// Service during the purchase: ordering, delivery, help at the counter (sales service). An
    /// account manager is social binding, not this.
    Sales,
    /// Service after the purchase: helpdesk, complaint handling (after-sales service, klachtbehandeling).
    Aftersales,
    /// Financial binding: discounts and saving points (financiële binding).
    LoyaltyFinancial,
    /// Social binding: personal contact, events, a fixed contact person (sociale binding).
    LoyaltySocial,
    /// Structural binding: integration, contracts, switching costs (structurele binding).
    LoyaltyStructural,
    /// Budget for winning new customers (new business development, acquisitie).
    Acquisition,
}

/// The one list of levers: each with its fixed key, in the order of the app's panel.
const LEVERS: [(Lever, &str); 10] = [
    (Lever::Promise, "promise"),
    (Lever::Quality, "quality"),
    (Lever::Price, "price"),
    (Lever::Presales, "presales"),
    (Lever::Sales, "sales"),
    (Lever::Aftersales, "aftersales"),
    (Lever::LoyaltyFinancial, "loyalty_financial"),
    (Lever::LoyaltySocial, "loyalty_social"),
    (Lever::LoyaltyStructural, "loyalty_structural"),
    (Lever::Acquisition, "acquisition"),
];

impl Lever {
    /// How many levers there are.
    pub const COUNT: usize = LEVERS.len();

    /// All levers in their fixed order; `Snapshot::lever_costs_eur` uses the same order.
    pub const ALL: [Lever; Lever::COUNT] = {
        let mut all = [Lever::Promise; Lever::COUNT];
        let mut i = 0;
        while i < Lever::COUNT {
            all[i] = LEVERS[i].0;
            i += 1;
        }
        all
    };

    /// Every lever's key, in [`Lever::ALL`] order.
    pub const KEYS: [&'static str; Lever::COUNT] = {
        let mut keys = [""; Lever::COUNT];
        let mut i = 0;
        while i < Lever::COUNT {
            keys[i] = LEVERS[i].1;
            i += 1;
        }
        keys
    };

    /// The fixed key used in scenario files, URLs and the CLI (`--set promise=0.8`).
    pub fn key(self) -> &'static str {
        Lever::KEYS[self.index()]
    }

    /// Whether this is one of the three binding programmes (klantenbinding), which start switched
    /// off.
    pub fn is_binding(self) -> bool {
        matches!(
            self,
            Lever::LoyaltyFinancial | Lever::LoyaltySocial | Lever::LoyaltyStructural
        )
    }

    /// The lever with this key, or `None` for an unknown key.
    pub fn from_key(key: &str) -> Option<Lever> {
        Lever::ALL.into_iter().find(|lever| lever.key() == key)
    }

    /// Position of the lever in [`Lever::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// All keys joined with ", " (for error messages that list what is allowed).
    pub fn all_keys() -> String {
        Lever::ALL.map(Lever::key).join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_index_matches_order() {
        for (i, lever) in Lever::ALL.into_iter().enumerate() {
            assert_eq!(Lever::from_key(lever.key()), Some(lever));
            assert_eq!(lever.index(), i);
            assert_eq!(
                Lever::ALL[lever.index()],
                lever,
                "the list follows the declaration"
            );
        }
        assert_eq!(Lever::from_key("Promise"), None);
        assert_eq!(Lever::from_key("loyalty"), None);
    }
}
