//! Issue 10, part 1: "Volg een klant". Pick a person (button or a phase of the cycle diagram) and the
//! panel follows them week by week; what it shows is the model's own account of that person,
//! checked here against the same run replayed natively.

mod ui;

use e2e::Page;
use model::{LeavingReason, Run, Scenario};
use ui::{pause, step_weeks, wait_for_week, week};

const SEED: u64 = 777;

fn followed_index(page: &Page) -> usize {
    page.attr("#volg-klant", "data-index")
        .and_then(|v| v.parse().ok())
        .expect("someone is followed")
}

fn followed_phase(page: &Page) -> String {
    page.attr("#volg-klant", "data-phase")
        .expect("the panel names the phase")
}

/// The number in a figure of the panel ("12", "€ 1.234" → 1234).
fn panel_figure(page: &Page, key: &str) -> f64 {
    let text = page.text(&format!("[data-figure={key}] dd"));
    let digits: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ',')
        .collect();
    digits
        .replace(',', ".")
        .parse()
        .unwrap_or_else(|_| panic!("figure {key} is not a number: {text:?}"))
}

/// Whether the element takes up room on the page.
fn shown(page: &Page, selector: &str) -> bool {
    page.eval_with(
        "const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0;",
        vec![selector.into()],
    )
    .as_bool()
    .unwrap_or(false)
}

fn reason_key(reason: LeavingReason) -> String {
    format!("{reason:?}")
}

#[test]
fn a_followed_customer_is_the_model_s_own_person_week_by_week() {
    let page = Page::builder().path(&format!("/?seed={SEED}")).open();
    step_weeks(&page, 8);

    // The button: the chart column turns into the follow panel, with a way to pick someone.
    page.click("#toon-volgen");
    page.wait_for("#volg-knop");
    assert_eq!(
        page.attr("#toon-volgen", "aria-pressed").as_deref(),
        Some("true")
    );
    assert!(
        !shown(&page, "#grafiek-fasen"),
        "the panel takes the charts' place"
    );
    page.click("#volg-knop");
    page.wait_for("#volg-wie");
    let index = followed_index(&page);
    let phase = followed_phase(&page);
    let customer_phases = ["new_customer", "loyal_customer", "ambassador"];
    assert!(customer_phases.contains(&phase.as_str()), "{phase}");
    // The diagram marks the circle they are in, and only that one.
    assert_eq!(page.count(".follow-marker"), 1);
    assert!(page.exists(&format!(".phase[data-phase={phase}] .follow-marker")));
    page.wait_for_drawn_canvas("#grafiek-klant");
    page.screenshot("follow-customer");

    // They stay followed while time runs, pauses and steps.
    page.click("[data-action=play]");
    wait_for_week(&page, 30);
    pause(&page);
    step_weeks(&page, 2);
    let now = week(&page);
    page.wait_until("the panel is at the week on screen", |p| {
        p.attr("#volg-klant", "data-week").as_deref() == Some(now.to_string().as_str())
    });
    assert_eq!(followed_index(&page), index, "the same person all along");

    // What the panel says is what the model says of this person in this run.
    let run = Run::new(Scenario::free_play(), SEED);
    let native = run.followed(index, now).unwrap();
    let latest = native.latest();
    assert_eq!(followed_phase(&page), latest.phase.key());
    assert_eq!(panel_figure(&page, "orders") as usize, native.orders());
    let value = panel_figure(&page, "value");
    assert!(
        (value - native.value_eur().round()).abs() <= 1.0,
        "value to date {value} vs {}",
        native.value_eur()
    );
    let listed = page.count(".follow-changes li[data-to]");
    assert_eq!(listed, native.changes().len().min(6));
    if let Some(last) = native.changes().last() {
        let shown = page.attr(".follow-changes li[data-to]", "data-week");
        assert_eq!(shown, Some(last.week.to_string()), "newest change first");
    }
    if latest.phase.is_customer() {
        let kind = page.text("[data-figure=type] dd");
        assert!(kind.ends_with("klant"), "the customer's type: {kind}");
        let answer = page.text("[data-figure=nps] dd");
        let expected = latest.nps_answer.unwrap().to_string();
        assert!(answer.starts_with(&expected), "{answer} vs {expected}");
        assert!(page.exists(&format!(
            ".phase[data-phase={}] .follow-marker",
            latest.phase.key()
        )));
    }

    // A programme switched on while paused shows at once for a customer.
    if latest.phase.is_customer() {
        assert!(
            !page.exists(".follow-programmes li"),
            "every programme starts off"
        );
        ui::set_lever(&page, "loyalty_social", 60);
        page.wait_for(".follow-programmes li[data-lever=loyalty_social]");
    }

    // Back to the charts, and the person is still followed (the marker stays).
    page.click("#toon-grafieken");
    page.wait_until("the charts are back", |p| shown(p, "#grafiek-fasen"));
    page.wait_for_drawn_canvas("#grafiek-fasen");
    assert_eq!(page.count(".follow-marker"), 1);
    page.click("#toon-volgen");
    page.wait_for("#volg-wie");
    assert_eq!(followed_index(&page), index);
    page.click("#volg-stop");
    page.wait_for("#volg-knop");
    assert_eq!(page.count(".follow-marker"), 0);
    page.assert_clean_console();
}

#[test]
fn a_click_on_a_phase_follows_someone_there_and_a_leaver_says_why() {
    let page = Page::builder().path(&format!("/?seed={SEED}")).open();
    step_weeks(&page, 4);
    page.click(".phase[data-phase=prospect] .phase-disc");
    page.wait_for("#volg-wie");
    assert_eq!(followed_phase(&page), "prospect");
    let first = followed_index(&page);
    page.click("#volg-ander");
    page.wait_until("someone else is followed", |p| followed_index(p) != first);
    assert_eq!(
        followed_phase(&page),
        "prospect",
        "someone else in the same phase"
    );

    // Run long enough for customers to leave, then follow former customers until one left
    // during the run: the panel gives the reason the model gives.
    page.click("[data-speed=max]");
    page.click("[data-action=play]");
    wait_for_week(&page, 60);
    pause(&page);
    let now = week(&page);
    page.click(".phase[data-phase=former_customer] .phase-disc");
    page.wait_for("#volg-wie");
    let run = Run::new(Scenario::free_play(), SEED);
    let mut seen = None;
    for _ in 0..40 {
        assert_eq!(followed_phase(&page), "former_customer");
        let index = followed_index(&page);
        let native = run.followed(index, now).unwrap();
        match native.last_leaving() {
            Some(change) => {
                page.wait_for(".follow-leaving");
                let leaving = change.leaving.unwrap();
                assert_eq!(
                    page.attr(".follow-leaving", "data-reason"),
                    Some(reason_key(leaving.reason))
                );
                assert!(
                    page.text(".follow-leaving h3")
                        .contains(&change.week.to_string())
                );
                assert!(!page.text(".follow-reason").is_empty());
                seen = Some(leaving.reason);
                break;
            }
            None => {
                // Left before the run began: no departure to explain.
                assert!(!page.exists(".follow-leaving"));
                page.click("#volg-ander");
                page.wait_until("someone else is followed", |p| followed_index(p) != index);
            }
        }
    }
    let reason = seen.expect("one of 40 former customers left during the run");
    page.click(".follow-drivers summary");
    page.wait_until("the factors show", |p| shown(p, ".follow-drivers ul"));
    assert_eq!(page.count(".follow-drivers li"), 7);
    page.screenshot("follow-leaver");
    eprintln!("followed a leaver: {reason:?}");
    page.assert_clean_console();
}

#[test]
fn in_projector_mode_the_panel_fits_and_the_report_still_pictures_every_chart() {
    let page = Page::builder()
        .path(&format!("/?seed={SEED}&beamer=1"))
        .window_size(1280, 720)
        .open();
    step_weeks(&page, 6);
    page.click(".phase[data-phase=loyal_customer] .phase-disc");
    page.wait_for("#volg-wie");
    assert_eq!(followed_phase(&page), "loyal_customer");
    page.wait_for_drawn_canvas("#grafiek-klant");
    let scroll = page.eval(
        "const e = document.documentElement; return [e.scrollWidth - e.clientWidth, e.scrollHeight - e.clientHeight];",
    );
    assert_eq!(
        scroll,
        serde_json::json!([0, 0]),
        "the page does not scroll"
    );
    let smallest = page.eval(
        "let min = 1e9; for (const e of document.querySelectorAll('#volg-klant *')) {
           if (e.children.length === 0 && e.textContent.trim() && e.getClientRects().length) {
             min = Math.min(min, parseFloat(getComputedStyle(e).fontSize));
           }
         } return min;",
    );
    assert!(
        smallest.as_f64().unwrap() >= 20.0,
        "projector text in the panel is at least 20 px: {smallest}"
    );
    page.screenshot("follow-projector");

    // The report pictures the charts, which the panel hides, all the same.
    page.click("#bewaren-knop");
    page.wait_for("#bewaren[open]");
    page.click("#verslag-knop");
    page.wait_for("#verslag");
    page.wait_until("all five charts pictured", |p| {
        p.count("#verslag .report-chart img") == 5
    });
    page.assert_clean_console();
}

#[test]
fn in_the_buying_centre_lesson_a_followed_company_shows_its_users_and_its_buyer() {
    let page = Page::builder().path(&format!("/?seed={SEED}")).open();
    ui::start_lesson(&page, "buying-centre");
    page.wait_for_text("#scenario-naam", "inkoper");
    // Time stops at the breakdowns in week 6; close the notice and go on by steps.
    page.click("[data-speed=max]");
    page.click("button[data-action=play]");
    page.wait_until("time to stop at the event", |p| !ui::playing(p));
    assert_eq!(week(&page), 6);
    page.wait_for_text("#gebeurtenis", "automaten");
    page.click("#gebeurtenis .notice-close");
    step_weeks(&page, 4);
    let now = week(&page);

    page.click("#opdrachten .panel-close");
    page.click("#toon-volgen");
    page.wait_for("#volg-knop");
    page.click("#volg-knop");
    page.wait_for("#volg-wie");
    let index = followed_index(&page);
    page.wait_until("the panel is at the week on screen", |p| {
        p.attr("#volg-klant", "data-week").as_deref() == Some(now.to_string().as_str())
    });
    let run = Run::new(
        model::catalog::bundled_by_id("buying-centre")
            .unwrap()
            .clone(),
        SEED,
    );
    let native = run.followed(index, now).unwrap();
    let latest = native.latest();
    assert!(latest.phase.is_customer(), "the button picks a customer");
    let (users, judged) = (latest.performance.unwrap(), latest.buyer_judged.unwrap());
    let line = page.text(".follow-experience");
    let one = |v: f64| format!("{v:.1}").replace('.', ",");
    assert!(
        line.contains(&format!("Gebruikers ervoeren {}", one(users)))
            && line.contains(&format!("inkoper oordeelt {}", one(judged))),
        "the model's two figures for this company: {line}"
    );
    assert!(
        page.text("#volg-wie").contains("akelijk"),
        "a business: {}",
        page.text("#volg-wie")
    );
    page.screenshot("follow-buying-centre");
    page.assert_clean_console();
}
