//! What the diagram draws for one snapshot: circles and arrows in diagram coordinates. Plain data,
//! computed outside the view so it can be tested.

use super::geometry::{Arrow, Point, flow_width, node_radius};
use super::layout::{self, FlowKind, LabelSide, MAX_RADIUS, MIN_RADIUS, Route};
use model::{Phase, Snapshot};

/// Space between a circle's rim and the arrows that touch it.
const RIM_GAP: f64 = 4.0;

/// One phase as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeShape {
    pub phase: Phase,
    pub count: u32,
    pub center: Point,
    pub radius: f64,
    /// Where the phase's name and count are written, and how they are anchored.
    pub name_at: Point,
    pub count_at: Point,
    pub anchor: &'static str,
}

/// How the diagram is drawn besides its data: 1 and 1 normally, larger in projector mode.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DiagramStyle {
    /// Every arrow's width is multiplied by this.
    pub flow_thickness: f64,
    /// The type is this many times its normal size (labels move out to make room).
    pub text_scale: f64,
}

impl DiagramStyle {
    pub const NORMAL: DiagramStyle = DiagramStyle {
        flow_thickness: 1.0,
        text_scale: 1.0,
    };
}

impl NodeShape {
    fn new(phase: Phase, count: u32, population: u32, text_scale: f64) -> NodeShape {
        let center = layout::center(phase);
        let radius = node_radius(count, population, MIN_RADIUS, MAX_RADIUS);
        let k = text_scale;
        // Names above and below a circle are centred on it; large type would make the two
        // names of a pair run into each other, so then they hang outward from their circles.
        let (x, anchor) = if k > 1.0 {
            if center.x < layout::RING_CENTER.x {
                (center.x + radius * 0.6, "end")
            } else {
                (center.x - radius * 0.6, "start")
            }
        } else {
            (center.x, "middle")
        };
        let (name_at, count_at, anchor) = match layout::label_side(phase) {
            LabelSide::Above => (
                Point::new(x, center.y - radius - 38.0 * k),
                Point::new(x, center.y - radius - 12.0 * k),
                anchor,
            ),
            LabelSide::Below => (
                Point::new(x, center.y + radius + 28.0 * k),
                Point::new(x, center.y + radius + 54.0 * k),
                anchor,
            ),
            LabelSide::Left => (
                Point::new(center.x - radius - 14.0, center.y - 6.0 * k),
                Point::new(center.x - radius - 14.0, center.y + 20.0 * k),
                "end",
            ),
            LabelSide::Right => (
                Point::new(center.x + radius + 14.0, center.y - 6.0 * k),
                Point::new(center.x + radius + 14.0, center.y + 20.0 * k),
                "start",
            ),
        };
        NodeShape {
            phase,
            count,
            center,
            radius,
            name_at,
            count_at,
            anchor,
        }
    }
}

/// One flow as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowShape {
    pub route: Route,
    pub people: u32,
    pub width: f64,
    pub arrow: Arrow,
    pub label_at: Point,
}

/// The whole diagram for one week.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagramModel {
    pub nodes: Vec<NodeShape>,
    pub flows: Vec<FlowShape>,
    pub customers: u32,
    pub population: u32,
}

impl DiagramModel {
    /// The diagram of `snapshot`: circle areas follow the phase counts, arrow widths this week's
    /// flows; `style` sets arrow thickness and type size.
    pub fn of(snapshot: &Snapshot, style: DiagramStyle) -> DiagramModel {
        let population = snapshot.phases.total();
        let nodes: Vec<NodeShape> = Phase::ALL
            .into_iter()
            .map(|phase| {
                NodeShape::new(
                    phase,
                    snapshot.phases.get(phase),
                    population,
                    style.text_scale,
                )
            })
            .collect();
        let radius = |p: Phase| nodes[p.index()].radius;
        let flows = layout::routes()
            .into_iter()
            .map(|route| {
                let people = snapshot.flows.between(route.from, route.to);
                let width = flow_width(people, population) * style.flow_thickness;
                let curve = route
                    .curve
                    .trimmed(radius(route.from) + RIM_GAP, radius(route.to) + RIM_GAP);
                let arrow = Arrow::along(&curve, width);
                let mut label_at = curve.at(route.label_t);
                // Labels sit beside the arrow: outside the ring for the journey, inside for the
                // way back, to the right of the crossings.
                let out = label_at.distance(layout::RING_CENTER).max(1e-9);
                let (ox, oy) = (
                    (label_at.x - layout::RING_CENTER.x) / out,
                    (label_at.y - layout::RING_CENTER.y) / out,
                );
                let offset = width / 2.0 + 12.0 * style.text_scale;
                match route.kind {
                    FlowKind::Forward => {
                        label_at.x += ox * offset;
                        label_at.y += oy * offset + 5.0;
                    }
                    FlowKind::Back => {
                        label_at.x -= ox * offset;
                        label_at.y -= oy * offset - 5.0;
                    }
                    FlowKind::Leave | FlowKind::Return => {
                        label_at.x += offset - 4.0;
                        label_at.y += 5.0;
                    }
                }
                FlowShape {
                    route,
                    people,
                    width,
                    arrow,
                    label_at,
                }
            })
            .collect();
        DiagramModel {
            nodes,
            flows,
            customers: snapshot.phases.active_customers(),
            population,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Run, Scenario};

    fn week(n: u32) -> Snapshot {
        *Run::new(Scenario::free_play(), 4).replay(n).last().unwrap()
    }

    #[test]
    fn circles_follow_the_phase_counts() {
        let snapshot = week(10);
        let model = DiagramModel::of(&snapshot, DiagramStyle::NORMAL);
        assert_eq!(model.nodes.len(), 6);
        let total: u32 = model.nodes.iter().map(|n| n.count).sum();
        assert_eq!(total, model.population);
        for a in &model.nodes {
            for b in &model.nodes {
                if a.count > b.count {
                    assert!(a.radius > b.radius, "{a:?} vs {b:?}");
                }
            }
        }
    }

    #[test]
    fn arrows_carry_this_weeks_flows() {
        let snapshot = week(10);
        let model = DiagramModel::of(&snapshot, DiagramStyle::NORMAL);
        let moved: u32 = model.flows.iter().map(|f| f.people).sum();
        let all: u32 = Phase::ALL
            .iter()
            .flat_map(|a| Phase::ALL.iter().map(|b| snapshot.flows.between(*a, *b)))
            .sum();
        assert_eq!(moved, all, "every movement of the model has an arrow");
        for f in &model.flows {
            for g in &model.flows {
                if f.people > g.people {
                    assert!(f.width >= g.width);
                }
            }
        }
    }

    #[test]
    fn arrows_start_and_end_outside_the_circles() {
        let model = DiagramModel::of(&week(3), DiagramStyle::NORMAL);
        for flow in &model.flows {
            let from = &model.nodes[flow.route.from.index()];
            let to = &model.nodes[flow.route.to.index()];
            assert!(flow.arrow.body.from.distance(from.center) >= from.radius);
            assert!(flow.arrow.head[0].distance(to.center) >= to.radius);
        }
    }

    #[test]
    fn projector_mode_thickens_every_arrow_by_the_same_factor() {
        let snapshot = week(10);
        let normal = DiagramModel::of(&snapshot, DiagramStyle::NORMAL);
        let thick = DiagramModel::of(
            &snapshot,
            DiagramStyle {
                flow_thickness: 1.6,
                text_scale: 1.0,
            },
        );
        for (n, t) in normal.flows.iter().zip(&thick.flows) {
            assert!((t.width - 1.6 * n.width).abs() < 1e-9);
        }
    }

    #[test]
    fn large_type_hangs_the_names_of_a_pair_outward() {
        let snapshot = week(10);
        let large = DiagramModel::of(
            &snapshot,
            DiagramStyle {
                flow_thickness: 1.0,
                text_scale: 1.9,
            },
        );
        let node = |p: Phase| &large.nodes[p.index()];
        // The two names above the ring, and the two below, grow away from each other.
        for (left, right) in [
            (Phase::Prospect, Phase::NewCustomer),
            (Phase::FormerCustomer, Phase::Ambassador),
        ] {
            assert_eq!(node(left).anchor, "end");
            assert_eq!(node(right).anchor, "start");
            assert!(node(left).name_at.x < node(right).name_at.x);
        }
        let normal = DiagramModel::of(&snapshot, DiagramStyle::NORMAL);
        assert_eq!(normal.nodes[Phase::Prospect.index()].anchor, "middle");
        // Larger type sits further from its circle.
        let gap = |m: &DiagramModel| {
            let n = &m.nodes[Phase::Prospect.index()];
            n.center.y - n.name_at.y
        };
        assert!(gap(&large) > gap(&normal));
    }

    #[test]
    fn week_zero_has_no_flows() {
        let model = DiagramModel::of(&week(0), DiagramStyle::NORMAL);
        assert!(model.flows.iter().all(|f| f.people == 0));
        assert_eq!(model.customers, week(0).phases.active_customers());
    }
}
