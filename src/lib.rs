//! Klantcyclus in the browser: a thin Leptos shell over the `model` crate.
//!
//! Data flows one way: controls → policy → simulation step → snapshot → views and charts.
//! [`app`] owns the run (through [`session::Session`]); plain logic lives in [`state`].

pub mod app;
pub mod charts;
pub mod classroom;
pub mod controls;
pub mod cycle;
pub mod exports;
pub mod figures;
pub mod focus;
pub mod follow;
pub mod glossary;
pub mod i18n;
pub mod keep;
pub mod language;
pub mod notices;
pub mod panic_message;
pub mod projector;
pub mod pyramid;
pub mod report;
pub mod scenario;
pub mod session;
pub mod state;
pub mod time;
pub mod treatment;

/// Install the panic message and mount the app on the page.
pub fn start() {
    panic_message::install(i18n::texts_for(i18n::Language::default()));
    leptos::mount::mount_to_body(app::App);
}
