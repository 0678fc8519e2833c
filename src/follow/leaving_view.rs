//! Why the followed person left: the main reason in words, what they expected and got that week,
//! and the factors their chance of leaving was made of (from the model's churn rule).

use crate::i18n::{follow_texts, texts};
use leptos::prelude::*;
use model::{FollowedWeek, PhaseChange};

#[component]
pub fn LeavingView(
    change: PhaseChange,
    /// The person's record of the week they left.
    that_week: Option<FollowedWeek>,
) -> impl IntoView {
    let f = follow_texts();
    let numbers = texts().numbers;
    let Some(leaving) = change.leaving else {
        return ().into_any();
    };
    let d = leaving.drivers;
    let factors = [
        d.satisfaction,
        d.aftersales,
        d.competitor,
        d.price,
        d.binding,
        d.tenure,
    ];
    let rows = f.drivers[1..]
        .iter()
        .zip(factors)
        .map(|(name, factor)| {
            let push = if factor > 1.0 + 1e-9 {
                "push"
            } else if factor < 1.0 - 1e-9 {
                "hold"
            } else {
                "none"
            };
            view! {
                <li data-effect=push>
                    <span>{*name}</span>
                    <span class="factor">{format!("× {}", numbers.format(factor, 2))}</span>
                </li>
            }
        })
        .collect_view();
    let got = that_week
        .and_then(|w| Some((w.expected?, w.performance?)))
        .map(|(e, p)| (f.expected_got)(&numbers.format(e, 1), &numbers.format(p, 1)));
    view! {
        <section class="follow-leaving" data-reason=format!("{:?}", leaving.reason)>
            <h3>{(f.left_in)(change.week)}</h3>
            <p class="follow-reason">{(f.reasons)(leaving.reason)}</p>
            {got.map(|text| view! { <p class="follow-got">{text}</p> })}
            <details class="follow-drivers">
                <summary>{f.drivers_heading}</summary>
                <ul>
                    <li data-effect="none">
                        <span>{f.drivers[0]}</span>
                        <span class="factor">{format!("{} %", numbers.format(d.base * 100.0, 2))}</span>
                    </li>
                    {rows}
                </ul>
                <p>{(f.chance_that_week)(&format!("{} %", numbers.format(leaving.chance * 100.0, 2)))}</p>
            </details>
        </section>
    }
    .into_any()
}
