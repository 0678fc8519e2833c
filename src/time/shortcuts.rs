//! Keyboard shortcuts (PhET's convention): Alt+K play/pause, Alt+R reset; Alt+P projector mode.

use crate::projector::Projector;
use crate::session::Session;
use leptos::ev;
use leptos::prelude::*;

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    PlayPause,
    Reset,
    Projector,
}

/// The shortcut for a key press, by physical key so it works on any keyboard layout.
pub fn shortcut_for(code: &str, alt: bool, ctrl: bool, meta: bool) -> Option<Shortcut> {
    if !alt || ctrl || meta {
        return None;
    }
    match code {
        "KeyK" => Some(Shortcut::PlayPause),
        "KeyR" => Some(Shortcut::Reset),
        "KeyP" => Some(Shortcut::Projector),
        _ => None,
    }
}

/// Whether a dialog or the report is open over the simulator: then the shortcuts leave the run
/// behind it alone.
fn something_over_the_simulator() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("dialog[open], #verslag").ok().flatten())
        .is_some()
}

/// Listen for the shortcuts on the whole page while the app is mounted.
pub fn listen(session: Session, projector: Projector) {
    let handle = window_event_listener(ev::keydown, move |event| {
        let shortcut = shortcut_for(
            &event.code(),
            event.alt_key(),
            event.ctrl_key(),
            event.meta_key(),
        );
        if shortcut.is_some() && something_over_the_simulator() {
            return;
        }
        match shortcut {
            Some(Shortcut::PlayPause) => session.toggle_play(),
            Some(Shortcut::Reset) => session.reset(),
            Some(Shortcut::Projector) => projector.toggle(),
            None => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || handle.remove());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alt_k_and_alt_r_are_the_shortcuts() {
        assert_eq!(
            shortcut_for("KeyK", true, false, false),
            Some(Shortcut::PlayPause)
        );
        assert_eq!(
            shortcut_for("KeyR", true, false, false),
            Some(Shortcut::Reset)
        );
        assert_eq!(
            shortcut_for("KeyP", true, false, false),
            Some(Shortcut::Projector)
        );
    }

    #[test]
    fn plain_keys_and_browser_combinations_are_left_alone() {
        assert_eq!(shortcut_for("KeyK", false, false, false), None);
        assert_eq!(shortcut_for("KeyR", true, true, false), None);
        assert_eq!(shortcut_for("KeyR", true, false, true), None);
        assert_eq!(shortcut_for("KeyX", true, false, false), None);
    }
}
