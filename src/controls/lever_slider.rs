//! One lever: a labelled range input with its value in words, its weekly cost and an explanation
//! on demand. Moving it changes the policy from the next week on.

use super::lever_level::{from_slider, level_index, to_slider};
use crate::glossary::GlossaryLink;
use crate::i18n::texts;
use crate::session::use_session;
use leptos::prelude::*;
use model::Lever;

#[component]
pub fn LeverSlider(lever: Lever) -> impl IntoView {
    let session = use_session();
    let t = texts();
    let words = &t.levers[lever.index()];
    let key = lever.key();
    let id = format!("hendel-{key}");
    let explanation_id = format!("{id}-uitleg");
    let cost_id = format!("{id}-kosten");
    let locked = session.with_live(|live| live.state().run().scenario.is_locked(lever));
    let lock_reason =
        session.with_live(|live| crate::scenario::lock_reason(&live.state().run().scenario));

    let value = Memo::new(move |_| session.policy.with(|p| p.get(lever)));
    let word = move || words.levels[level_index(value.get())];
    let cost = Memo::new(move |_| {
        session.latest.track();
        let v = value.get();
        session.with_live(|live| live.simulation().lever_weekly_cost_eur(lever, v))
    });
    let cost_text = move || {
        let eur = cost.get();
        if eur.abs() < 0.5 {
            t.no_cost.to_string()
        } else {
            (t.cost_per_week)(eur)
        }
    };
    let open = RwSignal::new(false);

    view! {
        <div class="lever" class:locked=locked data-lever=key title=locked.then(|| lock_reason.clone())>
            <div class="lever-head">
                <label for=id.clone()>{words.name}</label>
                <button
                    type="button"
                    class="explain-toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=explanation_id.clone()
                    title=move || if open.get() { t.explain_hide } else { t.explain_show }
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span aria-hidden="true">"i"</span>
                    <span class="visually-hidden">{format!("{} {}", t.explain_show, words.name)}</span>
                </button>
                <span class="lever-value" aria-hidden="true">{word}</span>
            </div>
            <div class="lever-body">
                <input
                    type="range"
                    id=id
                    min="0"
                    max="100"
                    step="1"
                    disabled=locked
                    prop:value=move || to_slider(value.get()).to_string()
                    style=move || format!("--fill: {}%", to_slider(value.get()))
                    aria-valuetext=move || format!("{} ({} %)", word(), to_slider(value.get()))
                    aria-describedby=cost_id.clone()
                    data-value=move || format!("{:.2}", value.get())
                    on:input=move |ev| {
                        if let Some(v) = from_slider(&event_target_value(&ev)) {
                            session.change_lever(lever, v);
                        }
                    }
                />
                <span class="lever-cost" id=cost_id data-value=move || format!("{:.2}", cost.get())>
                    {cost_text}
                </span>
            </div>
            {locked.then(|| view! {
                <p class="lever-lock">
                    <span class="lock-icon" aria-hidden="true"></span>
                    {t.lever_locked}
                    <span class="visually-hidden">{format!(": {lock_reason}")}</span>
                </p>
            })}
            <div class="lever-explanation" id=explanation_id hidden=move || !open.get()>
                <p>{words.explanation}</p>
                <GlossaryLink
                    concept=crate::glossary::links::for_lever(lever)
                    text=crate::i18n::glossary_texts().lever_link
                    class="lever-glossary"
                />
            </div>
        </div>
    }
}
