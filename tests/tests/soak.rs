//! Issue 4: a minute at maximum speed stays clean, and what the frame times were (printed, not
//! asserted: speed goals belong in benchmarks).

mod ui;

use e2e::Page;
use std::time::{Duration, Instant};
use ui::{CHART_IDS, assert_clean_console_after_pixel_checks, close_result_view, playing, week};

fn frame_report(page: &Page) -> String {
    let attr = |name: &str| page.attr("#prestaties", name).unwrap_or_default();
    format!(
        "population {}, {} frames; frame interval mean {} ms, max {} ms; \
         simulation per frame mean {} ms, max {} ms; one chart drawn in mean {} ms, max {} ms",
        attr("data-population"),
        attr("data-frames"),
        attr("data-interval-mean-ms"),
        attr("data-interval-max-ms"),
        attr("data-simulation-mean-ms"),
        attr("data-simulation-max-ms"),
        attr("data-chart-mean-ms"),
        attr("data-chart-max-ms"),
    )
}

/// Play at `speed` for `seconds`: play on when the scenario's end stops time, start again from
/// week 0 when the ten-year limit does. Returns how many weeks were simulated in all.
fn run_for(page: &Page, speed: &str, seconds: u64) -> u32 {
    page.click(&format!("[data-speed={speed}]"));
    page.click("[data-action=play]");
    let end = Instant::now() + Duration::from_secs(seconds);
    let mut earlier_runs = 0;
    while Instant::now() < end {
        std::thread::sleep(Duration::from_millis(300));
        if !playing(page) {
            close_result_view(page);
            let reached = week(page);
            if reached >= 520 {
                earlier_runs += reached;
                page.click("[data-action=reset]");
            }
            page.click("[data-action=play]");
        }
    }
    if playing(page) {
        page.click("[data-action=play]");
    }
    earlier_runs + week(page)
}

#[test]
fn a_minute_at_maximum_speed_without_console_problems() {
    let page = Page::open();
    let weeks = run_for(&page, "max", 60);
    eprintln!(
        "max speed, 60 s: {weeks} weeks simulated; {}",
        frame_report(&page)
    );
    assert!(
        weeks > 520,
        "a minute at max speed simulates more than ten years: {weeks}"
    );
    page.assert_clean_console();
    for id in CHART_IDS {
        assert!(
            page.canvas_stats(&format!("#{id}"), 0)
                .is_some_and(|s| s.is_drawn())
        );
    }
    assert_clean_console_after_pixel_checks(&page);
}

#[test]
fn a_market_of_100_000_people_stays_responsive() {
    let page = Page::builder().path("/?populatie=100000").open();
    assert_eq!(
        page.attr("#prestaties", "data-population").as_deref(),
        Some("100000")
    );
    let normal = run_for(&page, "normal", 10);
    eprintln!(
        "100 000 people, 1x, 10 s: {normal} weeks; {}",
        frame_report(&page)
    );
    let max = run_for(&page, "max", 10);
    eprintln!(
        "100 000 people, max, 10 s: {max} weeks; {}",
        frame_report(&page)
    );
    assert!(
        normal >= 15 && max > normal,
        "1x: {normal} weeks, max: {max} weeks"
    );
    page.assert_clean_console();
}
