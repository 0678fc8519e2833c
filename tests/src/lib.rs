//! Browser end-to-end tests for Klantcyclus: the released app (`dist/`) in headless Chromium.
//!
//! A [`Page`] serves `dist/` on a free loopback port, starts chromedriver and Debian's headless
//! Chromium (fresh profile, 1280 x 720), opens the app and waits until it has mounted. Its
//! helpers take CSS selectors, wait for elements to appear and panic with a readable message,
//! so a test reads as the steps a user takes:
//!
//! ```no_run
//! use e2e::Page;
//!
//! let page = Page::open();                      // or Page::builder().path("/?les=2").open()
//! assert_eq!(page.attr("html", "lang").as_deref(), Some("nl"));
//! page.click("button[data-action=play]");
//! page.wait_for_text("#week", "Week 3");
//! page.set_value("input#service-level", "0.8");   // sliders: sets the value, fires input + change
//! page.press(' ');                                 // keyboard, to whatever has focus
//! assert!(page.wait_for_drawn_canvas("canvas").is_drawn());
//! page.screenshot("after-play");                   // -> target/screenshots/after-play.png
//! page.assert_clean_console();                     // no console errors or warnings
//! page.axe("").assert_clean("main view");         // axe-core's WCAG 2.1 A/AA rules
//! ```
//!
//! Build the app first: `cargo xtask e2e` builds `dist/` (release) and runs these tests;
//! `cargo test -p e2e` alone runs them against the `dist/` that is there (it warns if it is
//! older than the sources). Tests in one binary share a lock, so only one Chromium runs at a
//! time. See tests/README.md for conventions.

mod axe;
mod canvas;
mod console;
pub mod dist;
mod driver;
mod page;
mod server;

pub use axe::{
    AXE_TAGS, AxeCount, AxeNode, AxeReport, AxeViolation, assert_all_clean, axe_script_path,
    require_axe,
};
pub use canvas::CanvasStats;
pub use console::ConsoleEntry;
pub use fantoccini::key::Key;
pub use page::{Page, PageBuilder};
pub use server::{Served, StaticServer};
