//! Plane geometry for the cycle diagram: points, cubic curves, trimming a curve to the rim of the
//! circles it connects, and arrows whose thickness follows a flow.

/// A point in the diagram's coordinates (the SVG viewBox).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    fn lerp(self, other: Point, t: f64) -> Point {
        Point::new(
            self.x + (other.x - self.x) * t,
            self.y + (other.y - self.y) * t,
        )
    }

    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// A cubic Bézier curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Curve {
    pub from: Point,
    pub c1: Point,
    pub c2: Point,
    pub to: Point,
}

impl Curve {
    /// The point at parameter `t` in [0, 1].
    pub fn at(&self, t: f64) -> Point {
        self.split(t).0.to
    }

    /// The two halves of the curve at `t` (de Casteljau).
    pub fn split(&self, t: f64) -> (Curve, Curve) {
        let ab = self.from.lerp(self.c1, t);
        let bc = self.c1.lerp(self.c2, t);
        let cd = self.c2.lerp(self.to, t);
        let abc = ab.lerp(bc, t);
        let bcd = bc.lerp(cd, t);
        let mid = abc.lerp(bcd, t);
        (
            Curve {
                from: self.from,
                c1: ab,
                c2: abc,
                to: mid,
            },
            Curve {
                from: mid,
                c1: bcd,
                c2: cd,
                to: self.to,
            },
        )
    }

    /// The same curve travelled the other way.
    pub fn reversed(&self) -> Curve {
        Curve {
            from: self.to,
            c1: self.c2,
            c2: self.c1,
            to: self.from,
        }
    }

    /// The part of the curve between `t0` and `t1`.
    pub fn section(&self, t0: f64, t1: f64) -> Curve {
        let tail = self.split(t0).1;
        if t0 >= 1.0 {
            return tail;
        }
        tail.split(((t1 - t0) / (1.0 - t0)).clamp(0.0, 1.0)).0
    }

    /// The curve without the parts inside a circle of `start_radius` around its start and of
    /// `end_radius` around its end, so it runs from rim to rim.
    pub fn trimmed(&self, start_radius: f64, end_radius: f64) -> Curve {
        let t0 = self.leave(self.from, start_radius, false);
        let t1 = self.leave(self.to, end_radius, true);
        if t1 <= t0 {
            let mid = self.at((t0 + t1) / 2.0);
            return Curve {
                from: mid,
                c1: mid,
                c2: mid,
                to: mid,
            };
        }
        self.section(t0, t1)
    }

    /// The parameter where the curve crosses the circle of `radius` around `center`, searching
    /// from the start (or, with `from_end`, from the end). The centre must be the curve's end.
    fn leave(&self, center: Point, radius: f64, from_end: bool) -> f64 {
        if radius <= 0.0 {
            return if from_end { 1.0 } else { 0.0 };
        }
        let (mut inside, mut outside) = if from_end { (1.0, 0.0) } else { (0.0, 1.0) };
        if self.at(outside).distance(center) < radius {
            return outside;
        }
        for _ in 0..40 {
            let mid = (inside + outside) / 2.0;
            if self.at(mid).distance(center) < radius {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        (inside + outside) / 2.0
    }

    /// The SVG path data of the curve.
    pub fn path(&self) -> String {
        format!(
            "M{:.1} {:.1}C{:.1} {:.1} {:.1} {:.1} {:.1} {:.1}",
            self.from.x,
            self.from.y,
            self.c1.x,
            self.c1.y,
            self.c2.x,
            self.c2.y,
            self.to.x,
            self.to.y
        )
    }
}

/// A drawn arrow: the body (ending where the head starts) and the head's three corners.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    pub body: Curve,
    pub head: [Point; 3],
}

impl Arrow {
    /// An arrow along `curve` with a body `width` thick; the head grows with the width.
    pub fn along(curve: &Curve, width: f64) -> Arrow {
        let tip = curve.to;
        let head_length = (5.0 + 1.3 * width).min(curve.from.distance(tip) * 0.6);
        let base_t = curve.leave(tip, head_length, true);
        let body = curve.section(0.0, base_t);
        let base = body.to;
        let length = base.distance(tip).max(1e-9);
        let (dx, dy) = ((tip.x - base.x) / length, (tip.y - base.y) / length);
        let half = 3.5 + 0.95 * width;
        Arrow {
            body,
            head: [
                tip,
                Point::new(base.x - dy * half, base.y + dx * half),
                Point::new(base.x + dy * half, base.y - dx * half),
            ],
        }
    }

    /// SVG `points` of the head polygon.
    pub fn head_points(&self) -> String {
        self.head
            .iter()
            .map(|p| format!("{:.1},{:.1}", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Radius of a phase's circle: its area follows the share of the market in that phase.
pub fn node_radius(count: u32, population: u32, min_radius: f64, max_radius: f64) -> f64 {
    if population == 0 {
        return min_radius;
    }
    let share = (f64::from(count) / f64::from(population)).clamp(0.0, 1.0);
    min_radius + (max_radius - min_radius) * share.sqrt()
}

/// Stroke width of an arrow for `flow` people this week out of `population`.
pub fn flow_width(flow: u32, population: u32) -> f64 {
    if population == 0 {
        return MIN_FLOW_WIDTH;
    }
    let share = f64::from(flow) / f64::from(population);
    (MIN_FLOW_WIDTH + 60.0 * share.sqrt()).min(MAX_FLOW_WIDTH)
}

/// Thinnest arrow (also used for a flow of zero, so the route stays visible).
pub const MIN_FLOW_WIDTH: f64 = 1.5;
/// Thickest arrow.
pub const MAX_FLOW_WIDTH: f64 = 22.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn straight() -> Curve {
        Curve {
            from: Point::new(0.0, 0.0),
            c1: Point::new(100.0, 0.0),
            c2: Point::new(200.0, 0.0),
            to: Point::new(300.0, 0.0),
        }
    }

    #[test]
    fn a_straight_curve_is_evaluated_linearly() {
        let c = straight();
        assert_eq!(c.at(0.0), Point::new(0.0, 0.0));
        assert_eq!(c.at(1.0), Point::new(300.0, 0.0));
        assert!((c.at(0.5).x - 150.0).abs() < 1e-9);
    }

    #[test]
    fn trimming_starts_and_ends_on_the_circle_rims() {
        let t = straight().trimmed(40.0, 60.0);
        assert!((t.from.x - 40.0).abs() < 1e-6, "{t:?}");
        assert!((t.to.x - 240.0).abs() < 1e-6, "{t:?}");
    }

    #[test]
    fn overlapping_circles_leave_a_zero_length_curve() {
        let t = straight().trimmed(200.0, 200.0);
        assert!(t.from.distance(t.to) < 1e-9);
    }

    #[test]
    fn arrow_head_ends_at_the_tip_and_grows_with_the_width() {
        let c = straight();
        let thin = Arrow::along(&c, 2.0);
        let thick = Arrow::along(&c, 12.0);
        assert_eq!(thin.head[0], c.to);
        assert!(thin.body.to.x < 300.0);
        assert!(
            thick.body.to.x < thin.body.to.x,
            "thicker arrows have longer heads"
        );
        let spread = |a: &Arrow| a.head[1].distance(a.head[2]);
        assert!(spread(&thick) > spread(&thin));
        assert!(spread(&thick) > 12.0, "head wider than the body");
    }

    #[test]
    fn circle_area_follows_the_share_of_the_market() {
        assert_eq!(node_radius(0, 100, 10.0, 50.0), 10.0);
        assert_eq!(node_radius(100, 100, 10.0, 50.0), 50.0);
        assert_eq!(node_radius(25, 100, 10.0, 50.0), 30.0);
        assert_eq!(node_radius(5, 0, 10.0, 50.0), 10.0);
    }

    #[test]
    fn arrows_thicken_with_the_flow_within_bounds() {
        assert_eq!(flow_width(0, 10_000), MIN_FLOW_WIDTH);
        assert!(flow_width(100, 10_000) > flow_width(10, 10_000));
        assert_eq!(flow_width(10_000, 10_000), MAX_FLOW_WIDTH);
        assert_eq!(flow_width(5, 0), MIN_FLOW_WIDTH);
    }

    #[test]
    fn path_data_is_a_single_cubic() {
        assert_eq!(straight().path(), "M0.0 0.0C100.0 0.0 200.0 0.0 300.0 0.0");
    }
}
