//! Everyone in the market, stored as a struct of arrays (one array per property) so the weekly loop
//! streams through memory and allocates nothing.

use crate::lever::Lever;
use crate::metrics::tier::Tier;
use crate::phase::Phase;
use crate::scenario::Scenario;
use crate::simulation::rng::SimRng;

/// Phase codes as stored per person (the index in [`Phase::ALL`]).
pub(crate) const SUSPECT: u8 = 0;
pub(crate) const PROSPECT: u8 = 1;
pub(crate) const NEW_CUSTOMER: u8 = 2;
pub(crate) const LOYAL_CUSTOMER: u8 = 3;
pub(crate) const AMBASSADOR: u8 = 4;
pub(crate) const FORMER_CUSTOMER: u8 = 5;

/// Bit in `kind` marking a business (B2B) buyer; the low two bits are the tier.
pub(crate) const BUSINESS_BIT: u8 = 4;

/// The people of the market, one entry per person in every array.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Population {
    /// Phase code (see the constants above).
    pub phase: Vec<u8>,
    /// Weeks as a customer (for customers) or since leaving (for former customers).
    pub tenure: Vec<u16>,
    /// Expectation, 0..10.
    pub expectation: Vec<f32>,
    /// Satisfaction, 0..10; a former customer keeps the satisfaction they left with (their memory).
    pub satisfaction: Vec<f32>,
    /// Performance experienced last week, 0..10.
    pub performance: Vec<f32>,
    /// What the users' experience has reached the buyer so far, 0..10 (a business with a buying
    /// centre; for everyone else the same as `performance`).
    pub heard: Vec<f32>,
    /// Last answer to the NPS question, 0..10.
    pub answer: Vec<u8>,
    /// How strongly this person reacts to (dis)confirmation, around 1.
    pub sensitivity: Vec<f32>,
    /// How well the offer fits this person: an offset on experienced performance, points.
    pub fit: Vec<f32>,
    /// Order size at list price if this person bought everything from us, euros.
    pub order_eur: Vec<f32>,
    /// Tier (low two bits) and business flag.
    pub kind: Vec<u8>,
}

/// All arrays of the population as slices of one common length, so the weekly loops can index them
/// without a bounds check per array (the compiler sees that one check covers all).
pub(crate) struct Columns<'a> {
    pub phase: &'a mut [u8],
    pub tenure: &'a mut [u16],
    pub expectation: &'a mut [f32],
    pub satisfaction: &'a mut [f32],
    pub performance: &'a mut [f32],
    pub heard: &'a mut [f32],
    pub answer: &'a mut [u8],
    pub sensitivity: &'a [f32],
    pub fit: &'a [f32],
    pub order_eur: &'a [f32],
    pub kind: &'a [u8],
}

impl Columns<'_> {
    /// The same columns cut to length `n` (≤ their length), so the compiler knows every length.
    #[inline(always)]
    pub fn reslice(&mut self, n: usize) -> Columns<'_> {
        Columns {
            phase: &mut self.phase[..n],
            tenure: &mut self.tenure[..n],
            expectation: &mut self.expectation[..n],
            satisfaction: &mut self.satisfaction[..n],
            performance: &mut self.performance[..n],
            heard: &mut self.heard[..n],
            answer: &mut self.answer[..n],
            sensitivity: &self.sensitivity[..n],
            fit: &self.fit[..n],
            order_eur: &self.order_eur[..n],
            kind: &self.kind[..n],
        }
    }
}

impl Population {
    /// The arrays as equally long slices.
    pub fn columns(&mut self) -> Columns<'_> {
        let n = self.phase.len();
        Columns {
            phase: &mut self.phase[..n],
            tenure: &mut self.tenure[..n],
            expectation: &mut self.expectation[..n],
            satisfaction: &mut self.satisfaction[..n],
            performance: &mut self.performance[..n],
            heard: &mut self.heard[..n],
            answer: &mut self.answer[..n],
            sensitivity: &self.sensitivity[..n],
            fit: &self.fit[..n],
            order_eur: &self.order_eur[..n],
            kind: &self.kind[..n],
        }
    }

    /// Number of people.
    pub fn len(&self) -> usize {
        self.phase.len()
    }

    /// Draw the market of a scenario at week 0.
    pub fn generate(scenario: &Scenario, rng: &mut SimRng) -> Population {
        let n = scenario.market.population as usize;
        let market = &scenario.market;
        let rules = &scenario.rules;
        let mut pop = Population {
            phase: Vec::with_capacity(n),
            tenure: Vec::with_capacity(n),
            expectation: Vec::with_capacity(n),
            satisfaction: Vec::with_capacity(n),
            performance: Vec::with_capacity(n),
            heard: Vec::with_capacity(n),
            answer: Vec::with_capacity(n),
            sensitivity: Vec::with_capacity(n),
            fit: Vec::with_capacity(n),
            order_eur: Vec::with_capacity(n),
            kind: Vec::with_capacity(n),
        };
        let policy = &scenario.start_policy;
        let promised = rules.expectations.promised(policy.get(Lever::Promise));
        let performance = rules.performance.mean(policy);
        let tiers = market.tiers.in_order();
        let spread = rules.satisfaction.sensitivity_spread;
        let judge = crate::rules::satisfaction::SatisfactionRule::new(&rules.satisfaction);
        let buyer_contact = Tier::ALL.map(|tier| rules.buyer_contact(policy, tier));
        for _ in 0..n {
            let tier = pick_tier(&tiers.map(|t| t.share), rng.unit());
            let business = rng.unit() < market.business_share;
            let segment = if business {
                &market.business
            } else {
                &market.consumer
            };
            let size = 1.0 + market.tiers.order_spread * (2.0 * rng.unit() - 1.0);
            let order = tiers[tier].order_eur * segment.order_size_multiplier * size;
            let sensitivity = 1.0 + spread * (2.0 * rng.unit() - 1.0);
            let fit = rules.performance.personal_fit_spread * (2.0 * rng.unit() - 1.0);
            let (phase, tenure) = start_phase(scenario, rng);
            let experienced = (performance + fit).clamp(0.0, 10.0);
            // A business buyer judges what the users experience beside their own contact with
            // us, with all news arrived (a consumer: what they experience, exactly).
            let judged = segment.judged_by_buyer(experienced, buyer_contact[tier]);
            let satisfaction = match phase {
                FORMER_CUSTOMER => 3.0 + 4.0 * rng.unit(),
                _ => f64::from(judge.judgement(promised as f32, judged as f32, sensitivity as f32)),
            };
            pop.phase.push(phase);
            pop.tenure.push(tenure);
            pop.expectation.push(promised as f32);
            pop.satisfaction.push(satisfaction as f32);
            pop.performance.push(experienced as f32);
            pop.heard.push(experienced as f32);
            pop.answer
                .push(crate::rules::nps::answer(satisfaction as f32));
            pop.sensitivity.push(sensitivity as f32);
            pop.fit.push(fit as f32);
            pop.order_eur.push(order.max(0.0) as f32);
            pop.kind
                .push(tier as u8 | if business { BUSINESS_BIT } else { 0 });
        }
        pop
    }

    /// Tier of person `i`.
    pub fn tier(&self, i: usize) -> Tier {
        Tier::ALL[usize::from(self.kind[i] & 3)]
    }

    /// Whether person `i` is a business buyer.
    pub fn is_business(&self, i: usize) -> bool {
        self.kind[i] & BUSINESS_BIT != 0
    }

    /// Phase of person `i`.
    pub fn phase_of(&self, i: usize) -> Phase {
        Phase::ALL[usize::from(self.phase[i])]
    }
}

fn pick_tier(shares: &[f64; 4], u: f64) -> usize {
    let total: f64 = shares.iter().sum();
    let mut acc = 0.0;
    for (i, share) in shares.iter().enumerate() {
        acc += share / total;
        if u < acc {
            return i;
        }
    }
    3
}

fn start_phase(scenario: &Scenario, rng: &mut SimRng) -> (u8, u16) {
    let start = &scenario.market.start;
    let cycle = &scenario.rules.cycle;
    let u = rng.unit();
    let tenure = (rng.unit() * 104.0) as u16;
    if u < start.customers {
        let phase = if u32::from(tenure) >= cycle.weeks_to_loyal {
            LOYAL_CUSTOMER
        } else {
            NEW_CUSTOMER
        };
        (phase, tenure)
    } else if u < start.customers + start.prospects {
        (PROSPECT, 0)
    } else if u < start.customers + start.prospects + start.former_customers {
        (FORMER_CUSTOMER, tenure)
    } else {
        (SUSPECT, 0)
    }
}
