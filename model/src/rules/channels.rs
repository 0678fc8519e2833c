//! Contact channels (contactkanalen) and their cost per customer contact (kosten per klantcontact).
//! A tier served by an account manager feels better served and more personally bound, at many times
//! the cost of the helpdesk; e-mail and the web cost little but feel colder. The helpdesk is what the
//! after-sales lever already pays for, so it is the reference: another channel costs (or saves) the
//! difference per contact, and only its difference in effect counts.

use crate::lever::Lever;
use crate::metrics::tier::Tier;
use crate::policy::Policy;
use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use crate::treatment::channel::Channel;
use serde::{Deserialize, Serialize};

/// One channel's numbers (scenario section `[rules.channels.<channel>]`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelParams {
    /// What one contact costs, euros.
    pub eur_per_contact: f64,
    /// Points (0..10 scale) added to the performance a customer experiences, against the helpdesk.
    pub service_points: f64,
    /// Social binding the channel adds (on the social lever's 0..1 scale): a fixed contact person
    /// is personal attention.
    pub social_binding: f64,
}

impl ChannelParams {
    fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("eur_per_contact", self.eur_per_contact, 0.0, 1e4)?;
        at.range("service_points", self.service_points, -5.0, 5.0)?;
        at.range("social_binding", self.social_binding, 0.0, 1.0)
    }
}

/// The channels' rules (scenario section `[rules.channels]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ChannelRules {
    /// Contacts per active customer per week, whatever the channel.
    pub contacts_per_customer_week: f64,
    /// How strongly each tier feels its channel, top to small: the channel's service points and
    /// social binding are multiplied by this (big customers notice how they are treated).
    pub felt_by_tier: [f64; 4],
    /// A personal account manager.
    pub account_manager: ChannelParams,
    /// Call centre / helpdesk: the reference (its effects must be 0; `check` refuses others).
    pub helpdesk: ChannelParams,
    /// E-mail and web.
    pub email: ChannelParams,
    /// Social media.
    pub social_media: ChannelParams,
}

impl Default for ChannelRules {
    /// An account manager costs five helpdesk calls and is felt; e-mail costs a sixth and feels
    /// cold; top customers feel the channel most (docs/model.md, "Treatment per tier").
    fn default() -> Self {
        ChannelRules {
            contacts_per_customer_week: 0.25,
            felt_by_tier: [2.0, 1.4, 1.0, 0.6],
            account_manager: ChannelParams {
                eur_per_contact: 30.0,
                service_points: 0.8,
                social_binding: 0.4,
            },
            helpdesk: ChannelParams {
                eur_per_contact: 6.0,
                service_points: 0.0,
                social_binding: 0.0,
            },
            email: ChannelParams {
                eur_per_contact: 1.0,
                service_points: -0.6,
                social_binding: 0.0,
            },
            social_media: ChannelParams {
                eur_per_contact: 2.5,
                service_points: -0.2,
                social_binding: 0.15,
            },
        }
    }
}

impl ChannelRules {
    /// Whether these are the default numbers (then they are left out when a scenario is written).
    pub fn is_default(&self) -> bool {
        *self == ChannelRules::default()
    }

    /// One channel's numbers.
    pub fn of(&self, channel: Channel) -> &ChannelParams {
        match channel {
            Channel::AccountManager => &self.account_manager,
            Channel::Helpdesk => &self.helpdesk,
            Channel::Email => &self.email,
            Channel::SocialMedia => &self.social_media,
        }
    }

    /// What serving one active customer through `channel` for a week costs more than through the
    /// helpdesk (negative: it saves), euros.
    pub fn extra_eur_per_customer_week(&self, channel: Channel) -> f64 {
        self.contacts_per_customer_week
            * (self.of(channel).eur_per_contact - self.helpdesk.eur_per_contact)
    }

    /// The policy as customers of `tier` feel it: the levers scaled by the tier's factors, with
    /// the social binding of the tier's channel added (never above 1). The channel's service
    /// points come on top of the performance ([`ChannelRules::service_points`]).
    pub fn felt_policy(&self, policy: &Policy, tier: Tier) -> Policy {
        let mut felt = policy.for_tier(tier);
        let added = self.of(policy.treatment().channel[tier]).social_binding
            * self.felt_by_tier[tier.index()];
        if added != 0.0 {
            let social = (felt.get(Lever::LoyaltySocial) + added).min(1.0);
            let _ = felt.set(Lever::LoyaltySocial, social);
        }
        felt
    }

    /// Points the channel of `tier` adds to experienced performance.
    pub fn service_points(&self, policy: &Policy, tier: Tier) -> f64 {
        self.of(policy.treatment().channel[tier]).service_points * self.felt_by_tier[tier.index()]
    }

    /// The allowed ranges (scenario section `[rules.channels]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range(
            "contacts_per_customer_week",
            self.contacts_per_customer_week,
            0.0,
            50.0,
        )?;
        for (tier, weight) in Tier::ALL.into_iter().zip(self.felt_by_tier) {
            at.range(&format!("felt_by_tier[{}]", tier.index()), weight, 0.0, 5.0)?;
        }
        for channel in Channel::ALL {
            self.of(channel).check(&at.nested(channel.key()))?;
        }
        // The helpdesk is the reference the other channels are measured against: a tier treated
        // like the others is served by it and feels nothing extra.
        let helpdesk = at.nested("helpdesk");
        for (name, value) in [
            ("service_points", self.helpdesk.service_points),
            ("social_binding", self.helpdesk.social_binding),
        ] {
            if value != 0.0 {
                return Err(helpdesk.inconsistent(
                    Some(name),
                    format!("de helpdesk is het referentiekanaal: `{name}` moet 0 zijn"),
                    format!("the helpdesk is the reference channel: `{name}` must be 0"),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::treatment::setting::Setting;

    #[test]
    fn the_helpdesk_costs_nothing_extra_and_others_their_difference() {
        let rules = ChannelRules::default();
        assert_eq!(rules.extra_eur_per_customer_week(Channel::Helpdesk), 0.0);
        assert_eq!(
            rules.extra_eur_per_customer_week(Channel::AccountManager),
            0.25 * 24.0
        );
        assert!(rules.extra_eur_per_customer_week(Channel::Email) < 0.0);
    }

    #[test]
    fn the_felt_policy_adds_the_channels_social_binding_to_its_tier_only() {
        let rules = ChannelRules::default();
        let mut policy = Policy::default().with(Lever::LoyaltySocial, 0.7).unwrap();
        policy
            .set_setting(
                Setting::Channel(Tier::Top),
                f64::from(Channel::AccountManager.code()),
            )
            .unwrap();
        assert_eq!(
            rules
                .felt_policy(&policy, Tier::Top)
                .get(Lever::LoyaltySocial),
            1.0
        );
        assert_eq!(
            rules.felt_policy(&policy, Tier::Small),
            policy.for_tier(Tier::Small)
        );
        assert_eq!(rules.service_points(&policy, Tier::Top), 0.8 * 2.0);
        assert_eq!(rules.service_points(&policy, Tier::Small), 0.0);
    }
}
