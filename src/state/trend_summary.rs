//! The one-line summary of a chart for screen readers: "NPS stijgt van −5 naar +12 sinds week 20".
//! It looks back to the learner's latest policy change (that is what they want to know the effect
//! of), or to the first week when they changed nothing.

use model::Snapshot;

/// Which way a value went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    /// The same when written with the chart's decimals.
    Flat,
}

/// A value then and now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrendSummary {
    pub since_week: u32,
    pub from: f64,
    pub to: f64,
    pub direction: Direction,
}

/// The trend of `value` from the latest policy change before the latest week (`change_weeks`,
/// in any order) or the first week, to the latest week. `decimals` is how precisely the value is
/// written. `None` without a week to compare.
pub fn summarize(
    history: &[Snapshot],
    value: impl Fn(&Snapshot) -> f64,
    change_weeks: &[u32],
    decimals: usize,
) -> Option<TrendSummary> {
    let latest = history.last()?;
    let first = history.first()?;
    let since_week = change_weeks
        .iter()
        .copied()
        .filter(|w| *w >= first.week && *w < latest.week)
        .max()
        .unwrap_or(first.week);
    let then = history.iter().find(|s| s.week >= since_week)?;
    let (from, to) = (value(then), value(latest));
    if !from.is_finite() || !to.is_finite() {
        return None;
    }
    let scale = 10f64.powi(decimals as i32);
    let (from_shown, to_shown) = ((from * scale).round(), (to * scale).round());
    let direction = if to_shown > from_shown {
        Direction::Up
    } else if to_shown < from_shown {
        Direction::Down
    } else {
        Direction::Flat
    };
    Some(TrendSummary {
        since_week: then.week,
        from,
        to,
        direction,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn history(nps: &[f64]) -> Vec<Snapshot> {
        nps.iter()
            .enumerate()
            .map(|(week, nps)| Snapshot {
                week: week as u32,
                nps: *nps,
                ..Snapshot::default()
            })
            .collect()
    }

    #[test]
    fn looks_back_to_the_latest_policy_change() {
        let h = history(&[0.0, -5.0, -3.0, 4.0, 12.0]);
        let s = summarize(&h, |s| s.nps, &[1, 3, 9], 0).unwrap();
        assert_eq!(s.since_week, 3);
        assert_eq!((s.from, s.to), (4.0, 12.0));
        assert_eq!(s.direction, Direction::Up);
    }

    #[test]
    fn without_changes_it_looks_back_to_the_first_week() {
        let h = history(&[10.0, 8.0, 2.0]);
        let s = summarize(&h, |s| s.nps, &[], 0).unwrap();
        assert_eq!(s.since_week, 0);
        assert_eq!(s.direction, Direction::Down);
    }

    #[test]
    fn a_change_smaller_than_what_is_shown_is_flat() {
        let h = history(&[6.41, 6.43]);
        assert_eq!(
            summarize(&h, |s| s.nps, &[], 1).unwrap().direction,
            Direction::Flat
        );
        assert_eq!(
            summarize(&h, |s| s.nps, &[], 2).unwrap().direction,
            Direction::Up
        );
    }

    #[test]
    fn nothing_to_say_without_history_or_with_a_missing_value() {
        assert_eq!(summarize(&[], |s| s.nps, &[], 0), None);
        let h = history(&[f64::NAN, 1.0]);
        assert_eq!(summarize(&h, |s| s.nps, &[], 0), None);
    }
}
