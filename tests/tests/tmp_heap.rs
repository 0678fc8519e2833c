mod ui;
use e2e::Page;
use std::time::Duration;
const HEAP: &str =
    "if (typeof gc === 'function') { gc(); } return performance.memory.usedJSHeapSize / 1e6;";
#[test]
fn heap_probe() {
    let page = Page::builder().path("/?populatie=5000").open();
    page.click("#opdrachten-knop");
    page.click("[data-action=play]");
    for round in 0..6 {
        std::thread::sleep(Duration::from_secs(3));
        println!(
            "panel-playing {round} {} week {}",
            page.eval(HEAP),
            ui::week(&page)
        );
    }
    page.click("#opdrachten-knop");
    for round in 0..6 {
        std::thread::sleep(Duration::from_secs(3));
        println!(
            "closed-playing {round} {} week {}",
            page.eval(HEAP),
            ui::week(&page)
        );
    }
}
