//! One value for every lever (per knop één waarde), indexed by [`Lever`]: the policy holds a number
//! per lever, the cost rules a [`crate::LeverCost`] per lever. The lever list lives in
//! [`Lever::ALL`] alone; adding a lever touches that list and the defaults, nothing else.
//!
//! In files a map is a table keyed by lever key (`promise = 0.6`). A table may list only some
//! levers: [`LeverMap::<Option<T>>`] reads it, and the owner fills the gaps from its defaults.

use crate::fixed_key::{FixedKey, deserialize_partial};
use crate::lever::Lever;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::{Index, IndexMut};

/// A value of type `T` for each of the levers, in [`Lever::ALL`] order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverMap<T>([T; Lever::COUNT]);

impl<T> LeverMap<T> {
    /// The map with `value(lever)` for every lever.
    pub fn from_fn(mut value: impl FnMut(Lever) -> T) -> LeverMap<T> {
        LeverMap(Lever::ALL.map(&mut value))
    }

    /// Every lever with its value, in [`Lever::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Lever, &T)> {
        Lever::ALL.into_iter().zip(self.0.iter())
    }

    /// The values in [`Lever::ALL`] order.
    pub fn values(&self) -> &[T; Lever::COUNT] {
        &self.0
    }

    /// A map of `f` applied to every value.
    pub fn map<U>(&self, mut f: impl FnMut(Lever, &T) -> U) -> LeverMap<U> {
        LeverMap::from_fn(|lever| f(lever, &self[lever]))
    }
}

impl<T> Index<Lever> for LeverMap<T> {
    type Output = T;

    fn index(&self, lever: Lever) -> &T {
        &self.0[lever.index()]
    }
}

impl<T> IndexMut<Lever> for LeverMap<T> {
    fn index_mut(&mut self, lever: Lever) -> &mut T {
        &mut self.0[lever.index()]
    }
}

impl<T> LeverMap<Option<T>> {
    /// Every lever's value `fill(lever, written)`, whether the table listed the lever or not.
    pub fn fill<U>(self, mut fill: impl FnMut(Lever, Option<T>) -> U) -> LeverMap<U> {
        let mut written = self.0.map(Some);
        LeverMap::from_fn(|lever| fill(lever, written[lever.index()].take().flatten()))
    }
}

impl<T: Serialize> Serialize for LeverMap<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Lever::COUNT))?;
        for (lever, value) in self.iter() {
            map.serialize_entry(lever.key(), value)?;
        }
        map.end()
    }
}

/// Reads a table that lists any of the levers, each at most once (see [`crate::fixed_key`]).
impl<'de, T: Deserialize<'de>> Deserialize<'de> for LeverMap<Option<T>> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_partial::<Lever, T, D, { Lever::COUNT }>(deserializer).map(LeverMap)
    }
}

impl FixedKey for Lever {
    const KEYS: &'static [&'static str] = &Lever::KEYS;
    const TABLE: &'static str = "a table with a value per lever";

    fn from_key(key: &str) -> Option<Lever> {
        Lever::from_key(key)
    }

    fn index(self) -> usize {
        Lever::index(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexing_follows_the_lever_order() {
        let map = LeverMap::from_fn(|lever| lever.index() * 10);
        for (i, lever) in Lever::ALL.into_iter().enumerate() {
            assert_eq!(map[lever], i * 10);
        }
        assert_eq!(map.iter().count(), Lever::COUNT);
    }

    #[test]
    fn a_partial_table_fills_from_defaults_and_refuses_unknown_keys() {
        let written: LeverMap<Option<f64>> = toml::from_str("price = 0.9\npromise = 0.1").unwrap();
        let map = written.fill(|_, v| v.unwrap_or(0.5));
        assert_eq!(map[Lever::Price], 0.9);
        assert_eq!(map[Lever::Promise], 0.1);
        assert_eq!(map[Lever::Quality], 0.5);
        let error = toml::from_str::<LeverMap<Option<f64>>>("prijs = 0.9")
            .unwrap_err()
            .message()
            .to_string();
        assert!(
            error.starts_with("unknown field `prijs`, expected one of `promise`"),
            "{error}"
        );
    }
}
