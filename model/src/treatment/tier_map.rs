//! One value for every tier of the pyramid (per klantniveau één waarde), indexed by [`Tier`]. In
//! files a table keyed by tier key (`top = 1.5`); a table may list only some tiers.

use crate::fixed_key::{FixedKey, deserialize_partial};
use crate::metrics::tier::Tier;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::{Index, IndexMut};

/// The four tier keys, in [`Tier::ALL`] order.
const TIER_KEYS: [&str; 4] = ["top", "large", "medium", "small"];

/// A value of type `T` for each tier, in [`Tier::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TierMap<T>(pub [T; 4]);

impl<T> Index<Tier> for TierMap<T> {
    type Output = T;
    fn index(&self, tier: Tier) -> &T {
        &self.0[tier.index()]
    }
}

impl<T> IndexMut<Tier> for TierMap<T> {
    fn index_mut(&mut self, tier: Tier) -> &mut T {
        &mut self.0[tier.index()]
    }
}

impl<T: Serialize> Serialize for TierMap<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        for tier in Tier::ALL {
            map.serialize_entry(tier.key(), &self[tier])?;
        }
        map.end()
    }
}

/// Reads a table listing any of the tiers, each at most once (see [`crate::fixed_key`]).
impl<'de, T: Deserialize<'de>> Deserialize<'de> for TierMap<Option<T>> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_partial::<Tier, T, D, 4>(deserializer).map(TierMap)
    }
}

impl FixedKey for Tier {
    const KEYS: &'static [&'static str] = &TIER_KEYS;
    const TABLE: &'static str = "a table with a value per tier (top, large, medium, small)";

    fn from_key(key: &str) -> Option<Tier> {
        Tier::from_key(key)
    }

    fn index(self) -> usize {
        Tier::index(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_table_reads_and_unknown_tiers_are_named() {
        let map: TierMap<Option<f64>> = toml::from_str("top = 1.5\nsmall = 0.25").unwrap();
        assert_eq!(map.0, [Some(1.5), None, None, Some(0.25)]);
        let error = toml::from_str::<TierMap<Option<f64>>>("groot = 1.0")
            .unwrap_err()
            .message()
            .to_string();
        assert!(
            error.starts_with("unknown field `groot`, expected one of `top`"),
            "{error}"
        );
        for (tier, key) in Tier::ALL.into_iter().zip(TIER_KEYS) {
            assert_eq!(tier.key(), key);
        }
    }
}
