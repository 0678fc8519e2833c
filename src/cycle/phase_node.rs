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
) -> impl IntoView {
    let t = texts();
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
        </g>
    }
}
