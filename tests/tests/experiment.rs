//! Issue 4: cause and effect on the page. With the same seed, promising more than the product
//! delivers ends in lower satisfaction than the baseline: expectations management.

mod ui;

use e2e::Page;
use ui::{figure, set_lever, shown_figure, step_weeks, visible_state, week};

/// Satisfaction after 26 weeks, exact and as shown, for a page that starts at `path`, after
/// `prepare` has set the levers at week 0.
fn satisfaction_after_26_weeks(path: &str, prepare: impl Fn(&Page)) -> (f64, f64) {
    let page = Page::builder().path(path).open();
    prepare(&page);
    step_weeks(&page, 26);
    assert_eq!(week(&page), 26);
    page.assert_clean_console();
    (
        figure(&page, "tevredenheid"),
        shown_figure(&page, "tevredenheid"),
    )
}

fn lever(page: &Page, key: &str) -> f64 {
    page.attr(&format!("#hendel-{key}"), "data-value")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("lever {key} shows no value"))
}

#[test]
fn promising_more_than_quality_delivers_lowers_satisfaction() {
    let (baseline, baseline_shown) = satisfaction_after_26_weeks("/?seed=11", |page| {
        assert!(
            lever(page, "promise") <= lever(page, "quality"),
            "baseline keeps its promise"
        );
    });
    let (overpromised, overpromised_shown) = satisfaction_after_26_weeks("/?seed=11", |page| {
        set_lever(page, "promise", 100);
        assert!(
            lever(page, "promise") > lever(page, "quality"),
            "promise now above quality"
        );
        assert!(
            page.text("[data-lever=promise] .lever-value")
                .contains("overdreven")
        );
    });
    assert!(
        overpromised < baseline,
        "satisfaction after 26 weeks: {overpromised} with overpromising vs {baseline} baseline"
    );
    assert!(
        overpromised_shown <= baseline_shown,
        "the page shows {overpromised_shown} vs {baseline_shown}"
    );
}

#[test]
fn the_same_seed_gives_the_same_run_and_another_seed_another() {
    let run = |path: &str| {
        let page = Page::builder().path(path).open();
        step_weeks(&page, 10);
        visible_state(&page)
    };
    let first = run("/?seed=5");
    assert_eq!(
        run("/?seed=5"),
        first,
        "same seed, same weeks, same figures"
    );
    assert_ne!(run("/?seed=6"), first, "another seed is another market");
}

#[test]
fn a_bad_link_value_is_explained_in_dutch_and_ignored() {
    let page = Page::builder().path("/?seed=abc&populatie=500").open();
    page.wait_for("#linkmelding");
    let message = page.text("#linkmelding");
    assert!(message.contains("seed=abc"), "{message}");
    assert!(message.contains("genegeerd"), "{message}");
    assert_eq!(
        page.attr("#prestaties", "data-population").as_deref(),
        Some("500")
    );
    page.click("#linkmelding .notice-close");
    assert!(!page.exists("#linkmelding"));
    page.assert_clean_console();
}
