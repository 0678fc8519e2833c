//! What the diagram writes, as plain decisions with tests: a phase's name on one or two lines, its
//! share of the market in the circle (when the circle is big enough), a flow's number and the word
//! tests and styles use for each kind of flow.

use super::layout::{FlowKind, LabelSide};

/// Circles smaller than this (SVG units) leave their percentage out: it would not fit.
pub const SHARE_MIN_RADIUS: f64 = 26.0;

/// The name of a phase as lines: beside a circle a two-word name takes two lines, so it stays
/// inside the diagram; above or below it stays on one.
pub fn name_lines(name: &'static str, side: LabelSide) -> Vec<&'static str> {
    let beside = matches!(side, LabelSide::Left | LabelSide::Right);
    match name.split_once(' ') {
        Some((first, rest)) if beside => vec![first, rest],
        _ => vec![name],
    }
}

/// How far a two-line name moves up (and the count below it down), SVG units, for text
/// `text_scale` times its normal size.
pub fn name_shift(lines: usize, text_scale: f64) -> f64 {
    if lines > 1 { 11.0 * text_scale } else { 0.0 }
}

/// The share of the market in a phase, in percent (0 for an empty market).
pub fn share_percent(count: u32, population: u32) -> f64 {
    if population == 0 {
        0.0
    } else {
        100.0 * f64::from(count) / f64::from(population)
    }
}

/// Whether a circle of `radius` shows its percentage written `text_scale` times its normal size.
pub fn shows_share(radius: f64, text_scale: f64) -> bool {
    radius >= SHARE_MIN_RADIUS * text_scale
}

/// The word for a kind of flow (`data-kind`).
pub fn flow_kind_key(kind: FlowKind) -> &'static str {
    match kind {
        FlowKind::Forward => "forward",
        FlowKind::Back => "back",
        FlowKind::Leave => "leave",
        FlowKind::Return => "return",
    }
}

/// Where a flow's number is anchored: leaving and returning flows run along the side, so their
/// number starts at the point; the others are centred on it.
pub fn flow_label_anchor(kind: FlowKind) -> &'static str {
    if matches!(kind, FlowKind::Leave | FlowKind::Return) {
        "start"
    } else {
        "middle"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_word_names_break_only_beside_a_circle() {
        assert_eq!(
            name_lines("Loyale klanten", LabelSide::Right),
            vec!["Loyale", "klanten"]
        );
        assert_eq!(
            name_lines("Nieuwe klanten", LabelSide::Above),
            vec!["Nieuwe klanten"]
        );
        assert_eq!(name_lines("Suspects", LabelSide::Left), vec!["Suspects"]);
        assert_eq!(name_shift(2, 1.0), 11.0);
        assert_eq!(name_shift(1, 1.0), 0.0);
    }

    #[test]
    fn shares_are_percentages_and_small_circles_leave_them_out() {
        assert_eq!(share_percent(250, 1000), 25.0);
        assert_eq!(share_percent(3, 0), 0.0);
        assert!(shows_share(SHARE_MIN_RADIUS, 1.0));
        assert!(!shows_share(SHARE_MIN_RADIUS - 0.1, 1.0));
        // Larger type (projector mode) needs a larger circle.
        assert!(!shows_share(SHARE_MIN_RADIUS, 2.0));
        assert!(shows_share(2.0 * SHARE_MIN_RADIUS, 2.0));
    }

    #[test]
    fn flows_along_the_side_start_at_their_label_point() {
        assert_eq!(flow_label_anchor(FlowKind::Leave), "start");
        assert_eq!(flow_label_anchor(FlowKind::Forward), "middle");
        assert_eq!(flow_kind_key(FlowKind::Return), "return");
    }
}
