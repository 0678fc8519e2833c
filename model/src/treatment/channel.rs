//! The contact channel (contactkanaal) through which a tier of customers is served: each costs its
//! own amount per contact and is felt differently, both in the service a customer experiences and in
//! how personal the relationship is (social binding).

use serde::{Deserialize, Serialize};

/// How customers of a tier reach us and we reach them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A personal account manager (accountmanager): the most expensive contact, the most personal.
    AccountManager,
    /// The call centre or helpdesk (callcenter/helpdesk): what the after-sales lever already pays
    /// for; the reference every other channel is compared with.
    #[default]
    Helpdesk,
    /// E-mail and the website (e-mail/web): cheap, but customers feel less served.
    Email,
    /// Social media (sociale media): cheap and a little personal.
    SocialMedia,
}

impl Channel {
    /// All channels from most to least personal; a channel's code is its place here.
    pub const ALL: [Channel; 4] = [
        Channel::AccountManager,
        Channel::Helpdesk,
        Channel::Email,
        Channel::SocialMedia,
    ];

    /// The fixed key used in scenario files and the CLI (`--set channel.top=account_manager`).
    pub fn key(self) -> &'static str {
        match self {
            Channel::AccountManager => "account_manager",
            Channel::Helpdesk => "helpdesk",
            Channel::Email => "email",
            Channel::SocialMedia => "social_media",
        }
    }

    /// The channel with this key, or `None`.
    pub fn from_key(key: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The channel's code: its place in [`Channel::ALL`] (how a timeline stores a channel choice).
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The channel with this code, or `None` for a number that is not a whole 0..=3.
    pub fn from_code(value: f64) -> Option<Channel> {
        Channel::ALL
            .into_iter()
            .find(|c| f64::from(c.code()) == value)
    }

    /// All keys joined with ", " (for messages that list what is allowed).
    pub fn all_keys() -> String {
        Channel::ALL.map(Channel::key).join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_codes_round_trip() {
        for (i, channel) in Channel::ALL.into_iter().enumerate() {
            assert_eq!(Channel::from_key(channel.key()), Some(channel));
            assert_eq!(usize::from(channel.code()), i);
            assert_eq!(Channel::from_code(f64::from(channel.code())), Some(channel));
        }
        assert_eq!(Channel::from_code(0.5), None);
        assert_eq!(Channel::from_code(4.0), None);
        assert_eq!(Channel::from_code(f64::NAN), None);
        assert_eq!(Channel::from_key("telefoon"), None);
        assert_eq!(Channel::default(), Channel::Helpdesk);
    }
}
