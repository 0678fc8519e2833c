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

fn fits(page: &Page) -> Result<(), String> {
    let v = page.eval(
        "const e = document.documentElement;
         const parts = ['.controls-panel', '.key-figures', '.cycle-diagram', '.time-bar',
                        '#week', '[data-action=play]', '#beamer-knop', '.charts'];
         const out = parts.filter(p => {
           const r = document.querySelector(p).getBoundingClientRect();
           return !(r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                    && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5);
         });
         if (e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight)
           out.push('page scrolls ' + e.scrollWidth + 'x' + e.scrollHeight);
         return out;",
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

#[test]
fn explore() {
    for (w, h) in [(1280, 720), (1920, 1080)] {
        for beamer in [false, true] {
            let path = if beamer { "/?beamer=1" } else { "/" };
            let page = Page::builder().window_size(w, h).path(path).open();
            page.click("[data-speed=fast]");
            page.click("[data-action=play]");
            wait_for_week(&page, 20);
            pause(&page);
            page.click("#wat-als");
            set_lever(&page, "aftersales", 85);
            step_weeks(&page, 1);
            page.click("[data-action=play]");
            wait_for_week(&page, 44);
            pause(&page);
            page.screenshot(&format!("explore-{w}-{beamer}"));
            eprintln!("{w}x{h} beamer={beamer}: fits {:?}", fits(&page));
            let over = page.eval("return [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); return r.bottom > innerHeight + 1 && r.height > 0 ; }).filter(e => !e.parentElement.getBoundingClientRect || e.parentElement.getBoundingClientRect().bottom <= innerHeight + 1).slice(0, 12).map(e => e.tagName + '.' + (e.className.baseVal ?? e.className) + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().top) + '-' + Math.round(e.getBoundingClientRect().bottom));");
            eprintln!("below the fold: {over}");
            let dbg = page.eval("const p = document.querySelector('.controls-panel'); const a = document.querySelector('.app'); return [getComputedStyle(p).overflowY, JSON.stringify(p.getBoundingClientRect()), p.scrollHeight, document.body.scrollHeight, JSON.stringify(a.getBoundingClientRect()), p.tagName, p.className, getComputedStyle(a).height, document.documentElement.scrollHeight];");
            eprintln!("dbg: {dbg}");
            let small = page.eval(SMALL_TEXT);
            eprintln!("small: {}", small.as_array().unwrap().len());
            for s in small.as_array().unwrap().iter().take(40) {
                eprintln!("  {s}");
            }
        }
    }
}
