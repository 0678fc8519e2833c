//! Where the phases and the flows between them sit in the diagram: the klantrelatiecyclus as a
//! ring, read clockwise from the left. Potential customers (suspects, prospects, former customers)
//! fill the left half, customers (new, loyal, ambassadors) the right half. Leavers cross the ring
//! into the former customers, who flow back into the pool of potential customers.

use super::geometry::{Curve, Point};
use model::Phase;

/// The diagram's coordinate system (SVG viewBox).
pub const WIDTH: f64 = 860.0;
pub const HEIGHT: f64 = 700.0;
/// Centre and radii of the ring the phases sit on.
pub const RING_CENTER: Point = Point::new(430.0, 345.0);
pub const RING_RX: f64 = 245.0;
pub const RING_RY: f64 = 245.0;
/// Smallest and largest circle radius.
pub const MIN_RADIUS: f64 = 16.0;
pub const MAX_RADIUS: f64 = 58.0;

/// Position of a phase on the ring, in degrees clockwise from the top.
pub fn angle(phase: Phase) -> f64 {
    match phase {
        Phase::Suspect => 270.0,
        Phase::Prospect => 330.0,
        Phase::NewCustomer => 390.0,
        Phase::LoyalCustomer => 450.0,
        Phase::Ambassador => 510.0,
        Phase::FormerCustomer => 570.0,
    }
}

fn on_ring(degrees: f64) -> Point {
    let r = degrees.to_radians();
    Point::new(
        RING_CENTER.x + RING_RX * r.sin(),
        RING_CENTER.y - RING_RY * r.cos(),
    )
}

/// Direction of travel (clockwise) on the ring at `degrees`, per radian.
fn ring_tangent(degrees: f64) -> Point {
    let r = degrees.to_radians();
    Point::new(RING_RX * r.cos(), RING_RY * r.sin())
}

/// The centre of a phase's circle.
pub fn center(phase: Phase) -> Point {
    on_ring(angle(phase))
}

/// The kind of a flow, which decides its colour and where its label goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowKind {
    /// Forward along the journey.
    Forward,
    /// Back one step (losing interest, an ambassador becoming "just" loyal).
    Back,
    /// A customer leaves.
    Leave,
    /// A former customer becomes potential again.
    Return,
}

/// Where a phase's name and count go, relative to its circle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    Above,
    Below,
    Left,
    Right,
}

/// The label side of each phase: away from the ring's centre.
pub fn label_side(phase: Phase) -> LabelSide {
    match phase {
        Phase::Suspect => LabelSide::Left,
        Phase::Prospect | Phase::NewCustomer => LabelSide::Above,
        Phase::LoyalCustomer => LabelSide::Right,
        Phase::Ambassador | Phase::FormerCustomer => LabelSide::Below,
    }
}

/// One route between two phases.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Route {
    pub from: Phase,
    pub to: Phase,
    pub kind: FlowKind,
    /// Centre to centre; trimmed to the circles' rims when drawn.
    pub curve: Curve,
    /// Where along the curve (0..1) the number goes.
    pub label_t: f64,
}

/// Along the ring, clockwise, from one phase to the next; `bulge` pushes the curve outward
/// (positive) or inward (negative) so a flow and its opposite run side by side.
fn along_ring(from: Phase, to: Phase, bulge: f64) -> Curve {
    let a = angle(from);
    // The short way round: the sweep lies in (-180°, 180°].
    let b = a + (angle(to) - a + 540.0).rem_euclid(360.0) - 180.0;
    let sweep = (b - a).to_radians();
    let k = 4.0 / 3.0 * (sweep / 4.0).tan();
    let (p0, p3) = (on_ring(a), on_ring(b));
    let (t0, t3) = (ring_tangent(a), ring_tangent(b));
    let outward = |p: Point| {
        let dx = p.x - RING_CENTER.x;
        let dy = p.y - RING_CENTER.y;
        let len = dx.hypot(dy).max(1e-9);
        Point::new(dx / len * bulge, dy / len * bulge)
    };
    let (o1, o2) = (outward(p0), outward(p3));
    Curve {
        from: p0,
        c1: Point::new(p0.x + k * t0.x + o1.x, p0.y + k * t0.y + o1.y),
        c2: Point::new(p3.x - k * t3.x + o2.x, p3.y - k * t3.y + o2.y),
        to: p3,
    }
}

/// Across the ring's inside, bending through `via`.
fn across(from: Phase, to: Phase, via: Point) -> Curve {
    let (a, b) = (center(from), center(to));
    Curve {
        from: a,
        c1: Point::new((a.x + 2.0 * via.x) / 3.0, (a.y + 2.0 * via.y) / 3.0),
        c2: Point::new((b.x + 2.0 * via.x) / 3.0, (b.y + 2.0 * via.y) / 3.0),
        to: b,
    }
}

/// Every route the model moves people along, in drawing order (back to front). Former customers
/// come back as prospects; a route the model gains must be added here (a test checks that every
/// movement of a simulated week has its arrow).
pub fn routes() -> Vec<Route> {
    use FlowKind::*;
    use Phase::*;
    let route = |from, to, kind, curve, label_t| Route {
        from,
        to,
        kind,
        curve,
        label_t,
    };
    let c = RING_CENTER;
    vec![
        route(
            NewCustomer,
            FormerCustomer,
            Leave,
            across(
                NewCustomer,
                FormerCustomer,
                Point::new(c.x + 10.0, c.y + 40.0),
            ),
            0.3,
        ),
        route(
            LoyalCustomer,
            FormerCustomer,
            Leave,
            across(
                LoyalCustomer,
                FormerCustomer,
                Point::new(c.x + 20.0, c.y + 95.0),
            ),
            0.3,
        ),
        route(
            FormerCustomer,
            Prospect,
            Return,
            across(
                FormerCustomer,
                Prospect,
                Point::new(c.x - 120.0, c.y + 10.0),
            ),
            0.5,
        ),
        route(
            Prospect,
            Suspect,
            Back,
            along_ring(Suspect, Prospect, -34.0).reversed(),
            0.5,
        ),
        route(
            Ambassador,
            LoyalCustomer,
            Back,
            along_ring(LoyalCustomer, Ambassador, -34.0).reversed(),
            0.5,
        ),
        route(
            Suspect,
            Prospect,
            Forward,
            along_ring(Suspect, Prospect, 12.0),
            0.5,
        ),
        route(
            Prospect,
            NewCustomer,
            Forward,
            along_ring(Prospect, NewCustomer, 12.0),
            0.5,
        ),
        route(
            NewCustomer,
            LoyalCustomer,
            Forward,
            along_ring(NewCustomer, LoyalCustomer, 12.0),
            0.5,
        ),
        route(
            LoyalCustomer,
            Ambassador,
            Forward,
            along_ring(LoyalCustomer, Ambassador, 12.0),
            0.5,
        ),
        route(
            Ambassador,
            FormerCustomer,
            Leave,
            along_ring(Ambassador, FormerCustomer, 0.0),
            0.5,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phase_has_a_way_in_and_a_way_out() {
        let routes = routes();
        for phase in Phase::ALL {
            assert!(
                routes.iter().any(|r| r.to == phase),
                "nothing flows into {phase:?}"
            );
            assert!(
                routes.iter().any(|r| r.from == phase),
                "nothing flows out of {phase:?}"
            );
        }
    }

    #[test]
    fn routes_along_the_ring_take_the_short_way() {
        for route in routes() {
            let c = route.curve;
            let reach = c.from.distance(c.to) * 1.6 + 40.0;
            for p in [c.c1, c.c2] {
                assert!(p.distance(c.from) < reach, "{route:?}");
            }
        }
    }

    #[test]
    fn routes_run_from_centre_to_centre() {
        for route in routes() {
            assert!(
                route.curve.from.distance(center(route.from)) < 1e-6,
                "{route:?}"
            );
            assert!(
                route.curve.to.distance(center(route.to)) < 1e-6,
                "{route:?}"
            );
        }
    }

    #[test]
    fn leavers_end_in_the_former_customers_and_return_to_the_potential_pool() {
        for route in routes() {
            match route.kind {
                FlowKind::Leave => {
                    assert!(route.from.is_customer());
                    assert_eq!(route.to, Phase::FormerCustomer);
                }
                FlowKind::Return => {
                    assert_eq!(route.from, Phase::FormerCustomer);
                    assert!(!route.to.is_customer());
                }
                _ => {}
            }
        }
    }

    #[test]
    fn neighbouring_circles_never_overlap_and_all_stay_inside_the_diagram() {
        for phase in Phase::ALL {
            let c = center(phase);
            assert!(
                c.x - MAX_RADIUS > 0.0 && c.x + MAX_RADIUS < WIDTH,
                "{phase:?}"
            );
            assert!(
                c.y - MAX_RADIUS > 0.0 && c.y + MAX_RADIUS < HEIGHT,
                "{phase:?}"
            );
            for other in Phase::ALL.into_iter().filter(|o| *o != phase) {
                let gap = c.distance(center(other));
                assert!(
                    gap > 2.0 * MAX_RADIUS + 20.0,
                    "{phase:?} and {other:?}: {gap}"
                );
            }
        }
    }

    #[test]
    fn potential_customers_sit_in_the_left_half_and_customers_in_the_right() {
        for phase in Phase::ALL {
            assert_eq!(
                center(phase).x > RING_CENTER.x,
                phase.is_customer(),
                "{phase:?}"
            );
        }
    }
}
