//! The strip of key figures above the cycle diagram.

use super::figure_card::{Figure, FigureCard};
use crate::i18n::texts;
use crate::session::use_session;
use crate::state::trend::trend;
use leptos::prelude::*;
use model::Snapshot;

/// What one key figure shows: how to read it from a snapshot, how to write it, and how large a
/// change must be before it counts as a trend.
struct Definition {
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    /// The full explanation for the tooltip and screen readers (the hint when there is none).
    description: Option<&'static str>,
    value: fn(&Snapshot) -> f64,
    format: fn(f64) -> String,
    format_change: fn(f64) -> String,
    tolerance: f64,
}

fn definitions() -> [Definition; 5] {
    let t = texts();
    [
        Definition {
            id: "kengetal-nps",
            label: t.figure_nps,
            hint: t.figure_nps_hint,
            description: Some(t.figure_nps_question),
            value: |s| s.nps,
            format: |v| texts().numbers.format_signed(v, 0),
            format_change: |v| texts().numbers.format_signed(v, 0),
            tolerance: 1.0,
        },
        Definition {
            id: "kengetal-tevredenheid",
            label: t.figure_satisfaction,
            hint: t.figure_satisfaction_hint,
            description: None,
            value: |s| s.satisfaction,
            format: |v| texts().numbers.format(v, 1),
            format_change: |v| texts().numbers.format_signed(v, 1),
            tolerance: 0.05,
        },
        Definition {
            id: "kengetal-clv",
            label: t.figure_clv,
            hint: t.figure_clv_hint,
            description: Some(t.figure_clv_explained),
            value: |s| s.clv_wxa_net,
            format: |v| texts().numbers.euros(v),
            format_change: signed_euros,
            tolerance: 1.0,
        },
        Definition {
            id: "kengetal-klantbehoud",
            label: t.figure_retention,
            hint: t.figure_retention_hint,
            description: None,
            value: |s| s.retention_rate * 100.0,
            format: |v| format!("{} %", texts().numbers.format(v, 0)),
            format_change: |v| (texts().percentage_points)(v),
            tolerance: 0.5,
        },
        Definition {
            id: "kengetal-winst",
            label: t.figure_profit,
            hint: t.figure_profit_hint,
            description: None,
            value: |s| s.profit,
            format: profit_text,
            format_change: signed_euros,
            tolerance: 50.0,
        },
    ]
}

/// Profit per week, short enough for the card in a market of a million: "€ 8.880",
/// "€ 58,9k", "€ 589k", "€ 1,2 mln".
fn profit_text(euros: f64) -> String {
    texts().numbers.euros_compact(euros)
}

/// A change in euros with its sign: "+€ 120" or "−€ 45".
fn signed_euros(change: f64) -> String {
    let euros = texts().numbers.euros(change);
    if change >= 0.0 {
        format!("+{euros}")
    } else {
        euros
    }
}

#[component]
pub fn KeyFigures() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let cards = definitions()
        .into_iter()
        .map(|d| {
            let figure = Memo::new(move |_| {
                session.latest.track();
                session.with_live(|live| {
                    let history = live.history();
                    let latest = live.latest();
                    Figure {
                        value: (d.value)(latest),
                        trend: trend(history, d.value, d.tolerance),
                    }
                })
            });
            let original = Memo::new(move |_| {
                session.latest.track();
                session.fork_week.track();
                session.with_original(|run| run.map(|run| (d.value)(run.latest())))
            });
            view! {
                <FigureCard
                    id=d.id
                    label=d.label
                    hint=d.hint
                    description=d.description.unwrap_or(d.hint)
                    figure=figure
                    original=original
                    format=d.format
                    format_change=d.format_change
                />
            }
        })
        .collect_view();
    view! {
        <section class="key-figures" aria-label=t.figures_heading>
            {cards}
        </section>
    }
}
