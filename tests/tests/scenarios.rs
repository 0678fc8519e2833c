//! Issue 5: lessons in the browser — the picker, the intro, the live assignment panel, the result
//! view with the debrief, importing and exporting scenario files.

mod ui;

use e2e::Page;
use serde_json::Value;
use ui::week;

/// Open the picker and start the lesson `id` through its intro.
fn choose(page: &Page, id: &str) {
    page.click("#scenario-kiezen");
    page.wait_for("#scenario-kiezer[open]");
    page.click(&format!("[data-scenario={id}]"));
    page.wait_for("#scenario-intro[open]");
}

/// Hand a file to the picker's file input, as if the learner chose it on disk.
fn choose_file(page: &Page, name: &str, text: &str) {
    ui::choose_file(page, "#scenario-bestand", name, text);
}

/// Let the dialog's fade-in finish so a screenshot shows it as the learner sees it.
fn settle() {
    std::thread::sleep(std::time::Duration::from_millis(400));
}

/// The `data-status` of every goal in the assignment panel.
fn goal_states(page: &Page) -> Vec<String> {
    let value = page.eval(
        "return [...document.querySelectorAll('#opdrachten .goal')]
             .map(g => g.dataset.status);",
    );
    match value {
        Value::Array(items) => items
            .into_iter()
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .collect(),
        other => panic!("goal states: {other:?}"),
    }
}

#[test]
fn picking_a_lesson_shows_its_intro_and_open_goals_at_week_zero() {
    let page = Page::open();
    page.click("#scenario-kiezen");
    page.wait_for("#scenario-kiezer[open]");
    assert!(page.count(".scenario-card") >= 10, "ten lessons at least");
    let card = page.text("[data-scenario=overpromising]");
    assert!(
        card.contains("Vleugels beloofd") && card.contains("MBO"),
        "{card}"
    );
    assert!(
        card.contains("gouden bergen"),
        "the card shows the one-line intro: {card}"
    );
    settle();
    page.screenshot("scenario-picker");

    page.click("[data-scenario=overpromising]");
    page.wait_for("#scenario-intro[open]");
    // Headings are shown in capitals by the style sheet; compare without case.
    let intro = page.text("#scenario-intro").to_lowercase();
    for expected in [
        "vleugels beloofd",
        "het verhaal",
        "fitflow",
        "wat je leert",
        "stop de teleurstelling",
    ] {
        assert!(
            intro.contains(expected),
            "intro lacks {expected:?}: {intro}"
        );
    }
    assert!(intro.contains("kwaliteit, prijs"), "locked levers named");
    settle();
    page.screenshot("scenario-intro");

    page.click("#les-starten");
    page.wait_for("#opdrachten");
    assert_eq!(page.text("#scenario-naam"), "Vleugels beloofd");
    assert_eq!(week(&page), 0);
    let states = goal_states(&page);
    assert_eq!(states.len(), 4, "two assignments with two goals each");
    assert!(
        states.iter().all(|s| s != "met" && s != "failed"),
        "no goal is decided at week 0: {states:?}"
    );
    assert!(states.iter().any(|s| s == "not-yet"));
    assert_eq!(
        page.attr("[data-assignment=stop-disappointment]", "data-status")
            .as_deref(),
        Some("not-yet")
    );
    // Locked levers are shown but cannot move; hidden ones are not there at all.
    assert_eq!(
        page.prop("#hendel-quality", "disabled").as_deref(),
        Some("true")
    );
    assert!(
        page.attr("[data-lever=quality]", "title")
            .unwrap_or_default()
            .contains("twee jaar")
    );
    assert_eq!(
        page.prop("#hendel-promise", "disabled").as_deref(),
        Some("false")
    );
    assert!(!page.exists("[data-lever=loyalty_financial]"));
    assert!(!page.exists("#hendel-loyalty_structural"));
    page.screenshot("scenario-assignments");
    page.assert_clean_console();
}

#[test]
fn hints_appear_one_at_a_time() {
    let page = Page::open();
    choose(&page, "word-of-mouth");
    page.click("#les-starten");
    page.wait_for("#opdrachten");
    let first = "[data-assignment=customers-recruit]";
    assert_eq!(page.count(&format!("{first} .hint-list li")), 0);
    page.click(&format!("{first} .hint-button"));
    page.wait_until("one hint", |p| {
        p.count(&format!("{first} .hint-list li")) == 1
    });
    assert!(
        page.text(&format!("{first} .hint-list"))
            .contains("ambassadeur")
    );
    page.click(&format!("{first} .hint-button"));
    page.wait_until("two hints", |p| {
        p.count(&format!("{first} .hint-list li")) == 2
    });
    assert!(
        !page.exists(&format!("{first} .hint-button")),
        "no more hints to show"
    );
    page.assert_clean_console();
}

#[test]
fn an_invalid_file_names_the_field_and_line_and_leaves_the_session_unchanged() {
    let page = Page::open();
    choose(&page, "aftersales-crisis");
    page.click("#les-starten");
    page.set_value("#hendel-aftersales", "70");
    page.click("[data-action=step]");
    page.click("[data-action=step]");
    page.wait_for_text("#week", "Week 2 ");
    let before_nps = page.attr("#kengetal-nps", "data-value");
    let before_states = goal_states(&page);

    page.click("#scenario-kiezen");
    page.wait_for("#scenario-kiezer[open]");
    let broken = "format_version = 1\nid = \"kapot\"\nweeks = 52\n\n[title]\nnl = \"Kapot\"\nen = \"Broken\"\n\n[market]\ncompetitor_strength = 1.5\n";
    choose_file(&page, "kapot.toml", broken);
    page.wait_for("#import-fout");
    let error = page.text("#import-fout");
    assert!(error.contains("kapot.toml"), "{error}");
    assert!(error.contains("regel 10"), "names the line: {error}");
    assert!(
        error.contains("market.competitor_strength"),
        "names the field: {error}"
    );
    assert!(
        error.contains("1.5") && error.contains("tussen 0 en 1"),
        "{error}"
    );
    settle();
    page.screenshot("scenario-import-error");

    // Nothing changed: same lesson, same week, same lever, same figures, same goals.
    assert!(
        page.exists("#scenario-kiezer[open]"),
        "the picker stays open to try again"
    );
    page.click("#scenario-kiezer .modal-close");
    page.wait_until("picker closed", |p| !p.exists("#scenario-kiezer"));
    assert_eq!(page.text("#scenario-naam"), "Klachtenstorm");
    assert_eq!(week(&page), 2);
    assert_eq!(
        page.prop("#hendel-aftersales", "value").as_deref(),
        Some("70")
    );
    assert_eq!(page.attr("#kengetal-nps", "data-value"), before_nps);
    assert_eq!(goal_states(&page), before_states);
    page.assert_clean_console();
}

#[test]
fn an_exported_setup_opens_again_with_its_levers_as_start_policy() {
    let page = Page::open();
    choose(&page, "loyalty-programme");
    page.click("#les-starten");
    page.set_value("#hendel-loyalty_structural", "65");
    // Catch the file the export offers for download.
    page.eval(
        "const original = URL.createObjectURL;
         URL.createObjectURL = blob => {
             blob.text().then(text => { window.exported = text; });
             return original.call(URL, blob);
         };",
    );
    page.click("#scenario-kiezen");
    page.wait_for("#scenario-kiezer[open]");
    page.click("#scenario-exporteren");
    page.wait_until_js("typeof window.exported === 'string'");
    let exported = page.eval("return window.exported;");
    let text = exported.as_str().expect("exported text");
    assert!(
        text.contains("format_version = 1"),
        "a lesson without events keeps format version 1"
    );
    assert!(text.contains("id = \"loyalty-programme\""));
    assert!(
        text.contains("loyalty_structural = 0.65"),
        "current lever is the start policy"
    );

    let own = text.replace("id = \"loyalty-programme\"", "id = \"my-loyalty\"");
    choose_file(&page, "my-loyalty.toml", &own);
    page.wait_for("#scenario-intro[open]");
    page.click("#les-starten");
    assert_eq!(week(&page), 0);
    assert_eq!(
        page.prop("#hendel-loyalty_structural", "value").as_deref(),
        Some("65")
    );
    assert_eq!(
        page.prop("#hendel-price", "disabled").as_deref(),
        Some("true")
    );
    page.click("#scenario-kiezen");
    page.wait_for("#scenario-kiezer[open]");
    assert!(
        page.text(".scenario-card.current")
            .contains("eigen bestand")
    );
    page.assert_clean_console();
}

#[test]
fn the_end_of_a_lesson_shows_the_result_and_the_debrief() {
    let page = Page::open();
    choose(&page, "overpromising");
    page.click("#les-starten");
    page.set_value("#hendel-promise", "35");
    page.click("[data-speed=max]");
    page.click("[data-action=play]");
    page.wait_for("#resultaat[open]");
    assert_eq!(week(&page), 104);
    let summary = "#resultaat .results-summary";
    assert_eq!(
        page.attr(summary, "data-met").as_deref(),
        Some("2"),
        "{}",
        page.text(summary)
    );
    assert_eq!(page.attr(summary, "data-total").as_deref(), Some("2"));
    assert_eq!(page.count("#resultaat [data-figure]"), 7);
    assert!(page.count("#resultaat .debrief li") >= 3);
    assert!(page.text("#resultaat .debrief").contains("belofte"));
    settle();
    page.screenshot("scenario-result");
    page.click("#resultaat .button-primary");
    page.wait_until("result closed", |p| !p.exists("#resultaat"));
    assert_eq!(
        page.attr("[data-assignment=honest-growth]", "data-status")
            .as_deref(),
        Some("met")
    );
    page.assert_clean_console();
}

#[test]
fn playing_a_lesson_with_its_start_policy_ends_with_goals_missed() {
    let page = Page::builder().window_size(1920, 1080).open();
    choose(&page, "word-of-mouth");
    page.click("#les-starten");
    page.click("[data-speed=fast]");
    page.click("[data-action=play]");
    page.wait_until("week 30", |p| week(p) >= 30);
    let states = goal_states(&page);
    assert!(
        states.iter().all(|s| s != "met"),
        "nothing is met while the start policy runs: {states:?}"
    );
    settle();
    page.screenshot("scenario-playing-1920");
    page.click("[data-speed=max]");
    page.wait_for("#resultaat[open]");
    let summary = "#resultaat .results-summary";
    assert_eq!(page.attr(summary, "data-met").as_deref(), Some("0"));
    assert!(page.text(summary).contains("0 van de 2"));
    // The count is part of the button's own text (visually hidden on narrow screens).
    let label = page.text("#opdrachten-knop");
    assert!(label.contains("0 van 2 gehaald"), "{label}");
    settle();
    page.screenshot("scenario-result-missed-1920");
    page.assert_clean_console();
}

#[test]
fn an_event_stops_time_tells_what_happened_and_shades_the_charts() {
    let page = Page::open();
    choose(&page, "delivery-crisis");
    page.click("#les-starten");
    page.wait_for_text("#scenario-naam", "Crisis in de webwinkel");
    assert!(!page.exists("#gebeurtenis"), "no event before week 16");
    assert_eq!(
        page.eval("return document.querySelector('.market-size').hidden;"),
        Value::Bool(true),
        "a lesson with goals keeps its own market size"
    );
    page.click("[data-speed=max]");
    page.click("button[data-action=play]");
    page.wait_until("time to stop by itself", |p| !ui::playing(p));
    assert_eq!(week(&page), 16, "time stops in the event's first week");
    page.wait_for("#gebeurtenis");
    let notice = page.text("#gebeurtenis");
    assert!(notice.contains("Leveringsprobleem"), "{notice}");
    assert!(notice.contains("week 16 t/m 27"), "{notice}");
    assert!(
        notice.contains("magazijn"),
        "the lesson's own words: {notice}"
    );
    let phases = page.wait_for_drawn_canvas("#grafiek-fasen");
    assert!(phases.is_drawn());
    page.screenshot("event-delivery-problem");

    page.click("#gebeurtenis .notice-close");
    page.wait_until("the notice to close", |p| !p.exists("#gebeurtenis"));
    // At 1x the event goes on while time runs, without its notice.
    page.click("[data-speed=normal]");
    page.click("button[data-action=play]");
    page.wait_until("week 17", |p| week(p) >= 17);
    assert!(ui::playing(&page));
    assert!(!page.exists("#gebeurtenis"), "no notice while time runs");
    page.click("[data-speed=max]");
    page.wait_until("time to stop at the next event", |p| !ui::playing(p));
    assert_eq!(week(&page), 44);
    page.wait_for_text("#gebeurtenis", "Prijzenoorlog");
    page.assert_clean_console();
}
