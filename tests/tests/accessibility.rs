//! WCAG 2.1 A/AA with axe-core (`cargo xtask tools` installs it; see `tests/src/axe.rs`): the main
//! view, the views a learner switches to and every dialog in Dutch, then the main view, the
//! glossary and two dialogs again in English. One browser session visits
//! them in turn; each view's count is printed as it is checked and all are asserted clean at the
//! end, so one failing view does not hide the others. Views are checked where they live: a dialog
//! or a panel on its own (its selector), whole-page states on the document.
//!
//! `KLANTCYCLUS_AXE_REVIEW=1` also lists what axe could not decide (text over SVG and images).

mod ui;

use e2e::{AxeReport, Key, Page, assert_all_clean};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Duration;
use ui::{choose_file, close_result_view, pause, press_alt, wait_for_week};

/// Checked views, and the ones the test could not reach (with why).
#[derive(Default)]
struct Checks {
    reports: Vec<(String, AxeReport)>,
    unreachable: Vec<String>,
}

impl Checks {
    /// Runs axe on `context` ("" = the whole document) and keeps the report under `view`.
    fn check(&mut self, page: &Page, view: &str, context: &str) {
        match catch_unwind(AssertUnwindSafe(|| page.axe(context))) {
            Ok(report) => {
                println!("axe {view}: {}", report.count());
                if !report.is_clean() {
                    print!("{report}");
                }
                // Text over SVG or images, icons: axe cannot measure them; not failures.
                let review = report.incomplete_count();
                if review.nodes > 0 {
                    let rules: Vec<String> = report
                        .incomplete
                        .iter()
                        .map(|v| format!("{} x{}", v.id, v.nodes.len()))
                        .collect();
                    println!("    needs review (not failing): {}", rules.join(", "));
                }
                if std::env::var_os("KLANTCYCLUS_AXE_REVIEW").is_some() {
                    print!("{}", report.needs_review());
                }
                self.reports.push((view.to_string(), report));
            }
            Err(cause) => self.unreachable(view, &cause),
        }
    }

    /// Takes the steps to a view; if they fail, notes the view as unreachable and goes on.
    fn reach(&mut self, view: &str, steps: impl FnOnce()) -> bool {
        match catch_unwind(AssertUnwindSafe(steps)) {
            Ok(()) => true,
            Err(cause) => {
                self.unreachable(view, &cause);
                false
            }
        }
    }

    fn unreachable(&mut self, view: &str, cause: &Box<dyn std::any::Any + Send>) {
        let why = cause
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| cause.downcast_ref::<&str>().copied())
            .unwrap_or("panicked");
        println!("axe {view}: NOT CHECKED: {why}");
        self.unreachable.push(format!("{view}: {why}"));
    }
}

/// Closes whatever dialog or report is still open, so the next view starts from the main view.
fn close_dialogs(page: &Page) {
    for _ in 0..3 {
        if !page.exists("dialog[open], #verslag") {
            return;
        }
        page.press(Key::Escape);
        std::thread::sleep(Duration::from_millis(300));
    }
}

fn beamer_on(page: &Page) -> bool {
    page.eval("return document.documentElement.hasAttribute('data-beamer');")
        .as_bool()
        .unwrap_or(false)
}

#[test]
fn every_view_and_dialog_passes_axe_wcag_2_1_aa() {
    e2e::require_axe();
    let page = Page::builder().timeout(Duration::from_secs(30)).open();
    let mut checks = Checks::default();

    // The main view as it opens, in Dutch.
    assert_eq!(page.attr("html", "lang").as_deref(), Some("nl"));
    checks.check(&page, "main view (nl, week 0)", "");

    // A few weeks of play: charts drawn, figures moved, notices shown.
    if checks.reach("main view after play", || {
        page.click("button[data-action=play]");
        wait_for_week(&page, 6);
        pause(&page);
    }) {
        checks.check(&page, "main view after play", "");
    }

    // The stage's pyramid instead of the cycle diagram.
    if checks.reach("pyramid", || {
        page.click("#toon-piramide");
        page.wait_for("#piramide");
    }) {
        checks.check(&page, "pyramid", ".pyramid-card");
    }
    // Treatment per tier (free play offers it): twelve labelled selectors in a table.
    if checks.reach("treatment per tier", || {
        page.click("#toon-behandeling");
        page.wait_for("#behandeling");
    }) {
        checks.check(&page, "treatment per tier", ".treatment-card");
    }
    checks.reach("back to the cycle", || {
        page.click("#toon-cyclus");
        page.wait_for(".cycle-diagram");
    });

    // The chart column's follow-a-customer panel: first choosing, then following someone.
    if checks.reach("follow panel (choosing)", || {
        page.click("#toon-volgen");
        page.wait_for("#volg-knop");
    }) {
        checks.check(&page, "follow panel (choosing)", "#volg-klant");
    }
    if checks.reach("follow panel (following)", || {
        page.click("#volg-knop");
        page.wait_for("#volg-wie");
        page.wait_for_drawn_canvas("#grafiek-klant");
    }) {
        checks.check(&page, "follow panel (following)", "#volg-klant");
    }
    checks.reach("back to the charts", || {
        page.click("#volg-stop");
        page.wait_for("#volg-knop");
        page.click("#toon-grafieken");
        page.wait_for_drawn_canvas("#grafiek-fasen");
    });

    // Keep dialog ("Bewaren"), with a damaged session file, and the report it opens.
    if checks.reach("keep dialog", || {
        page.click("#bewaren-knop");
        page.wait_for("#bewaren[open]");
    }) {
        checks.check(&page, "keep dialog", "#bewaren");
        if checks.reach("keep dialog: bad session file", || {
            choose_file(
                &page,
                "#sessie-bestand",
                "kapot.klantcyclus",
                "dit is geen sessiebestand\n",
            );
            page.wait_for("#sessie-fout");
        }) {
            checks.check(&page, "keep dialog: bad session file", "#bewaren");
        }
        if checks.reach("report", || {
            page.click("#verslag-knop");
            page.wait_for("#verslag");
            page.wait_until("all five charts pictured", |p| {
                p.count("#verslag .report-chart img") == 5
            });
        }) {
            checks.check(&page, "report", "#verslag");
        }
    }
    close_dialogs(&page);

    // The teacher's dialog from the header.
    if checks.reach("teacher dialog", || {
        page.click("#docent-knop");
        page.wait_for("#docent[open]");
    }) {
        checks.check(&page, "teacher dialog", "#docent");
    }
    close_dialogs(&page);

    // Projector mode: the button switches it on, Alt+P off again.
    if checks.reach("projector mode", || {
        page.click("#beamer-knop");
        page.wait_until("projector mode on", beamer_on);
    }) {
        checks.check(&page, "projector mode", "");
    }
    checks.reach("projector mode off", || {
        press_alt(&page, 'p');
        page.wait_until("projector mode off", |p| !beamer_on(p));
    });

    // Scenario picker, a scenario file it refuses, a lesson's intro, its result view.
    if checks.reach("scenario picker", || {
        page.click("#scenario-kiezen");
        page.wait_for("#scenario-kiezer[open]");
    }) {
        checks.check(&page, "scenario picker", "#scenario-kiezer");
        let broken = "format_version = 1\nid = \"kapot\"\nweeks = 52\n\n[title]\nnl = \"Kapot\"\nen = \"Broken\"\n\n[market]\ncompetitor_strength = 1.5\n";
        if checks.reach("scenario picker: import error", || {
            choose_file(&page, "#scenario-bestand", "kapot.toml", broken);
            page.wait_for("#import-fout");
        }) {
            checks.check(&page, "scenario picker: import error", "#scenario-kiezer");
        }
    }
    if checks.reach("scenario intro", || {
        if !page.exists("#scenario-kiezer[open]") {
            page.click("#scenario-kiezen");
            page.wait_for("#scenario-kiezer[open]");
        }
        page.click("[data-scenario=overpromising]");
        page.wait_for("#scenario-intro[open]");
    }) {
        checks.check(&page, "scenario intro", "#scenario-intro");
    }
    if checks.reach("main view in a lesson", || {
        page.click("#les-starten");
        page.wait_for("#opdrachten");
    }) {
        checks.check(&page, "main view in a lesson (assignments panel)", "");
    }
    if checks.reach("result view", || {
        page.click("[data-speed=max]");
        page.click("[data-action=play]");
        page.wait_for("#resultaat[open]");
    }) {
        checks.check(&page, "result view", "#resultaat");
        let mut code = None;
        if checks.reach("result view with a code", || {
            page.type_text("#resultaat-naam", "Yara de Vries");
            page.wait_for("#resultaat-code");
            code = page.prop("#resultaat-code", "value");
        }) {
            checks.check(&page, "result view with a code", "#resultaat");
        }
        checks.reach("closing the result view", || close_result_view(&page));
        // The teacher's ranking of that code (and one that is not a code).
        if let Some(code) = code
            && checks.reach("teacher dialog: ranking", || {
                close_dialogs(&page);
                page.click("#docent-knop");
                page.wait_for("#docent[open]");
                page.set_value("#docent-codes", &format!("{code}\nniet-een-code\n"));
                page.click("#docent-rangschik");
                page.wait_until("the ranking to finish", |p| {
                    p.attr("#docent-voortgang", "data-status").as_deref() == Some("klaar")
                });
            })
        {
            checks.check(&page, "teacher dialog: ranking", "#docent");
        }
    }
    close_dialogs(&page);

    // The glossary from the header, then opened at a concept from a chart's title.
    if checks.reach("glossary", || {
        page.click("#begrippen");
        page.wait_for("#begrippen-dialoog[open]");
    }) {
        checks.check(&page, "glossary", "#begrippen-dialoog");
        if checks.reach("glossary: nothing found", || {
            page.type_text("#begrippen-zoek", "xyzzy");
            page.wait_for(".glossary-empty");
        }) {
            checks.check(&page, "glossary: nothing found", "#begrippen-dialoog");
        }
    }
    close_dialogs(&page);

    // English: the main view, the glossary opened from a key figure, the picker and keep dialog.
    if checks.reach("main view (en)", || {
        page.click("#taal-en");
        page.wait_until("the page in English", |p| {
            p.attr("html", "lang").as_deref() == Some("en")
        });
        page.wait_for_drawn_canvas("#grafiek-fasen");
    }) {
        checks.check(&page, "main view (en)", "");
        if checks.reach("glossary (en) at a concept", || {
            page.click("#kengetal-nps .glossary-link");
            page.wait_for("#begrip-nps[data-gekozen]");
        }) {
            checks.check(&page, "glossary (en) at a concept", "#begrippen-dialoog");
        }
        close_dialogs(&page);
        if checks.reach("scenario picker (en)", || {
            page.click("#scenario-kiezen");
            page.wait_for("#scenario-kiezer[open]");
        }) {
            checks.check(&page, "scenario picker (en)", "#scenario-kiezer");
        }
        close_dialogs(&page);
        if checks.reach("keep dialog (en)", || {
            page.click("#bewaren-knop");
            page.wait_for("#bewaren[open]");
        }) {
            checks.check(&page, "keep dialog (en)", "#bewaren");
        }
        close_dialogs(&page);
    }

    println!();
    for view in &checks.unreachable {
        println!("axe NOT CHECKED {view}");
    }
    assert_all_clean(&checks.reports);
    assert!(
        checks.unreachable.is_empty(),
        "views not checked:\n  {}",
        checks.unreachable.join("\n  ")
    );
}
