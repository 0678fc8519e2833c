//! Issue 10, part 2: the customer pyramid, live. The stage switches from the cycle diagram to the
//! pyramid; its layers are the model's tier figures, the tiers that cost money are marked and their
//! customers counted, and it follows the run as time goes on.

mod ui;

use e2e::Page;
use ui::{pause, step_weeks, wait_for_week};

fn layer(page: &Page, tier: &str, what: &str) -> f64 {
    page.attr(&format!("[data-tier={tier}]"), what)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("the {tier} layer has no {what}"))
}

#[test]
fn the_pyramid_shows_each_tier_and_counts_the_unprofitable_customers_live() {
    let page = Page::open();
    step_weeks(&page, 12);
    assert!(page.exists(".cycle-diagram"));
    page.click("#toon-piramide");
    page.wait_for("#piramide");
    assert!(
        !page.exists(".cycle-diagram"),
        "the pyramid takes the diagram's place"
    );
    assert_eq!(
        page.attr("#toon-piramide", "aria-pressed").as_deref(),
        Some("true")
    );
    let tiers = ["top", "large", "medium", "small"];
    let customers: f64 = tiers
        .iter()
        .map(|t| layer(&page, t, "data-customers"))
        .sum();
    assert!(customers > 1000.0, "{customers} customers in the pyramid");
    // The tiers that lose money are marked, and their customers are the ones counted.
    let losing: Vec<&str> = tiers
        .iter()
        .copied()
        .filter(|t| layer(&page, t, "data-profit") < 0.0)
        .collect();
    assert!(
        losing.contains(&"small"),
        "small customers cost more than they bring"
    );
    for tier in tiers {
        let marked = page.exists(&format!("[data-tier={tier}].loss"));
        assert_eq!(
            marked,
            losing.contains(&tier),
            "{tier} marked as unprofitable"
        );
    }
    let counted: f64 = losing
        .iter()
        .map(|t| layer(&page, t, "data-customers"))
        .sum();
    assert_eq!(layer_count(&page), counted);
    // The five customer types count the same active customers the tiers do.
    let types: Vec<f64> = page
        .eval("return [...document.querySelectorAll('#klanttypen li')].map((li) => Number(li.dataset.count));")
        .as_array()
        .expect("a list of counts")
        .iter()
        .map(|v| v.as_f64().unwrap_or(-1.0))
        .collect();
    assert_eq!(types.len(), 5, "five customer types");
    assert_eq!(types.iter().sum::<f64>(), customers);
    assert!(page.text("#klanttypen").contains("boze klant"));
    assert!(
        page.text("#onrendabel")
            .contains("klanten zitten in lagen die geld kosten")
    );
    page.screenshot("piramide");

    // Live: time goes on, the layers follow.
    let before = layer(&page, "small", "data-customers");
    page.click("[data-speed=fast]");
    page.click("[data-action=play]");
    wait_for_week(&page, 40);
    pause(&page);
    assert_ne!(layer(&page, "small", "data-customers"), before);
    page.click("#toon-cyclus");
    page.wait_for(".cycle-diagram");
    page.assert_clean_console();
}

fn layer_count(page: &Page) -> f64 {
    page.attr("#onrendabel", "data-customers")
        .and_then(|v| v.parse().ok())
        .expect("the unprofitable customers are counted")
}
