//! Issue 10, part 4: the printable debrief report. Chromium's own print-to-PDF of the page with the
//! report open is turned into page images and text with poppler (pdftoppm, pdftotext): the charts
//! are drawn on paper, the decisions are listed, and the simulator's controls are not printed.

mod ui;

use e2e::Page;
use fantoccini::wd::PrintConfiguration;
use std::path::{Path, PathBuf};
use std::process::Command;
use ui::{set_lever, step_weeks};

/// Run a poppler tool; a clear message when it is missing (`cargo xtask tools` installs it).
fn poppler(tool: &str, args: &[&str]) {
    let status = Command::new(tool)
        .args(args)
        .status()
        .unwrap_or_else(|e| panic!("{tool} is needed (poppler-utils; `cargo xtask tools`): {e}"));
    assert!(status.success(), "{tool} {args:?} failed");
}

/// Share of a page image's pixels that are not near white (a binary PGM, as pdftoppm -gray writes).
fn ink(pgm: &Path) -> f64 {
    let bytes = std::fs::read(pgm).unwrap();
    // Header: "P5", width, height, maximum value, each followed by white space.
    let mut fields = 0;
    let mut start = 0;
    let mut in_field = false;
    for (i, b) in bytes.iter().enumerate() {
        let space = b.is_ascii_whitespace();
        if !space && !in_field {
            in_field = true;
        } else if space && in_field {
            in_field = false;
            fields += 1;
            if fields == 4 {
                start = i + 1;
                break;
            }
        }
    }
    let pixels = &bytes[start..];
    let dark = pixels.iter().filter(|&&p| p < 200).count();
    dark as f64 / pixels.len().max(1) as f64
}

#[test]
fn the_printed_report_shows_the_charts_and_the_decisions_and_no_controls() {
    let page = Page::open();
    step_weeks(&page, 6);
    set_lever(&page, "promise", 80);
    step_weeks(&page, 1);
    set_lever(&page, "aftersales", 75);
    step_weeks(&page, 20);
    page.click("#bewaren-knop");
    page.wait_for("#bewaren[open]");
    page.click("#verslag-knop");
    page.wait_for("#verslag");
    page.wait_until("all five charts pictured", |p| {
        p.count("#verslag .report-chart img") == 5
    });
    assert_eq!(
        page.eval("return document.activeElement.id;").as_str(),
        Some("verslag-afdrukken")
    );
    let rows = page.count("#verslag-beslissingen-tabel tbody tr");
    assert_eq!(rows, 2, "both decisions are listed");
    let first = page.text("#verslag-beslissingen-tabel tbody tr:first-child");
    for cell in ["6", "Belofte", "50 %", "80 %"] {
        assert!(first.contains(cell), "the first decision reads {first:?}");
    }
    // The simulator behind the report is out of reach while it is open.
    assert_eq!(page.attr(".controls-panel", "inert").as_deref(), Some(""));
    page.screenshot("verslag-scherm");

    let pdf = page
        .block_on(
            page.client()
                .print(PrintConfiguration::builder().build().unwrap()),
        )
        .expect("Chromium prints the page to PDF");
    let dir = e2e::dist::target_dir().join("verslag");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("verslag.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let file = file.to_str().unwrap();
    let prefix = dir.join("pagina");
    poppler(
        "pdftoppm",
        &["-gray", "-r", "40", file, prefix.to_str().unwrap()],
    );
    poppler(
        "pdftoppm",
        &["-png", "-r", "60", file, dir.join("toon").to_str().unwrap()],
    );
    let text_file = dir.join("verslag.txt");
    poppler("pdftotext", &["-layout", file, text_file.to_str().unwrap()]);

    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pgm"))
        .collect();
    pages.sort();
    assert!(
        pages.len() >= 3,
        "{} pages: A4 with page breaks between sections",
        pages.len()
    );
    let inks: Vec<f64> = pages.iter().map(|p| ink(p)).collect();
    eprintln!("ink per page: {inks:?}");
    // The charts have a page of their own: find it by its heading, and see it is drawn on (five
    // pictured charts cover several per cent of it; missing ones leave a line of text).
    let charts_page = (1..=pages.len())
        .find(|n| {
            let out = dir.join(format!("pagina-{n}.txt"));
            let n = n.to_string();
            poppler(
                "pdftotext",
                &["-f", &n, "-l", &n, file, out.to_str().unwrap()],
            );
            std::fs::read_to_string(&out).unwrap().contains("Grafieken")
        })
        .expect("a page with the charts");
    let charts_ink = inks[charts_page - 1];
    assert!(
        charts_ink > 0.04,
        "the charts page is drawn on, not blank: {inks:?}"
    );

    let text = std::fs::read_to_string(&text_file).unwrap();
    for expected in [
        "Verslag",
        "Vrij spel",
        "Jouw beslissingen",
        "Belofte",
        "After-sales service",
        "80 %",
        "Grafieken",
    ] {
        // Case aside: the kicker is set in capitals by the stylesheet.
        assert!(
            text.to_lowercase().contains(&expected.to_lowercase()),
            "the printed report has no “{expected}”"
        );
    }
    for control in [
        "Jouw beleid",
        "Bewaren & delen",
        "Afdrukken of als pdf bewaren",
    ] {
        assert!(
            !text.contains(control),
            "the print shows the control “{control}”"
        );
    }
    page.assert_clean_console();
}

#[test]
fn the_report_opens_from_the_result_view_and_closes_with_escape() {
    let page = Page::open();
    page.click("#scenario-kiezen");
    page.wait_for("#scenario-kiezer[open]");
    page.click("[data-scenario=overpromising]");
    page.wait_for("#scenario-intro[open]");
    page.click("#les-starten");
    page.click("[data-speed=max]");
    page.click("[data-action=play]");
    page.wait_for("#resultaat[open]");
    page.click("#resultaat-verslag");
    page.wait_for("#verslag");
    let goals = page.text("#verslag");
    assert!(
        goals.contains("Wat je leert"),
        "learning goals are in the report"
    );
    assert!(
        page.count("#verslag .report-answer") >= 1,
        "room to answer the debrief questions"
    );
    page.wait_until("charts pictured", |p| {
        p.count("#verslag .report-chart img") == 5
    });
    // Escape works wherever focus is, and focus returns to the page.
    page.eval("document.activeElement.blur();");
    page.press(e2e::Key::Escape);
    page.wait_until("Escape closes the report", |p| !p.exists("#verslag"));
    assert_eq!(
        page.attr(".controls-panel", "inert"),
        None,
        "the simulator wakes up again"
    );
    page.wait_until("focus back in the header", |p| {
        p.eval("return document.activeElement.id;").as_str() == Some("bewaren-knop")
    });
    page.assert_clean_console();
}

#[test]
fn in_projector_mode_the_report_pictures_all_five_charts() {
    let page = Page::builder().path("/?beamer=1").open();
    step_weeks(&page, 8);
    page.click("#bewaren-knop");
    page.wait_for("#bewaren[open]");
    page.click("#verslag-knop");
    page.wait_for("#verslag");
    page.wait_until("all five charts pictured", |p| {
        p.count("#verslag .report-chart img") == 5
    });
    // Each picture is a chart of real size, not a squashed strip.
    let heights = page.eval(
        "return [...document.querySelectorAll('#verslag .report-chart img')].map(i => i.naturalHeight);",
    );
    for h in heights.as_array().unwrap() {
        assert!(h.as_f64().unwrap() >= 100.0, "picture heights {heights}");
    }
    page.assert_clean_console();
}
