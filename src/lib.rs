//! Klantcyclus in the browser: a thin Leptos shell over the `model` crate.
//!
//! Data flows one way: controls → policy → simulation step → snapshot → views and charts.
//! [`app`] owns the run (through [`session::Session`]); plain logic lives in [`state`].

pub mod app;
pub mod charts;
pub mod controls;
pub mod cycle;
pub mod figures;
pub mod i18n;
pub mod keep;
pub mod notices;
pub mod panic_message;
pub mod scenario;
pub mod session;
pub mod state;
pub mod time;

/// The simulation model the app is built on.
pub(crate) use model as sim;

/// Install the panic message and mount the app on the page.
pub fn start() {
    panic_message::install(i18n::Language::default().texts());
    leptos::mount::mount_to_body(app::App);
}
