//! Issue 13, item 1: treatment per tier, live. The stage's view "Behandeling" has a row per tier
//! with its service, binding and contact channel; the choice is a policy change like any lever's (replayed natively
//! to the same figures, kept by the share link), its channel cost shows per tier, and lessons that
//! do not teach it do not show it.

mod ui;

use e2e::Page;
use model::{Channel, PolicyChange, Run, Scenario, Setting, Tier};
use ui::{step_weeks, week};

fn show_treatment(page: &Page) {
    page.click("#toon-piramide");
    page.click("#toon-behandeling");
    page.wait_for("#behandeling");
}

fn contact_costs(page: &Page, tier: &str) -> f64 {
    page.attr(
        &format!("[data-treatment-tier={tier}] .treatment-cost"),
        "data-contact-costs",
    )
    .and_then(|v| v.parse().ok())
    .unwrap_or_else(|| panic!("the {tier} row shows no channel cost"))
}

#[test]
fn a_tier_gets_its_own_channel_and_the_run_keeps_and_replays_it() {
    const SEED: u64 = 91;
    let page = Page::builder()
        .path(&format!("/?seed={SEED}&populatie=3000"))
        .open();
    show_treatment(&page);
    assert_eq!(
        page.count("#behandeling select"),
        12,
        "three choices for each of four tiers"
    );
    assert_eq!(
        page.attr("[data-setting='channel.small']", "aria-label")
            .as_deref(),
        Some("Contactkanaal voor kleine klanten")
    );
    assert_eq!(
        page.prop("[data-setting='service.top']", "value")
            .as_deref(),
        Some("1")
    );
    assert_eq!(
        contact_costs(&page, "small"),
        0.0,
        "the helpdesk is the reference"
    );

    step_weeks(&page, 3);
    let manager = f64::from(Channel::AccountManager.code());
    page.set_value("[data-setting='channel.small']", &manager.to_string());
    page.set_value("[data-setting='service.top']", "1.5");
    step_weeks(&page, 5);
    assert_eq!(week(&page), 8);
    let small = contact_costs(&page, "small");
    assert!(
        small > 0.0,
        "an account manager costs more than the helpdesk: {small}"
    );
    assert_eq!(contact_costs(&page, "top"), 0.0);
    page.screenshot("behandeling");

    // The same run natively: the page's channel cost is the model's, to the cent.
    let mut scenario = Scenario::free_play();
    scenario.market.population = 3000;
    let run = Run {
        timeline: vec![
            PolicyChange {
                week: 3,
                setting: Setting::Channel(Tier::Small),
                value: manager,
            },
            PolicyChange {
                week: 3,
                setting: Setting::Service(Tier::Top),
                value: 1.5,
            },
        ],
        ..Run::new(scenario, SEED)
    };
    let native = run.replay(8);
    assert_eq!(
        format!("{:.2}", native[8].pyramid[3].contact_costs_eur),
        format!("{small:.2}")
    );
    assert_eq!(
        page.attr("#kengetal-winst", "data-value"),
        Some(format!("{:.4}", native[8].profit)),
        "the week's profit, channel and service costs included"
    );

    // The share link carries the choices: a fresh browser shows them and the same figures.
    page.click("#bewaren-knop");
    page.wait_for("#bewaren[open]");
    let link = page.prop("#deel-link", "value").unwrap_or_default();
    let path = link
        .strip_prefix(&page.origin())
        .unwrap_or_default()
        .to_string();
    let profit = page.attr("#kengetal-winst", "data-value");
    page.assert_clean_console();
    // One browser at a time: this one closes before the next opens.
    drop(page);
    let again = Page::builder().path(&path).open();
    again.wait_for("[data-melding=link-geopend]");
    assert_eq!(again.attr("#kengetal-winst", "data-value"), profit);
    show_treatment(&again);
    assert_eq!(
        again
            .prop("[data-setting='channel.small']", "value")
            .as_deref(),
        Some(manager.to_string().as_str())
    );
    assert_eq!(
        again
            .prop("[data-setting='service.top']", "value")
            .as_deref(),
        Some("1.5")
    );
    again.assert_clean_console();
}

#[test]
fn a_lesson_that_does_not_teach_treatment_per_tier_does_not_offer_it() {
    let page = Page::open();
    // Free play offers it; open the view, then start a lesson that does not.
    show_treatment(&page);
    ui::start_lesson(&page, "customer-pyramid");
    page.wait_for("#piramide");
    assert_eq!(
        page.attr("#toon-piramide", "aria-pressed").as_deref(),
        Some("true"),
        "the switch says what is shown: the pyramid"
    );
    assert!(
        !page.exists("#toon-behandeling") && !page.exists("#behandeling"),
        "this lesson is about the levers alone"
    );
    page.assert_clean_console();
}

#[test]
fn the_lesson_unprofitable_customers_offers_the_view_and_starts_with_account_managers() {
    let page = Page::open();
    ui::start_lesson(&page, "unprofitable-customers");
    show_treatment(&page);
    let manager = f64::from(Channel::AccountManager.code()).to_string();
    for tier in ["top", "large", "medium", "small"] {
        assert_eq!(
            page.prop(&format!("[data-setting='channel.{tier}']"), "value"),
            Some(manager.clone()),
            "{tier} starts with an account manager"
        );
    }
    step_weeks(&page, 2);
    assert!(contact_costs(&page, "small") > 0.0);
    page.screenshot("behandeling-les");
    page.assert_clean_console();
}

#[test]
fn the_view_speaks_english_when_asked_and_fits_the_projector() {
    let page = Page::builder().path("/?lang=en").open();
    show_treatment(&page);
    assert!(
        page.text("#behandeling-titel")
            .contains("Treatment per tier")
    );
    assert_eq!(
        page.attr("[data-setting='binding.top']", "aria-label")
            .as_deref(),
        Some("Binding for top customers")
    );
    assert!(
        page.text("[data-setting='channel.top']")
            .contains("Account manager")
    );
    page.screenshot("treatment-en");
    drop(page);
    // On the projector free play leaves the third view out (it would not fit beside the
    // diagram's title); the lesson that teaches it keeps it, without a sideways scroll bar.
    let page = Page::builder()
        .window_size(1280, 720)
        .path("/?beamer=1")
        .open();
    page.click("#toon-piramide");
    page.wait_for("#piramide");
    assert!(
        !page
            .eval("return document.querySelector('#toon-behandeling').getClientRects().length > 0;")
            .as_bool()
            .unwrap_or(true),
        "free play on the projector shows no third view"
    );
    ui::start_lesson(&page, "unprofitable-customers");
    show_treatment(&page);
    page.click("#opdrachten .panel-close");
    let overflow = page.eval(
        "const c = document.querySelector('#behandeling'); return c.scrollWidth - c.clientWidth;",
    );
    assert!(
        overflow.as_f64().unwrap_or(1.0) <= 1.0,
        "the treatment card scrolls sideways on the projector: {overflow}"
    );
    page.screenshot("behandeling-beamer");
}

#[test]
fn the_lesson_choosing_channels_starts_with_email_and_an_account_manager_costs_at_the_top() {
    let page = Page::open();
    ui::start_lesson(&page, "choosing-channels");
    page.wait_for_text("#scenario-naam", "Kanalen kiezen");
    page.click("#opdrachten .panel-close");
    show_treatment(&page);
    let email = f64::from(Channel::Email.code()).to_string();
    for tier in ["top", "large", "medium", "small"] {
        assert_eq!(
            page.prop(&format!("[data-setting='channel.{tier}']"), "value"),
            Some(email.clone()),
            "{tier} starts with e-mail and web"
        );
    }
    step_weeks(&page, 1);
    // E-mail is cheaper than the helpdesk the levers already pay for: a saving.
    assert!(contact_costs(&page, "top") < 0.0);
    let manager = f64::from(Channel::AccountManager.code()).to_string();
    page.set_value("[data-setting='channel.top']", &manager);
    step_weeks(&page, 1);
    assert!(
        contact_costs(&page, "top") > 0.0,
        "an account manager costs more than the helpdesk"
    );
    assert!(
        contact_costs(&page, "small") < 0.0,
        "the other tiers keep e-mail"
    );
    page.screenshot("kanalen-kiezen");
    page.assert_clean_console();
}
