//! Issue 4: the five live charts are drawn, crisp on HiDPI screens, and mark policy changes.

mod ui;

use e2e::Page;
use ui::{CHART_IDS, assert_clean_console_after_pixel_checks, set_lever, step_weeks};

#[test]
fn every_chart_canvas_is_drawn() {
    let page = Page::open();
    step_weeks(&page, 20);
    for id in CHART_IDS {
        let selector = format!("#{id}");
        page.wait_until(&format!("{id} drawn after week 20"), |p| {
            p.canvas_stats(&selector, 0).is_some_and(|s| s.is_drawn())
        });
        let stats = page.canvas_stats(&selector, 0).unwrap();
        assert!(
            stats.colours >= 3,
            "{id} has axes and at least one series: {stats:?}"
        );
    }
    assert_clean_console_after_pixel_checks(&page);
}

#[test]
fn canvases_use_every_device_pixel() {
    let page = Page::builder().device_scale_factor(2.0).open();
    step_weeks(&page, 5);
    for id in CHART_IDS {
        let sizes = page.eval_with(
            "const c = document.getElementById(arguments[0]);
             const r = c.getBoundingClientRect();
             return [c.width, c.height, r.width * devicePixelRatio, r.height * devicePixelRatio];",
            vec![id.into()],
        );
        let n: Vec<f64> = sizes
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        assert_eq!(page.eval("return devicePixelRatio;").as_f64(), Some(2.0));
        assert!(
            (n[0] - n[2]).abs() <= 1.0 && (n[1] - n[3]).abs() <= 1.0,
            "{id}: {n:?}"
        );
    }
}

/// Pixels on a chart that have the marker colour (`--chart-marker`).
fn marker_pixels(page: &Page, id: &str) -> u64 {
    page.eval_with(
        "const c = document.getElementById(arguments[0]);
         const hex = getComputedStyle(document.documentElement).getPropertyValue('--chart-marker').trim();
         const want = [1, 3, 5].map(i => parseInt(hex.substr(i, 2), 16));
         const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
         let n = 0;
         for (let i = 0; i < d.length; i += 4) {
             if (Math.abs(d[i] - want[0]) + Math.abs(d[i + 1] - want[1]) + Math.abs(d[i + 2] - want[2]) < 30) n++;
         }
         return n;",
        vec![id.into()],
    )
    .as_u64()
    .unwrap()
}

#[test]
fn a_lever_change_leaves_a_marker_on_every_chart() {
    let page = Page::open();
    step_weeks(&page, 10);
    for id in CHART_IDS {
        assert_eq!(
            marker_pixels(&page, id),
            0,
            "{id} has a marker before any change"
        );
    }
    set_lever(&page, "quality", 90);
    step_weeks(&page, 10);
    for id in CHART_IDS {
        page.wait_until(&format!("a marker on {id}"), |p| marker_pixels(p, id) > 20);
    }
    assert_clean_console_after_pixel_checks(&page);
}
