//! Shared steps for the simulator's browser tests: read what the page shows, act like a learner.
#![allow(dead_code)]

use e2e::{Key, Page};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};

/// The week the page shows, read from the visible "Week N (jaar Y)".
#[track_caller]
pub fn week(page: &Page) -> u32 {
    let text = page.text("#week");
    let number = text
        .strip_prefix("Week ")
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok());
    match number {
        Some(n) => n,
        None => panic!("the time bar does not show a week: {text:?}"),
    }
}

/// The exact value behind a key figure (`nps`, `tevredenheid`, `clv`, `klantbehoud`, `winst`).
#[track_caller]
pub fn figure(page: &Page, name: &str) -> f64 {
    let selector = format!("#kengetal-{name}");
    let value = page.attr(&selector, "data-value");
    value
        .as_deref()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{selector} has no numeric data-value: {value:?}"))
}

/// The number a key figure shows, as a learner reads it ("7,4" → 7.4, "−12" → -12).
#[track_caller]
pub fn shown_figure(page: &Page, name: &str) -> f64 {
    let text = page.text(&format!("#kengetal-{name} .figure-number"));
    let cleaned: String = text
        .replace('−', "-")
        .replace('.', "")
        .replace(',', ".")
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    cleaned
        .parse()
        .unwrap_or_else(|_| panic!("key figure {name} shows {text:?}, not a number"))
}

/// Every key figure and phase count as the page shows them.
pub fn visible_state(page: &Page) -> Vec<(String, String)> {
    let mut state = Vec::new();
    for name in ["nps", "tevredenheid", "clv", "klantbehoud", "winst"] {
        state.push((
            name.to_string(),
            page.text(&format!("#kengetal-{name} .figure-number")),
        ));
    }
    for phase in [
        "suspect",
        "prospect",
        "new_customer",
        "loyal_customer",
        "ambassador",
        "former_customer",
    ] {
        let count = page
            .attr(&format!("[data-phase={phase}]"), "data-count")
            .unwrap_or_default();
        state.push((phase.to_string(), count));
    }
    state
}

/// Press the step button `n` times and wait until the page shows the week that makes.
#[track_caller]
pub fn step_weeks(page: &Page, n: u32) {
    let target = week(page) + n;
    page.eval_with(
        "const b = document.querySelector('[data-action=step]');
         for (let i = 0; i < arguments[0]; i++) b.click();",
        vec![n.into()],
    );
    page.wait_for_text("#week", &format!("Week {target} "));
}

/// Wait until the page shows week `target` or later.
#[track_caller]
pub fn wait_for_week(page: &Page, target: u32) {
    page.wait_until(&format!("week {target}"), |p| week(p) >= target);
}

/// Whether time is running, as the play button announces it.
pub fn playing(page: &Page) -> bool {
    page.attr("[data-action=play]", "aria-pressed").as_deref() == Some("true")
}

/// Press Alt + `key` (the app's shortcuts).
#[track_caller]
pub fn press_alt(page: &Page, key: char) {
    let alt: char = Key::Alt.into();
    let actions = KeyActions::new("keyboard".to_string())
        .then(KeyAction::Down { value: alt })
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key })
        .then(KeyAction::Up { value: alt });
    page.block_on(page.client().perform_actions(actions))
        .unwrap_or_else(|e| panic!("pressing Alt+{key} failed: {e}"));
}

/// Move a lever's slider to `position` (0..=100), as a learner dragging it.
#[track_caller]
pub fn set_lever(page: &Page, key: &str, position: u32) {
    page.set_value(&format!("#hendel-{key}"), &position.to_string());
}

/// The canvases of the five charts.
pub const CHART_IDS: [&str; 5] = [
    "grafiek-fasen",
    "grafiek-ervaring",
    "grafiek-nps",
    "grafiek-clv",
    "grafiek-financien",
];

/// Pause (if playing) so the page holds still.
pub fn pause(page: &Page) {
    if playing(page) {
        page.click("[data-action=play]");
    }
    page.wait_until("time to stop", |p| !playing(p));
}

/// Like `Page::assert_clean_console`, but ignores Chromium's hint about repeated `getImageData`
/// calls: those readbacks are the test's own pixel checks, not something the app does.
#[track_caller]
pub fn assert_clean_console_after_pixel_checks(page: &Page) {
    let problems: Vec<String> = page
        .console_problems()
        .into_iter()
        .filter(|entry| !entry.message.contains("willReadFrequently"))
        .map(|entry| entry.message)
        .collect();
    assert!(
        problems.is_empty(),
        "console errors or warnings: {problems:#?}"
    );
}

/// The lesson's result view opens when the scenario's time is up; close it to play on.
#[track_caller]
pub fn close_result_view(page: &Page) {
    if page.exists("#resultaat") {
        page.click("#resultaat .modal-foot .button-primary");
        page.wait_until("the result view to close", |p| !p.exists("#resultaat"));
    }
}

/// Hand a file to the file input `input`, as if the learner chose it on disk.
pub fn choose_file(page: &Page, input: &str, name: &str, text: &str) {
    page.eval_with(
        "const input = document.querySelector(arguments[0]);
         const files = new DataTransfer();
         files.items.add(new File([arguments[2]], arguments[1], { type: 'text/plain' }));
         input.files = files.files;
         input.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![input.into(), name.into(), text.into()],
    );
}

/// Start the bundled lesson `id` as a learner does: the picker, the lesson's intro, "start".
pub fn start_lesson(page: &Page, id: &str) {
    page.click("#scenario-kiezen");
    page.click(&format!("[data-scenario={id}]"));
    page.wait_for("#scenario-intro[open]");
    page.click("#les-starten");
}
