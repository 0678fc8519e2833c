//! Issue 9, part 1: projector mode ("Beamer"). Switched by the header button, Alt+P and
//! `?beamer=1`; type of at least 20 px at 1280x720, text at AAA contrast, chart lines of at least
//! 3 px; everything fits 1280x720 and 1920x1080 in both modes (screenshots of each).

mod ui;

use e2e::Page;
use ui::{pause, set_lever, step_weeks, wait_for_week};

/// Text smaller than 20 px on screen (HTML by computed size, SVG text by its drawn height),
/// as "selector-ish: size" lines.
const SMALL_TEXT: &str = r#"
const small = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  if (!node.textContent.trim()) continue;
  const el = node.parentElement;
  if (!el || el.closest('[hidden], .visually-hidden, title, dialog:not([open])')) continue;
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) continue;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') continue;
  let size = parseFloat(style.fontSize);
  if (el instanceof SVGElement) {
    const m = el.getScreenCTM();
    size *= m ? Math.hypot(m.a, m.b) : 1;
  }
  if (size < 19.95) small.push((el.id || el.className.baseVal || el.className || el.tagName) + ': ' + size.toFixed(1) + ' px "' + node.textContent.trim().slice(0, 30) + '"');
}
return small;
"#;

/// Whether the page does not scroll and every main part (plus `extra`) is wholly on screen.
fn fits(page: &Page, extra: &[&str]) -> Result<(), String> {
    let v = page.eval_with(
        "const e = document.documentElement;
         const parts = ['.controls-panel', '.key-figures', '.cycle-diagram', '.time-bar',
                        '#week', '[data-action=play]', '#beamer-knop', '.charts', ...arguments[0]];
         const out = parts.filter(p => {
           const r = document.querySelector(p).getBoundingClientRect();
           return !(r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                    && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5);
         });
         if (e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight)
           out.push('page scrolls ' + e.scrollWidth + 'x' + e.scrollHeight);
         return out;",
        vec![
            extra
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .into(),
        ],
    );
    let problems: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join(", "))
    }
}

/// Play to week 20, fork ("Wat als?"), give B better after-sales and play on to week 40.
fn compare_two_runs(page: &Page) {
    page.click("[data-speed=fast]");
    page.click("[data-action=play]");
    wait_for_week(page, 20);
    pause(page);
    page.click("#wat-als");
    page.wait_for("#wat-als-balk");
    set_lever(page, "aftersales", 85);
    step_weeks(page, 1);
    page.click("[data-action=play]");
    wait_for_week(page, 40);
    pause(page);
}

fn beamer_on(page: &Page) -> bool {
    page.eval("return document.documentElement.hasAttribute('data-beamer');")
        .as_bool()
        .unwrap_or(false)
}

fn small_text(page: &Page) -> Vec<String> {
    page.eval(SMALL_TEXT)
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn projector_mode_follows_the_button_the_shortcut_the_link_and_is_remembered() {
    let page = Page::open();
    assert!(!beamer_on(&page), "projector mode starts off");
    assert_eq!(
        page.attr("#beamer-knop", "aria-pressed").as_deref(),
        Some("false")
    );
    page.click("#beamer-knop");
    page.wait_until("projector mode on", beamer_on);
    assert_eq!(
        page.attr("#beamer-knop", "aria-pressed").as_deref(),
        Some("true")
    );
    let root_px =
        page.eval("return parseFloat(getComputedStyle(document.documentElement).fontSize);");
    assert_eq!(root_px.as_f64(), Some(20.0), "20 px type at 1280x720");

    page.reload();
    page.wait_for("#beamer-knop");
    assert!(beamer_on(&page), "the browser remembers projector mode");
    ui::press_alt(&page, 'p');
    page.wait_until("Alt+P switches it off", |p| !beamer_on(p));
    page.reload();
    page.wait_for("#beamer-knop");
    assert!(!beamer_on(&page), "and remembers it off");

    page.goto("/?beamer=1");
    page.wait_for("#beamer-knop");
    assert!(beamer_on(&page), "?beamer=1 switches it on");
    page.goto("/?beamer=groot");
    page.wait_for("#linkmelding");
    assert!(
        page.text("#linkmelding").contains("beamer=groot"),
        "a bad value is reported: {}",
        page.text("#linkmelding")
    );
    page.assert_clean_console();
}

#[test]
fn both_modes_fit_1280x720_and_1920x1080_and_projector_type_is_at_least_20_px() {
    for (width, height) in [(1280, 720), (1920, 1080)] {
        for beamer in [false, true] {
            let path = if beamer { "/?beamer=1" } else { "/?beamer=0" };
            let page = Page::builder().window_size(width, height).path(path).open();
            let mode = if beamer { "beamer" } else { "normaal" };
            step_weeks(&page, 3);
            let choice: &[&str] = if beamer { &["#grafiek-keuze"] } else { &[] };
            if let Err(problem) = fits(&page, choice) {
                panic!("{width}x{height} {mode}: {problem}");
            }
            compare_two_runs(&page);
            let comparing = [choice, &["#wat-als-balk", "#houd-a", "#houd-b"]].concat();
            if let Err(problem) = fits(&page, &comparing) {
                panic!("{width}x{height} {mode}, comparing: {problem}");
            }
            page.screenshot(&format!("{mode}-{width}x{height}-wat-als"));
            if beamer {
                let small = small_text(&page);
                assert!(
                    small.is_empty(),
                    "{width}x{height}: text under 20 px: {small:?}"
                );
                let shown = page.wait_for_drawn_canvas("#grafiek-fasen");
                assert!(shown.is_drawn());
                let line: f64 = page
                    .attr("#grafiek-fasen", "data-line-px")
                    .unwrap()
                    .parse()
                    .unwrap();
                let label: f64 = page
                    .attr("#grafiek-fasen", "data-label-px")
                    .unwrap()
                    .parse()
                    .unwrap();
                assert!(line >= 3.0, "chart lines {line} px");
                assert!(label >= 20.0, "chart labels {label} px");
            }
            page.assert_clean_console();
        }
    }
}

#[test]
fn in_projector_mode_one_chart_at_a_time_is_chosen_from_the_list() {
    let page = Page::builder().path("/?beamer=1").open();
    step_weeks(&page, 5);
    let visible = |p: &Page, id: &str| {
        p.eval_with(
            "return document.getElementById(arguments[0]).getBoundingClientRect().width > 0;",
            vec![id.into()],
        )
        .as_bool()
        .unwrap_or(false)
    };
    assert!(visible(&page, "grafiek-fasen"));
    assert!(!visible(&page, "grafiek-nps"));
    page.set_value("#grafiek-keuze", "2");
    page.wait_until("the NPS chart shows", |p| visible(p, "grafiek-nps"));
    assert!(!visible(&page, "grafiek-fasen"));
    let nps = page.wait_for_drawn_canvas("#grafiek-nps");
    assert!(nps.is_drawn(), "the chart shown is drawn at its new size");
    let arrow = |p: &Page| -> f64 {
        p.attr(
            "[data-from=prospect][data-to=new_customer] .flow-body",
            "stroke-width",
        )
        .and_then(|w| w.parse().ok())
        .expect("the arrow has a width")
    };
    let thick = arrow(&page);
    page.click("#beamer-knop");
    page.wait_until("all charts back in normal mode", |p| {
        ui::CHART_IDS.iter().all(|id| visible(p, id))
    });
    let normal = arrow(&page);
    assert!(
        (thick / normal - 1.6).abs() < 0.1,
        "projector arrows {thick} against {normal} in normal mode"
    );
    page.assert_clean_console();
}

#[test]
fn a_narrow_projector_stacks_the_parts_and_scrolls_down_only() {
    let page = Page::builder()
        .window_size(1024, 768)
        .path("/?beamer=1")
        .open();
    step_weeks(&page, 4);
    let sideways =
        page.eval("const e = document.documentElement; return e.scrollWidth > e.clientWidth;");
    assert_eq!(
        sideways.as_bool(),
        Some(false),
        "no sideways scrolling at 1024 wide"
    );
    for part in [
        "#grafiek-keuze",
        "#grafiek-fasen",
        "#week",
        ".cycle-diagram",
    ] {
        page.eval_with(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'nearest'});",
            vec![part.into()],
        );
        let shown = page.eval_with(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();
             return r.width > 100 && r.top >= -1 && r.bottom <= innerHeight + 1;",
            vec![part.into()],
        );
        let rect = page.eval_with(
            "return JSON.stringify(document.querySelector(arguments[0]).getBoundingClientRect());",
            vec![part.into()],
        );
        assert_eq!(
            shown.as_bool(),
            Some(true),
            "{part} cannot be brought into view: {rect}"
        );
    }
    page.eval("window.scrollTo(0, 0);");
    page.screenshot("beamer-1024x768");
    page.assert_clean_console();
}
