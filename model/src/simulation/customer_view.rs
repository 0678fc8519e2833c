//! One person seen up close ("follow a customer"): their phase, expectation, experience and mood.

use crate::lever::Lever;
use crate::metrics::tier::Tier;
use crate::phase::Phase;
use crate::policy::Policy;
use crate::rules::retention::TENURE_WEEKS_MAX;
use crate::scenario::Scenario;
use crate::simulation::population::Population;
use serde::{Deserialize, Serialize};

/// The five customer types of the course (5 klanttypen), as a label for a followed customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerType {
    /// Recently won (nieuwe klant).
    New,
    /// Buys on a whim; reacts strongly, little attachment (impulsieve klant).
    Impulse,
    /// Dissatisfied and complaining (boze klant).
    Angry,
    /// Expects a lot and lets you know (aandringende klant).
    Insistent,
    /// Satisfied and faithful (loyale klant).
    Loyal,
}

impl CustomerType {
    /// Every type, in the course's order.
    pub const ALL: [CustomerType; 5] = [
        CustomerType::New,
        CustomerType::Impulse,
        CustomerType::Angry,
        CustomerType::Insistent,
        CustomerType::Loyal,
    ];

    /// Position in [`CustomerType::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The type of active customer `index`, from their own state and the rules: angry when
    /// satisfaction is below the level at which customers complain; in the first weeks of the
    /// relationship new, or impulse buyers when they react much more strongly than most;
    /// afterwards insistent when they expect nearly the most the firm could promise, else loyal.
    /// `None` for someone who is not a customer.
    pub(crate) fn of(pop: &Population, rules: &crate::rules::Rules, index: usize) -> Option<Self> {
        if !pop.phase_of(index).is_customer() {
            return None;
        }
        let satisfaction = f64::from(pop.satisfaction[index]);
        let weeks = u32::from(pop.tenure[index]);
        Some(
            if satisfaction < rules.retention.complaint_below_satisfaction {
                CustomerType::Angry
            } else if weeks < rules.cycle.weeks_to_loyal {
                let sensitivity = f64::from(pop.sensitivity[index]);
                if sensitivity > 1.0 + 0.5 * rules.satisfaction.sensitivity_spread {
                    CustomerType::Impulse
                } else {
                    CustomerType::New
                }
            } else if f64::from(pop.expectation[index]) > rules.expectations.promised(1.0) - 1.0 {
                CustomerType::Insistent
            } else {
                CustomerType::Loyal
            },
        )
    }
}

/// A snapshot of one person.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerView {
    /// Position in the population.
    pub index: usize,
    /// Current phase.
    pub phase: Phase,
    /// Weeks as a customer (customers) or since leaving (former customers); 0 otherwise.
    pub weeks_in_relationship: u32,
    /// Expectation, 0..10.
    pub expectation: f64,
    /// Performance experienced last week, 0..10.
    pub performance: f64,
    /// Satisfaction, 0..10 (for a former customer: how they felt when they left).
    pub satisfaction: f64,
    /// Last answer to "would you recommend us?", 0..10.
    pub nps_answer: u8,
    /// Share of wallet they would give us now, 0..1.
    pub share_of_wallet: f64,
    /// Their weekly chance of leaving now (customers only), 0..1.
    pub weekly_churn: f64,
    /// Tier in the customer pyramid.
    pub tier: Tier,
    /// Business buyer (B2B) rather than consumer.
    pub is_business: bool,
    /// How strongly they react to (dis)confirmation, around 1.
    pub sensitivity: f64,
    /// Order size at list price if they bought everything from us, euros.
    pub wallet_order_eur: f64,
    /// Course label for this customer (customers only).
    pub customer_type: Option<CustomerType>,
    /// The binding programmes as they work on this person (financial, social, structural): the
    /// factor each multiplies their weekly chance of leaving by (1 for a programme that is off).
    pub binding_programmes: [(Lever, f64); 3],
}

impl CustomerView {
    /// Person `index` as they stand now; `competitor_strength` is the one next week's rules use
    /// (the market's, plus what the lesson's events add then).
    pub(crate) fn of(
        pop: &Population,
        scenario: &Scenario,
        policy: &Policy,
        competitor_strength: f64,
        index: usize,
    ) -> Option<CustomerView> {
        if index >= pop.len() {
            return None;
        }
        let phase = pop.phase_of(index);
        let business = pop.is_business(index);
        let segment = if business {
            &scenario.market.business
        } else {
            &scenario.market.consumer
        };
        let rules = &scenario.rules;
        // What this person receives: the policy as their tier and its channel give it.
        let policy = &rules.channels.felt_policy(policy, pop.tier(index));
        let satisfaction = f64::from(pop.satisfaction[index]);
        let expectation = f64::from(pop.expectation[index]);
        let weeks = u32::from(pop.tenure[index]);
        let binding = rules.retention.binding(policy, segment);
        let share = crate::rules::economics::ShareOfWalletRule::new(&rules.economics, binding)
            .share(pop.satisfaction[index]);
        let weekly_churn = if phase.is_customer() {
            rules
                .retention
                .weekly_churn(policy, segment, competitor_strength, satisfaction)
                * rules
                    .retention
                    .tenure_factor(f64::from(weeks.min(TENURE_WEEKS_MAX as u32)))
        } else {
            0.0
        };
        let sensitivity = f64::from(pop.sensitivity[index]);
        let customer_type = CustomerType::of(pop, rules, index);
        Some(CustomerView {
            index,
            phase,
            weeks_in_relationship: if matches!(phase, Phase::Suspect | Phase::Prospect) {
                0
            } else {
                weeks
            },
            expectation,
            performance: f64::from(pop.performance[index]),
            satisfaction,
            nps_answer: pop.answer[index],
            share_of_wallet: if phase.is_customer() {
                f64::from(share)
            } else {
                0.0
            },
            weekly_churn: weekly_churn.clamp(0.0, 1.0),
            tier: pop.tier(index),
            is_business: business,
            sensitivity,
            wallet_order_eur: f64::from(pop.order_eur[index]),
            customer_type,
            binding_programmes: rules
                .retention
                .binding_by_programme(policy, segment)
                .map(|(lever, binding)| (lever, libm::exp(-binding))),
        })
    }
}
