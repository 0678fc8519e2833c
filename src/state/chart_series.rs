//! Turning the history of snapshots into what a chart draws: thinned series, axis ranges and the
//! weeks where the policy changed.

use model::Snapshot;

/// At most this many points per series, however long the run: drawing cost stays bounded.
pub const MAX_POINTS: usize = 400;

/// `(week, value)` for every `stride`-th snapshot, always including the last one, so a chart of a
/// very long run costs the same as a chart of a short one.
pub fn series(history: &[Snapshot], value: impl Fn(&Snapshot) -> f64) -> Vec<(f64, f64)> {
    let stride = history.len().div_ceil(MAX_POINTS).max(1);
    let mut points: Vec<(f64, f64)> = history
        .iter()
        .step_by(stride)
        .map(|s| (f64::from(s.week), value(s)))
        .collect();
    if let Some(last) = history.last()
        && points.last().map(|p| p.0) != Some(f64::from(last.week))
    {
        points.push((f64::from(last.week), value(last)));
    }
    points
}

/// The week axis: at least the scenario's length, growing when the run goes past it.
pub fn week_range(scenario_weeks: u32, current_week: u32) -> std::ops::Range<f64> {
    0.0..f64::from(scenario_weeks.max(current_week).max(1))
}

/// A value axis that contains every value, starts at a round number and leaves a little room,
/// and is never empty. `floor` and `ceiling` are included (e.g. 0 for counts).
pub fn value_range(
    values: impl IntoIterator<Item = f64>,
    floor: f64,
    ceiling: f64,
) -> std::ops::Range<f64> {
    let (mut low, mut high) = (floor, ceiling);
    for v in values.into_iter().filter(|v| v.is_finite()) {
        low = low.min(v);
        high = high.max(v);
    }
    if high - low < 1e-9 {
        high = low + 1.0;
    }
    let step = nice_step((high - low) / 5.0);
    let low = if low == floor {
        low
    } else {
        (low / step).floor() * step
    };
    let high = (high / step).ceil() * step;
    low..high
}

/// A round step (1, 2 or 5 times a power of ten) close to `raw`.
pub fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Scenario, Simulation};

    fn blank() -> Snapshot {
        *Simulation::new(&Scenario::free_play(), 1).snapshot()
    }

    fn history(weeks: u32) -> Vec<Snapshot> {
        (0..=weeks)
            .map(|week| Snapshot {
                week,
                satisfaction: f64::from(week) / 10.0,
                ..blank()
            })
            .collect()
    }

    #[test]
    fn a_short_run_keeps_every_week() {
        let points = series(&history(52), |s| s.satisfaction);
        assert_eq!(points.len(), 53);
        assert_eq!(points[10], (10.0, 1.0));
    }

    #[test]
    fn a_long_run_is_thinned_but_keeps_its_last_week() {
        let points = series(&history(5000), |s| s.satisfaction);
        assert!(points.len() <= MAX_POINTS + 1, "{} points", points.len());
        assert_eq!(points.first().unwrap().0, 0.0);
        assert_eq!(points.last().unwrap().0, 5000.0);
        assert!(points.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn the_week_axis_covers_the_scenario_and_grows_past_it() {
        assert_eq!(week_range(104, 3), 0.0..104.0);
        assert_eq!(week_range(104, 130), 0.0..130.0);
        assert_eq!(week_range(0, 0), 0.0..1.0);
    }

    #[test]
    fn value_ranges_contain_all_values_on_round_numbers() {
        let range = value_range([3.0, 47.0, 12.0], 0.0, 0.0);
        assert_eq!(range, 0.0..50.0);
        let range = value_range([-37.0, 12.0], -100.0, 100.0);
        assert_eq!(range, -100.0..100.0);
        let range = value_range([-1234.0, 5678.0], 0.0, 0.0);
        assert!(range.start <= -1234.0 && range.end >= 5678.0);
        assert_eq!(range.end % 1000.0, 0.0);
    }

    #[test]
    fn flat_or_empty_data_still_gives_a_usable_axis() {
        assert_eq!(value_range([], 0.0, 0.0), 0.0..1.0);
        let range = value_range([f64::NAN, 5.0, 5.0], 5.0, 5.0);
        assert!(range.end > range.start);
    }

    #[test]
    fn nice_steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(1.5), 2.0);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(7.0), 10.0);
        assert_eq!(nice_step(1800.0), 2000.0);
        assert_eq!(nice_step(f64::NAN), 1.0);
    }
}
