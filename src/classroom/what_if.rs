//! "Wat als?": the time-bar button that forks the run, and the strip that says a comparison is on,
//! which line is which, and lets the learner go on with A or with B. The pair of runs lives in
//! `crate::state::runs`; the charts and key figures draw both while the comparison lasts.

use crate::focus::focus_after_render;
use crate::i18n::class_texts;
use crate::session::use_session;
use crate::state::runs::Keep;
use leptos::prelude::*;

/// Start comparing from the week on screen (hidden while comparing: the strip takes over).
#[component]
pub fn WhatIfButton() -> impl IntoView {
    let session = use_session();
    let t = class_texts();
    let comparing = move || session.fork_week.get().is_some();
    view! {
        <button
            type="button"
            id="wat-als"
            class="time-button what-if-button"
            title=t.what_if_explain
            hidden=comparing
            on:click=move |_| {
                session.fork();
                focus_after_render("houd-b");
            }
        >
            <span class="icon icon-fork" aria-hidden="true"></span>
            <span class="label">{t.what_if_button}</span>
        </button>
    }
}

/// Shown while comparing: since when, the key to the lines, and the way back to one run. The
/// announcement for screen readers lives in a region that is always on the page, so it is read
/// when a comparison starts.
#[component]
pub fn WhatIfBar() -> impl IntoView {
    let session = use_session();
    let t = class_texts();
    let keep = move |which| {
        session.keep(which);
        focus_after_render("wat-als");
    };
    let announcement = move || {
        session.fork_week.get().map(|week| {
            format!(
                "{} {}. {}",
                t.what_if_title,
                (t.what_if_since)(week),
                t.what_if_levers_note
            )
        })
    };
    view! {
        <span class="visually-hidden" role="status" id="wat-als-melding">{announcement}</span>
        {move || {
            session.fork_week.get().map(|week| {
                view! {
                    <section
                        class="what-if-bar"
                        id="wat-als-balk"
                        aria-labelledby="wat-als-titel"
                        data-fork-week=week.to_string()
                    >
                        <h2 class="what-if-title" id="wat-als-titel">{t.what_if_title}</h2>
                        <span class="what-if-since">{(t.what_if_since)(week)}</span>
                        <span class="what-if-key">
                            <span class="line-key" aria-hidden="true"></span>
                            {t.what_if_a}
                        </span>
                        <span class="what-if-key">
                            <span class="line-key dashed" aria-hidden="true"></span>
                            {t.what_if_b}
                        </span>
                        <span class="what-if-actions">
                            <button
                                type="button"
                                class="button"
                                id="houd-a"
                                on:click=move |_| keep(Keep::Original)
                            >
                                {t.what_if_keep_a}
                            </button>
                            <button
                                type="button"
                                class="button button-primary"
                                id="houd-b"
                                on:click=move |_| keep(Keep::WhatIf)
                            >
                                {t.what_if_keep_b}
                            </button>
                        </span>
                    </section>
                }
            })
        }}
    }
}
