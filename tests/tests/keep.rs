//! Keeping a run: the share link rebuilds the exact run in another browser, a reload picks the run
//! up again, session files open (or are refused with field and line), and broken, missing or
//! full storage never breaks the app.

mod ui;

use e2e::Page;
use ui::{figure, set_lever, step_weeks, week};

const FIGURES: [&str; 5] = ["nps", "tevredenheid", "clv", "klantbehoud", "winst"];

/// The exact key figures the page carries (4 decimals), and the week.
fn run_on_screen(page: &Page) -> (u32, Vec<String>) {
    let figures = FIGURES
        .iter()
        .map(|name| {
            page.attr(&format!("#kengetal-{name}"), "data-value")
                .unwrap_or_default()
        })
        .collect();
    (week(page), figures)
}

/// Ten lever changes spread over 40 weeks, as a learner would make them.
fn play_with_ten_changes(page: &Page) {
    let changes = [
        ("promise", 35),
        ("aftersales", 80),
        ("quality", 65),
        ("price", 40),
        ("presales", 70),
        ("sales", 60),
        ("loyalty_social", 30),
        ("acquisition", 75),
        ("loyalty_structural", 20),
        ("loyalty_financial", 10),
    ];
    for (key, position) in changes {
        step_weeks(page, 4);
        set_lever(page, key, position);
    }
    step_weeks(page, 3);
}

fn open_keep_dialog(page: &Page) {
    page.click("#bewaren-knop");
    page.wait_for("#bewaren[open]");
}

fn close_keep_dialog(page: &Page) {
    page.click("#bewaren .modal-close");
    page.wait_until("the dialog to close", |p| !p.exists("#bewaren[open]"));
}

/// The path and query of the share link the dialog offers.
fn share_path(page: &Page) -> String {
    open_keep_dialog(page);
    let link = page.prop("#deel-link", "value").unwrap_or_default();
    close_keep_dialog(page);
    let origin = page.origin();
    link.strip_prefix(&origin)
        .unwrap_or_else(|| panic!("the link {link} is not on this site ({origin})"))
        .to_string()
}

/// What is stored under `key`, unwrapped from the JSON string gloo-storage keeps it in.
fn stored(page: &Page, key: &str) -> Option<String> {
    page.eval_with(
        "const v = localStorage.getItem(arguments[0]);
         try { const s = JSON.parse(v); return typeof s === 'string' ? s : v; } catch (e) { return v; }",
        vec![key.into()],
    )
    .as_str()
    .map(str::to_string)
}

#[test]
fn a_share_link_rebuilds_the_same_run_in_a_fresh_browser() {
    let (path, played) = {
        let page = Page::builder().path("/?seed=77&populatie=3000").open();
        play_with_ten_changes(&page);
        let played = run_on_screen(&page);
        assert_eq!(played.0, 43);

        open_keep_dialog(&page);
        page.click("#deel-knop");
        page.wait_until("the copy to finish", |p| {
            p.attr("#deel-status", "data-status")
                .is_some_and(|s| !s.is_empty())
        });
        // Copied or refused (headless Chromium may refuse): either way the link is there to select.
        let link = page.prop("#deel-link", "value").unwrap_or_default();
        assert!(
            link.len() < 300,
            "a lesson link after 10 changes has {} characters: {link}",
            link.len()
        );
        page.screenshot("keep-dialog");
        close_keep_dialog(&page);
        page.assert_clean_console();
        (share_path(&page), played)
    };

    // Another browser with a fresh profile: nothing stored, only the link.
    let page = Page::builder().path(&path).open();
    page.wait_for("[data-melding=link-geopend]");
    assert_eq!(run_on_screen(&page), played, "the link gave another run");
    assert!(
        !page
            .eval("return location.search;")
            .as_str()
            .unwrap_or_default()
            .contains("sessie="),
        "the code stays in the address bar after opening"
    );
    // The run goes on from there like any run.
    step_weeks(&page, 2);
    assert_eq!(week(&page), 45);
    page.assert_clean_console();
}

#[test]
fn a_reload_continues_the_run_and_start_afresh_starts_over() {
    let page = Page::builder().path("/?populatie=2000").open();
    step_weeks(&page, 6);
    set_lever(&page, "promise", 90);
    step_weeks(&page, 5);
    let before = run_on_screen(&page);
    page.reload();
    page.wait_for("[data-melding=hersteld]");
    assert!(
        page.text("[data-melding=hersteld]")
            .contains("Je vorige sessie is hersteld")
    );
    assert_eq!(run_on_screen(&page), before);
    assert_eq!(
        page.attr("#hendel-promise", "data-value").as_deref(),
        Some("0.90")
    );
    page.screenshot("keep-restored");

    page.click("#nieuw-beginnen");
    page.wait_until("a fresh run", |p| week(p) == 0);
    assert!(!page.exists("[data-melding=hersteld]"));
    page.assert_clean_console();
}

#[test]
fn every_few_weeks_and_every_change_are_stored() {
    let page = Page::builder().path("/?populatie=2000").open();
    step_weeks(&page, 1);
    set_lever(&page, "price", 70);
    let after_change = stored(&page, "klantcyclus.sessie").expect("stored after a change");
    assert!(after_change.contains("lever = \"price\""), "{after_change}");
    step_weeks(&page, 4);
    let later = stored(&page, "klantcyclus.sessie").unwrap();
    assert!(
        later.contains("\nweek = 5\n"),
        "not stored within 4 weeks: {later}"
    );
}

/// Hand a file to the session file input, as if the learner chose it on disk.
fn choose_session_file(page: &Page, name: &str, text: &str) {
    ui::choose_file(page, "#sessie-bestand", name, text);
}

#[test]
fn a_session_file_reopens_the_run_and_a_bad_one_changes_nothing() {
    let page = Page::builder().path("/?populatie=2000").open();
    step_weeks(&page, 8);
    set_lever(&page, "aftersales", 85);
    step_weeks(&page, 4);
    let played = run_on_screen(&page);
    open_keep_dialog(&page);
    page.type_text("#leerling-naam", "Sanne");
    close_keep_dialog(&page);
    let stored_json = stored(&page, "klantcyclus.sessie").unwrap();
    assert!(stored_json.contains("learner = \"Sanne\""), "{stored_json}");

    // Play on, then open the session file made from the kept run: back to week 12.
    step_weeks(&page, 10);
    let file = session_file_from(&stored_json);
    open_keep_dialog(&page);
    let bad = file.replacen("week = 12", "week = \"twaalf\"", 1);
    let line = bad.lines().position(|l| l.starts_with("week = ")).unwrap() + 1;
    choose_session_file(&page, "kapot.klantcyclus", &bad);
    page.wait_for("#sessie-fout");
    let message = page.text("#sessie-fout");
    assert!(
        message.contains(&format!("kapot.klantcyclus: regel {line}, veld `week`")),
        "{message}"
    );
    assert!(message.contains("Er is niets veranderd"), "{message}");
    page.screenshot("keep-bad-file");
    assert_eq!(week(&page), 22, "a bad file changed the run");

    choose_session_file(&page, "sanne.klantcyclus", &file);
    page.wait_for("[data-melding=bestand-geopend]");
    assert_eq!(run_on_screen(&page), played);
    assert!(figure(&page, "nps").is_finite());
    page.assert_clean_console();
}

/// The session file text for a stored session, made by the native model's file adapter.
fn session_file_from(stored_text: &str) -> String {
    let saved = model::saved_run::stored::decode(stored_text).expect("the stored session reads");
    model::saved_run::file::encode(&saved)
}

#[test]
fn a_damaged_or_newer_link_says_so_and_the_app_starts() {
    let page = Page::builder()
        .path("/?sessie=AQAJZnJlZS1wbGF5kapot")
        .open();
    page.wait_for("[data-melding=link-geweigerd]");
    let message = page.text("[data-melding=link-geweigerd]");
    assert!(message.contains("beschadigd"), "{message}");
    assert_eq!(week(&page), 0);
    step_weeks(&page, 4);

    // Version byte 9 with a valid checksum: a link from a newer Klantcyclus.
    let newer = {
        use base64::Engine;
        let mut bytes = vec![9u8, 1, 2, 3];
        bytes.extend(model::saved_run::checksum(&bytes).to_le_bytes());
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    };
    page.goto(&format!("/?sessie={newer}"));
    page.wait_for("[data-melding=link-geweigerd]");
    let message = page.text("[data-melding=link-geweigerd]");
    assert!(message.contains("nieuwere versie"), "{message}");
    // The learner's own run (stored a moment ago) is picked up as if there were no link.
    assert!(page.exists("[data-melding=hersteld]"));
    assert_eq!(week(&page), 4);
    page.assert_clean_console();
}

#[test]
fn corrupted_stored_data_starts_clean_says_so_and_keeps_a_copy() {
    let page = Page::builder()
        .before_load(
            "if (!sessionStorage.getItem('seeded')) {
               sessionStorage.setItem('seeded', '1');
               localStorage.setItem('klantcyclus.sessie', '{\"format\":\"klantcyclus-sessie\",\"vers');
             }",
        )
        .open();
    page.wait_for("[data-melding=onleesbaar]");
    assert_eq!(week(&page), 0);
    let copy = stored(&page, "klantcyclus.sessie.onleesbaar").expect("the bad copy is kept");
    assert!(copy.contains("\"vers"), "{copy}");
    page.screenshot("keep-unreadable");
    step_weeks(&page, 4);
    // Said once: a reload now restores the new, good session.
    page.reload();
    page.wait_for("[data-melding=hersteld]");
    assert!(!page.exists("[data-melding=onleesbaar]"));
    page.assert_clean_console();
}

#[test]
fn foreign_stored_data_is_not_overwritten_unseen() {
    let page = Page::builder()
        .before_load(
            "if (!sessionStorage.getItem('seeded')) {
               sessionStorage.setItem('seeded', '1');
               localStorage.setItem('klantcyclus.sessie', '[\"iets van een andere app\"]');
             }",
        )
        .open();
    page.wait_for("[data-melding=onleesbaar]");
    let copy = stored(&page, "klantcyclus.sessie.onleesbaar").unwrap();
    assert!(copy.contains("andere app"), "{copy}");
    page.assert_clean_console();
}

/// Run a few weeks and change a lever, with whatever storage the page has.
fn still_works(page: &Page) {
    step_weeks(page, 5);
    set_lever(page, "quality", 80);
    step_weeks(page, 5);
    assert_eq!(week(page), 10);
    page.assert_clean_console();
}

#[test]
fn without_storage_the_app_works_and_says_once_that_it_cannot_save() {
    let page = Page::builder()
        .before_load(
            "Object.defineProperty(window, 'localStorage', {
               get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }
             });",
        )
        .open();
    page.wait_for("[data-melding=geen-opslag]");
    still_works(&page);
    assert_eq!(page.count("[data-melding=geen-opslag]"), 1);
    // The share link and the session file still work without storage.
    open_keep_dialog(&page);
    assert!(
        page.prop("#deel-link", "value")
            .unwrap_or_default()
            .contains("?sessie=")
    );
    close_keep_dialog(&page);
    page.assert_clean_console();
}

#[test]
fn a_full_storage_is_said_once_and_nothing_breaks() {
    let page = Page::builder()
        .before_load(
            "Storage.prototype.setItem = function () {
               throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
             };",
        )
        .open();
    page.wait_for("[data-melding=geen-opslag]");
    still_works(&page);
    assert_eq!(page.count("[data-melding=geen-opslag]"), 1);
}

#[test]
fn a_storage_that_throws_on_reading_is_treated_as_none() {
    let page = Page::builder()
        .before_load(
            "Storage.prototype.getItem = function () {
               throw new DOMException('Access denied.', 'SecurityError');
             };",
        )
        .open();
    page.wait_for("[data-melding=geen-opslag]");
    still_works(&page);
}

#[test]
fn oversized_stored_data_starts_clean_and_is_kept() {
    let page = Page::builder()
        .before_load(
            "if (!sessionStorage.getItem('seeded')) {
               sessionStorage.setItem('seeded', '1');
               localStorage.setItem('klantcyclus.sessie',
                 '{\"format\":\"klantcyclus-sessie\",\"learner\":\"' + 'x'.repeat(2100000) + '\"}');
             }",
        )
        .open();
    page.wait_for("[data-melding=onleesbaar]");
    let message = page.text("[data-melding=onleesbaar]");
    assert!(message.contains("te groot"), "{message}");
    assert_eq!(week(&page), 0);
    // Kept aside, or (when the browser has no room for a copy) left where it was, unsaved over.
    let aside = stored(&page, "klantcyclus.sessie.onleesbaar").map_or(0, |c| c.len());
    let original = stored(&page, "klantcyclus.sessie").map_or(0, |c| c.len());
    assert!(
        aside > 2_000_000 || original > 2_000_000,
        "the oversized data is gone (aside {aside}, original {original})"
    );
    still_works(&page);
}

#[test]
fn a_link_carries_an_imported_lesson_inside_it() {
    let lesson = model::catalog::BUNDLED_FILES[1].1.replacen(
        "id = \"overpromising\"",
        "id = \"eigen-les\"",
        1,
    );
    assert!(lesson.contains("id = \"eigen-les\""));
    let (path, played, title) = {
        let page = Page::builder().path("/?populatie=2000").open();
        page.click("#scenario-kiezen");
        page.wait_for("#scenario-kiezer[open]");
        ui::choose_file(&page, "#scenario-bestand", "eigen-les.toml", &lesson);
        page.wait_for("#scenario-intro[open]");
        page.click("#les-starten");
        page.wait_until("the intro to close", |p| !p.exists("#scenario-intro[open]"));
        step_weeks(&page, 5);
        set_lever(&page, "aftersales", 70);
        step_weeks(&page, 5);
        let title = page.text("#scenario-naam");
        let path = share_path(&page);
        assert!(
            path.len() > 500,
            "the lesson is not inside the link: {path}"
        );
        assert!(
            path.len() < 8_000,
            "the lesson is not compressed: {} characters",
            path.len()
        );
        (path, run_on_screen(&page), title)
    };
    let page = Page::builder().path(&path).open();
    page.wait_for("[data-melding=link-geopend]");
    assert_eq!(page.text("#scenario-naam"), title);
    assert_eq!(run_on_screen(&page), played);
    page.assert_clean_console();
}

#[test]
fn a_run_reloaded_right_after_a_lever_change_goes_on_with_that_change() {
    let page = Page::builder().path("/?seed=31&populatie=2000").open();
    step_weeks(&page, 5);
    set_lever(&page, "price", 90);
    page.reload();
    page.wait_for("[data-melding=hersteld]");
    step_weeks(&page, 6);
    // The same run natively: the change at week 5 applies from the step after it.
    let mut scenario = model::Scenario::free_play();
    scenario.market.population = 2000;
    let run = model::Run {
        timeline: vec![model::PolicyChange {
            week: 5,
            setting: model::Lever::Price.into(),
            value: 0.9,
        }],
        ..model::Run::new(scenario, 31)
    };
    let native = run.simulation_at(11);
    let snapshot = native.snapshot();
    assert_eq!(
        run_on_screen(&page),
        (
            11,
            vec![
                format!("{:.4}", snapshot.nps),
                format!("{:.4}", snapshot.satisfaction),
                format!("{:.4}", snapshot.clv_wxa_net),
                format!("{:.4}", snapshot.retention_rate * 100.0),
                format!("{:.4}", snapshot.profit),
            ]
        ),
        "the reopened run lost the change made in the week it was saved"
    );
    page.assert_clean_console();
}
