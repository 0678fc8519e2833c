//! The control panel: every lever group and the total weekly cost of the policy.

use super::lever_group::LeverGroup;
use super::lever_level::GROUPS;
use crate::i18n::texts;
use crate::session::use_session;
use leptos::prelude::*;
use model::Lever;

#[component]
pub fn ControlPanel() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let total_cost = Memo::new(move |_| {
        session.latest.track();
        let policy = session.policy.get();
        session.with_live(|live| {
            Lever::ALL
                .into_iter()
                .map(|lever| {
                    live.simulation()
                        .lever_weekly_cost_eur(lever, policy.get(lever))
                })
                .sum::<f64>()
        })
    });
    view! {
        <aside class="controls-panel card" aria-labelledby="beleid-titel">
            <h2 id="beleid-titel">{t.controls_heading}</h2>
            {GROUPS.into_iter().map(|(group, levers)| view! { <LeverGroup group levers/> }).collect_view()}
            <p class="policy-cost">
                <span>{t.total_cost_label}</span>
                <strong id="beleidskosten" data-value=move || format!("{:.2}", total_cost.get())>
                    {move || (t.cost_per_week)(total_cost.get())}
                </strong>
            </p>
        </aside>
    }
}
