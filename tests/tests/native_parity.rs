//! A run is (scenario, seed, policy timeline): the browser (wasm) must give bit-for-bit the same
//! figures as the native model for the same three. This replays, natively, what the test does on
//! the page and compares every key figure the page carries, to the last printed decimal.

mod ui;

use e2e::Page;
use model::{Lever, PolicyChange, Run, Scenario, Snapshot};
use ui::{set_lever, step_weeks, week};

/// The key figures as the page carries them in `data-value` (see src/figures/key_figures.rs).
fn native_figures(snapshot: &Snapshot) -> Vec<(&'static str, String)> {
    vec![
        ("nps", format!("{:.4}", snapshot.nps)),
        ("tevredenheid", format!("{:.4}", snapshot.satisfaction)),
        ("clv", format!("{:.4}", snapshot.clv_wxa_net)),
        (
            "klantbehoud",
            format!("{:.4}", snapshot.retention_rate * 100.0),
        ),
        ("winst", format!("{:.4}", snapshot.profit)),
    ]
}

fn page_figures(page: &Page) -> Vec<(&'static str, String)> {
    ["nps", "tevredenheid", "clv", "klantbehoud", "winst"]
        .into_iter()
        .map(|name| {
            let value = page
                .attr(&format!("#kengetal-{name}"), "data-value")
                .unwrap_or_else(|| panic!("key figure {name} carries no data-value"));
            (name, value)
        })
        .collect()
}

/// A slider position (0..=100) as the app turns it into a lever value.
fn lever_value(position: u32) -> f64 {
    f64::from(position) / 100.0
}

#[test]
fn the_browser_run_equals_the_native_run_for_the_same_seed_and_timeline() {
    const SEED: u64 = 4242;
    let page = Page::builder().path(&format!("/?seed={SEED}")).open();

    step_weeks(&page, 10);
    set_lever(&page, "promise", 90);
    set_lever(&page, "aftersales", 80);
    step_weeks(&page, 16);
    set_lever(&page, "loyalty_structural", 35);
    step_weeks(&page, 26);
    assert_eq!(week(&page), 52);
    page.assert_clean_console();

    let timeline = vec![
        PolicyChange {
            week: 10,
            setting: Lever::Promise.into(),
            value: lever_value(90),
        },
        PolicyChange {
            week: 10,
            setting: Lever::Aftersales.into(),
            value: lever_value(80),
        },
        PolicyChange {
            week: 26,
            setting: Lever::LoyaltyStructural.into(),
            value: lever_value(35),
        },
    ];
    let run = Run {
        timeline,
        ..Run::new(Scenario::free_play(), SEED)
    };
    let native = run.simulation_at(52);
    let native_snapshot = native.snapshot();
    assert_eq!(native_snapshot.week, 52);

    let population = page.attr("[data-population]", "data-population");
    assert_eq!(
        population.as_deref(),
        Some(native_snapshot.population.to_string().as_str()),
        "market size on the page vs native"
    );
    assert_eq!(
        page_figures(&page),
        native_figures(native_snapshot),
        "wasm and native disagree for seed {SEED} after 52 weeks with three policy changes"
    );
}

#[test]
fn a_million_people_chosen_under_the_cycle_run_as_they_do_natively() {
    const SEED: u64 = 77;
    const PEOPLE: u32 = 1_000_000;
    let page = Page::builder()
        .path(&format!("/?seed={SEED}"))
        .timeout(std::time::Duration::from_secs(60))
        .open();
    assert_eq!(
        page.eval("return document.querySelector('.market-size').hidden;"),
        serde_json::Value::Bool(false),
        "free play shows the market-size choice"
    );
    step_weeks(&page, 2);
    assert_eq!(
        page.prop("#marktgrootte", "disabled").as_deref(),
        Some("true"),
        "a run under way keeps its market"
    );
    page.click("[data-action=reset]");
    page.wait_until("the size to be choosable at week 0", |p| {
        p.prop("#marktgrootte", "disabled").as_deref() == Some("false")
    });
    page.set_value("#marktgrootte", &PEOPLE.to_string());
    page.wait_until("a market of a million", |p| {
        p.attr("[data-population]", "data-population").as_deref() == Some("1000000")
    });
    assert_eq!(week(&page), 0, "another market size is a new run at week 0");
    step_weeks(&page, 10);
    page.assert_clean_console();

    let native = Run::new(
        {
            let mut scenario = Scenario::free_play();
            scenario.market.population = PEOPLE;
            scenario
        },
        SEED,
    )
    .simulation_at(10);
    assert_eq!(native.snapshot().population, PEOPLE);
    assert_eq!(
        page_figures(&page),
        native_figures(native.snapshot()),
        "wasm and native disagree for a million people after 10 weeks (seed {SEED})"
    );
    page.screenshot("market-of-a-million");
}
