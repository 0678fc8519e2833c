//! Issue 9, part 2: "Wat als?" — fork the run at the current week and compare A (as played) with
//! B (the learner's changes), both on the same random numbers.

mod ui;

use e2e::Page;
use ui::{figure, set_lever, step_weeks};

const FIGURES: [&str; 5] = ["nps", "tevredenheid", "clv", "klantbehoud", "winst"];

/// The value of key figure `name` in run `run` ("a" or "b") while comparing.
fn run_figure(page: &Page, name: &str, run: &str) -> f64 {
    page.attr(&format!("#kengetal-{name} [data-run={run}]"), "data-value")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("#kengetal-{name} shows no value for run {run}"))
}

fn difference(page: &Page, name: &str) -> f64 {
    page.attr(
        &format!("#kengetal-{name} .figure-difference"),
        "data-difference",
    )
    .and_then(|v| v.parse().ok())
    .unwrap_or_else(|| panic!("#kengetal-{name} shows no difference"))
}

fn comparing(page: &Page) -> bool {
    page.exists("#wat-als-balk")
}

/// The legend of the chart whose canvas is `canvas`: each entry's text and whether its swatch is
/// dashed.
fn legend(page: &Page, canvas: &str) -> Vec<(String, bool)> {
    let entries = page.eval_with(
        "const items = document.getElementById(arguments[0]).closest('figure').querySelectorAll('.legend li');
         return [...items].map(li => [li.innerText.trim(), li.querySelector('.swatch').classList.contains('dashed')]);",
        vec![canvas.into()],
    );
    entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e[0].as_str().unwrap().to_string(), e[1].as_bool().unwrap()))
        .collect()
}

#[test]
fn a_fork_without_changes_keeps_a_and_b_identical() {
    let page = Page::open();
    step_weeks(&page, 8);
    page.click("#wat-als");
    page.wait_for("#wat-als-balk");
    assert_eq!(
        page.attr("#wat-als-balk", "data-fork-week").as_deref(),
        Some("8")
    );
    assert!(page.text("#wat-als-balk").contains("vanaf week 8"));
    step_weeks(&page, 12);
    for name in FIGURES {
        let (a, b) = (run_figure(&page, name, "a"), run_figure(&page, name, "b"));
        assert_eq!(a, b, "{name}: A {a} and B {b} differ without any change");
        assert_eq!(difference(&page, name), 0.0);
    }
    for id in ui::CHART_IDS {
        let entries = legend(&page, id);
        let key = &entries[entries.len().saturating_sub(3)..];
        assert_eq!(
            key,
            [
                ("A".to_string(), false),
                ("B".to_string(), true),
                ("Splitsing".to_string(), false)
            ],
            "{id} legend while comparing: {entries:?}"
        );
        assert!(page.wait_for_drawn_canvas(&format!("#{id}")).is_drawn());
    }
    // Keyboard focus went to the way out of the comparison, and comes back to the button.
    assert_eq!(
        page.eval("return document.activeElement.id;").as_str(),
        Some("houd-b")
    );
    assert!(page.text("#wat-als-melding").contains("vanaf week 8"));
    page.click("#houd-b");
    page.wait_until("the strip goes", |p| !comparing(p));
    page.wait_until("focus back on Wat als?", |p| {
        p.eval("return document.activeElement.id;").as_str() == Some("wat-als")
    });
    let normal = legend(&page, "grafiek-nps");
    assert!(
        normal.iter().all(|(label, _)| label != "A" && label != "B"),
        "{normal:?}"
    );
    page.assert_clean_console();
}

#[test]
fn b_follows_the_levers_while_a_goes_on_as_if_never_forked() {
    // The same seed and policy without a fork: what A must show.
    let never_forked = Page::open();
    step_weeks(&never_forked, 30);
    let expected: Vec<f64> = FIGURES.iter().map(|n| figure(&never_forked, n)).collect();
    drop(never_forked);

    let page = Page::open();
    step_weeks(&page, 10);
    page.click("#wat-als");
    page.wait_for("#wat-als-balk");
    set_lever(&page, "aftersales", 90);
    set_lever(&page, "promise", 95);
    step_weeks(&page, 20);
    for (name, expected) in FIGURES.iter().zip(&expected) {
        let a = run_figure(&page, name, "a");
        assert!(
            (a - expected).abs() < 1e-3,
            "{name}: A {a}, never forked {expected}"
        );
    }
    let (a, b) = (
        run_figure(&page, "winst", "a"),
        run_figure(&page, "winst", "b"),
    );
    assert_ne!(a, b, "B's levers change B");
    assert!((difference(&page, "winst") - (b - a)).abs() < 1e-2);
    // The card's own value is B's: the run the levers steer.
    assert!((figure(&page, "winst") - b).abs() < 1e-3);
    page.screenshot("wat-als-1280x720");
    page.assert_clean_console();
}

#[test]
fn the_comparison_ends_with_a_or_with_b_and_a_reset_ends_it_too() {
    let page = Page::open();
    step_weeks(&page, 6);
    let quality_before = page.prop("#hendel-quality", "value");
    page.click("#wat-als");
    set_lever(&page, "quality", 95);
    step_weeks(&page, 10);
    let a: Vec<f64> = FIGURES.iter().map(|n| run_figure(&page, n, "a")).collect();
    page.click("#houd-a");
    page.wait_until("the strip goes", |p| !comparing(p));
    let kept: Vec<f64> = FIGURES.iter().map(|n| figure(&page, n)).collect();
    assert_eq!(kept, a, "going on with A shows A");
    assert!(!page.exists("#kengetal-nps [data-run]"));
    assert_eq!(
        page.prop("#hendel-quality", "value"),
        quality_before,
        "A's quality lever is back where it was"
    );

    page.click("#wat-als");
    set_lever(&page, "quality", 95);
    step_weeks(&page, 4);
    let b: Vec<f64> = FIGURES.iter().map(|n| run_figure(&page, n, "b")).collect();
    page.click("#houd-b");
    page.wait_until("the strip goes", |p| !comparing(p));
    let kept: Vec<f64> = FIGURES.iter().map(|n| figure(&page, n)).collect();
    assert_eq!(kept, b, "going on with B shows B");
    step_weeks(&page, 1);

    page.click("#wat-als");
    page.wait_for("#wat-als-balk");
    page.click("[data-action=reset]");
    page.wait_until("reset ends the comparison", |p| !comparing(p));
    assert_eq!(ui::week(&page), 0);
    page.assert_clean_console();
}

#[test]
fn a_reload_brings_both_runs_of_a_comparison_back() {
    let page = Page::open();
    step_weeks(&page, 7);
    page.click("#wat-als");
    set_lever(&page, "price", 85);
    step_weeks(&page, 9);
    let a: Vec<f64> = FIGURES.iter().map(|n| run_figure(&page, n, "a")).collect();
    let b: Vec<f64> = FIGURES.iter().map(|n| run_figure(&page, n, "b")).collect();
    page.reload();
    page.wait_for("#wat-als-balk");
    assert_eq!(
        page.attr("#wat-als-balk", "data-fork-week").as_deref(),
        Some("7")
    );
    let a_again: Vec<f64> = FIGURES.iter().map(|n| run_figure(&page, n, "a")).collect();
    let b_again: Vec<f64> = FIGURES.iter().map(|n| run_figure(&page, n, "b")).collect();
    assert_eq!(a_again, a);
    assert_eq!(b_again, b);
    // After going on with B, a reload shows B alone.
    page.click("#houd-b");
    page.wait_until("the strip goes", |p| !comparing(p));
    page.reload();
    page.wait_for("#kengetal-nps");
    assert!(!comparing(&page));
    let kept: Vec<f64> = FIGURES.iter().map(|n| figure(&page, n)).collect();
    assert_eq!(kept, b);
    page.assert_clean_console();
}

#[test]
fn another_lesson_ends_the_comparison_for_good() {
    let page = Page::open();
    step_weeks(&page, 5);
    page.click("#wat-als");
    set_lever(&page, "quality", 90);
    step_weeks(&page, 3);
    page.click("#scenario-kiezen");
    page.wait_for("#scenario-kiezer[open]");
    page.click("[data-scenario=overpromising]");
    page.wait_for("#scenario-intro[open]");
    page.wait_until("a new lesson ends the comparison", |p| !comparing(p));
    assert_eq!(ui::week(&page), 0);
    page.reload();
    page.wait_for("#kengetal-nps");
    assert!(
        !comparing(&page),
        "a reload does not bring an ended comparison back"
    );
    page.assert_clean_console();
}

#[test]
fn a_shared_link_keeps_the_learners_comparison_aside_until_they_go_back() {
    let page = Page::open();
    step_weeks(&page, 4);
    page.click("#wat-als");
    set_lever(&page, "promise", 90);
    step_weeks(&page, 6);
    let a: Vec<f64> = FIGURES.iter().map(|n| run_figure(&page, n, "a")).collect();
    // Someone else's run, opened by link in the same browser.
    page.goto("/?seed=99");
    page.wait_for("#eigen-sessie");
    assert!(!comparing(&page));
    page.click("#eigen-sessie");
    page.wait_for("#wat-als-balk");
    let a_again: Vec<f64> = FIGURES.iter().map(|n| run_figure(&page, n, "a")).collect();
    assert_eq!(a_again, a, "back to their own run, with its comparison");
    page.assert_clean_console();
}
