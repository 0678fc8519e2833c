//! The treatment card: a row per tier with its service and binding factor, its contact channel and
//! what that channel costs beyond the helpdesk this week.

use super::choices::{choice_text, parse_choice, values_for};
use crate::i18n::treatment_texts::{setting_name, setting_value};
use crate::i18n::{current_language, pyramid_texts, texts, treatment_texts};
use crate::pyramid::StageSwitch;
use crate::session::use_session;
use crate::state::pyramid_figures::PyramidFigures;
use leptos::prelude::*;
use model::{Setting, Tier};

#[component]
pub fn TreatmentCard() -> impl IntoView {
    let session = use_session();
    let (t, pt, tt) = (texts(), pyramid_texts(), treatment_texts());
    let figures = Memo::new(move |_| {
        session.latest.track();
        session.with_live(|live| PyramidFigures::of(live.history()))
    });
    let row = move |tier: Tier| {
        let i = tier.index();
        let contact_costs = move || session.latest.with(|s| s.pyramid[i].contact_costs_eur);
        let profit = move || figures.with(|f| f.layers[i].profit_eur);
        view! {
            <tr data-treatment-tier=tier.key() class:loss=move || profit() < 0.0>
                <th scope="row" title=pt.tiers[i]>{tt.tiers_short[i]}</th>
                <td><SettingSelect setting=Setting::Service(tier)/></td>
                <td><SettingSelect setting=Setting::Binding(tier)/></td>
                <td><SettingSelect setting=Setting::Channel(tier)/></td>
                <td
                    class="treatment-cost"
                    data-contact-costs=move || format!("{:.2}", contact_costs())
                >
                    {move || t.numbers.euros(contact_costs())}
                </td>
                <td class="treatment-profit" data-profit=move || format!("{:.2}", profit())>
                    {move || t.numbers.euros(profit())}
                </td>
            </tr>
        }
    };
    view! {
        <section class="cycle card treatment-card" aria-labelledby="behandeling-titel" id="behandeling">
            <div class="cycle-head">
                <h2 id="behandeling-titel" class="cycle-title">
                    <crate::glossary::GlossaryLink concept="kosten-per-klantcontact" text=tt.heading/>
                </h2>
                <StageSwitch/>
            </div>
            <p class="treatment-intro">{tt.intro}</p>
            <table class="treatment-table">
                <thead>
                    <tr>
                        <th scope="col">{tt.col_tier}</th>
                        <th scope="col">{tt.col_service}</th>
                        <th scope="col">{tt.col_binding}</th>
                        <th scope="col">{tt.col_channel}</th>
                        <th scope="col" class="treatment-cost">{tt.col_contact_costs}</th>
                        <th scope="col" class="treatment-profit">{pt.col_profit}</th>
                    </tr>
                </thead>
                <tbody>{Tier::ALL.map(row).collect_view()}</tbody>
            </table>
            <p class="cycle-note">{tt.channel_note} " " {tt.note}</p>
        </section>
    }
}

/// One selector: the setting's value in force now; a choice goes to the session (from next week).
#[component]
fn SettingSelect(setting: Setting) -> impl IntoView {
    let session = use_session();
    let language = current_language();
    let current = Memo::new(move |_| session.policy.with(|policy| policy.setting(setting)));
    // Rebuilt only when the list itself changes (a value off the steps comes or goes), so a
    // screen reader stepping through the choices keeps its place.
    let values = Memo::new(move |_| values_for(setting, current.get()));
    let options = move || {
        let now = current.get_untracked();
        values
            .get()
            .into_iter()
            .map(|value| {
                view! {
                    <option value=choice_text(value) selected=value == now>
                        {setting_value(setting, value, language)}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <select
            class="treatment-select"
            data-setting=setting.key()
            aria-label=setting_name(setting, language)
            prop:value=move || choice_text(current.get())
            on:change=move |event| {
                if let Some(value) = parse_choice(setting, &event_target_value(&event)) {
                    session.change_setting(setting, value);
                }
            }
        >
            {options}
        </select>
    }
}
