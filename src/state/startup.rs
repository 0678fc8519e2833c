//! Which run the page starts with: a share link's, the autosaved one, or a fresh one — and what to
//! tell the learner about it. Plain logic; the page reads the address and the storage and hands
//! them in, then writes the side copies this asks for.

use super::run_state::RunState;
use model::saved_run::{link, stored};
use model::{SavedRun, SavedRunError};

/// What the browser's storage held for the session when the page opened.
#[derive(Clone, Debug, PartialEq)]
pub enum StoredRead {
    /// Nothing stored yet.
    Nothing,
    /// Storage cannot be used at all (private mode, blocked, throwing).
    Unavailable,
    /// The stored text, not yet read.
    Found(String),
}

/// Something to say once about keeping the run: at start-up, or when a file was opened.
#[derive(Clone, Debug, PartialEq)]
pub enum StartNotice {
    /// The autosaved run was picked up again.
    Restored,
    /// The run of a share link was opened.
    LinkOpened,
    /// The address asked for a fresh run (its own seed or market size); the learner's own stored
    /// run was kept aside.
    AddressRun,
    /// The share link could not be used; the page started as it would without it.
    LinkRefused(SavedRunError),
    /// What was stored could not be read; a copy was kept aside and the page started clean.
    StoredUnreadable(SavedRunError),
    /// The browser does not let the app store anything: work is not saved automatically.
    StorageUnavailable,
    /// A session file (this name) was opened later on (not a start-up notice, shown the same way).
    FileOpened(String),
}

impl StartNotice {
    /// The word tests and styles use for this kind of notice; one notice of a kind is shown at a
    /// time.
    pub fn key(&self) -> &'static str {
        match self {
            StartNotice::Restored => "hersteld",
            StartNotice::LinkOpened => "link-geopend",
            StartNotice::AddressRun => "adres-ronde",
            StartNotice::LinkRefused(_) => "link-geweigerd",
            StartNotice::StoredUnreadable(_) => "onleesbaar",
            StartNotice::StorageUnavailable => "geen-opslag",
            StartNotice::FileOpened(_) => "bestand-geopend",
        }
    }
}

/// A stored text to keep under another key, so nothing is lost when the session key is reused.
#[derive(Clone, Debug, PartialEq)]
pub struct SideCopy {
    pub key: &'static str,
    pub text: String,
}

/// Where the stored session lives, and where copies are kept aside.
pub const STORAGE_KEY: &str = "klantcyclus.sessie";
/// An unreadable stored session, kept for inspection instead of being overwritten.
pub const UNREADABLE_KEY: &str = "klantcyclus.sessie.onleesbaar";
/// The learner's own session, kept when a share link's run takes its place.
pub const PREVIOUS_KEY: &str = "klantcyclus.sessie.vorige";
/// Set while the stored session is a run opened from the address, not the learner's own.
pub const SHARED_FLAG_KEY: &str = "klantcyclus.sessie.gedeeld";

/// The decision: the run to start with (`None`: a fresh one), its name, notices and side copies.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Startup {
    pub state: Option<RunState>,
    pub learner: Option<String>,
    pub notices: Vec<StartNotice>,
    pub side_copies: Vec<SideCopy>,
    /// The run on screen came from the address (a link or a fresh run asked for), not from the
    /// learner's own stored session.
    pub opened_from_address: bool,
}

/// What the address asks for at start-up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AddressAsks<'a> {
    /// A share link's code.
    pub share_code: Option<&'a str>,
    /// A fresh run with a seed or market size of its own (`?seed=`, `?populatie=`).
    pub fresh_run: bool,
}

/// Decide how to start from what the address asks and what storage holds; `stored_is_shared`
/// says that the stored run was itself opened from a link (it then does not replace the
/// learner's own run kept aside).
/// - A good link wins; the learner's own stored run is kept aside.
/// - A fresh run asked for by the address (a teacher's `?seed=7`) wins the same way.
/// - A bad link is reported, and the stored run is used as if there were no link.
pub fn decide(address: AddressAsks<'_>, storage: StoredRead, stored_is_shared: bool) -> Startup {
    let mut startup = Startup::default();
    if storage == StoredRead::Unavailable {
        startup.notices.push(StartNotice::StorageUnavailable);
    }
    let shared = match address.share_code.map(link::decode) {
        Some(Ok(saved)) => Some(Some(saved)),
        Some(Err(error)) => {
            startup.notices.push(StartNotice::LinkRefused(error));
            None
        }
        None if address.fresh_run => Some(None),
        None => None,
    };
    if let Some(saved) = shared {
        let kept_aside = matches!(storage, StoredRead::Found(_)) && !stored_is_shared;
        if let StoredRead::Found(text) = storage
            && kept_aside
        {
            startup.side_copies.push(SideCopy {
                key: PREVIOUS_KEY,
                text,
            });
        }
        if saved.is_some() {
            startup.notices.push(StartNotice::LinkOpened);
        } else if kept_aside {
            startup.notices.push(StartNotice::AddressRun);
        }
        startup.opened_from_address = true;
        if let Some(saved) = saved {
            startup.adopt(saved);
        }
        return startup;
    }
    if let StoredRead::Found(text) = storage {
        match stored::decode(&text) {
            Ok(saved) => {
                startup.notices.push(StartNotice::Restored);
                startup.adopt(saved);
            }
            Err(error) => {
                startup.notices.push(StartNotice::StoredUnreadable(error));
                startup.side_copies.push(SideCopy {
                    key: UNREADABLE_KEY,
                    text,
                });
            }
        }
    }
    startup
}

impl Startup {
    fn adopt(&mut self, saved: SavedRun) {
        self.learner = saved.learner;
        self.state = Some(RunState::at(saved.run, saved.week));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Lever, Scenario};

    fn played() -> RunState {
        let mut state = RunState::new(Scenario::free_play(), 5);
        state.advance();
        state.change_lever(Lever::Promise, 0.2).unwrap();
        state.advance();
        state
    }

    fn stored_text(state: &RunState, learner: &str) -> String {
        let mut saved = state.saved();
        saved.learner = Some(learner.to_string());
        stored::encode(&saved)
    }

    #[test]
    fn nothing_stored_and_no_link_starts_fresh_and_quietly() {
        assert_eq!(
            decide(AddressAsks::default(), StoredRead::Nothing, false),
            Startup::default()
        );
    }

    #[test]
    fn a_stored_run_is_restored_with_its_name() {
        let state = played();
        let startup = decide(
            AddressAsks::default(),
            StoredRead::Found(stored_text(&state, "Sanne")),
            false,
        );
        assert_eq!(startup.state, Some(state));
        assert_eq!(startup.learner.as_deref(), Some("Sanne"));
        assert_eq!(startup.notices, vec![StartNotice::Restored]);
        assert!(startup.side_copies.is_empty());
    }

    #[test]
    fn an_unreadable_stored_run_is_kept_aside_and_the_page_starts_clean() {
        let startup = decide(
            AddressAsks::default(),
            StoredRead::Found("{\"kapot".to_string()),
            false,
        );
        assert_eq!(startup.state, None);
        assert!(matches!(
            startup.notices[..],
            [StartNotice::StoredUnreadable(_)]
        ));
        assert_eq!(
            startup.side_copies,
            vec![SideCopy {
                key: UNREADABLE_KEY,
                text: "{\"kapot".to_string()
            }]
        );
    }

    #[test]
    fn a_good_link_wins_and_keeps_the_learners_own_run_aside() {
        let shared = played();
        let own = stored_text(&RunState::new(Scenario::free_play(), 9), "Ali");
        let code = link::encode(&shared.saved());
        let link = AddressAsks {
            share_code: Some(&code),
            fresh_run: false,
        };
        let startup = decide(link, StoredRead::Found(own.clone()), false);
        assert_eq!(startup.state, Some(shared));
        assert_eq!(startup.learner, None);
        assert_eq!(startup.notices, vec![StartNotice::LinkOpened]);
        assert_eq!(
            startup.side_copies,
            vec![SideCopy {
                key: PREVIOUS_KEY,
                text: own
            }]
        );
    }

    #[test]
    fn a_bad_link_is_reported_and_the_stored_run_still_restores() {
        let state = played();
        let bad = AddressAsks {
            share_code: Some("kapot"),
            fresh_run: false,
        };
        let startup = decide(bad, StoredRead::Found(stored_text(&state, "Kim")), false);
        assert_eq!(startup.state, Some(state));
        assert!(matches!(
            startup.notices[..],
            [
                StartNotice::LinkRefused(SavedRunError::Damaged),
                StartNotice::Restored
            ]
        ));
    }

    #[test]
    fn a_second_link_does_not_replace_the_learners_own_run_kept_aside() {
        let code = link::encode(&played().saved());
        let link = AddressAsks {
            share_code: Some(&code),
            fresh_run: false,
        };
        let shared_before = stored_text(&RunState::new(Scenario::free_play(), 3), "");
        let startup = decide(link, StoredRead::Found(shared_before), true);
        assert!(startup.side_copies.is_empty());
        assert!(startup.opened_from_address);
    }

    #[test]
    fn an_address_asking_for_a_fresh_run_wins_over_the_stored_one() {
        let own = stored_text(&played(), "Kim");
        let fresh = AddressAsks {
            share_code: None,
            fresh_run: true,
        };
        let startup = decide(fresh, StoredRead::Found(own.clone()), false);
        assert_eq!(startup.state, None, "a fresh run from the address");
        assert_eq!(startup.notices, vec![StartNotice::AddressRun]);
        assert_eq!(startup.side_copies[0].text, own);
    }

    #[test]
    fn a_link_with_storage_unavailable_says_it_cannot_save() {
        let code = link::encode(&played().saved());
        let link = AddressAsks {
            share_code: Some(&code),
            fresh_run: false,
        };
        let startup = decide(link, StoredRead::Unavailable, false);
        assert!(startup.notices.contains(&StartNotice::StorageUnavailable));
        assert!(startup.state.is_some());
    }

    #[test]
    fn every_kind_of_notice_has_its_own_key() {
        let all = [
            StartNotice::Restored,
            StartNotice::LinkOpened,
            StartNotice::AddressRun,
            StartNotice::LinkRefused(SavedRunError::Damaged),
            StartNotice::StoredUnreadable(SavedRunError::Foreign),
            StartNotice::StorageUnavailable,
            StartNotice::FileOpened("a.klantcyclus".to_string()),
        ];
        let mut keys: Vec<&str> = all.iter().map(StartNotice::key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all.len());
        assert_eq!(
            StartNotice::FileOpened("a".into()).key(),
            StartNotice::FileOpened("b".into()).key()
        );
    }

    #[test]
    fn no_storage_is_said_once() {
        let startup = decide(AddressAsks::default(), StoredRead::Unavailable, false);
        assert_eq!(startup.notices, vec![StartNotice::StorageUnavailable]);
        assert_eq!(startup.state, None);
    }
}
