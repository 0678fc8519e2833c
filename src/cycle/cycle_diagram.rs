//! The cycle diagram as SVG, bound to the session's latest snapshot. Elements are created once;
//! only their attributes follow the data, so the diagram can update every animation frame.

use super::diagram_model::DiagramModel;
use super::flow_arrow::FlowArrow;
use super::layout::{self, HEIGHT, RING_CENTER, RING_RX, RING_RY, WIDTH};
use super::phase_node::PhaseNode;
use crate::i18n::texts;
use crate::session::use_session;
use leptos::prelude::*;
use model::Phase;

#[component]
pub fn CycleDiagram() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let projector = crate::projector::use_projector();
    let diagram_style = projector.diagram_style();
    let text_scale = Memo::new(move |_| diagram_style.get().text_scale);
    let model = Memo::new(move |_| {
        let style = diagram_style.get();
        session.latest.with(|s| DiagramModel::of(s, style))
    });
    let summary = move || model.with(|m| (t.cycle_summary)(m.customers, m.population));
    let followed = Memo::new(move |_| crate::follow::followed_phase(session));

    let flows = layout::routes()
        .into_iter()
        .enumerate()
        .map(|(index, route)| view! { <FlowArrow route index model/> })
        .collect_view();
    let nodes = Phase::ALL
        .into_iter()
        .map(|phase| view! { <PhaseNode phase model text_scale followed/> })
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
                <crate::pyramid::StageSwitch/>
            </div>
            <svg
                class="cycle-diagram"
                class:running=move || session.playback.with(|p| p.is_playing())
                viewBox=move || view_box(text_scale.get())
                preserveAspectRatio="xMidYMid meet"
                style=move || format!("--diagram-type: {}", text_scale.get())
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
            <div class="cycle-foot">
                <crate::time::MarketSizeChoice/>
                <p class="cycle-note">{t.cycle_flow_note}</p>
            </div>
        </section>
    }
}

/// The drawing's view box: with larger type (projector mode) it widens on both sides, so the
/// names beside the left and right circles stay on the card when those circles are large.
fn view_box(text_scale: f64) -> String {
    let margin = SIDE_ROOM_PER_TEXT_SCALE * (text_scale - 1.0).max(0.0);
    format!("{:.1} 0 {:.1} {HEIGHT}", -margin, WIDTH + 2.0 * margin)
}

/// Room added on each side of the view box per unit of text scale above 1.
const SIDE_ROOM_PER_TEXT_SCALE: f64 = 40.0;

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
