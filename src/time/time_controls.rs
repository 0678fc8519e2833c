//! The time bar: play/pause, one week on, reset, speed and the current week.

use crate::i18n::texts;
use crate::session::use_session;
use crate::state::playback::Speed;
use leptos::prelude::*;
use model::WEEKS_MAX;

#[component]
pub fn TimeControls() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let playing = Memo::new(move |_| session.playback.with(|p| p.is_playing()));
    let week = Memo::new(move |_| session.latest.with(|s| s.week));
    let speed = Memo::new(move |_| session.playback.with(|p| p.speed()));
    let at_limit = Memo::new(move |_| week.get() >= WEEKS_MAX);
    let speed_name = move |s: Speed| match s {
        Speed::Normal => "1×",
        Speed::Fast => "4×",
        Speed::Max => t.speed_max,
    };
    view! {
        <section class="time-bar" aria-label=t.time_heading>
            <button
                type="button"
                id="afspelen"
                data-action="play"
                class="time-button play"
                class:is-playing=playing
                aria-pressed=move || playing.get().to_string()
                aria-keyshortcuts="Alt+K"
                disabled=move || at_limit.get() && !playing.get()
                title=move || format!("{} (Alt+K)", if playing.get() { t.pause } else { t.play })
                on:click=move |_| session.toggle_play()
            >
                <span class="icon" aria-hidden="true"></span>
                <span class="label">{move || if playing.get() { t.pause } else { t.play }}</span>
            </button>
            <button
                type="button"
                id="stap"
                data-action="step"
                class="time-button"
                title=t.step
                disabled=move || playing.get() || at_limit.get()
                on:click=move |_| session.step_once()
            >
                <span class="icon icon-step" aria-hidden="true"></span>
                <span class="label">{t.step}</span>
            </button>
            <button
                type="button"
                id="opnieuw"
                data-action="reset"
                class="time-button"
                aria-keyshortcuts="Alt+R"
                title=format!("{} (Alt+R)", t.reset)
                on:click=move |_| session.reset()
            >
                <span class="icon icon-reset" aria-hidden="true"></span>
                <span class="label">{t.reset}</span>
            </button>
            <crate::classroom::WhatIfButton/>
            <div class="speed" role="radiogroup" aria-label=t.speed>
                <span class="speed-label" aria-hidden="true">{t.speed}</span>
                {Speed::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <button
                                type="button"
                                role="radio"
                                class="speed-option"
                                data-speed=format!("{s:?}").to_lowercase()
                                aria-checked=move || (speed.get() == s).to_string()
                                on:click=move |_| session.set_speed(s)
                            >
                                {speed_name(s)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <output id="week" class="week-label" aria-live="off" data-week=move || week.get().to_string()>
                {move || (t.week_label)(week.get())}
            </output>
        </section>
    }
}
