//! Short messages over the stage: a link value that could not be used, the end of the scenario.

use crate::i18n::texts;
use crate::session::use_session;
use crate::state::url_params::UrlProblem;
use leptos::prelude::*;
use model::WEEKS_MAX;

/// Link values that were ignored, each with a way to close it.
#[component]
pub fn UrlNotices(problems: Vec<UrlProblem>) -> impl IntoView {
    let t = texts();
    let open = RwSignal::new(!problems.is_empty());
    let messages: Vec<String> = problems
        .iter()
        .map(|p| (t.url_problem)(&p.key, &p.value, p.expected))
        .collect();
    view! {
        <Show when=move || open.get()>
            <div class="notice notice-warning" role="alert" id="linkmelding">
                <ul>
                    {messages.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}
                </ul>
                <button type="button" class="notice-close" on:click=move |_| open.set(false)>
                    {t.dismiss}
                </button>
            </div>
        </Show>
    }
}

/// Shown while time stands still at the scenario's last week, or at the longest run there is.
#[component]
pub fn RunEndNotice() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let weeks = session.scenario_weeks();
    let message = Memo::new(move |_| {
        let week = session.latest.with(|s| s.week);
        if session.playback.with(|p| p.is_playing()) {
            None
        } else if week >= WEEKS_MAX {
            Some(t.run_limit.to_string())
        } else if week == weeks {
            Some((t.run_end)(weeks))
        } else {
            None
        }
    });
    view! {
        {move || {
            message
                .get()
                .map(|text| view! { <p class="notice notice-info" role="status" id="einde-scenario">{text}</p> })
        }}
    }
}
