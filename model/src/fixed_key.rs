//! Tables keyed by a fixed list of names (levers, tiers of the pyramid), as scenario files write
//! them: a table may list any of the keys, each at most once; an unknown key is refused while the
//! key itself is read, so the reader's error points at the key's own line (`start_policy.prijs`),
//! not at the table, and names the allowed keys (as for a struct with `deny_unknown_fields`).

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::marker::PhantomData;

/// A key from a fixed list, with its place in that list.
pub(crate) trait FixedKey: Copy + 'static {
    /// Every key, in list order.
    const KEYS: &'static [&'static str];
    /// What a table of these holds, for messages ("a value per lever").
    const TABLE: &'static str;
    /// The key with this name, or `None`.
    fn from_key(key: &str) -> Option<Self>;
    /// Its place in [`FixedKey::KEYS`].
    fn index(self) -> usize;
}

/// A table with any of `K`'s keys, each at most once: its values in list order, `None` for a key
/// the table does not list. `N` is the number of keys.
pub(crate) fn deserialize_partial<'de, K, T, D, const N: usize>(
    deserializer: D,
) -> Result<[Option<T>; N], D::Error>
where
    K: FixedKey,
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_map(PartialVisitor::<K, T, N>(PhantomData))
}

struct PartialVisitor<K, T, const N: usize>(PhantomData<(K, T)>);

impl<'de, K: FixedKey, T: Deserialize<'de>, const N: usize> Visitor<'de>
    for PartialVisitor<K, T, N>
{
    type Value = [Option<T>; N];

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(K::TABLE)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut values: [Option<T>; N] = std::array::from_fn(|_| None);
        while let Some(KeyOf(key)) = access.next_key::<KeyOf<K>>()? {
            let at = key.index();
            if values[at].is_some() {
                return Err(de::Error::duplicate_field(K::KEYS[at]));
            }
            values[at] = Some(access.next_value()?);
        }
        Ok(values)
    }
}

/// One key of a table, read as an identifier.
struct KeyOf<K>(K);

impl<'de, K: FixedKey> Deserialize<'de> for KeyOf<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyVisitor::<K>(PhantomData))
    }
}

struct KeyVisitor<K>(PhantomData<K>);

impl<K: FixedKey> Visitor<'_> for KeyVisitor<K> {
    type Value = KeyOf<K>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "one of {}", K::KEYS.join(", "))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<KeyOf<K>, E> {
        K::from_key(key)
            .map(KeyOf)
            .ok_or_else(|| E::unknown_field(key, K::KEYS))
    }
}
