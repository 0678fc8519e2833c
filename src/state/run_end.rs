//! Where time stops by itself: at the scenario's last week (once; pressing play again goes on past
//! it), in the first week of each of the lesson's events (so the learner can react), and at the
//! longest run there is ([`WEEKS_MAX`], ten years).

use model::WEEKS_MAX;

/// The end of a run of a scenario that lasts `scenario_weeks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunEnd {
    pub scenario_weeks: u32,
    /// The first week of the next event still to come, if any.
    pub next_event: Option<u32>,
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
        let to_event = match self.next_event {
            Some(start) if start > week => start - week,
            _ => u32::MAX,
        };
        to_scenario_end
            .min(to_event)
            .min(WEEKS_MAX.saturating_sub(week))
    }

    /// Whether simulating `weeks` from `week` reaches a point where time stops.
    pub fn reached(&self, week: u32, weeks: u32) -> bool {
        let scenario_end = week < self.scenario_weeks && week + weeks >= self.scenario_weeks;
        let event = self
            .next_event
            .is_some_and(|start| week < start && week + weeks >= start);
        let limit = weeks > 0 && week + weeks >= WEEKS_MAX;
        scenario_end || event || limit
    }

    /// The first week after `week` in which one of `events` begins.
    pub fn next_event_after(events: &[model::ScenarioEvent], week: u32) -> Option<u32> {
        events.iter().map(|e| e.week).filter(|&w| w > week).min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: RunEnd = RunEnd {
        scenario_weeks: 104,
        next_event: None,
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
    fn time_stops_in_the_first_week_of_an_event() {
        let crisis = RunEnd {
            next_event: Some(30),
            ..LESSON
        };
        assert_eq!(crisis.weeks_allowed(20), 10);
        assert!(crisis.reached(20, 10));
        assert!(!crisis.reached(20, 9));
        // At or past its first week the event no longer stops time.
        assert_eq!(crisis.weeks_allowed(30), 74);
        assert!(!crisis.reached(30, 5));
    }

    #[test]
    fn nothing_runs_past_ten_years() {
        assert_eq!(LESSON.weeks_allowed(WEEKS_MAX - 2), 2);
        assert!(LESSON.reached(WEEKS_MAX - 2, 2));
        assert_eq!(LESSON.weeks_allowed(WEEKS_MAX), 0);
        assert!(!LESSON.reached(WEEKS_MAX, 0));
    }
}
