//! One phase of the cycle diagram: a circle sized by its share of the market, its name, the number
//! of people in it and (when it fits) the share in the circle.

use super::diagram_model::DiagramModel;
use super::labels::{name_lines, name_shift, share_percent, shows_share};
use super::layout;
use super::phase_style::PHASE_COLOR_VARS;
use crate::i18n::texts;
use leptos::prelude::*;
use model::Phase;

#[component]
pub fn PhaseNode(
    phase: Phase,
    model: Memo<DiagramModel>,
    /// How much larger than normal the diagram's type is (projector mode).
    text_scale: Memo<f64>,
    /// The phase of the person followed ("Volg een klant"), marked on their circle.
    followed: Memo<Option<Phase>>,
) -> impl IntoView {
    let t = texts();
    let session = crate::session::use_session();
    let column = crate::follow::use_column_view();
    let here = move || followed.get() == Some(phase);
    // A click picks someone in this phase to follow (the follow panel offers the same by keyboard).
    // A click on the followed person's own circle only shows the panel.
    let pick = move |_| {
        if followed.get_untracked() == Some(phase) {
            column.set(crate::follow::ColumnView::Follow);
        } else {
            crate::follow::follow_someone(session, column, Some(phase));
        }
    };
    let i = phase.index();
    let node = move || model.with(|m| m.nodes[i].clone());
    let count = move || model.with(|m| m.nodes[i].count);
    let names = &t.phases[i];
    let lines = name_lines(names.name, layout::label_side(phase));
    let line_count = lines.len();
    let shift = move || name_shift(line_count, text_scale.get());
    let share = move || model.with(|m| share_percent(m.nodes[i].count, m.population));
    view! {
        <g
            class="phase"
            data-phase=phase.key()
            data-count=move || count().to_string()
            style=format!("--node: var({})", PHASE_COLOR_VARS[i])
            on:click=pick
        >
            <title>{move || format!("{}: {} — {}", names.name, t.numbers.format(f64::from(count()), 0), names.description)}</title>
            <circle
                class="phase-halo"
                cx=move || format!("{:.1}", node().center.x)
                cy=move || format!("{:.1}", node().center.y)
                r=move || format!("{:.1}", node().radius + 7.0)
            ></circle>
            <circle
                class="phase-disc"
                cx=move || format!("{:.1}", node().center.x)
                cy=move || format!("{:.1}", node().center.y)
                r=move || format!("{:.1}", node().radius)
            ></circle>
            <text
                class="phase-share"
                x=move || format!("{:.1}", node().center.x)
                y=move || format!("{:.1}", node().center.y + 6.0 * text_scale.get())
                text-anchor="middle"
            >
                {move || {
                    if shows_share(node().radius, text_scale.get()) {
                        format!("{} %", t.numbers.format(share(), 0))
                    } else {
                        String::new()
                    }
                }}
            </text>
            <text
                class="phase-name"
                x=move || format!("{:.1}", node().name_at.x)
                y=move || format!("{:.1}", node().name_at.y - shift())
                text-anchor=move || node().anchor
            >
                {lines
                    .iter()
                    .enumerate()
                    .map(|(line, text)| {
                        view! {
                            <tspan
                                x=move || format!("{:.1}", node().name_at.x)
                                dy=if line == 0 { "0" } else { "1.1em" }
                            >
                                {*text}
                            </tspan>
                        }
                    })
                    .collect_view()}
            </text>
            <text
                class="phase-count"
                x=move || format!("{:.1}", node().count_at.x)
                y=move || format!("{:.1}", node().count_at.y + shift())
                text-anchor=move || node().anchor
            >
                {move || t.numbers.format(f64::from(count()), 0)}
            </text>
            <Show when=here>
                <FollowMarker node=Signal::derive(node) text_scale/>
            </Show>
        </g>
    }
}

/// Where the followed person is: a pin with a person in it on the upper right of the circle.
#[component]
fn FollowMarker(
    node: Signal<super::diagram_model::NodeShape>,
    text_scale: Memo<f64>,
) -> impl IntoView {
    let f = crate::i18n::follow_texts();
    let at = move || {
        let n = node.get();
        let d = n.radius * std::f64::consts::FRAC_1_SQRT_2;
        (n.center.x + d, n.center.y - d)
    };
    let size = move || 11.0 * text_scale.get().sqrt();
    view! {
        <g
            class="follow-marker"
            transform=move || {
                let (x, y) = at();
                format!("translate({x:.1} {y:.1}) scale({:.3})", size() / 11.0)
            }
        >
            <title>{f.marker_title}</title>
            <circle class="follow-marker-badge" r="11"></circle>
            <circle class="follow-marker-person" cy="-3.2" r="3.2"></circle>
            <path class="follow-marker-person" d="M-6 7.5a6 6.2 0 0 1 12 0z"></path>
        </g>
    }
}
