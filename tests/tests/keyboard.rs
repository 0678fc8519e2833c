//! Keyboard alone: Tab reaches the controls in reading order with a visible focus, play, a lever
//! and a dialog work by keys, a dialog keeps the focus inside and gives it back when it closes,
//! and shortcuts do nothing behind it. Also the glossary's ways in, and reduced motion.

mod ui;

use e2e::{Key, Page};
use serde_json::Value;
use ui::{playing, press_alt, week};

/// What has the focus: its id (or tag and class), whether it shows a focus ring, and which part
/// of the page it is in.
fn focused(page: &Page) -> (String, bool, String) {
    let script = r#"
        const el = document.activeElement;
        if (!el || el === document.body) return ['body', false, 'none'];
        // Elements without an id are numbered in the order they are first reached.
        if (!el.id && !el.dataset.tabStop) {
            window.tabStops = (window.tabStops || 0) + 1;
            el.dataset.tabStop = String(window.tabStops);
        }
        const name = el.id || (el.tagName.toLowerCase() + '.' + el.className + '#' + el.dataset.tabStop);
        const style = getComputedStyle(el);
        const ring = el.matches(':focus-visible') &&
            ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
             style.boxShadow !== 'none');
        const part = el.closest('dialog[open]') ? 'dialog'
            : el.closest('.app-header') ? 'header'
            : el.closest('.controls-panel') ? 'controls'
            : el.closest('.stage') ? 'stage'
            : el.closest('.charts') ? 'charts' : 'other';
        return [name, ring, part];
    "#;
    match page.eval(script) {
        Value::Array(v) => (
            v[0].as_str().unwrap_or_default().to_string(),
            v[1].as_bool().unwrap_or(false),
            v[2].as_str().unwrap_or_default().to_string(),
        ),
        other => panic!("unexpected {other}"),
    }
}

fn tab(page: &Page) -> (String, bool, String) {
    page.press(Key::Tab);
    focused(page)
}

/// Tabs until the element with `id` has the focus (at most `limit` presses).
#[track_caller]
fn tab_to(page: &Page, id: &str, limit: usize) {
    for _ in 0..limit {
        if tab(page).0 == id {
            return;
        }
    }
    panic!("{id} was not reached in {limit} presses of Tab");
}

#[test]
fn tab_goes_through_the_page_in_reading_order_with_a_visible_focus() {
    let page = Page::open();
    page.eval("document.activeElement.blur();");
    let mut parts: Vec<String> = Vec::new();
    let mut stops = Vec::new();
    for _ in 0..120 {
        let (name, ring, part) = tab(&page);
        // Past the last control the browser's own interface has the focus; then it starts over.
        if name == "body" || stops.contains(&name) {
            break;
        }
        assert!(ring, "{name} has the focus without a visible focus ring");
        if parts.last() != Some(&part) {
            parts.push(part.clone());
        }
        stops.push(name);
    }
    assert_eq!(
        parts,
        ["header", "controls", "stage", "charts"],
        "the focus should go header → policy → stage → charts once: {stops:?}"
    );
    for id in [
        "begrippen",
        "taal-en",
        "hendel-promise",
        "grafiek-nps-tabel-knop",
    ] {
        assert!(stops.iter().any(|s| s == id), "{id} not reached: {stops:?}");
    }
}

#[test]
fn play_a_lever_and_a_dialog_work_with_keys_alone() {
    let page = Page::open();
    page.eval("document.activeElement.blur();");

    // Play and pause with Enter on the focused button.
    let play = page.eval("return document.querySelector('button[data-action=play]').id;");
    let play = play.as_str().unwrap_or_default().to_string();
    assert!(!play.is_empty(), "the play button needs an id");
    tab_to(&page, &play, 120);
    page.press(Key::Enter);
    page.wait_until("time to run", playing);
    page.press(Key::Enter);
    page.wait_until("time to stop", |p| !playing(p));

    // A lever moves with the arrow keys.
    page.eval("document.activeElement.blur();");
    tab_to(&page, "hendel-promise", 120);
    let before = page.prop("#hendel-promise", "value").unwrap_or_default();
    page.press(Key::Right);
    page.press(Key::Right);
    let after = page.prop("#hendel-promise", "value").unwrap_or_default();
    assert_ne!(before, after, "arrow keys did not move the lever");

    // The glossary opens with Enter, keeps Tab inside, ignores Alt+K, closes with Escape.
    page.eval("document.activeElement.blur();");
    tab_to(&page, "begrippen", 120);
    page.press(Key::Enter);
    page.wait_for("#begrippen-dialoog[open]");
    assert_eq!(
        focused(&page).0,
        "begrippen-zoek",
        "the search field takes the focus"
    );
    for _ in 0..25 {
        let (name, _, part) = tab(&page);
        assert_eq!(part, "dialog", "Tab left the open dialog for {name}");
    }
    let week_before = week(&page);
    press_alt(&page, 'k');
    press_alt(&page, 'r');
    std::thread::sleep(std::time::Duration::from_millis(400));
    assert!(!playing(&page), "Alt+K started time behind the dialog");
    assert_eq!(week(&page), week_before);
    page.press(Key::Escape);
    page.wait_until("the dialog to close", |p| !p.exists("#begrippen-dialoog"));
    assert_eq!(
        focused(&page).0,
        "begrippen",
        "the focus goes back to the opener"
    );
    page.assert_clean_console();
}

#[test]
fn the_glossary_opens_at_the_concept_of_a_lever_a_chart_and_a_key_figure_and_searches() {
    let page = Page::open();
    page.click("#begrippen");
    page.wait_for("#begrippen-dialoog[open]");
    let all = page.count("#begrippen-dialoog article.concept");
    assert!(all >= 40, "only {all} concepts");
    page.type_text("#begrippen-zoek", "binding");
    page.wait_until("the search to narrow the list", |p| {
        p.count("#begrippen-dialoog article.concept") < all
    });
    let shown = page.count("#begrippen-dialoog article.concept");
    assert!(shown >= 3, "{shown}");
    assert!(
        page.text("#begrippen-aantal")
            .contains(&format!("{shown} begrippen"))
    );
    assert!(page.exists("#begrip-binding-sociaal"));
    page.type_text("#begrippen-zoek", "financiele binding");
    page.wait_for("#begrip-binding-financieel");
    page.type_text("#begrippen-zoek", "xyzzy");
    page.wait_for(".glossary-empty");
    // Escape in the search field first empties it (the browser's own behaviour), then closes.
    page.press(Key::Escape);
    page.wait_until("the whole list again", |p| {
        p.count("#begrippen-dialoog article.concept") == all
    });
    page.press(Key::Escape);
    page.wait_until("closed", |p| !p.exists("#begrippen-dialoog"));

    let opens_at = |open: &dyn Fn(), concept: &str| {
        open();
        let entry = format!("#begrip-{concept}");
        page.wait_for(&format!("{entry}[data-gekozen]"));
        page.wait_until("the entry to take the focus", |p| {
            focused(p).0 == format!("begrip-{concept}")
        });
        page.press(Key::Escape);
        page.wait_until("closed", |p| !p.exists("#begrippen-dialoog"));
    };
    opens_at(
        &|| {
            page.click("[aria-controls=hendel-promise-uitleg]");
            page.click("#hendel-promise-uitleg .glossary-link");
        },
        "verwachtingsmanagement",
    );
    opens_at(&|| page.click("#grafiek-nps-titel .glossary-link"), "nps");
    opens_at(&|| page.click("#kengetal-clv .glossary-link"), "clv");
    page.screenshot("glossary-dutch");

    // In English the same entry reads in English, with its Dutch name beside it.
    page.click("#taal-en");
    page.wait_until("English", |p| {
        p.attr("html", "lang").as_deref() == Some("en")
    });
    page.click("#kengetal-klantbehoud .glossary-link");
    page.wait_for("#begrip-klantbehoud[data-gekozen]");
    let entry = page
        .eval("return document.querySelector('#begrip-klantbehoud').textContent;")
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(entry.contains("Retention"), "{entry}");
    assert!(entry.contains("Klantbehoud"), "{entry}");
    page.screenshot("glossary-english");
    page.assert_clean_console();
}

#[test]
fn reduced_motion_stops_the_moving_flow_dots() {
    let page = Page::open();
    let animation = |page: &Page| {
        page.eval(
            "const d = document.querySelector('.flow-dash'); \
             return d ? getComputedStyle(d).animationName : 'missing';",
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    };
    assert_eq!(animation(&page), "flow-along");
    page.emulate_media_feature("prefers-reduced-motion", "reduce");
    page.wait_until("the dots to stop", |p| animation(p) == "none");
    page.click("button[data-action=play]");
    page.wait_until("time to run", playing);
    assert_eq!(animation(&page), "none", "the dots move while time runs");
}
