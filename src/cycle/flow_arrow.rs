//! One arrow of the cycle diagram: as thick as this week's movement along its route, with the
//! number of people on it and an accessible description.

use super::diagram_model::DiagramModel;
use super::labels::{flow_kind_key, flow_label_anchor};
use super::layout::Route;
use super::phase_style::PHASE_COLOR_VARS;
use crate::i18n::texts;
use leptos::prelude::*;

#[component]
pub fn FlowArrow(
    route: Route,
    /// Position of the route in `layout::routes()` (and in the model's flows).
    index: usize,
    model: Memo<DiagramModel>,
) -> impl IntoView {
    let t = texts();
    let shape = move || model.with(|m| m.flows[index].clone());
    let people = move || model.with(|m| m.flows[index].people);
    let color = PHASE_COLOR_VARS[route.to.index()];
    let from_name = t.phases[route.from.index()].name;
    let to_name = t.phases[route.to.index()].name;
    view! {
        <g
            class="flow"
            class:idle=move || people() == 0
            data-kind=flow_kind_key(route.kind)
            data-from=route.from.key()
            data-to=route.to.key()
            data-flow=move || people().to_string()
            style=format!("--edge: var({color})")
        >
            <title>{move || (t.flow_description)(people(), from_name, to_name)}</title>
            <path
                class="flow-body"
                d=move || shape().arrow.body.path()
                stroke-width=move || format!("{:.1}", shape().width)
            ></path>
            <path
                class="flow-dash"
                d=move || shape().arrow.body.path()
                stroke-width=move || format!("{:.1}", (shape().width * 0.35).max(1.0))
            ></path>
            <polygon class="flow-head" points=move || shape().arrow.head_points()></polygon>
            <text
                class="flow-label"
                x=move || format!("{:.1}", shape().label_at.x)
                y=move || format!("{:.1}", shape().label_at.y)
                text-anchor=flow_label_anchor(route.kind)
            >
                {move || if people() == 0 { String::new() } else { t.numbers.format(f64::from(people()), 0) }}
            </text>
        </g>
    }
}
