//! A setting (instelling): anything a policy change can change — one of the ten levers, or the
//! service level, binding level or contact channel of one tier of the pyramid.
//!
//! In files a setting is its key (`promise`, `service.top`, `channel.small`); in binary codes (share
//! link, result code) its number: the levers keep the numbers 0–9 they had before tiers could be
//! treated apart, so every code made before still reads the same.

use crate::lever::Lever;
use crate::metrics::tier::Tier;
use crate::treatment::TIER_FACTOR_MAX;
use crate::treatment::channel::Channel;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// What one policy change changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Setting {
    /// One of the ten levers, for every customer alike.
    Lever(Lever),
    /// How much of the service (sales and after-sales) a tier gets, as a factor on the levers.
    Service(Tier),
    /// How much of the three binding programmes a tier gets, as a factor on the levers.
    Binding(Tier),
    /// The contact channel of a tier.
    Channel(Tier),
}

/// Makes the per-tier setting of one kind for a tier.
type TierSetting = fn(Tier) -> Setting;

/// The three per-tier kinds of setting, with their key prefixes, in code order.
const TIER_KINDS: [(&str, TierSetting); 3] = [
    ("service", Setting::Service),
    ("binding", Setting::Binding),
    ("channel", Setting::Channel),
];

impl Setting {
    /// How many settings there are: ten levers and three per tier.
    pub const COUNT: usize = Lever::COUNT + 3 * 4;

    /// Every setting in code order.
    pub fn all() -> impl Iterator<Item = Setting> {
        (0..Setting::COUNT as u32).filter_map(Setting::from_code)
    }

    /// The setting's number in binary codes: levers 0–9, then service, binding and channel of
    /// top, large, medium and small.
    pub fn code(self) -> u32 {
        let tier_code =
            |kind: u32, tier: Tier| Lever::COUNT as u32 + 4 * kind + tier.index() as u32;
        match self {
            Setting::Lever(lever) => lever.index() as u32,
            Setting::Service(tier) => tier_code(0, tier),
            Setting::Binding(tier) => tier_code(1, tier),
            Setting::Channel(tier) => tier_code(2, tier),
        }
    }

    /// The setting with this number, or `None`.
    pub fn from_code(code: u32) -> Option<Setting> {
        let code = code as usize;
        if code < Lever::COUNT {
            return Some(Setting::Lever(Lever::ALL[code]));
        }
        let rest = code - Lever::COUNT;
        let (_, make) = TIER_KINDS.get(rest / 4)?;
        Some(make(Tier::ALL[rest % 4]))
    }

    /// The fixed key in files, URLs and the CLI: the lever's key, or `kind.tier` (`service.top`).
    pub fn key(self) -> String {
        match self {
            Setting::Lever(lever) => lever.key().to_string(),
            Setting::Service(tier) => format!("service.{}", tier.key()),
            Setting::Binding(tier) => format!("binding.{}", tier.key()),
            Setting::Channel(tier) => format!("channel.{}", tier.key()),
        }
    }

    /// The setting with this key, or `None`.
    pub fn from_key(key: &str) -> Option<Setting> {
        if let Some(lever) = Lever::from_key(key) {
            return Some(Setting::Lever(lever));
        }
        let (kind, tier) = key.split_once('.')?;
        let tier = Tier::from_key(tier)?;
        TIER_KINDS
            .iter()
            .find(|(name, _)| *name == kind)
            .map(|(_, make)| make(tier))
    }

    /// All keys joined with ", ", the per-tier ones as patterns (for messages listing what is allowed).
    pub fn all_keys() -> String {
        format!(
            "{}, service.<tier>, binding.<tier>, channel.<tier> (<tier> = top, large, medium, small)",
            Lever::all_keys()
        )
    }

    /// The lever this setting is, if it is one.
    pub fn lever(self) -> Option<Lever> {
        match self {
            Setting::Lever(lever) => Some(lever),
            _ => None,
        }
    }

    /// The tier this setting is about, if it is a per-tier one.
    pub fn tier(self) -> Option<Tier> {
        match self {
            Setting::Lever(_) => None,
            Setting::Service(tier) | Setting::Binding(tier) | Setting::Channel(tier) => Some(tier),
        }
    }

    /// Whether `value` is allowed: a lever's is in [0, 1], a tier's factor in [0,
    /// [`TIER_FACTOR_MAX`]], a channel's is the code of a channel (0–3).
    pub fn accepts(self, value: f64) -> bool {
        match self {
            Setting::Lever(_) => (0.0..=1.0).contains(&value),
            Setting::Service(_) | Setting::Binding(_) => (0.0..=TIER_FACTOR_MAX).contains(&value),
            Setting::Channel(_) => Channel::from_code(value).is_some(),
        }
    }

    /// The largest allowed value (for messages).
    pub fn max_value(self) -> f64 {
        match self {
            Setting::Lever(_) => 1.0,
            Setting::Service(_) | Setting::Binding(_) => TIER_FACTOR_MAX,
            Setting::Channel(_) => f64::from(Channel::SocialMedia.code()),
        }
    }

    /// A value as a whole number of steps for the result code: percents, or a channel's code;
    /// `None` when it is not on a step or does not fit a byte.
    pub fn step_of(self, value: f64) -> Option<u8> {
        let scale = self.step_scale();
        let steps = (value * scale).round();
        ((0.0..=255.0).contains(&steps) && steps / scale == value).then_some(steps as u8)
    }

    /// The value of `steps` steps (see [`Setting::step_of`]).
    pub fn value_of_step(self, steps: u8) -> f64 {
        f64::from(steps) / self.step_scale()
    }

    fn step_scale(self) -> f64 {
        match self {
            Setting::Channel(_) => 1.0,
            _ => 100.0,
        }
    }
}

impl From<Lever> for Setting {
    fn from(lever: Lever) -> Setting {
        Setting::Lever(lever)
    }
}

impl Serialize for Setting {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.serialize_str(&self.key())
        } else {
            // The same bytes a lever's unit variant had in postcard: its number as a varint.
            serializer.serialize_u32(self.code())
        }
    }
}

impl<'de> Deserialize<'de> for Setting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_str(SettingKeyVisitor)
        } else {
            let code = u32::deserialize(deserializer)?;
            Setting::from_code(code).ok_or_else(|| {
                de::Error::invalid_value(de::Unexpected::Unsigned(u64::from(code)), &"a setting")
            })
        }
    }
}

struct SettingKeyVisitor;

impl Visitor<'_> for SettingKeyVisitor {
    type Value = Setting;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a setting: {}", Setting::all_keys())
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Setting, E> {
        Setting::from_key(key).ok_or_else(|| E::invalid_value(de::Unexpected::Str(key), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_codes_round_trip_and_levers_keep_their_numbers() {
        let all: Vec<Setting> = Setting::all().collect();
        assert_eq!(all.len(), Setting::COUNT);
        for (code, setting) in all.iter().enumerate() {
            assert_eq!(setting.code(), code as u32);
            assert_eq!(Setting::from_key(&setting.key()), Some(*setting));
        }
        for lever in Lever::ALL {
            assert_eq!(Setting::from(lever).code(), lever.index() as u32);
        }
        assert_eq!(
            Setting::from_key("service.top"),
            Some(Setting::Service(Tier::Top))
        );
        assert_eq!(
            Setting::from_key("channel.small"),
            Some(Setting::Channel(Tier::Small))
        );
        assert_eq!(Setting::from_key("service.groot"), None);
        assert_eq!(Setting::from_key("korting.top"), None);
        assert_eq!(Setting::from_code(Setting::COUNT as u32), None);
    }

    #[test]
    fn a_lever_in_postcard_is_the_bytes_it_always_was() {
        for lever in Lever::ALL {
            let before = postcard::to_allocvec(&lever).unwrap();
            let now = postcard::to_allocvec(&Setting::from(lever)).unwrap();
            assert_eq!(before, now);
            assert_eq!(
                postcard::from_bytes::<Setting>(&now).unwrap(),
                Setting::from(lever)
            );
        }
    }

    #[test]
    fn values_are_checked_per_kind_and_steps_round_trip() {
        let price = Setting::Lever(Lever::Price);
        assert!(price.accepts(1.0) && !price.accepts(1.5) && !price.accepts(f64::NAN));
        let service = Setting::Service(Tier::Top);
        assert!(service.accepts(1.5) && !service.accepts(2.5) && !service.accepts(-0.1));
        let channel = Setting::Channel(Tier::Top);
        assert!(channel.accepts(0.0) && channel.accepts(3.0) && !channel.accepts(0.5));
        assert_eq!(service.step_of(1.5), Some(150));
        assert_eq!(service.value_of_step(150), 1.5);
        assert_eq!(channel.step_of(3.0), Some(3));
        assert_eq!(channel.value_of_step(3), 3.0);
        assert_eq!(price.step_of(0.333), None);
    }
}
