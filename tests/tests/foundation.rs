//! Issue 2: the released app loads cleanly, in Dutch, and draws a chart.

use e2e::Page;

#[test]
fn loads_in_dutch_without_console_errors() {
    let page = Page::open();
    assert_eq!(
        page.attr("html", "lang").as_deref(),
        Some("nl"),
        "the page must declare Dutch"
    );
    assert!(
        page.title().contains("Klantcyclus"),
        "title: {:?}",
        page.title()
    );
    let visible = page.text("body");
    assert!(
        visible.contains("Klantcyclus"),
        "product name not shown; visible text: {visible:?}"
    );
    page.screenshot("foundation-start");
    page.assert_clean_console();
}

#[test]
fn draws_a_chart_on_a_canvas() {
    let page = Page::open();
    let chart = page.wait_for_drawn_canvas("canvas");
    assert!(
        chart.colours >= 2,
        "a chart has more than one colour: {chart:?}"
    );
    page.screenshot("foundation-chart");
    page.assert_clean_console();
}
