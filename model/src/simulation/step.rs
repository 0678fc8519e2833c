//! One week for everyone, in two passes over the population so the hot loops have few unpredictable
//! branches:
//! 1. every person: draw this week's random bits; suspects, prospects and former customers move (or not)
//!    without branching on their phase; active customers and newly won ones are queued;
//! 2. every queued customer: experience, satisfaction, expectation, NPS answer, maybe leave, maybe order,
//!    maybe move up or down the cycle.
//!
//! Each person uses one 64-bit random number per week: bits 0–23 decide the phase event (interest,
//! purchase decision, leaving, returning), bits 24–33 the noise in experienced performance, bits 34–43
//! the noise in the NPS answer, bits 44–63 whether an order is placed.

use crate::rules::nps;
use crate::rules::retention::{TENURE_WEEKS_MAX, satisfaction_step};
use crate::simulation::population::{
    AMBASSADOR, Columns, FORMER_CUSTOMER, LOYAL_CUSTOMER, NEW_CUSTOMER, PROSPECT, Population,
};
use crate::simulation::rng::SimRng;
use crate::simulation::week_tables::{RunTables, SegmentRules, WeekRules, group_of};

/// Customers summed in f32 per block of this many, then added to f64 totals.
const BLOCK: usize = 4096;
/// Row t has a 1 in place t: adds a customer's figures to their own tier without a branch.
const TIER_MASKS: [[f32; 4]; 4] = [
    [1.0, 0.0, 0.0, 0.0],
    [0.0, 1.0, 0.0, 0.0],
    [0.0, 0.0, 1.0, 0.0],
    [0.0, 0.0, 0.0, 1.0],
];
/// Marks a queued customer who was won this week.
const WON_BIT: u32 = 1 << 31;

/// Per-tier sums of one week.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct TierTotals {
    pub customers: u32,
    pub orders: u32,
    pub list_revenue_eur: f64,
}

/// Everything the loop counts and sums in one week.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct WeekTotals {
    pub counts: [u32; 6],
    pub flows: [[u32; 6]; 6],
    pub customers_at_start: u32,
    pub expectation_sum: f64,
    pub performance_sum: f64,
    pub satisfaction_sum: f64,
    pub share_of_wallet_sum: f64,
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
    pub orders: u32,
    pub list_revenue_eur: f64,
    pub leavers: u32,
    pub won: u32,
    pub tiers: [TierTotals; 4],
}

/// Reusable buffers for the customer queue (allocated once per simulation, not per week).
#[derive(Clone, Debug, Default)]
pub(crate) struct Queue {
    entries: Vec<u32>,
    bits: Vec<u64>,
}

impl Queue {
    pub fn for_population(n: usize) -> Queue {
        Queue {
            entries: vec![0; n],
            bits: vec![0; n],
        }
    }
}

/// Simulate one week for the whole population; `start` are the phase counts at the start of the week.
pub(crate) fn simulate_week(
    pop: &mut Population,
    start: [u32; 6],
    rules: &WeekRules,
    tables: &RunTables,
    rng: &mut SimRng,
    queue: &mut Queue,
) -> WeekTotals {
    let mut totals = WeekTotals {
        customers_at_start: start[2] + start[3] + start[4],
        ..WeekTotals::default()
    };
    let n = pop.len();
    if n == 0 {
        return totals;
    }
    let mut c = pop.columns();
    let queued = move_non_customers(&mut c, n, rules, tables, rng, queue, &mut totals);
    let entries = &queue.entries[..queued];
    let bits = &queue.bits[..queued];
    for (entries, bits) in entries.chunks(BLOCK).zip(bits.chunks(BLOCK)) {
        let sums = customers_block(&mut c, n, entries, bits, rules, tables, &mut totals);
        sums.add_to(&mut totals);
    }
    for (phase, count) in totals.counts.iter_mut().enumerate() {
        let into: u32 = (0..6).map(|from| totals.flows[from][phase]).sum();
        let out: u32 = totals.flows[phase].iter().sum();
        *count = start[phase] + into - out;
    }
    let active = totals.counts[2] + totals.counts[3] + totals.counts[4];
    totals.passives = active - totals.promoters - totals.detractors;
    totals
}

/// Pass 2 for one block of queued customers. Kept out of line: a loop of its own gets the registers
/// to itself.
#[inline(never)]
fn customers_block(
    c: &mut Columns<'_>,
    n: usize,
    entries: &[u32],
    bits: &[u64],
    rules: &WeekRules,
    tables: &RunTables,
    totals: &mut WeekTotals,
) -> BlockSums {
    let mut sums = BlockSums::default();
    let mut c = c.reslice(n);
    for (&entry, &bits) in entries.iter().zip(bits) {
        // `min` lets the compiler drop the bounds checks; entries are always < n.
        let i = ((entry & !WON_BIT) as usize).min(n - 1);
        let segment = &rules.groups[group_of(c.kind[i])];
        if entry & WON_BIT != 0 {
            win_customer(&mut c, i, bits, rules, segment, tables, &mut sums);
        } else {
            customer_week(&mut c, i, bits, rules, segment, tables, totals, &mut sums);
        }
    }
    sums
}

/// Pass 1: suspects, prospects and former customers; queue the customers. Returns the queue length.
#[inline(never)]
fn move_non_customers(
    c: &mut Columns<'_>,
    n: usize,
    rules: &WeekRules,
    tables: &RunTables,
    rng: &mut SimRng,
    queue: &mut Queue,
    totals: &mut WeekTotals,
) -> usize {
    let mut queued = 0;
    let phase = &mut c.phase[..n];
    let tenure_of = &mut c.tenure[..n];
    let satisfaction = &c.satisfaction[..n];
    let kind = &c.kind[..n];
    let entries = &mut queue.entries[..n];
    let queue_bits = &mut queue.bits[..n];
    for i in 0..n {
        let bits = rng.bits();
        let event = (bits & 0x00FF_FFFF) as i32 as f32;
        let from = phase[i];
        let p = usize::from(from) & 7;
        let segment = &rules.groups[group_of(kind[i])];
        let moves = &segment.moves;
        // A former customer returns once the memory of leaving fades (sooner for those who left less
        // unhappy), or through word of mouth. Computed for everyone, used for former customers only:
        // arithmetic instead of `if` so the compiler emits no unpredictable branches.
        let tenure = tenure_of[i];
        let faded = tables.memory_faded[usize::from(tenure).min(TENURE_WEEKS_MAX)];
        let memory = satisfaction[i] * 0.1;
        let back_chance = (segment.return_base * faded + segment.return_referral) * memory;
        let is_former = from == FORMER_CUSTOMER;
        let up = moves.up_below[p] + keep_if(is_former, back_chance);
        let to = if event < up {
            moves.up_to[p]
        } else if event < moves.down_below[p] {
            moves.down_to[p]
        } else {
            from
        };
        let returned = is_former & (to == PROSPECT);
        tenure_of[i] = if returned {
            0
        } else {
            tenure.saturating_add(u16::from(is_former))
        };
        let customer = from.wrapping_sub(NEW_CUSTOMER) <= AMBASSADOR - NEW_CUSTOMER;
        let won = (from == PROSPECT) & (to == NEW_CUSTOMER);
        let slot = queued.min(n - 1);
        entries[slot] = i as u32 | if won { WON_BIT } else { 0 };
        queue_bits[slot] = bits;
        queued += usize::from(customer | won);
        if to != from {
            totals.flows[usize::from(from)][usize::from(to)] += 1;
            phase[i] = to;
        }
    }
    queued
}

/// Sums over a block of customers, kept in registers.
#[derive(Clone, Copy, Debug, Default)]
struct BlockSums {
    expectation: f32,
    performance: f32,
    satisfaction: f32,
    share_of_wallet: f32,
    promoters: u32,
    detractors: u32,
    won: u32,
    tier_customers: [f32; 4],
    tier_orders: [f32; 4],
    tier_list_revenue: [f32; 4],
}

impl BlockSums {
    fn add_to(&self, totals: &mut WeekTotals) {
        totals.expectation_sum += f64::from(self.expectation);
        totals.performance_sum += f64::from(self.performance);
        totals.satisfaction_sum += f64::from(self.satisfaction);
        totals.share_of_wallet_sum += f64::from(self.share_of_wallet);
        totals.promoters += self.promoters;
        totals.detractors += self.detractors;
        totals.won += self.won;
        for (t, tier) in totals.tiers.iter_mut().enumerate() {
            tier.customers += self.tier_customers[t] as u32;
            tier.orders += self.tier_orders[t] as u32;
            tier.list_revenue_eur += f64::from(self.tier_list_revenue[t]);
            totals.orders += self.tier_orders[t] as u32;
            totals.list_revenue_eur += f64::from(self.tier_list_revenue[t]);
        }
    }
}

/// A prospect buys for the first time: expectation is what was promised, the first experience follows.
#[inline(always)]
fn win_customer(
    c: &mut Columns<'_>,
    i: usize,
    bits: u64,
    rules: &WeekRules,
    segment: &SegmentRules,
    tables: &RunTables,
    sums: &mut BlockSums,
) {
    let expectation = rules.promised;
    // A new account's buyer has heard nothing from the users yet: they expect what was promised.
    c.heard[i] = expectation;
    // A first purchase starts from a neutral judgement: what was promised, delivered.
    let neutral = rules
        .satisfaction
        .judgement(expectation, expectation, c.sensitivity[i]);
    live_through_week(c, i, bits, expectation, neutral, rules, segment, tables);
    c.tenure[i] = 0;
    sums.won += 1;
    survey_and_order(c, i, bits, true, segment, tables, sums);
}

/// Pass 2 for an active customer.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn customer_week(
    c: &mut Columns<'_>,
    i: usize,
    bits: u64,
    rules: &WeekRules,
    segment: &SegmentRules,
    tables: &RunTables,
    totals: &mut WeekTotals,
    sums: &mut BlockSums,
) {
    let from = c.phase[i];
    let (expectation, previous) = (c.expectation[i], c.satisfaction[i]);
    let satisfaction = live_through_week(c, i, bits, expectation, previous, rules, segment, tables);

    let tenure = c.tenure[i];
    let churn = segment.churn_scaled[satisfaction_step(satisfaction)]
        * tables.tenure_factor[usize::from(tenure).min(TENURE_WEEKS_MAX)];
    if ((bits & 0x00FF_FFFF) as i32 as f32) < churn {
        totals.leavers += 1;
        totals.flows[usize::from(from)][usize::from(FORMER_CUSTOMER)] += 1;
        c.tenure[i] = 0;
        c.phase[i] = FORMER_CUSTOMER;
        return;
    }
    let tenure = tenure.saturating_add(1);
    c.tenure[i] = tenure;
    let ordered = places_order(bits, segment);
    survey_and_order(c, i, bits, ordered, segment, tables, sums);
    let up_to_loyal =
        from == NEW_CUSTOMER && tenure >= rules.weeks_to_loyal && satisfaction >= rules.loyal_from;
    // An ambassador believes in us and says so: a loyal customer who has been with us long enough,
    // is very satisfied and would recommend us this week (a promoter's answer).
    let up_to_ambassador = from == LOYAL_CUSTOMER
        && tenure >= rules.weeks_to_ambassador
        && satisfaction >= rules.ambassador_from
        && nps::is_promoter(c.answer[i]);
    let down_to_loyal = from == AMBASSADOR && satisfaction < rules.ambassador_keep;
    let to = from + u8::from(up_to_loyal) + u8::from(up_to_ambassador) - u8::from(down_to_loyal);
    if to != from {
        totals.flows[usize::from(from)][usize::from(to)] += 1;
        c.phase[i] = to;
    }
}

/// One week as a customer (klantervaring): the performance experienced, judged against what was
/// expected, the satisfaction that follows from the previous one, and the expectation it leaves
/// for next week. New and existing customers go through the same steps; returns the satisfaction.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn live_through_week(
    c: &mut Columns<'_>,
    i: usize,
    bits: u64,
    expectation: f32,
    previous_satisfaction: f32,
    rules: &WeekRules,
    segment: &SegmentRules,
    tables: &RunTables,
) -> f32 {
    let performance = experience(bits, c.fit[i], segment, tables);
    // A branch the processor predicts: markets are nearly always of one kind.
    let judged = if segment.buying_centre {
        buyer_judges(performance, &mut c.heard[i], segment)
    } else {
        performance
    };
    let judgement = rules
        .satisfaction
        .judgement(expectation, judged, c.sensitivity[i]);
    let satisfaction = rules.satisfaction.update(previous_satisfaction, judgement);
    c.performance[i] = performance;
    c.expectation[i] = rules.expectation.apply(expectation, judged);
    c.satisfaction[i] = satisfaction;
    satisfaction
}

/// The performance the buyer judges (klant ≠ gebruiker): the users' experience as it has reached
/// them by now (`heard`, updated here), weighed with their own contact with the supplier. With
/// neutral weights (`arrive` 1, `keep` 0, `user_weight` 1, `own_weight` 0) every product with 0
/// is 0 and with 1 exact, so this is `performance` to the bit; the loop skips it then.
#[inline(always)]
pub(crate) fn buyer_judges(performance: f32, heard: &mut f32, segment: &SegmentRules) -> f32 {
    let arrived = segment.arrive * performance + segment.keep * *heard;
    *heard = arrived;
    segment.judged(arrived)
}

/// Whether an active customer who stays orders this week (bits 44–63 of their weekly draw).
#[inline(always)]
pub(crate) fn places_order(bits: u64, segment: &SegmentRules) -> bool {
    ((bits >> 44) as u32) < segment.order
}

/// `value` when `condition` holds, else 0.0 — by bit masking, so the compiler cannot turn it into a
/// (badly predictable) branch.
#[inline(always)]
fn keep_if(condition: bool, value: f32) -> f32 {
    let mask = 0u32.wrapping_sub(u32::from(condition));
    f32::from_bits(value.to_bits() & mask)
}

/// Experienced performance this week, 0..10: the mean, the person's fit, and this week's noise.
#[inline(always)]
fn experience(bits: u64, fit: f32, segment: &SegmentRules, tables: &RunTables) -> f32 {
    let noise = tables.performance_noise[((bits >> 24) & 1023) as usize];
    (segment.performance_mean + fit + noise).clamp(0.0, 10.0)
}

/// Count the customer's NPS answer (an ambassador's lifted, see `NpsParams`), share of wallet and
/// (if `ordered`) the order.
#[inline(always)]
fn survey_and_order(
    c: &mut Columns<'_>,
    i: usize,
    bits: u64,
    ordered: bool,
    segment: &SegmentRules,
    tables: &RunTables,
    sums: &mut BlockSums,
) {
    let satisfaction = c.satisfaction[i];
    let lift = tables.answer_lift[usize::from(c.phase[i]) & 7];
    let noise = tables.answer_noise[((bits >> 34) & 1023) as usize];
    let answer = nps::answer(satisfaction + lift + noise);
    c.answer[i] = answer;
    sums.promoters += u32::from(nps::is_promoter(answer));
    sums.detractors += u32::from(nps::is_detractor(answer));
    sums.expectation += c.expectation[i];
    sums.performance += c.performance[i];
    sums.satisfaction += satisfaction;
    let share = segment.share_of_wallet.share(satisfaction);
    sums.share_of_wallet += share;
    let order = keep_if(ordered, 1.0);
    let list = keep_if(ordered, c.order_eur[i] * share * segment.price_paid);
    let mask = &TIER_MASKS[usize::from(c.kind[i] & 3)];
    for (t, &m) in mask.iter().enumerate() {
        sums.tier_customers[t] += m;
        sums.tier_orders[t] += m * order;
        sums.tier_list_revenue[t] += m * list;
    }
}
