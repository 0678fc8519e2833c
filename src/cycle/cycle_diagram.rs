//! The cycle diagram as SVG, bound to the session's latest snapshot. Elements are created once;
//! only their attributes follow the data, so the diagram can update every animation frame.

use super::diagram_model::DiagramModel;
use super::layout::{self, FlowKind, HEIGHT, LabelSide, RING_CENTER, RING_RX, RING_RY, WIDTH};
use super::phase_style::PHASE_COLOR_VARS;
use crate::i18n::texts;
use crate::session::use_session;
use leptos::prelude::*;
use model::Phase;

#[component]
pub fn CycleDiagram() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let model = Memo::new(move |_| session.latest.with(DiagramModel::of));
    let summary = move || model.with(|m| (t.cycle_summary)(m.customers, m.population));

    let flows = layout::routes()
        .into_iter()
        .enumerate()
        .map(|(i, route)| {
            let shape = move || model.with(|m| m.flows[i].clone());
            let color = PHASE_COLOR_VARS[route.to.index()];
            let kind = match route.kind {
                FlowKind::Forward => "forward",
                FlowKind::Back => "back",
                FlowKind::Leave => "leave",
                FlowKind::Return => "return",
            };
            let from_name = t.phases[route.from.index()].name;
            let to_name = t.phases[route.to.index()].name;
            let people = move || model.with(|m| m.flows[i].people);
            view! {
                <g
                    class="flow"
                    class:idle=move || people() == 0
                    data-kind=kind
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
                        text-anchor=if matches!(route.kind, FlowKind::Leave | FlowKind::Return) {
                            "start"
                        } else {
                            "middle"
                        }
                    >
                        {move || if people() == 0 { String::new() } else { t.numbers.format(f64::from(people()), 0) }}
                    </text>
                </g>
            }
        })
        .collect_view();

    let nodes = Phase::ALL
        .into_iter()
        .map(|phase| {
            let i = phase.index();
            let node = move || model.with(|m| m.nodes[i].clone());
            let count = move || model.with(|m| m.nodes[i].count);
            let names = &t.phases[i];
            // Beside a circle a two-word name takes two lines, so it stays inside the diagram.
            let side = matches!(layout::label_side(phase), LabelSide::Left | LabelSide::Right);
            let name_lines: Vec<&'static str> = match names.name.split_once(' ') {
                Some((first, rest)) if side => vec![first, rest],
                _ => vec![names.name],
            };
            let name_shift = if name_lines.len() > 1 { 11.0 } else { 0.0 };
            let share = move || {
                model.with(|m| {
                    if m.population == 0 {
                        0.0
                    } else {
                        100.0 * f64::from(m.nodes[i].count) / f64::from(m.population)
                    }
                })
            };
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
                        y=move || format!("{:.1}", node().center.y + 6.0)
                        text-anchor="middle"
                    >
                        {move || {
                            if node().radius >= 26.0 {
                                format!("{} %", t.numbers.format(share(), 0))
                            } else {
                                String::new()
                            }
                        }}
                    </text>
                    <text
                        class="phase-name"
                        x=move || format!("{:.1}", node().name_at.x)
                        y=move || format!("{:.1}", node().name_at.y - name_shift)
                        text-anchor=move || node().anchor
                    >
                        {name_lines
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
                        y=move || format!("{:.1}", node().count_at.y + name_shift)
                        text-anchor=move || node().anchor
                    >
                        {move || t.numbers.format(f64::from(count()), 0)}
                    </text>
                </g>
            }
        })
        .collect_view();

    view! {
        <section class="cycle card" aria-labelledby="cyclus-titel">
            <div class="cycle-head">
                <h2 id="cyclus-titel" class="cycle-title">{t.cycle_heading}</h2>
                <ul class="zone-legend">
                    <li><span class="chip chip-potential" aria-hidden="true"></span>{t.potential_pool}</li>
                    <li><span class="chip chip-customers" aria-hidden="true"></span>{t.customers_pool}</li>
                </ul>
                <p class="cycle-summary" id="cyclus-samenvatting" aria-live="off">{summary}</p>
            </div>
            <svg
                class="cycle-diagram"
                class:running=move || session.playback.with(|p| p.is_playing())
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                preserveAspectRatio="xMidYMid meet"
                role="img"
                aria-labelledby="cyclus-titel cyclus-samenvatting"
            >
                <g class="zones" aria-hidden="true">
                    <path class="zone zone-potential" d=zone_path(false)></path>
                    <path class="zone zone-customers" d=zone_path(true)></path>
                </g>
                <g class="flows">{flows}</g>
                <g class="phases">{nodes}</g>
            </svg>
            <p class="cycle-note">{t.cycle_flow_note}</p>
        </section>
    }
}

/// One half of the band behind the ring: the left half holds the potential customers, the right
/// half the customers.
fn zone_path(customers: bool) -> String {
    let band = 88.0;
    let (outer_rx, outer_ry) = (RING_RX + band, RING_RY + band);
    let (inner_rx, inner_ry) = (RING_RX - band, RING_RY - band);
    let (cx, cy) = (RING_CENTER.x, RING_CENTER.y);
    let sweep_out = if customers { 1 } else { 0 };
    let sweep_in = 1 - sweep_out;
    format!(
        "M{cx} {top}A{outer_rx} {outer_ry} 0 0 {sweep_out} {cx} {bottom}L{cx} {ibottom}A{inner_rx} {inner_ry} 0 0 {sweep_in} {cx} {itop}Z",
        top = cy - outer_ry,
        bottom = cy + outer_ry,
        ibottom = cy + inner_ry,
        itop = cy - inner_ry,
    )
}
