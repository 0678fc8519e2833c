//! The printable debrief report ("Verslag"): the lesson and its learning goals, the assignments met
//! or not, the key figures, every chart, the learner's decisions and the debrief questions with
//! room to answer. On screen it covers the simulator; printed (A4 portrait, `style/report.css`)
//! it is all that is printed. Everything in it is read from the run on screen.

mod chart_images;

use crate::i18n::treatment_texts::{setting_name, setting_value};
use crate::i18n::{current_language, report_texts, scenario_texts, texts};
use crate::keep::use_keep_ui;
use crate::scenario::results::{AssignmentResult, FiguresTable, ResultsContent};
use crate::scenario::{Dialog, use_scenario_ui};
use crate::state::decisions::decisions;
use leptos::prelude::*;

#[component]
pub fn ReportView() -> impl IntoView {
    let ui = use_scenario_ui();
    let keep = use_keep_ui();
    let lang = current_language();
    let (rt, st, t) = (report_texts(), scenario_texts(), texts());
    // The report holds still while it is read; the page behind it sleeps (inert, and marked on
    // the root element for the print stylesheet) until it closes.
    ui.session
        .playback
        .update(crate::state::playback::Playback::pause);
    set_page_behind(true);
    on_cleanup(|| set_page_behind(false));
    // The charts behind the report return to their own sizes: draw them again. Focus goes back
    // to the header's keep button (the dialog the report was opened from is gone).
    let close = move || {
        ui.dialog.set(Dialog::None);
        ui.session.chart_version.update(|v| *v += 1);
        crate::focus::focus_after_render("bewaren-knop");
    };
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            close();
        }
    });
    on_cleanup(move || escape.remove());

    let (content, goals, run_line, changes) = ui.session.with_live(|live| {
        let run = live.state().run();
        let scenario = &run.scenario;
        let content = ResultsContent::of(scenario, live.history(), lang);
        let goals: Vec<String> = scenario
            .learning_goals
            .iter()
            .map(|g| g.get(lang).to_string())
            .collect();
        let people = t.numbers.format(f64::from(scenario.market.population), 0);
        let run_line = (rt.run_line)(run.seed, &people, live.state().week(), scenario.weeks);
        (content, goals, run_line, decisions(run))
    });
    let learner = keep.learner.get_untracked().trim().to_string();

    // Every chart is drawn while the report is open; take the pictures once they are.
    let pictures = RwSignal::new(vec![None::<String>; chart_images::CANVAS_IDS.len()]);
    take_pictures(ui.session, pictures, 20);

    let assignments = content
        .assignments
        .iter()
        .enumerate()
        .map(|(index, title)| view! { <AssignmentResult index title=title.clone()/> })
        .collect_view();
    let titles = crate::charts::chart_titles(t);
    let charts = titles
        .into_iter()
        .enumerate()
        .map(|(i, title)| {
            view! {
                <figure class="report-chart">
                    <figcaption>
                        {title}
                        <div inner_html=chart_images::legend_markup(chart_images::CANVAS_IDS[i])></div>
                    </figcaption>
                    {move || match pictures.with(|p| p[i].clone()) {
                        Some(src) => view! { <img src=src alt=title/> }.into_any(),
                        None => view! { <p class="report-missing">{rt.chart_missing}</p> }.into_any(),
                    }}
                </figure>
            }
        })
        .collect_view();
    let language = crate::i18n::current_language();
    let name = move |d: &crate::state::decisions::Decision| setting_name(d.setting, language);
    let value =
        move |d: &crate::state::decisions::Decision, v: f64| setting_value(d.setting, v, language);
    let decision_rows = changes
        .iter()
        .map(|d| {
            view! {
                <tr>
                    <td>{d.week}</td>
                    <th scope="row">{name(d)}</th>
                    <td>{value(d, d.from)}</td>
                    <td>{value(d, d.to)}</td>
                </tr>
            }
        })
        .collect_view();
    let has_decisions = !changes.is_empty();
    let debrief = content
        .debrief
        .iter()
        .map(|q| {
            view! {
                <li>
                    <p>{q.clone()}</p>
                    <div class="report-answer" aria-hidden="true"></div>
                </li>
            }
        })
        .collect_view();

    let first_button = NodeRef::<leptos::html::Button>::new();
    first_button.on_load(|b| {
        let _ = b.focus();
    });
    view! {
            <div
                class="report-screen"
                id="verslag"
                role="dialog"
                aria-modal="true"
                aria-labelledby="verslag-titel"
            >
                <article class="report">
                    <div class="report-actions">
                        <button
                            type="button"
                            class="button button-primary"
                            id="verslag-afdrukken"
                            node_ref=first_button
                            on:click=move |_| {
                                if let Some(w) = web_sys::window() {
                                    let _ = w.print();
                                }
                            }
                        >
                            {rt.print_button}
                        </button>
                        <span class="report-print-hint">{rt.print_hint}</span>
                        <button type="button" class="button" id="verslag-sluiten" on:click=move |_| close()>
                            {rt.close}
                        </button>
                    </div>
                    <header class="report-head">
                        <p class="report-kicker">{rt.kicker}</p>
                        <h1 id="verslag-titel">{content.title.clone()}</h1>
                        <p class="report-run">{run_line}</p>
                        {(!learner.is_empty()).then(|| view! {
                            <p class="report-learner">{rt.learner}": "{learner.clone()}</p>
                        })}
                    </header>
                    {(!goals.is_empty()).then(|| view! {
                        <section class="report-section" aria-labelledby="verslag-leerdoelen">
                            <h2 id="verslag-leerdoelen">{st.learning_goals_heading}</h2>
                            <ul>{goals.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
                        </section>
                    })}
                    <section class="report-section" aria-labelledby="verslag-opdrachten">
                        <h2 id="verslag-opdrachten">{st.assignments_heading}</h2>
                        {assignments}
                    </section>
                    <section class="report-section" aria-labelledby="verslag-kerncijfers">
                        <h2 id="verslag-kerncijfers">{st.key_figures_heading}</h2>
    <FiguresTable first=content.first last=content.last class="report-table"/>
                    </section>
                    <section class="report-section report-charts" aria-labelledby="verslag-grafieken">
                        <h2 id="verslag-grafieken">{rt.charts_heading}</h2>
                        <div class="report-chart-grid">{charts}</div>
                    </section>
                    <section class="report-section report-decisions" aria-labelledby="verslag-beslissingen">
                        <h2 id="verslag-beslissingen">{rt.decisions_heading}</h2>
                        {if has_decisions {
                            view! {
                                <table class="report-table" id="verslag-beslissingen-tabel">
                                    <thead>
                                        <tr>
                                            <th scope="col">{rt.col_week}</th>
                                            <th scope="col">{rt.col_lever}</th>
                                            <th scope="col">{rt.col_from}</th>
                                            <th scope="col">{rt.col_to}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{decision_rows}</tbody>
                                </table>
                            }
                                .into_any()
                        } else {
                            view! { <p>{rt.no_decisions}</p> }.into_any()
                        }}
                    </section>
                    {(!content.debrief.is_empty()).then(|| view! {
                        <section class="report-section report-debrief" aria-labelledby="verslag-nabespreking">
                            <h2 id="verslag-nabespreking">{st.debrief_heading}</h2>
                            <ol>{debrief}</ol>
                        </section>
                    })}
                </article>
            </div>
        }
}

/// Take every chart's picture once it is drawn: ask for a drawing at the charts' current size,
/// then look a frame later, trying again (at most `tries` times) while one is missing.
fn take_pictures(
    session: crate::session::Session,
    pictures: RwSignal<Vec<Option<String>>>,
    tries: u32,
) {
    session.chart_version.update(|v| *v += 1);
    request_animation_frame(move || {
        let Some(earlier) = pictures.try_get_untracked() else {
            return; // the report was closed
        };
        // Keep what an earlier try pictured; picture the rest now.
        let taken: Vec<Option<String>> = chart_images::CANVAS_IDS
            .iter()
            .zip(earlier)
            .map(|(id, earlier)| earlier.or_else(|| chart_images::picture(id)))
            .collect();
        let complete = taken.iter().all(Option::is_some);
        pictures.set(taken);
        if !complete && tries > 0 {
            take_pictures(session, pictures, tries - 1);
        }
    });
}

/// While the report is open: `data-report` on the root element (the print stylesheet shows only
/// the report) and everything else in the app inert (no focus, no clicks behind it).
fn set_page_behind(report_open: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = if report_open {
            root.set_attribute("data-report", "")
        } else {
            root.remove_attribute("data-report")
        };
    }
    let app = document.query_selector(".app").ok().flatten();
    let mut child = app.and_then(|app| app.first_element_child());
    while let Some(element) = child {
        if element.id() != "verslag" {
            let _ = if report_open {
                element.set_attribute("inert", "")
            } else {
                element.remove_attribute("inert")
            };
        }
        child = element.next_element_sibling();
    }
}

/// A button that opens the report (in the keep dialog and the result view).
#[component]
pub fn ReportButton(
    /// Element id of the button.
    id: &'static str,
) -> impl IntoView {
    let ui = use_scenario_ui();
    view! {
        <button type="button" class="button" id=id on:click=move |_| ui.dialog.set(Dialog::Report)>
            {report_texts().open_button}
        </button>
    }
}
