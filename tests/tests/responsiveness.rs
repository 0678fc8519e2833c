//! Issue 12's responsiveness figures, printed (speed goals are measured, not asserted): frame
//! intervals at maximum speed with every chart live for 100 000 and 1 000 000 people, and how
//! soon a lever change shows in the charts. What is asserted is that it happens at all.

mod ui;

use e2e::Page;
use serde_json::Value;
use std::time::Duration;
use ui::{CHART_IDS, close_result_view, pause, playing, step_weeks, week};

/// Moves lever `key` to slider position `value` and resolves with the milliseconds until every
/// chart has drawn again (each canvas keeps the time of its latest drawing in `data-drawn-at`),
/// or -1 after 5 s.
const LEVER_TO_CHARTS: &str = r#"
const [key, value] = arguments;
const slider = document.querySelector('#hendel-' + key);
const canvases = [...document.querySelectorAll('canvas[data-drawn-at]')];
const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
const start = performance.now();
setter.call(slider, String(value));
slider.dispatchEvent(new Event('input', { bubbles: true }));
slider.dispatchEvent(new Event('change', { bubbles: true }));
return await new Promise((resolve) => {
  const check = () => {
    const drawn = canvases.map((c) => parseFloat(c.dataset.drawnAt));
    if (canvases.length > 0 && drawn.every((t) => t > start)) {
      resolve(Math.max(...drawn) - start);
    } else if (performance.now() - start > 5000) {
      resolve(-1);
    } else {
      requestAnimationFrame(check);
    }
  };
  check();
});
"#;

fn frame_figures(page: &Page) -> String {
    let attr = |name: &str| page.attr("#prestaties", name).unwrap_or_default();
    format!(
        "{} frames, interval mean {} ms (max {}), simulation per frame mean {} ms, one chart mean {} ms",
        attr("data-frames"),
        attr("data-interval-mean-ms"),
        attr("data-interval-max-ms"),
        attr("data-simulation-mean-ms"),
        attr("data-chart-mean-ms"),
    )
}

/// Milliseconds from lever moves to the charts showing them, alternating two positions.
fn lever_latencies(page: &Page, moves: usize) -> Vec<f64> {
    (0..moves)
        .map(|i| {
            let position = if i % 2 == 0 { 80 } else { 40 };
            let ms = page.eval_with(
                LEVER_TO_CHARTS,
                vec![Value::from("promise"), position.into()],
            );
            ms.as_f64().expect("the probe returns a number")
        })
        .collect()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Keeps time running at maximum speed for `seconds`: past the scenario's end (its result view
/// closed) and from week 0 again at the ten-year limit, as a class demo would.
fn run_at_max_speed(page: &Page, seconds: u64) {
    page.click("[data-speed=max]");
    page.click("[data-action=play]");
    let end = std::time::Instant::now() + Duration::from_secs(seconds);
    while std::time::Instant::now() < end {
        std::thread::sleep(Duration::from_millis(200));
        if !playing(page) {
            close_result_view(page);
            if week(page) >= 520 {
                page.click("[data-action=reset]");
            }
            page.click("[data-action=play]");
        }
    }
}

#[test]
fn frame_intervals_at_maximum_speed_and_lever_latency() {
    for people in [100_000u32, 1_000_000] {
        let page = Page::builder()
            .path(&format!("/?populatie={people}"))
            .timeout(Duration::from_secs(60))
            .open();
        step_weeks(&page, 10);
        assert_eq!(page.count("canvas[data-drawn-at]"), CHART_IDS.len());
        let paused = lever_latencies(&page, 7);

        page.click("[data-speed=normal]");
        page.click("[data-action=play]");
        let playing_1x = lever_latencies(&page, 7);
        let ran = playing(&page);
        pause(&page);
        for ms in paused.iter().chain(&playing_1x) {
            assert!(
                *ms >= 0.0,
                "every lever move redraws the charts: {paused:?} {playing_1x:?}"
            );
        }
        assert!(ran, "time ran while the levers moved at 1x");

        run_at_max_speed(&page, 4);
        let frames = frame_figures(&page);
        pause(&page);
        eprintln!(
            "{people} people: lever → every chart redrawn, median {:.1} ms paused, {:.1} ms at 1x; \
             max speed, last 120 frames: {frames}",
            median(paused),
            median(playing_1x),
        );
        page.assert_clean_console();
    }
}
