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

/// The lesson's event acting in the week on screen, while time stands still (it stops by itself
/// in the event's first week): what happens, when, and the lesson's own words or ours. The
/// learner can close it; the next event shows again, and so does this one after a reset.
#[component]
pub fn EventNotice() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let closed = RwSignal::new(None::<(usize, u32)>);
    // Back before a closed event's first week (a reset, another run): it may show again.
    Effect::new(move |_| {
        let week = session.latest.with(|s| s.week);
        if closed
            .get_untracked()
            .is_some_and(|(_, first)| week < first)
        {
            closed.set(None);
        }
    });
    let notice = Memo::new(move |_| {
        if session.playback.with(|p| p.is_playing()) {
            return None;
        }
        let week = session.latest.with(|s| s.week);
        session.edits.track();
        session.with_live(|live| {
            let events = &live.state().run().scenario.events;
            let index = crate::state::scenario_events::acting_event(events, week)?;
            let event = &events[index];
            let kind = event.kind.index();
            let lang = crate::i18n::current_language();
            let own = event.notice.get(lang);
            let text = if own.is_empty() {
                t.event_descriptions[kind].to_string()
            } else {
                own.to_string()
            };
            Some((
                (index, event.week),
                t.event_names[kind],
                (t.event_weeks)(event.week, event.last_week()),
                text,
            ))
        })
    });
    let shown = move || notice.get().filter(|(key, ..)| closed.get() != Some(*key));
    view! {
        {move || {
            shown()
                .map(|(key, name, when, text)| {
                    view! {
                        <div class="notice notice-event" role="alert" id="gebeurtenis">
                            <p>
                                <strong class="event-name">{name}</strong>
                                <span class="event-weeks">{format!(" ({when})")}</span>
                                " "
                                {text}
                            </p>
                            <button type="button" class="notice-close" on:click=move |_| closed.set(Some(key))>
                                {t.dismiss}
                            </button>
                        </div>
                    }
                })
        }}
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
