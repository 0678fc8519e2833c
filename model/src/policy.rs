//! The learner's policy (beleid): the value of every lever, and changes to it over time.

use crate::lever::Lever;
use crate::lever_map::LeverMap;
use crate::metrics::tier::Tier;
use crate::treatment::Treatment;
use crate::treatment::channel::Channel;
use crate::treatment::setting::Setting;
use crate::treatment::tier_map::TierMap;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The policy: every lever's value in [0, 1], and how each tier of the pyramid is treated. A
/// learner changes it; the simulation reads it each week. In a scenario file it is the
/// `[start_policy]` table (with `[start_policy.service]`, `.binding` and `.channel` tables per
/// tier); levers and tiers not listed keep their default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Policy {
    levers: LeverMap<f64>,
    treatment: Treatment,
}

impl Default for Policy {
    /// Every lever in the middle (0.5), except the binding programmes, which start switched off;
    /// every tier treated alike.
    fn default() -> Self {
        Policy {
            levers: LeverMap::from_fn(default_value),
            treatment: Treatment::default(),
        }
    }
}

/// A lever's value in the default policy.
fn default_value(lever: Lever) -> f64 {
    if lever.is_binding() { 0.0 } else { 0.5 }
}

/// The keys of a `[start_policy]` table: the levers, then the per-tier tables.
const POLICY_KEYS: [&str; Lever::COUNT + 3] = {
    let mut keys = [""; Lever::COUNT + 3];
    let mut i = 0;
    while i < Lever::COUNT {
        keys[i] = Lever::KEYS[i];
        i += 1;
    }
    keys[Lever::COUNT] = "service";
    keys[Lever::COUNT + 1] = "binding";
    keys[Lever::COUNT + 2] = "channel";
    keys
};

impl Serialize for Policy {
    /// The levers, then only those per-tier tables that differ from the default (so a policy that
    /// treats every tier alike is written as it was before tiers could be treated apart).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let plain = Treatment::default();
        let t = &self.treatment;
        let mut map = serializer.serialize_map(None)?;
        for (lever, value) in self.levers.iter() {
            map.serialize_entry(lever.key(), value)?;
        }
        if t.service != plain.service {
            map.serialize_entry("service", &t.service)?;
        }
        if t.binding != plain.binding {
            map.serialize_entry("binding", &t.binding)?;
        }
        if t.channel != plain.channel {
            map.serialize_entry("channel", &t.channel)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Policy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PolicyVisitor)
    }
}

struct PolicyVisitor;

impl<'de> Visitor<'de> for PolicyVisitor {
    type Value = Policy;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a table with lever values and per-tier tables")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Policy, A::Error> {
        let mut levers = LeverMap::<Option<f64>>::from_fn(|_| None);
        let mut service = None;
        let mut binding = None;
        let mut channel = None;
        while let Some(key) = access.next_key::<PolicyKey>()? {
            match key {
                PolicyKey::Lever(lever) => {
                    if levers[lever].is_some() {
                        return Err(de::Error::duplicate_field(lever.key()));
                    }
                    levers[lever] = Some(access.next_value()?);
                }
                PolicyKey::Service => service = Some(access.next_value::<TierMap<Option<f64>>>()?),
                PolicyKey::Binding => binding = Some(access.next_value::<TierMap<Option<f64>>>()?),
                PolicyKey::Channel => {
                    channel = Some(access.next_value::<TierMap<Option<Channel>>>()?);
                }
            }
        }
        let mut treatment = Treatment::default();
        let fill = |into: &mut TierMap<f64>, written: Option<TierMap<Option<f64>>>| {
            for tier in Tier::ALL {
                if let Some(value) = written.and_then(|w| w[tier]) {
                    into[tier] = value;
                }
            }
        };
        fill(&mut treatment.service, service);
        fill(&mut treatment.binding, binding);
        for tier in Tier::ALL {
            if let Some(chosen) = channel.and_then(|c| c[tier]) {
                treatment.channel[tier] = chosen;
            }
        }
        Ok(Policy {
            levers: levers.fill(|lever, value| value.unwrap_or_else(|| default_value(lever))),
            treatment,
        })
    }
}

/// A key of a `[start_policy]` table, refused where it is written when unknown.
enum PolicyKey {
    Lever(Lever),
    Service,
    Binding,
    Channel,
}

impl<'de> Deserialize<'de> for PolicyKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(PolicyKeyVisitor)
    }
}

struct PolicyKeyVisitor;

impl Visitor<'_> for PolicyKeyVisitor {
    type Value = PolicyKey;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a lever key or service, binding, channel")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<PolicyKey, E> {
        match key {
            "service" => Ok(PolicyKey::Service),
            "binding" => Ok(PolicyKey::Binding),
            "channel" => Ok(PolicyKey::Channel),
            _ => Lever::from_key(key)
                .map(PolicyKey::Lever)
                .ok_or_else(|| E::unknown_field(key, &POLICY_KEYS)),
        }
    }
}

/// A setting's value that is not allowed (see [`Setting::accepts`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverValueError {
    /// The setting that was being set.
    pub setting: Setting,
    /// The rejected value.
    pub value: f64,
}

impl fmt::Display for LeverValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.setting {
            Setting::Channel(_) => write!(
                f,
                "value {} for `{}` is not a channel (one of {})",
                self.value,
                self.setting.key(),
                Channel::all_keys()
            ),
            _ => write!(
                f,
                "value {} for `{}` is not a number between 0 and {}",
                self.value,
                self.setting.key(),
                self.setting.max_value()
            ),
        }
    }
}

impl std::error::Error for LeverValueError {}

impl Policy {
    /// The value of one lever.
    pub fn get(&self, lever: Lever) -> f64 {
        self.levers[lever]
    }

    /// Set one lever. NaN or a value outside [0, 1] is rejected and the policy stays unchanged.
    pub fn set(&mut self, lever: Lever, value: f64) -> Result<(), LeverValueError> {
        self.set_setting(Setting::Lever(lever), value)
    }

    /// A copy of this policy with one lever changed (same rules as [`Policy::set`]).
    pub fn with(mut self, lever: Lever, value: f64) -> Result<Policy, LeverValueError> {
        self.set(lever, value)?;
        Ok(self)
    }

    /// The value of any setting: a lever's value, a tier's factor, or a tier's channel code.
    pub fn setting(&self, setting: Setting) -> f64 {
        let t = &self.treatment;
        match setting {
            Setting::Lever(lever) => self.levers[lever],
            Setting::Service(tier) => t.service[tier],
            Setting::Binding(tier) => t.binding[tier],
            Setting::Channel(tier) => f64::from(t.channel[tier].code()),
        }
    }

    /// Set any setting; a value it does not accept is rejected and the policy stays unchanged.
    pub fn set_setting(&mut self, setting: Setting, value: f64) -> Result<(), LeverValueError> {
        if !setting.accepts(value) {
            return Err(LeverValueError { setting, value });
        }
        let t = &mut self.treatment;
        match setting {
            Setting::Lever(lever) => self.levers[lever] = value,
            Setting::Service(tier) => t.service[tier] = value,
            Setting::Binding(tier) => t.binding[tier] = value,
            Setting::Channel(tier) => {
                if let Some(channel) = Channel::from_code(value) {
                    t.channel[tier] = channel;
                }
            }
        }
        Ok(())
    }

    /// How the tiers are treated.
    pub fn treatment(&self) -> &Treatment {
        &self.treatment
    }

    /// The policy as customers of `tier` receive it: the service and binding levers scaled by the
    /// tier's factors (see [`Treatment::lever_for_tier`]); the channel is not in it.
    pub fn for_tier(&self, tier: Tier) -> Policy {
        Policy {
            levers: self
                .levers
                .map(|lever, &value| self.treatment.lever_for_tier(lever, value, tier)),
            treatment: Treatment::default(),
        }
    }

    /// The first setting whose value is not allowed, if any (for validating data read from files).
    pub fn first_invalid(&self) -> Option<LeverValueError> {
        Setting::all().find_map(|setting| {
            let value = self.setting(setting);
            (!setting.accepts(value)).then_some(LeverValueError { setting, value })
        })
    }

    /// All lever values in [`Lever::ALL`] order.
    pub fn values(&self) -> [f64; Lever::COUNT] {
        *self.levers.values()
    }
}

/// A policy change made while week `week` was shown; it applies to the step `week -> week + 1` and later.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PolicyChange {
    /// The week that was on screen when the change was made.
    pub week: u32,
    /// The setting that changed (in files `lever`, as when only levers could change).
    #[serde(rename = "lever")]
    pub setting: Setting,
    /// Its new value (see [`Setting::accepts`]).
    pub value: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_rejects_out_of_range_and_nan_without_change() {
        let mut policy = Policy::default();
        let before = policy;
        assert!(policy.set(Lever::Price, 1.5).is_err());
        assert!(policy.set(Lever::Price, -0.01).is_err());
        assert!(policy.set(Lever::Price, f64::NAN).is_err());
        assert_eq!(policy, before);
        policy.set(Lever::Price, 1.0).unwrap();
        assert_eq!(policy.get(Lever::Price), 1.0);
        assert_eq!(
            policy
                .with(Lever::Quality, 0.0)
                .unwrap()
                .get(Lever::Quality),
            0.0
        );
    }

    #[test]
    fn get_and_set_address_the_same_field_for_every_lever() {
        for (i, lever) in Lever::ALL.into_iter().enumerate() {
            let value = i as f64 / 10.0;
            let policy = Policy::default().with(lever, value).unwrap();
            assert_eq!(policy.get(lever), value);
            assert_eq!(policy.values()[i], value);
        }
    }
}
