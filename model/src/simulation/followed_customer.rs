//! Following one person ("volg een klant"): their week-by-week history as the simulation runs —
//! phase and every phase change, what they expected and experienced, how satisfied they were, their
//! NPS answer, their orders and, when they leave, why.
//!
//! Nothing is decided twice: after each week the follower reads the person's new state from the
//! population and their weekly random draw back from the generator (PCG jumps ahead to the person's
//! draw), and applies the same order test (`step::places_order`) and churn factors
//! (`RetentionParams::drivers`) the weekly loop used. The hot loop itself does not know it is watched.

use crate::phase::Phase;
use crate::policy::Policy;
use crate::rules::leaving::Leaving;
use crate::rules::retention::{TENURE_WEEKS_MAX, satisfaction_step, step_satisfaction};
use crate::scenario::Scenario;
use crate::scenario::market::Segment;
use crate::simulation::population::{FORMER_CUSTOMER, NEW_CUSTOMER, PROSPECT, Population};
use crate::simulation::step::places_order;
use crate::simulation::week_tables::{WeekRules, group_of};
use serde::{Deserialize, Serialize};

/// One week of a followed person. The experience fields are set for the weeks they were a customer
/// (including the week they were won and the week they left).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowedWeek {
    /// The week.
    pub week: u32,
    /// Their phase at the end of the week.
    pub phase: Phase,
    /// What they expected going into the week, 0..10.
    pub expected: Option<f64>,
    /// The performance they experienced, 0..10 (for a business: what its users experienced).
    pub performance: Option<f64>,
    /// A business with a buying centre: the performance its buyer judged, 0..10 — the users'
    /// experience as far as it had reached them, weighed with their own contact with us.
    pub buyer_judged: Option<f64>,
    /// Their satisfaction after the week, 0..10.
    pub satisfaction: Option<f64>,
    /// Their answer to "would you recommend us?" (customers who stayed), 0..10.
    pub nps_answer: Option<u8>,
    /// What this week's order brought in at the price paid, euros (when they ordered).
    pub order_eur: Option<f64>,
    /// Their chance of leaving this week (customers at the start of the week), 0..1.
    pub weekly_churn: Option<f64>,
}

/// A move from one phase to another.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhaseChange {
    /// The week it happened.
    pub week: u32,
    /// The phase before.
    pub from: Phase,
    /// The phase after.
    pub to: Phase,
    /// Why they left (moves to former customer only).
    pub leaving: Option<Leaving>,
}

/// The history of one followed person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowedCustomer {
    index: usize,
    weeks: Vec<FollowedWeek>,
    changes: Vec<PhaseChange>,
}

/// What the follower notes of a person before a week, to compare with after it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Before {
    phase: u8,
    tenure: u16,
    expectation: f32,
}

impl FollowedCustomer {
    /// Start following person `index` in `week`, with their state now as the first entry.
    pub(crate) fn start(pop: &Population, index: usize, week: u32) -> FollowedCustomer {
        let phase = pop.phase_of(index);
        let customer = phase.is_customer();
        let when_customer = |value: f32| customer.then_some(f64::from(value));
        FollowedCustomer {
            index,
            weeks: vec![FollowedWeek {
                week,
                phase,
                expected: when_customer(pop.expectation[index]),
                performance: when_customer(pop.performance[index]),
                buyer_judged: None,
                satisfaction: when_customer(pop.satisfaction[index]),
                nps_answer: customer.then_some(pop.answer[index]),
                order_eur: None,
                weekly_churn: None,
            }],
            changes: Vec::new(),
        }
    }

    /// The person's state before the coming week.
    pub(crate) fn before(&self, pop: &Population) -> Before {
        let i = self.index;
        Before {
            phase: pop.phase[i],
            tenure: pop.tenure[i],
            expectation: pop.expectation[i],
        }
    }

    /// Record `week`, just simulated under `rules` and `policy`: `before` is the person's state
    /// before it and `bits` their weekly random draw.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn observe(
        &mut self,
        week: u32,
        before: Before,
        pop: &Population,
        bits: u64,
        rules: &WeekRules,
        scenario: &Scenario,
        policy: &Policy,
    ) {
        let i = self.index;
        let (from, to) = (before.phase, pop.phase[i]);
        let business = pop.is_business(i);
        let segment_rules = &rules.groups[group_of(pop.kind[i])];
        let was_customer = Phase::ALL[usize::from(from)].is_customer();
        let won = from == PROSPECT && to == NEW_CUSTOMER;
        let left = was_customer && to == FORMER_CUSTOMER;
        let mut record = FollowedWeek {
            week,
            phase: pop.phase_of(i),
            expected: None,
            performance: None,
            buyer_judged: None,
            satisfaction: None,
            nps_answer: None,
            order_eur: None,
            weekly_churn: None,
        };
        let mut leaving = None;
        if was_customer || won {
            let expected = if won {
                f64::from(rules.promised)
            } else {
                f64::from(before.expectation)
            };
            let (performance, satisfaction) = (pop.performance[i], pop.satisfaction[i]);
            record.expected = Some(expected);
            record.performance = Some(f64::from(performance));
            record.buyer_judged = segment_rules
                .buying_centre
                .then(|| f64::from(segment_rules.judged(pop.heard[i])));
            record.satisfaction = Some(f64::from(satisfaction));
            if !left {
                record.nps_answer = Some(pop.answer[i]);
                if won || places_order(bits, segment_rules) {
                    let share = segment_rules.share_of_wallet.share(satisfaction);
                    record.order_eur = Some(
                        f64::from(pop.order_eur[i] * share * segment_rules.price_paid)
                            * f64::from(rules.price_factor),
                    );
                }
            }
            if was_customer {
                let retention = &scenario.rules.retention;
                let segment: &Segment = if business {
                    &scenario.market.business
                } else {
                    &scenario.market.consumer
                };
                // The weekly loop reads churn from a table by satisfaction step.
                let table_satisfaction = step_satisfaction(satisfaction_step(satisfaction));
                let tenure = usize::from(before.tenure).min(TENURE_WEEKS_MAX);
                let felt = scenario.rules.channels.felt_policy(policy, pop.tier(i));
                let drivers = retention
                    .drivers(
                        &felt,
                        segment,
                        rules.competitor_strength,
                        table_satisfaction,
                    )
                    .with_tenure(retention.tenure_factor(tenure as f64));
                record.weekly_churn = Some(drivers.chance(retention.weekly_churn_max));
                leaving = left.then(|| {
                    Leaving::from_drivers(
                        drivers,
                        retention.weekly_churn_max,
                        expected,
                        record.buyer_judged.unwrap_or(f64::from(performance)),
                    )
                });
            }
        }
        if from != to {
            self.changes.push(PhaseChange {
                week,
                from: Phase::ALL[usize::from(from)],
                to: record.phase,
                leaving,
            });
        }
        self.weeks.push(record);
    }

    /// Position of the person in the population.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The week following began (its state is the first entry of [`Self::weeks`]).
    pub fn since_week(&self) -> u32 {
        self.weeks[0].week
    }

    /// One entry per week since following began, oldest first.
    pub fn weeks(&self) -> &[FollowedWeek] {
        &self.weeks
    }

    /// Every phase change since following began, oldest first.
    pub fn changes(&self) -> &[PhaseChange] {
        &self.changes
    }

    /// The latest entry.
    pub fn latest(&self) -> &FollowedWeek {
        self.weeks.last().expect("a follower starts with one week")
    }

    /// Number of orders placed since following began.
    pub fn orders(&self) -> usize {
        self.weeks.iter().filter(|w| w.order_eur.is_some()).count()
    }

    /// What their orders brought in since following began, euros at the prices paid.
    pub fn value_eur(&self) -> f64 {
        self.weeks.iter().filter_map(|w| w.order_eur).sum()
    }

    /// Their most recent departure, if they left since following began.
    pub fn last_leaving(&self) -> Option<&PhaseChange> {
        self.changes.iter().rev().find(|c| c.leaving.is_some())
    }
}
