//! "Wat als?": the time-bar button that forks the run, and the strip that says a comparison is on,
//! which line is which, and lets the learner go on with A or with B. The pair of runs lives in
//! `crate::state::runs`; the charts and key figures draw both while the comparison lasts.

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
            on:click=move |_| session.fork()
        >
            <span class="icon icon-fork" aria-hidden="true"></span>
            <span class="label">{t.what_if_button}</span>
        </button>
    }
}

/// Shown while comparing: since when, the key to the lines, and the way back to one run.
#[component]
pub fn WhatIfBar() -> impl IntoView {
    let session = use_session();
    let t = class_texts();
    move || {
        session.fork_week.get().map(|week| {
            view! {
                <section class="what-if-bar" id="wat-als-balk" aria-label=t.what_if_title data-fork-week=week.to_string()>
                    <h2 class="what-if-title">{t.what_if_title}</h2>
                    <span class="what-if-since">{(t.what_if_since)(week)}</span>
                    <span class="what-if-key">
                        <span class="line-key" aria-hidden="true"></span>
                        {t.what_if_a}
                    </span>
                    <span class="what-if-key">
                        <span class="line-key dashed" aria-hidden="true"></span>
                        {t.what_if_b}
                    </span>
                    <span class="visually-hidden" role="status">{t.what_if_levers_note}</span>
                    <span class="what-if-actions">
                        <button
                            type="button"
                            class="button"
                            id="houd-a"
                            on:click=move |_| session.keep(Keep::Original)
                        >
                            {t.what_if_keep_a}
                        </button>
                        <button
                            type="button"
                            class="button button-primary"
                            id="houd-b"
                            on:click=move |_| session.keep(Keep::WhatIf)
                        >
                            {t.what_if_keep_b}
                        </button>
                    </span>
                </section>
            }
        })
    }
}
