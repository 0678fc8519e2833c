//! Keeping a run (bewaren): autosave in the browser, the share link, session files, and the
//! notices about them at start-up. The encodings live in `model::saved_run`; the decisions in plain
//! types ([`crate::state::startup`], [`crate::state::autosave`]); this module binds them to the page.

pub mod browser_store;
mod keep_button;
mod keep_dialog;
pub mod session_file;
pub mod share;
mod start_notices;

pub use keep_button::KeepButton;
pub use keep_dialog::KeepDialog;
pub use start_notices::StartNotices;

use crate::i18n::current_language;
use crate::scenario::ScenarioUi;
use crate::session::Session;
use crate::state::autosave::AutosaveClock;
use crate::state::kept_comparison;
use crate::state::run_state::RunState;
use crate::state::startup::StartNotice;
use leptos::prelude::*;
use model::SavedRun;

/// Where autosave keeps run A while the learner compares ("Wat als?").
pub const COMPARISON_KEY: &str = "klantcyclus.wat-als";

/// Handle to the save-and-share state; provided as context by the app.
#[derive(Clone, Copy)]
pub struct KeepUi {
    pub session: Session,
    pub scenarios: ScenarioUi,
    /// The learner's name as typed (empty: none).
    pub learner: RwSignal<String>,
    /// Notices still on screen (start-up, and storage failing later).
    pub notices: RwSignal<Vec<StartNotice>>,
    /// Whether storing still works; after the first refusal the app stops trying (and said so).
    storage_ok: StoredValue<bool>,
}

impl KeepUi {
    /// The run on screen as it is kept, with the learner's name and the language.
    pub fn saved_now(&self) -> SavedRun {
        let mut saved = self.session.run_state().saved();
        let name = self.learner.get_untracked();
        saved.learner = (!name.trim().is_empty()).then(|| name.trim().to_string());
        saved.language = Some(current_language());
        saved
    }

    /// Store the run now (autosave); the first refusal is said once, then storing stops.
    pub fn save_now(&self) {
        if !self.storage_ok.get_value() {
            return;
        }
        if !browser_store::write(&self.saved_now()) {
            self.storage_ok.set_value(false);
            self.say(StartNotice::StorageUnavailable);
            return;
        }
        // Run A of a comparison is kept beside the run the levers steer.
        let comparison = self.session.with_original(|original| {
            let fork_week = self.session.fork_week.get_untracked()?;
            Some(kept_comparison::encode(
                fork_week,
                &original?.state().saved(),
            ))
        });
        match comparison {
            Some(text) => {
                browser_store::keep_copy(COMPARISON_KEY, &text);
            }
            None => browser_store::forget(COMPARISON_KEY),
        }
    }

    /// Show `notice`, in place of one of the same kind already on screen.
    pub fn say(&self, notice: StartNotice) {
        self.notices.update(|all| {
            all.retain(|n| n.key() != notice.key());
            all.push(notice);
        });
    }

    /// Take the notice of this kind off the screen.
    pub fn dismiss(&self, notice: &StartNotice) {
        self.notices
            .update(|all| all.retain(|n| n.key() != notice.key()));
    }

    /// Show a kept run instead of the one on screen (an opened file, the learner's own session).
    pub fn open(&self, saved: SavedRun) {
        self.learner.set(saved.learner.clone().unwrap_or_default());
        browser_store::mark_shared(false);
        self.scenarios
            .open_state(crate::state::run_state::RunState::at(saved.run, saved.week));
    }
}

/// Where run A goes when a link's run takes the learner's own run's place (beside
/// `PREVIOUS_KEY`), until they go back to their own run.
pub const PREVIOUS_COMPARISON_KEY: &str = "klantcyclus.wat-als.vorige";

/// Keep the learner's comparison aside with their own run, before a link's run replaces it.
pub fn set_comparison_aside() {
    match browser_store::copy(COMPARISON_KEY) {
        Some(text) => {
            browser_store::keep_copy(PREVIOUS_COMPARISON_KEY, &text);
        }
        None => browser_store::forget(PREVIOUS_COMPARISON_KEY),
    }
}

/// Bring back the comparison autosave kept beside the run now on screen, if it belongs to it
/// (before autosave starts, which would otherwise forget it). A copy that does not belong is
/// forgotten; the run on screen is never touched by it.
pub fn resume_comparison(session: Session) {
    resume_comparison_from(session, COMPARISON_KEY);
}

/// Like [`resume_comparison`], from the copy under `key`.
pub fn resume_comparison_from(session: Session, key: &str) {
    let Some(text) = browser_store::copy(key) else {
        return;
    };
    let resumed = kept_comparison::decode(&text).is_some_and(|(fork_week, original)| {
        session.resume_comparison(RunState::at(original.run, original.week), fork_week)
    });
    if !resumed {
        browser_store::forget(key);
    }
}

/// Create the save-and-share state, start autosave, and provide it to the views below.
/// `storage_ok` is false when the browser had no storage at start-up (already said).
pub fn provide_keep_ui(
    session: Session,
    scenarios: ScenarioUi,
    learner: Option<String>,
    notices: Vec<StartNotice>,
) -> KeepUi {
    let storage_ok = !notices.contains(&StartNotice::StorageUnavailable);
    let keep = KeepUi {
        session,
        scenarios,
        learner: RwSignal::new(learner.unwrap_or_default()),
        notices: RwSignal::new(notices),
        storage_ok: StoredValue::new(storage_ok),
    };
    provide_context(keep);
    autosave(keep);
    keep
}

/// The save-and-share state of the surrounding app.
pub fn use_keep_ui() -> KeepUi {
    expect_context::<KeepUi>()
}

/// Store the run after every change to it, at least every few simulated weeks, when time stops
/// and when the page is left.
fn autosave(keep: KeepUi) {
    Effect::new(move |was_playing: Option<bool>| {
        let playing = keep.session.playback.with(|p| p.is_playing());
        if was_playing == Some(true) && !playing {
            keep.save_now();
        }
        playing
    });
    let handle = window_event_listener(leptos::ev::pagehide, move |_| keep.save_now());
    on_cleanup(move || handle.remove());
    let clock = StoredValue::new(AutosaveClock::default());
    Effect::new(move |_| {
        let week = keep.session.latest.with(|s| s.week);
        let edits = keep.session.edits.get();
        let due = clock
            .try_update_value(|c| c.due(week, edits))
            .unwrap_or(false);
        if due {
            keep.save_now();
        }
    });
}
