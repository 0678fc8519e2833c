//! Picking someone to follow: a list of phases (or all customers) and a button.

use super::ColumnView;
use crate::i18n::{follow_texts, texts};
use crate::session::use_session;
use leptos::prelude::*;
use model::Phase;

/// The phase list and the "Volg iemand" button; `notice` receives the message when nobody is in
/// the chosen phase.
#[component]
pub fn PickControls(notice: RwSignal<String>) -> impl IntoView {
    let session = use_session();
    let column = super::use_column_view();
    let t = follow_texts();
    let phases = &texts().phases;
    // "" = any customer, else a phase key.
    let chosen = RwSignal::new(String::new());
    let options = Phase::ALL
        .into_iter()
        .map(|phase| {
            view! { <option value=phase.key()>{phases[phase.index()].name}</option> }
        })
        .collect_view();
    let follow = move |_| {
        let phase = Phase::ALL
            .into_iter()
            .find(|p| p.key() == chosen.get_untracked());
        session.stop_following();
        if super::follow_someone(session, column, phase) {
            notice.set(String::new());
            column.set(ColumnView::Follow);
            crate::focus::focus_after_render("volg-ander");
        } else {
            notice.set(match phase {
                Some(p) => (t.nobody_in)(t.phase_one[p.index()]),
                None => t.no_customers.to_string(),
            });
        }
    };
    view! {
        <div class="follow-pick">
            <label>
                <span>{t.pick_from}</span>
                <select
                    id="volg-fase"
                    on:change=move |event| chosen.set(event_target_value(&event))
                >
                    <option value="" selected>{t.any_customer}</option>
                    {options}
                </select>
            </label>
            <button type="button" class="button button-primary" id="volg-knop" on:click=follow>
                {t.follow_button}
            </button>
        </div>
    }
}
