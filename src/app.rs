//! The top-level layout and the one place that owns the run state (through [`Session`]).

use crate::charts::Charts;
use crate::controls::ControlPanel;
use crate::cycle::CycleDiagram;
use crate::figures::KeyFigures;
use crate::i18n::texts;
use crate::keep::{KeepButton, StartNotices, browser_store, provide_keep_ui, share};
use crate::notices::{EventNotice, RunEndNotice, UrlNotices};
use crate::scenario::{AssignmentPanel, ScenarioBar, ScenarioDialogs, provide_scenario_ui};
use crate::session::Session;
use crate::state::run_state::RunState;
use crate::state::startup::{self, PREVIOUS_KEY, StartNotice};
use crate::state::url_params::{self, StartOptions};
use crate::time::{TimeControls, animation, shortcuts};
use leptos::prelude::*;
use model::Scenario;

/// The seed of a new session; a share link or a saved session carries its own.
pub const DEFAULT_SEED: u64 = 2024;

#[component]
pub fn App() -> impl IntoView {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (options, problems) = url_params::parse(&query);
    let address = startup::AddressAsks {
        share_code: options.session.as_deref(),
        fresh_run: options.seed.is_some() || options.population.is_some(),
    };
    let mut startup = startup::decide(
        address,
        browser_store::read(),
        browser_store::stored_is_shared(),
    );
    // A copy that cannot be kept aside must not be overwritten either: then autosave stays off.
    let kept = startup
        .side_copies
        .iter()
        .all(|copy| browser_store::keep_copy(copy.key, &copy.text));
    if !kept && !startup.notices.contains(&StartNotice::StorageUnavailable) {
        startup.notices.push(StartNotice::StorageUnavailable);
    }
    if startup.opened_from_address {
        browser_store::mark_shared(true);
        // The learner's own run was kept aside; so is its comparison, if there was one.
        if startup.side_copies.iter().any(|c| c.key == PREVIOUS_KEY) {
            crate::keep::set_comparison_aside();
        }
    }
    if address.share_code.is_some() || address.fresh_run || options.projector.is_some() {
        share::forget_start_options_in_address();
    }
    let resumed = startup.state.is_some();
    let state = startup.state.unwrap_or_else(|| fresh_run(&options));
    let session = Session::new(state);
    provide_context(session);
    let language = crate::language::provide(session, options.language);
    animation::drive(session);
    let projector = crate::projector::provide(session, options.projector);
    shortcuts::listen(session, projector);
    let scenarios = provide_scenario_ui(session);
    let stage_view = crate::pyramid::provide_stage_view();
    crate::follow::provide_column_view();
    if resumed {
        scenarios.resume();
    }
    if resumed && !startup.opened_from_address {
        crate::keep::resume_comparison(session);
    }
    provide_keep_ui(session, scenarios, startup.learner, startup.notices);
    if options.teacher {
        scenarios.dialog.set(crate::scenario::Dialog::Teacher);
    }
    view! {
        <div class="app">
            // Built again in the other language when the learner switches; the run, the dialogs'
            // state and the settings live above this, so nothing else changes.
            {move || {
                language.current.track();
                view! { <Page scenarios stage_view problems=problems.clone()/> }
            }}
        </div>
    }
}

/// Everything the page shows, in the current language.
#[component]
fn Page(
    scenarios: crate::scenario::ScenarioUi,
    stage_view: RwSignal<crate::pyramid::StageView>,
    problems: Vec<crate::state::url_params::UrlProblem>,
) -> impl IntoView {
    let t = texts();
    view! {
            <header class="app-header">
                <div class="brand">
                    <span class="logo" aria-hidden="true"></span>
                    <h1>{t.app_name}</h1>
                    <span class="tagline">{t.tagline}</span>
                </div>
                <ScenarioBar/>
                <KeepButton/>
                <crate::glossary::GlossaryButton/>
                <crate::projector::ProjectorButton/>
                <crate::classroom::TeacherButton/>
                <crate::language::LanguageSwitch/>
                <span class="shortcuts-hint">{t.shortcuts_hint}</span>
            </header>
            // Built again when another scenario is loaded (locked and hidden levers, its length).
            {move || {
                scenarios.generation.track();
                view! {
                    <ControlPanel/>
                    <main class="stage">
                        <KeyFigures/>
                        <crate::classroom::WhatIfBar/>
                        {move || {
                            // One arm per card, so each is built in one place.
                            let treated = crate::session::use_session().with_live(|live| {
                                live.state().run().scenario.offers_tier_treatment()
                            });
                            let wanted = stage_view.get();
                            if wanted == crate::pyramid::StageView::Treatment && !treated {
                                // Another scenario without it: the pyramid, pressed in the switch.
                                stage_view.set(crate::pyramid::StageView::Pyramid);
                            }
                            match wanted {
                                crate::pyramid::StageView::Cycle => {
                                    view! { <CycleDiagram/> }.into_any()
                                }
                                crate::pyramid::StageView::Treatment if treated => {
                                    view! { <crate::treatment::TreatmentCard/> }.into_any()
                                }
                                _ => view! { <crate::pyramid::PyramidCard/> }.into_any(),
                            }
                        }}
                        <RunEndNotice/>
                        <EventNotice/>
                        <TimeControls/>
                    </main>
                }
            }}
            <UrlNotices problems/>
            <StartNotices/>
            <Charts/>
            <AssignmentPanel/>
            <ScenarioDialogs/>
            <PerformanceProbe/>
    }
}

/// Free play at week 0 with the address's seed and market size (when it gives them).
fn fresh_run(options: &StartOptions) -> RunState {
    let mut scenario = Scenario::free_play();
    if let Some(population) = options.population {
        scenario.market.population = population;
    }
    RunState::new(scenario, options.seed.unwrap_or(DEFAULT_SEED))
}

/// Frame-time figures of the animation loop as data attributes, for measurement and tests.
#[component]
fn PerformanceProbe() -> impl IntoView {
    let session = crate::session::use_session();
    let stats = move |f: fn(&crate::state::frame_stats::FrameStats) -> f64| {
        move || session.frame_stats.with(|s| format!("{:.2}", f(s)))
    };
    view! {
        <div
            id="prestaties"
            hidden
            data-frames=move || session.frame_stats.with(|s| s.frames().to_string())
            data-interval-mean-ms=stats(|s| s.interval_ms.mean())
            data-interval-max-ms=stats(|s| s.interval_ms.max())
            data-simulation-mean-ms=stats(|s| s.simulation_ms.mean())
            data-simulation-max-ms=stats(|s| s.simulation_ms.max())
            data-chart-mean-ms=stats(|s| s.chart_ms.mean())
            data-chart-max-ms=stats(|s| s.chart_ms.max())
            data-population=move || session.latest.with(|s| s.population.to_string())
        ></div>
    }
}
