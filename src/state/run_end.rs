//! Where time stops by itself: at the scenario's last week (once; pressing play again goes on past
//! it) and at the longest run there is ([`WEEKS_MAX`], ten years).

use model::WEEKS_MAX;

/// The end of a run of a scenario that lasts `scenario_weeks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunEnd {
    pub scenario_weeks: u32,
}

impl RunEnd {
    /// How many weeks may be simulated from `week` before time must stop: up to the scenario's end
    /// while before it, and never past [`WEEKS_MAX`].
    pub fn weeks_allowed(&self, week: u32) -> u32 {
        let to_scenario_end = if week < self.scenario_weeks {
            self.scenario_weeks - week
        } else {
            u32::MAX
        };
        to_scenario_end.min(WEEKS_MAX.saturating_sub(week))
    }

    /// Whether simulating `weeks` from `week` reaches a point where time stops.
    pub fn reached(&self, week: u32, weeks: u32) -> bool {
        let scenario_end = week < self.scenario_weeks && week + weeks >= self.scenario_weeks;
        let limit = weeks > 0 && week + weeks >= WEEKS_MAX;
        scenario_end || limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: RunEnd = RunEnd {
        scenario_weeks: 104,
    };

    #[test]
    fn time_runs_up_to_the_lessons_end_and_stops_there_once() {
        assert_eq!(LESSON.weeks_allowed(100), 4);
        assert!(LESSON.reached(100, 4));
        assert!(!LESSON.reached(100, 3));
        // Played on past the end: no stop until the ten-year limit.
        assert_eq!(LESSON.weeks_allowed(104), WEEKS_MAX - 104);
        assert!(!LESSON.reached(104, 50));
    }

    #[test]
    fn nothing_runs_past_ten_years() {
        assert_eq!(LESSON.weeks_allowed(WEEKS_MAX - 2), 2);
        assert!(LESSON.reached(WEEKS_MAX - 2, 2));
        assert_eq!(LESSON.weeks_allowed(WEEKS_MAX), 0);
        assert!(!LESSON.reached(WEEKS_MAX, 0));
    }
}
