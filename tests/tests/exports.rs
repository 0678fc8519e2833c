//! Issue 10, part 3: every series as one CSV file, with the run and its decisions on top, and each
//! chart as a PNG at its HiDPI resolution — both offline, as downloads made in the page.

mod ui;

use e2e::Page;
use ui::{figure, set_lever, step_weeks};

/// Catch what the page offers for download: Blob texts in `window.exported`, links' names and
/// addresses in `window.downloads`.
const CATCH_DOWNLOADS: &str = "
    window.downloads = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = blob => {
        blob.arrayBuffer().then(b => { window.exportedStart = [...new Uint8Array(b.slice(0, 3))]; });
        blob.text().then(text => { window.exported = text; });
        return original.call(URL, blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
        if (this.download) { window.downloads.push([this.download, this.href]); return; }
        return click.call(this);
    };";

#[test]
fn the_csv_holds_the_run_its_decisions_and_the_clis_columns_for_every_week() {
    let page = Page::open();
    step_weeks(&page, 5);
    set_lever(&page, "promise", 80);
    step_weeks(&page, 7);
    page.eval(CATCH_DOWNLOADS);
    page.click("#bewaren-knop");
    page.wait_for("#bewaren[open]");
    page.click("#csv-opslaan");
    page.wait_until_js("typeof window.exported === 'string'");
    let text = page
        .eval("return window.exported;")
        .as_str()
        .unwrap()
        .to_string();
    // The file starts with UTF-8's byte-order mark (Blob.text() reads past it).
    page.wait_until_js("Array.isArray(window.exportedStart)");
    let start = page.eval("return window.exportedStart;");
    assert_eq!(
        start,
        serde_json::json!([0xEF, 0xBB, 0xBF]),
        "a byte-order mark for spreadsheets"
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        4 + 13,
        "two lines about the run, a blank line, a header, weeks 0-12"
    );
    assert!(
        lines[0].starts_with("Klantcyclus;Les;Vrij spel;"),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains(";Startgetal;2024;"), "{}", lines[0]);
    assert!(
        lines[1].starts_with("Beslissingen;week 5: Belofte"),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with("Belofte 50 % → 80 %"), "{}", lines[1]);
    let columns: Vec<String> = lines[3].split(';').map(String::from).collect();
    assert_eq!(columns, model::week_columns(), "the CLI's columns");
    let last: Vec<&str> = lines[16].split(';').collect();
    assert_eq!(last[0], "12");
    let nps = columns.iter().position(|c| c == "nps").unwrap();
    let value: f64 = last[nps].replace(',', ".").parse().unwrap();
    assert!(
        (value - figure(&page, "nps")).abs() < 1e-3,
        "CSV {value}, page {}",
        figure(&page, "nps")
    );
    let named = page.eval("return window.downloads[0][0];");
    assert_eq!(named.as_str(), Some("free-play-week-12.csv"));
    page.assert_clean_console();
}

#[test]
fn each_chart_downloads_as_a_png_at_its_hidpi_size() {
    let page = Page::builder().device_scale_factor(2.0).open();
    step_weeks(&page, 10);
    page.eval(CATCH_DOWNLOADS);
    for id in ui::CHART_IDS {
        page.click(&format!("#{id}-png"));
    }
    page.wait_until_js("window.downloads.length === 5");
    for (index, id) in ui::CHART_IDS.iter().enumerate() {
        let size = page.eval_with(
            "const [index, id] = arguments;
             const [name, href] = window.downloads[index];
             const canvas = document.getElementById(id);
             return new Promise(done => {
                 const image = new Image();
                 image.onload = () => done([name, href.slice(0, 22), image.width, image.height,
                                            canvas.width, canvas.height,
                                            canvas.getBoundingClientRect().width]);
                 image.src = href;
             });",
            vec![index.into(), (*id).into()],
        );
        let v = size.as_array().unwrap();
        assert_eq!(
            v[0].as_str(),
            Some(format!("klantcyclus-{id}-week-10.png").as_str())
        );
        assert_eq!(v[1].as_str(), Some("data:image/png;base64,"));
        assert_eq!(
            (v[2].as_f64(), v[3].as_f64()),
            (v[4].as_f64(), v[5].as_f64()),
            "{id}: the canvas as drawn"
        );
        let css_width = v[6].as_f64().unwrap();
        assert!(
            (v[2].as_f64().unwrap() - 2.0 * css_width).abs() <= 1.0,
            "{id}: {} px for {css_width} CSS px at 2x",
            v[2]
        );
    }
    page.assert_clean_console();
}
