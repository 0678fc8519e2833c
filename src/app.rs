//! The top-level layout and the one place that owns the run state (through [`Session`]).

use crate::charts::Charts;
use crate::i18n::{Language, texts};
use crate::session::Session;
use crate::sim::Scenario;
use crate::time::{TimeControls, animation, shortcuts};
use leptos::prelude::*;

/// The seed of a new session; a share link will carry its own.
pub const DEFAULT_SEED: u64 = 2024;

#[component]
pub fn App() -> impl IntoView {
    provide_context(Language::default());
    let session = Session::new(Scenario::free_play(), DEFAULT_SEED);
    provide_context(session);
    animation::drive(session);
    shortcuts::listen(session);
    let t = texts();
    view! {
        <div class="app">
            <header class="app-header">
                <div class="brand">
                    <span class="logo" aria-hidden="true"></span>
                    <h1>{t.app_name}</h1>
                    <span class="tagline">{t.tagline}</span>
                </div>
            </header>
            <aside class="controls-panel" aria-label=t.controls_heading>
                <h2>{t.controls_heading}</h2>
            </aside>
            <main class="stage">
                <TimeControls/>
            </main>
            <Charts/>
        </div>
    }
}
