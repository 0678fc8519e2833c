//! The lesson's events (gebeurtenissen) as the page shows them: bands on the charts over the weeks
//! of every event that has begun, and the notice of the event acting now.

use model::ScenarioEvent;
use std::ops::Range;

/// The weeks on the x axis each event that has begun by `week` covers: half a week either side
/// of the weeks it acts in. Events still to come are not shown (the lesson's surprise).
pub fn event_bands(events: &[ScenarioEvent], week: u32) -> Vec<Range<f64>> {
    events
        .iter()
        .filter(|event| event.week <= week)
        .map(|event| f64::from(event.week) - 0.5..f64::from(event.last_week()) + 0.5)
        .collect()
}

/// The event to tell the learner about at `week` (the week on screen, just simulated): of those
/// acting in it, the one that began last. Its index in the scenario's list.
pub fn acting_event(events: &[ScenarioEvent], week: u32) -> Option<usize> {
    events
        .iter()
        .enumerate()
        .filter(|(_, event)| event.acts_in(week))
        .max_by_key(|(i, event)| (event.week, *i))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Scenario;

    fn events() -> Vec<ScenarioEvent> {
        let text = r#"
format_version = 2
id = "x"
weeks = 52
[title]
nl = "x"
en = "x"
[[events]]
kind = "delivery_problem"
week = 10
weeks = 6
performance_drop_points = 2
[[events]]
kind = "price_war"
week = 12
weeks = 2
competitor_strength_added = 0.2
"#;
        Scenario::from_toml(text).unwrap().events
    }

    #[test]
    fn only_events_that_began_get_a_band() {
        let events = events();
        assert!(event_bands(&events, 9).is_empty());
        assert_eq!(event_bands(&events, 10), vec![9.5..15.5]);
        assert_eq!(event_bands(&events, 30).len(), 2);
    }

    #[test]
    fn the_notice_is_of_the_latest_event_acting_now() {
        let events = events();
        assert_eq!(acting_event(&events, 9), None);
        assert_eq!(acting_event(&events, 10), Some(0));
        assert_eq!(acting_event(&events, 12), Some(1));
        assert_eq!(acting_event(&events, 14), Some(0));
        assert_eq!(acting_event(&events, 16), None);
    }
}
