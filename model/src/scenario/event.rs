//! Events a lesson schedules (gebeurtenissen): a delivery problem, a competitor's launch or price
//! war, a viral bad review, a rise in the cost of goods. Each starts in a week, lasts some weeks
//! and changes one thing the rules read; the learner sees it hit and must react.
//!
//! Scenario format version 2 (`[[events]]`); version 1 files have none and read unchanged.

use crate::language::Localized;
use crate::rules::bounds::{Bounds, inconsistent};
use crate::scenario::error::ScenarioError;
use crate::scenario::limits::WEEKS_MAX;
use serde::{Deserialize, Serialize};

/// What happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Deliveries go wrong: experienced performance drops (`performance_drop_points`).
    DeliveryProblem,
    /// A new competitor enters the market (`competitor_strength_added`).
    CompetitorLaunch,
    /// Competitors cut their prices (`competitor_strength_added`).
    PriceWar,
    /// A bad review spreads: the brand's image falls (`image_loss_share`).
    ViralReview,
    /// Suppliers charge more: cost of goods rises (`cost_of_goods_rise_share`).
    CostRise,
}

impl EventKind {
    /// Every kind, in the order of the format's documentation.
    pub const ALL: [EventKind; 5] = [
        EventKind::DeliveryProblem,
        EventKind::CompetitorLaunch,
        EventKind::PriceWar,
        EventKind::ViralReview,
        EventKind::CostRise,
    ];

    /// Position in [`EventKind::ALL`] (the order of the app's texts per kind).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The key in scenario files, e.g. `delivery_problem`.
    pub fn key(self) -> &'static str {
        match self {
            EventKind::DeliveryProblem => "delivery_problem",
            EventKind::CompetitorLaunch => "competitor_launch",
            EventKind::PriceWar => "price_war",
            EventKind::ViralReview => "viral_review",
            EventKind::CostRise => "cost_rise",
        }
    }

    /// The one size field this kind needs, with its allowed range.
    fn size_field(self) -> (&'static str, f64, f64) {
        match self {
            EventKind::DeliveryProblem => ("performance_drop_points", 0.0, 10.0),
            EventKind::CompetitorLaunch | EventKind::PriceWar => {
                ("competitor_strength_added", 0.0, 1.0)
            }
            EventKind::ViralReview => ("image_loss_share", 0.0, 1.0),
            EventKind::CostRise => ("cost_of_goods_rise_share", 0.0, 2.0),
        }
    }
}

/// One scheduled event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioEvent {
    /// What happens.
    pub kind: EventKind,
    /// The first week it acts in (1 = the first simulated week).
    pub week: u32,
    /// How many weeks it lasts.
    pub weeks: u32,
    /// Delivery problem: points (0–10 scale) taken off every customer's experienced performance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance_drop_points: Option<f64>,
    /// Competitor launch or price war: added to the competitor's strength (0–1; capped at 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub competitor_strength_added: Option<f64>,
    /// Viral review: share of the brand's image lost while it lasts (0–1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_loss_share: Option<f64>,
    /// Cost rise: cost of goods goes up by this share (0.2 = 20 % more).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_of_goods_rise_share: Option<f64>,
    /// What the learner reads when it hits (optional; the app has a text per kind).
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub notice: Localized,
}

impl ScenarioEvent {
    /// Whether the event acts in `week`.
    pub fn acts_in(&self, week: u32) -> bool {
        week >= self.week && week - self.week < self.weeks
    }

    /// The last week it acts in.
    pub fn last_week(&self) -> u32 {
        self.week + self.weeks.saturating_sub(1)
    }

    fn sizes(&self) -> [(&'static str, Option<f64>); 4] {
        [
            ("performance_drop_points", self.performance_drop_points),
            ("competitor_strength_added", self.competitor_strength_added),
            ("image_loss_share", self.image_loss_share),
            ("cost_of_goods_rise_share", self.cost_of_goods_rise_share),
        ]
    }

    /// The event's size in its kind's own unit (its one size field).
    pub fn size(&self) -> f64 {
        let (field, _, _) = self.kind.size_field();
        self.sizes()
            .into_iter()
            .find(|(name, _)| *name == field)
            .and_then(|(_, value)| value)
            .unwrap_or(0.0)
    }

    /// The week and length fit in a run, the kind's own size field is given and in range, and
    /// no other kind's field is.
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("week", f64::from(self.week), 1.0, f64::from(WEEKS_MAX))?;
        at.range("weeks", f64::from(self.weeks), 1.0, f64::from(WEEKS_MAX))?;
        let (field, min, max) = self.kind.size_field();
        for (name, value) in self.sizes() {
            match value {
                Some(v) if name == field => at.range(name, v, min, max)?,
                None if name == field => {
                    return Err(inconsistent(
                        &at.field(name),
                        format!("een `{}` heeft `{name}` nodig", self.kind.key()),
                        format!("a `{}` needs `{name}`", self.kind.key()),
                    ));
                }
                Some(_) => {
                    return Err(inconsistent(
                        &at.field(name),
                        format!("`{name}` hoort niet bij een `{}`", self.kind.key()),
                        format!("`{name}` does not belong to a `{}`", self.kind.key()),
                    ));
                }
                None => {}
            }
        }
        Ok(())
    }
}

/// What the events acting in one week change, combined: drops and strength add up, image
/// losses and cost rises multiply.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EventEffects {
    /// Points off experienced performance (0–10 scale).
    pub performance_drop_points: f64,
    /// Added to the competitor's strength.
    pub competitor_strength_added: f64,
    /// The brand's image is multiplied by this (1 = unchanged).
    pub image_factor: f64,
    /// The cost of goods is multiplied by this (1 = unchanged).
    pub cost_of_goods_factor: f64,
}

impl EventEffects {
    /// No event acting.
    pub const NONE: EventEffects = EventEffects {
        performance_drop_points: 0.0,
        competitor_strength_added: 0.0,
        image_factor: 1.0,
        cost_of_goods_factor: 1.0,
    };

    /// The effects of every event acting in `week`.
    pub fn in_week(events: &[ScenarioEvent], week: u32) -> EventEffects {
        events
            .iter()
            .filter(|e| e.acts_in(week))
            .fold(EventEffects::NONE, |mut effects, event| {
                let size = event.size();
                match event.kind {
                    EventKind::DeliveryProblem => effects.performance_drop_points += size,
                    EventKind::CompetitorLaunch | EventKind::PriceWar => {
                        effects.competitor_strength_added += size;
                    }
                    EventKind::ViralReview => effects.image_factor *= 1.0 - size,
                    EventKind::CostRise => effects.cost_of_goods_factor *= 1.0 + size,
                }
                effects
            })
    }
}

impl EventEffects {
    /// The competitor's strength the rules use with these effects: the market's own plus what
    /// the events add, at most 1.
    pub fn competitor_strength(&self, market_strength: f64) -> f64 {
        (market_strength + self.competitor_strength_added).min(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: EventKind, week: u32, weeks: u32) -> ScenarioEvent {
        let mut e = ScenarioEvent {
            kind,
            week,
            weeks,
            performance_drop_points: None,
            competitor_strength_added: None,
            image_loss_share: None,
            cost_of_goods_rise_share: None,
            notice: Localized::default(),
        };
        match kind {
            EventKind::DeliveryProblem => e.performance_drop_points = Some(2.0),
            EventKind::CompetitorLaunch | EventKind::PriceWar => {
                e.competitor_strength_added = Some(0.25)
            }
            EventKind::ViralReview => e.image_loss_share = Some(0.5),
            EventKind::CostRise => e.cost_of_goods_rise_share = Some(0.2),
        }
        e
    }

    #[test]
    fn the_index_is_the_place_in_all() {
        for (i, kind) in EventKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), i);
        }
    }

    #[test]
    fn an_event_acts_from_its_week_for_its_length() {
        let e = event(EventKind::DeliveryProblem, 10, 3);
        assert!(!e.acts_in(9));
        assert!(e.acts_in(10) && e.acts_in(12));
        assert!(!e.acts_in(13));
        assert_eq!(e.last_week(), 12);
    }

    #[test]
    fn overlapping_events_combine_and_quiet_weeks_change_nothing() {
        let events = [
            event(EventKind::DeliveryProblem, 5, 4),
            event(EventKind::DeliveryProblem, 7, 4),
            event(EventKind::PriceWar, 6, 2),
            event(EventKind::ViralReview, 6, 1),
            event(EventKind::CostRise, 8, 10),
        ];
        assert_eq!(EventEffects::in_week(&events, 4), EventEffects::NONE);
        let week6 = EventEffects::in_week(&events, 6);
        assert_eq!(week6.performance_drop_points, 2.0);
        assert_eq!(week6.competitor_strength_added, 0.25);
        assert_eq!(week6.image_factor, 0.5);
        let week8 = EventEffects::in_week(&events, 8);
        assert_eq!(week8.performance_drop_points, 4.0);
        assert_eq!(week8.competitor_strength_added, 0.0);
        assert!((week8.cost_of_goods_factor - 1.2).abs() < 1e-12);
    }

    #[test]
    fn each_kind_needs_its_own_size_and_no_other() {
        let at = Bounds::at("events[0]");
        for kind in EventKind::ALL {
            assert!(event(kind, 3, 2).check(&at).is_ok(), "{kind:?}");
        }
        let mut missing = event(EventKind::ViralReview, 3, 2);
        missing.image_loss_share = None;
        let error = missing.check(&at).unwrap_err();
        assert_eq!(error.field.as_deref(), Some("events[0].image_loss_share"));
        let mut foreign = event(EventKind::CostRise, 3, 2);
        foreign.performance_drop_points = Some(1.0);
        assert_eq!(
            foreign.check(&at).unwrap_err().field.as_deref(),
            Some("events[0].performance_drop_points")
        );
        let mut too_big = event(EventKind::PriceWar, 3, 2);
        too_big.competitor_strength_added = Some(1.5);
        assert!(too_big.check(&at).is_err());
        assert!(event(EventKind::PriceWar, 0, 2).check(&at).is_err());
        assert!(event(EventKind::PriceWar, 3, 0).check(&at).is_err());
    }
}
