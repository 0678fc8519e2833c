//! Issue 4: the time controls — play, pause, one-week step, reset, speed and the shortcuts.

mod ui;

use e2e::{Key, Page};
use std::time::Duration;
use ui::{
    close_result_view, figure, playing, press_alt, set_lever, step_weeks, visible_state,
    wait_for_week, week,
};

#[test]
fn play_advances_the_week_and_pause_stops_it() {
    let page = Page::open();
    assert_eq!(week(&page), 0);
    assert!(page.text("#week").contains("(jaar 1)"));
    page.click("[data-action=play]");
    assert!(playing(&page));
    wait_for_week(&page, 2);
    page.click("[data-action=play]");
    assert!(!playing(&page));
    let stopped_at = week(&page);
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(week(&page), stopped_at, "time went on after pause");
    page.assert_clean_console();
}

#[test]
fn step_advances_exactly_one_week() {
    let page = Page::open();
    page.click("[data-action=step]");
    page.wait_for_text("#week", "Week 1 ");
    std::thread::sleep(Duration::from_millis(600));
    assert_eq!(week(&page), 1, "one click is one week");
    page.click("[data-action=step]");
    page.wait_for_text("#week", "Week 2 ");
    assert_eq!(page.attr("#week", "data-week").as_deref(), Some("2"));
    page.assert_clean_console();
}

#[test]
fn step_is_unavailable_while_time_runs() {
    let page = Page::open();
    page.click("[data-action=play]");
    assert!(page.prop("[data-action=step]", "disabled").as_deref() == Some("true"));
    page.click("[data-action=play]");
    assert!(page.prop("[data-action=step]", "disabled").as_deref() == Some("false"));
}

#[test]
fn reset_returns_to_week_zero_with_the_initial_figures() {
    let page = Page::open();
    let initial = visible_state(&page);
    let initial_satisfaction = figure(&page, "tevredenheid");
    let initial_promise = page.prop("#hendel-promise", "value");
    set_lever(&page, "promise", 95);
    step_weeks(&page, 12);
    assert_ne!(
        visible_state(&page),
        initial,
        "twelve weeks changed nothing"
    );
    page.click("[data-action=reset]");
    page.wait_for_text("#week", "Week 0 ");
    assert_eq!(visible_state(&page), initial);
    assert_eq!(figure(&page, "tevredenheid"), initial_satisfaction);
    assert_eq!(
        page.prop("#hendel-promise", "value"),
        initial_promise,
        "levers back to the start"
    );
    page.assert_clean_console();
}

#[test]
fn alt_k_plays_and_pauses_and_alt_r_resets() {
    let page = Page::open();
    press_alt(&page, 'k');
    page.wait_until("Alt+K to start time", playing);
    wait_for_week(&page, 1);
    press_alt(&page, 'k');
    page.wait_until("Alt+K to stop time", |p| !playing(p));
    assert!(week(&page) >= 1);
    press_alt(&page, 'r');
    page.wait_for_text("#week", "Week 0 ");
    page.assert_clean_console();
}

#[test]
fn speeds_are_radio_buttons_and_faster_is_faster() {
    let page = Page::open();
    assert_eq!(
        page.attr("[data-speed=normal]", "aria-checked").as_deref(),
        Some("true")
    );
    page.click("[data-speed=max]");
    assert_eq!(
        page.attr("[data-speed=max]", "aria-checked").as_deref(),
        Some("true")
    );
    assert_eq!(
        page.attr("[data-speed=normal]", "aria-checked").as_deref(),
        Some("false")
    );
    page.click("[data-action=play]");
    // At maximum speed the scenario's 104 weeks pass in well under the wait timeout; time
    // stops by itself at the end and says so.
    page.wait_for("#einde-scenario");
    close_result_view(&page);
    assert_eq!(week(&page), 104);
    assert!(!playing(&page));
    page.click("[data-action=play]");
    wait_for_week(&page, 110);
    page.assert_clean_console();
}

#[test]
fn time_stops_for_good_after_ten_years() {
    let page = Page::open();
    page.click("[data-speed=max]");
    page.click("[data-action=play]");
    page.wait_for("#einde-scenario");
    close_result_view(&page);
    page.click("[data-action=play]");
    page.wait_until("the ten-year limit", |p| week(p) == 520 && !playing(p));
    assert!(page.text("#einde-scenario").contains("Tien jaar"));
    assert_eq!(
        page.prop("[data-action=play]", "disabled").as_deref(),
        Some("true")
    );
    assert_eq!(
        page.prop("[data-action=step]", "disabled").as_deref(),
        Some("true")
    );
    press_alt(&page, 'k');
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(week(&page), 520, "Alt+K cannot go past the limit either");
    page.click("[data-action=reset]");
    page.wait_for_text("#week", "Week 0 ");
    assert_eq!(
        page.prop("[data-action=play]", "disabled").as_deref(),
        Some("false")
    );
    page.assert_clean_console();
}

#[test]
fn every_control_is_reachable_with_tab() {
    let page = Page::open();
    page.eval("document.activeElement.blur(); window.scrollTo(0, 0);");
    let mut reached = std::collections::BTreeSet::new();
    for _ in 0..60 {
        page.press(Key::Tab);
        let name = page.eval(
            "const e = document.activeElement;
             return e.id || e.dataset.action || (e.dataset.speed && 'speed-' + e.dataset.speed)
                 || e.getAttribute('aria-controls') || e.tagName;",
        );
        reached.insert(name.as_str().unwrap_or_default().to_string());
    }
    for key in [
        "promise",
        "quality",
        "price",
        "presales",
        "sales",
        "aftersales",
        "loyalty_financial",
        "loyalty_social",
        "loyalty_structural",
        "acquisition",
    ] {
        assert!(
            reached.contains(&format!("hendel-{key}")),
            "slider {key} not reached: {reached:?}"
        );
        assert!(
            reached.contains(&format!("hendel-{key}-uitleg")),
            "explanation of {key} not reached"
        );
    }
    for control in [
        "afspelen",
        "stap",
        "opnieuw",
        "speed-normal",
        "speed-fast",
        "speed-max",
    ] {
        assert!(
            reached.contains(control),
            "{control} not reached: {reached:?}"
        );
    }
}

#[test]
fn explanations_open_on_demand() {
    let page = Page::open();
    assert!(page.attr("#hendel-aftersales-uitleg", "hidden").is_some());
    page.click("[aria-controls=hendel-aftersales-uitleg]");
    assert_eq!(page.attr("#hendel-aftersales-uitleg", "hidden"), None);
    assert!(page.text("#hendel-aftersales-uitleg").contains("klacht"));
    assert_eq!(
        page.attr("[aria-controls=hendel-aftersales-uitleg]", "aria-expanded")
            .as_deref(),
        Some("true")
    );
}

#[test]
fn shortcuts_leave_the_run_alone_behind_an_open_dialog_or_the_report() {
    let page = Page::open();
    step_weeks(&page, 3);
    page.click("#bewaren-knop");
    page.wait_for("#bewaren[open]");
    press_alt(&page, 'k');
    press_alt(&page, 'r');
    press_alt(&page, 'p');
    // Give a wrongly handled key time to act before looking.
    page.eval("return new Promise(r => setTimeout(r, 300));");
    assert!(!playing(&page), "Alt+K behind the dialog");
    assert_eq!(week(&page), 3, "Alt+R behind the dialog");
    assert!(
        !page
            .eval("return document.documentElement.hasAttribute('data-beamer');")
            .as_bool()
            .unwrap(),
        "Alt+P behind the dialog"
    );
    page.click("#verslag-knop");
    page.wait_for("#verslag");
    press_alt(&page, 'r');
    page.eval("return new Promise(r => setTimeout(r, 300));");
    assert_eq!(week(&page), 3, "Alt+R behind the report");
    page.press(Key::Escape);
    page.wait_until("the report closes", |p| !p.exists("#verslag"));
    press_alt(&page, 'k');
    page.wait_until("Alt+K works again", playing);
    page.assert_clean_console();
}
