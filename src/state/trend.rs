//! The trend of a key figure: is it rising, falling or about the same as a few weeks ago?

use model::Snapshot;

/// Weeks to look back for a trend.
pub const TREND_WEEKS: usize = 4;

/// Direction of a key figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Flat,
}

/// The change of a key figure over the last [`TREND_WEEKS`] weeks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trend {
    pub change: f64,
    pub direction: Direction,
}

/// Compare the latest value with the one [`TREND_WEEKS`] weeks earlier (or the first week).
/// Changes smaller than `tolerance` count as flat, so noise does not flicker the arrow.
pub fn trend(history: &[Snapshot], value: impl Fn(&Snapshot) -> f64, tolerance: f64) -> Trend {
    let (Some(last), Some(first)) = (
        history.last(),
        history.get(history.len().saturating_sub(TREND_WEEKS + 1)),
    ) else {
        return Trend {
            change: 0.0,
            direction: Direction::Flat,
        };
    };
    let change = value(last) - value(first);
    let direction = if !change.is_finite() || change.abs() < tolerance {
        Direction::Flat
    } else if change > 0.0 {
        Direction::Up
    } else {
        Direction::Down
    };
    Trend { change, direction }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Scenario, Simulation};

    fn blank() -> Snapshot {
        *Simulation::new(&Scenario::free_play(), 1).snapshot()
    }

    fn with_nps(values: &[f64]) -> Vec<Snapshot> {
        values
            .iter()
            .map(|&nps| Snapshot { nps, ..blank() })
            .collect()
    }

    #[test]
    fn compares_with_four_weeks_earlier() {
        let history = with_nps(&[0.0, 10.0, 11.0, 12.0, 13.0, 20.0]);
        let t = trend(&history, |s| s.nps, 0.5);
        assert_eq!(t.change, 10.0);
        assert_eq!(t.direction, Direction::Up);
    }

    #[test]
    fn small_changes_are_flat_and_falls_are_down() {
        let flat = trend(&with_nps(&[5.0, 5.2]), |s| s.nps, 0.5);
        assert_eq!(flat.direction, Direction::Flat);
        let down = trend(&with_nps(&[5.0, 3.0]), |s| s.nps, 0.5);
        assert_eq!(down.direction, Direction::Down);
        assert_eq!(down.change, -2.0);
    }

    #[test]
    fn no_history_is_flat() {
        assert_eq!(trend(&[], |s| s.nps, 0.5).direction, Direction::Flat);
        assert_eq!(trend(&with_nps(&[3.0]), |s| s.nps, 0.5).change, 0.0);
    }
}
