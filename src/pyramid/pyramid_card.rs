//! The customer pyramid card: four layers, top first, each as wide as its place in the pyramid,
//! with its customers and profit; the tiers that cost money are marked, counted and summed.

use super::StageSwitch;
use crate::i18n::{pyramid_texts, texts};
use crate::session::use_session;
use crate::state::pyramid_figures::PyramidFigures;
use leptos::prelude::*;

#[component]
pub fn PyramidCard() -> impl IntoView {
    let session = use_session();
    let (t, pt) = (texts(), pyramid_texts());
    let figures = Memo::new(move |_| {
        session.latest.track();
        session.with_live(|live| PyramidFigures::of(live.history()))
    });
    let percent = move |share: f64| format!("{} %", t.numbers.format(share * 100.0, 0));
    let layer = move |i: usize| {
        let get = move || figures.with(|f| f.layers[i]);
        view! {
            <tr
                class="pyramid-layer"
                class:loss=move || get().unprofitable()
                data-tier=model::Tier::ALL[i].key()
                data-customers=move || get().customers.to_string()
                data-profit=move || format!("{:.2}", get().profit_eur)
            >
                <td class="pyramid-shape-cell">
                    <span
                        class="pyramid-shape"
                        aria-hidden="true"
                        style=format!("--layer: {}", i + 1)
                    ></span>
                </td>
                <th scope="row">
                    {pt.tiers[i]}
                    {move || get().unprofitable().then(|| view! {
                        <span class="loss-badge">{pt.loss_badge}</span>
                    })}
                </th>
                <td>{move || t.numbers.format(f64::from(get().customers), 0)}</td>
                <td>{move || percent(get().customer_share)}</td>
                <td class="pyramid-profit">{move || t.numbers.euros(get().profit_eur)}</td>
                <td>{move || get().profit_share.map_or("—".to_string(), percent)}</td>
            </tr>
        }
    };
    let summary = move || {
        figures.with(|f| {
            if f.unprofitable_customers == 0 {
                pt.none_unprofitable.to_string()
            } else {
                (pt.unprofitable)(
                    &t.numbers.format(f64::from(f.unprofitable_customers), 0),
                    &t.numbers.euros(f.unprofitable_loss_eur),
                )
            }
        })
    };
    view! {
        <section class="cycle card pyramid-card" aria-labelledby="piramide-titel">
            <div class="cycle-head">
                <h2 id="piramide-titel" class="cycle-title">{pt.heading}</h2>
                <StageSwitch/>
            </div>
            <table class="pyramid-table" id="piramide">
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{pt.col_tier}</th>
                        <th scope="col">{pt.col_customers}</th>
                        <th scope="col">{pt.col_customer_share}</th>
                        <th scope="col">{pt.col_profit}</th>
                        <th scope="col">{pt.col_profit_share}</th>
                    </tr>
                </thead>
                <tbody>{(0..4).map(layer).collect_view()}</tbody>
            </table>
            <p
                class="pyramid-summary"
                id="onrendabel"
                data-customers=move || figures.with(|f| f.unprofitable_customers.to_string())
            >
                {summary}
                " "
                <strong>{pt.question}</strong>
            </p>
            <dl class="pyramid-shares">
                <div>
                    <dt>{pt.share_of_wallet}</dt>
                    <dd id="share-of-wallet">{move || percent(figures.with(|f| f.share_of_wallet))}</dd>
                </div>
                <div>
                    <dt>{pt.share_of_market}</dt>
                    <dd id="klantaandeel">{move || percent(figures.with(|f| f.share_of_market))}</dd>
                </div>
            </dl>
            <CustomerTypeCounts/>
            <p class="cycle-note">{(pt.note)(crate::state::pyramid_figures::PROFIT_WEEKS)}</p>
        </section>
    }
}

/// The active customers by the course's five customer types (klanttypen), counted over the whole
/// market as often as the charts redraw.
#[component]
fn CustomerTypeCounts() -> impl IntoView {
    let session = use_session();
    let (t, pt) = (texts(), pyramid_texts());
    let names = crate::i18n::follow_texts().customer_types;
    // Redrawn with the charts (every step while paused, a few times a second while playing):
    // a pass over a market of a million is a few milliseconds, too much for every frame.
    let counts = Memo::new(move |_| {
        session.chart_version.track();
        session.with_live(|live| live.simulation().customer_type_counts())
    });
    let items = model::CustomerType::ALL
        .into_iter()
        .map(|kind| {
            let i = kind.index();
            view! {
                <li data-type=format!("{kind:?}").to_lowercase() data-count=move || counts.with(|c| c[i].to_string())>
                    <span class="type-name">{names[i]}</span>
                    " "
                    <strong>{move || counts.with(|c| t.numbers.format(f64::from(c[i]), 0))}</strong>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="customer-types" id="klanttypen">
            <h3>
                <crate::glossary::GlossaryLink concept="klanttypen" text=pt.customer_types/>
            </h3>
            <ul>{items}</ul>
        </div>
    }
}
