//! Treatment per tier (behandeling per klantniveau): not every customer needs the same. A learner can
//! give each tier of the pyramid more or less of the service and binding the levers set, and serve it
//! through its own contact channel ([`channel`]). The default treats every tier alike, through the
//! helpdesk: exactly the model before tiers could be treated apart.

pub mod channel;
pub mod setting;
pub mod tier_map;

use crate::lever::Lever;
use crate::metrics::tier::Tier;
use channel::Channel;
use tier_map::TierMap;

/// Largest service or binding factor for a tier: twice what the levers set.
pub const TIER_FACTOR_MAX: f64 = 2.0;

/// The levers a tier's service factor scales: service during and after the purchase (pre-sales
/// serves prospects, who are not anyone's customers yet).
pub const SERVICE_LEVERS: [Lever; 2] = [Lever::Sales, Lever::Aftersales];

/// The levers a tier's binding factor scales.
pub const BINDING_LEVERS: [Lever; 3] = [
    Lever::LoyaltyFinancial,
    Lever::LoyaltySocial,
    Lever::LoyaltyStructural,
];

/// How each tier is treated: factors on the service and binding levers, and a contact channel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Treatment {
    /// Factor on the service levers per tier, 0..=[`TIER_FACTOR_MAX`] (1 = what the levers say).
    pub service: TierMap<f64>,
    /// Factor on the binding levers per tier, 0..=[`TIER_FACTOR_MAX`].
    pub binding: TierMap<f64>,
    /// Contact channel per tier.
    pub channel: TierMap<Channel>,
}

impl Default for Treatment {
    /// Every tier alike, through the helpdesk.
    fn default() -> Self {
        Treatment {
            service: TierMap([1.0; 4]),
            binding: TierMap([1.0; 4]),
            channel: TierMap([Channel::Helpdesk; 4]),
        }
    }
}

impl Treatment {
    /// Whether every tier is treated as the default treats it.
    pub fn is_default(&self) -> bool {
        *self == Treatment::default()
    }

    /// A lever's value for customers of `tier`: scaled by the tier's factor (never above 1) for
    /// the service and binding levers, unchanged for the others.
    pub fn lever_for_tier(&self, lever: Lever, value: f64, tier: Tier) -> f64 {
        let factor = if SERVICE_LEVERS.contains(&lever) {
            self.service[tier]
        } else if BINDING_LEVERS.contains(&lever) {
            self.binding[tier]
        } else {
            return value;
        };
        if factor == 1.0 {
            value
        } else {
            (value * factor).min(1.0)
        }
    }

    /// Whether `tier` is treated as the default treats it.
    pub fn is_default_for(&self, tier: Tier) -> bool {
        self.service[tier] == 1.0
            && self.binding[tier] == 1.0
            && self.channel[tier] == Channel::Helpdesk
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factors_scale_only_their_levers_and_stop_at_one() {
        let mut t = Treatment::default();
        assert!(t.is_default());
        for lever in Lever::ALL {
            for tier in Tier::ALL {
                assert_eq!(t.lever_for_tier(lever, 0.37, tier), 0.37);
            }
        }
        t.service[Tier::Top] = 2.0;
        t.binding[Tier::Small] = 0.0;
        assert!(!t.is_default() && !t.is_default_for(Tier::Top) && t.is_default_for(Tier::Large));
        assert_eq!(t.lever_for_tier(Lever::Aftersales, 0.4, Tier::Top), 0.8);
        assert_eq!(t.lever_for_tier(Lever::Sales, 0.7, Tier::Top), 1.0);
        assert_eq!(t.lever_for_tier(Lever::Presales, 0.4, Tier::Top), 0.4);
        assert_eq!(
            t.lever_for_tier(Lever::LoyaltySocial, 0.6, Tier::Small),
            0.0
        );
        assert_eq!(t.lever_for_tier(Lever::LoyaltySocial, 0.6, Tier::Top), 0.6);
        assert_eq!(t.lever_for_tier(Lever::Price, 0.6, Tier::Small), 0.6);
    }
}
