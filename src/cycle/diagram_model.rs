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

impl NodeShape {
    fn new(phase: Phase, count: u32, population: u32) -> NodeShape {
        let center = layout::center(phase);
        let radius = node_radius(count, population, MIN_RADIUS, MAX_RADIUS);
        let (name_at, count_at, anchor) = match layout::label_side(phase) {
            LabelSide::Above => (
                Point::new(center.x, center.y - radius - 38.0),
                Point::new(center.x, center.y - radius - 12.0),
                "middle",
            ),
            LabelSide::Below => (
                Point::new(center.x, center.y + radius + 28.0),
                Point::new(center.x, center.y + radius + 54.0),
                "middle",
            ),
            LabelSide::Left => (
                Point::new(center.x - radius - 14.0, center.y - 6.0),
                Point::new(center.x - radius - 14.0, center.y + 20.0),
                "end",
            ),
            LabelSide::Right => (
                Point::new(center.x + radius + 14.0, center.y - 6.0),
                Point::new(center.x + radius + 14.0, center.y + 20.0),
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
    /// flows.
    pub fn of(snapshot: &Snapshot) -> DiagramModel {
        let population = snapshot.phases.total();
        let nodes: Vec<NodeShape> = Phase::ALL
            .into_iter()
            .map(|phase| NodeShape::new(phase, snapshot.phases.get(phase), population))
            .collect();
        let radius = |p: Phase| nodes[p.index()].radius;
        let flows = layout::routes()
            .into_iter()
            .map(|route| {
                let people = snapshot.flows.between(route.from, route.to);
                let width = flow_width(people, population);
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
                let offset = width / 2.0 + 12.0;
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
        let model = DiagramModel::of(&snapshot);
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
        let model = DiagramModel::of(&snapshot);
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
        let model = DiagramModel::of(&week(3));
        for flow in &model.flows {
            let from = &model.nodes[flow.route.from.index()];
            let to = &model.nodes[flow.route.to.index()];
            assert!(flow.arrow.body.from.distance(from.center) >= from.radius);
            assert!(flow.arrow.head[0].distance(to.center) >= to.radius);
        }
    }

    #[test]
    fn week_zero_has_no_flows() {
        let model = DiagramModel::of(&week(0));
        assert!(model.flows.iter().all(|f| f.people == 0));
        assert_eq!(model.customers, week(0).phases.active_customers());
    }
}
