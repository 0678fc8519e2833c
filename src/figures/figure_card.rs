//! One key figure: label, value, trend arrow and what the figure means.

use crate::glossary::GlossaryLink;
use crate::i18n::texts;
use crate::state::trend::{Direction, Trend};
use leptos::prelude::*;

/// The value of a key figure this week and its trend.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub trend: Trend,
}

#[component]
pub fn FigureCard(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    description: &'static str,
    figure: Memo<Figure>,
    /// While comparing ("Wat als?"): the value in run A (the figure's own value is run B's).
    original: Memo<Option<f64>>,
    format: fn(f64) -> String,
    format_change: fn(f64) -> String,
) -> impl IntoView {
    let t = texts();
    let c = crate::i18n::class_texts();
    let direction = move || figure.get().trend.direction;
    let arrow = move || match direction() {
        Direction::Up => "▲",
        Direction::Down => "▼",
        Direction::Flat => "→",
    };
    let trend_words = move || {
        let f = figure.get();
        let word = match f.trend.direction {
            Direction::Up => t.trend_up,
            Direction::Down => t.trend_down,
            Direction::Flat => t.trend_flat,
        };
        match f.trend.direction {
            Direction::Flat => format!("{word} {}", t.trend_period),
            _ => format!(
                "{word}: {} {}",
                format_change(f.trend.change),
                t.trend_period
            ),
        }
    };
    view! {
        <div
            class="figure card"
            id=id
            data-value=move || format!("{:.4}", figure.get().value)
            data-trend=move || format!("{:?}", direction()).to_lowercase()
            title=format!("{label}: {description}")
        >
            <div class="figure-label">
                {match crate::glossary::links::for_element(id) {
                    Some(concept) => view! { <GlossaryLink concept text=label/> }.into_any(),
                    None => label.into_any(),
                }}
            </div>
            {move || match original.get() {
                None => {
                    view! {
                        <div class="figure-value">
                            <span class="figure-number">{move || format(figure.get().value)}</span>
                            <span class="figure-trend" title=trend_words aria-hidden="true">
                                {arrow}
                            </span>
                            <span class="visually-hidden">{trend_words}</span>
                        </div>
                        <div class="figure-hint" aria-hidden="true">{hint}</div>
                    }
                        .into_any()
                }
                Some(a) => {
                    let b = figure.get().value;
                    let difference = b - a;
                    view! {
                        <div class="figure-compare">
                            <span class="figure-run" data-run="a" data-value=format!("{a:.4}")>
                                <span class="run-name">{c.what_if_a_short}</span>
                                {format(a)}
                            </span>
                            <span class="figure-run" data-run="b" data-value=format!("{b:.4}")>
                                <span class="run-name">{c.what_if_b_short}</span>
                                {format(b)}
                            </span>
                        </div>
                        <div
                            class="figure-difference"
                            title=c.what_if_difference
                            data-difference=format!("{difference:.4}")
                            data-sign=sign_of(difference)
                        >
                            <span aria-hidden="true">"Δ "</span>
                            <span class="visually-hidden">{c.what_if_difference}": "</span>
                            {format_change(difference)}
                        </div>
                    }
                        .into_any()
                }
            }}
            <span class="visually-hidden">{description}</span>
        </div>
    }
}

/// "up", "down" or "same" for a difference between two runs (for its colour and for tests).
fn sign_of(difference: f64) -> &'static str {
    if difference > 1e-9 {
        "up"
    } else if difference < -1e-9 {
        "down"
    } else {
        "same"
    }
}
