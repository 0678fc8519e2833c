//! A seed (startgetal) is any `u64`, but TOML integers stop at `i64::MAX`: larger seeds are written
//! as a string of digits, and both forms are read back.

use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};
use std::fmt;

/// Write `seed` as an integer when TOML can hold it, as a string of digits otherwise.
pub fn serialize<S: Serializer>(seed: &u64, serializer: S) -> Result<S::Ok, S::Error> {
    match i64::try_from(*seed) {
        Ok(small) => serializer.serialize_i64(small),
        Err(_) => serializer.serialize_str(&seed.to_string()),
    }
}

/// Read a seed written by [`serialize`] (a non-negative integer or a string of digits).
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    deserializer.deserialize_any(SeedVisitor)
}

struct SeedVisitor;

impl Visitor<'_> for SeedVisitor {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number from 0 up")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
        Ok(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
        u64::try_from(v).map_err(|_| E::custom("a seed is a whole number from 0 up"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<u64, E> {
        v.parse()
            .map_err(|_| E::custom("a seed is a whole number from 0 up"))
    }
}
