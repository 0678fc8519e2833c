//! The animation loop: while time runs, every animation frame simulates the weeks that are due
//! and records how long the frame took.

use crate::session::{Session, now};
use leptos::prelude::*;

/// Start the loop whenever playback starts; it ends by itself when playback stops.
pub fn drive(session: Session) {
    let running = StoredValue::new(false);
    Effect::new(move |_| {
        let playing = session.playback.with(|p| p.is_playing());
        if playing && !running.get_value() {
            running.set_value(true);
            let start = now();
            request_animation_frame(move || frame(session, running, start));
        }
    });
}

fn frame(session: Session, running: StoredValue<bool>, previous_ms: f64) {
    let started = now();
    let elapsed = started - previous_ms;
    let work = session.playback.try_update_untracked(|p| p.frame(elapsed));
    let Some(work) = work else {
        // The app was unmounted.
        return;
    };
    if !session.playback.with_untracked(|p| p.is_playing()) {
        running.set_value(false);
        return;
    }
    session.advance_frame(work, started);
    let spent = now() - started;
    session
        .frame_stats
        .update(|s| s.record_frame(elapsed, spent));
    request_animation_frame(move || frame(session, running, started));
}
