//! The harness itself: its console and canvas checks must be able to fail, or the app tests
//! that rely on them prove nothing.

use e2e::Page;

#[test]
fn console_errors_and_warnings_are_captured() {
    let page = Page::open();
    page.eval("console.error('e2e probe error'); console.warn('e2e probe warning'); console.log('e2e probe info');");
    let problems = page.console_problems();
    let messages: Vec<&str> = problems
        .iter()
        .map(|entry| entry.message.as_str())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("e2e probe error")),
        "{problems:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("e2e probe warning")),
        "{problems:?}"
    );
    assert!(
        !messages.iter().any(|m| m.contains("e2e probe info")),
        "info is not a problem: {problems:?}"
    );
    assert!(
        page.console()
            .iter()
            .any(|entry| entry.message.contains("e2e probe info"))
    );
    let errors = page.console_errors();
    assert!(errors.iter().all(|entry| entry.is_error()) && !errors.is_empty());
}

#[test]
fn uncaught_exceptions_count_as_errors() {
    let page = Page::open();
    page.eval("setTimeout(() => { throw new Error('e2e probe exception'); }, 0);");
    page.wait_until("the exception to be logged", |page| {
        page.console_errors()
            .iter()
            .any(|entry| entry.message.contains("e2e probe exception"))
    });
}

#[test]
fn blank_and_drawn_canvases_are_told_apart() {
    let page = Page::open();
    page.eval(
        "for (const id of ['e2e-blank', 'e2e-drawn']) {
             const c = document.createElement('canvas');
             c.id = id; c.width = 200; c.height = 100;
             const ctx = c.getContext('2d');
             ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, 200, 100);
             document.body.appendChild(c);
         }
         const ctx = document.getElementById('e2e-drawn').getContext('2d');
         ctx.fillStyle = '#1f77b4'; ctx.fillRect(10, 10, 50, 20);",
    );
    let blank = page
        .canvas_stats("#e2e-blank", 0)
        .expect("blank canvas exists");
    assert_eq!(blank.background, [255, 255, 255, 255]);
    assert_eq!(blank.drawn_pixels, 0);
    assert!(!blank.is_drawn());
    let drawn = page.wait_for_drawn_canvas("#e2e-drawn");
    assert_eq!(drawn.drawn_pixels, 50 * 20);
    assert_eq!(drawn.colours, 2);
    assert!(page.canvas_stats("#no-such-canvas", 0).is_none());
}

#[test]
fn device_scale_factor_reaches_the_page() {
    let page = Page::builder()
        .device_scale_factor(2.0)
        .window_size(800, 600)
        .open();
    assert_eq!(
        page.eval("return window.devicePixelRatio;").as_f64(),
        Some(2.0)
    );
    assert_eq!(page.eval("return window.innerWidth;").as_u64(), Some(800));
    assert_eq!(page.eval("return window.innerHeight;").as_u64(), Some(600));
}
