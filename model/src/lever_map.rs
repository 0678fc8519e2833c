//! One value for every lever (per knop één waarde), indexed by [`Lever`]: the policy holds a number
//! per lever, the cost rules a [`crate::LeverCost`] per lever. The lever list lives in
//! [`Lever::ALL`] alone; adding a lever touches that list and the defaults, nothing else.
//!
//! In files a map is a table keyed by lever key (`promise = 0.6`). A table may list only some
//! levers: [`LeverMap::<Option<T>>`] reads it, and the owner fills the gaps from its defaults.

use crate::lever::Lever;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;
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

/// Reads a table that lists any of the levers, each at most once; an unknown key is an error
/// naming the allowed keys (as for a struct with `deny_unknown_fields`).
impl<'de, T: Deserialize<'de>> Deserialize<'de> for LeverMap<Option<T>> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PartialMapVisitor(PhantomData))
    }
}

struct PartialMapVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for PartialMapVisitor<T> {
    type Value = LeverMap<Option<T>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a table with a value per lever")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = LeverMap::from_fn(|_| None);
        while let Some(LeverKey(lever)) = access.next_key()? {
            if map[lever].is_some() {
                return Err(de::Error::duplicate_field(lever.key()));
            }
            map[lever] = Some(access.next_value()?);
        }
        Ok(map)
    }
}

/// A lever's key in a table. An unknown key is refused while the key itself is read, so the
/// reader's error points at the key's own line (`start_policy.prijs`), not at the table.
struct LeverKey(Lever);

impl<'de> Deserialize<'de> for LeverKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(LeverKeyVisitor)
    }
}

struct LeverKeyVisitor;

impl Visitor<'_> for LeverKeyVisitor {
    type Value = LeverKey;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a lever key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<LeverKey, E> {
        Lever::from_key(key)
            .map(LeverKey)
            .ok_or_else(|| E::unknown_field(key, &Lever::KEYS))
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
