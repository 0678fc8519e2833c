//! One week for everyone: the loop over all people. Each person uses one 64-bit random number per week:
//! bits 0–23 decide the phase event (interest, purchase decision, leaving, returning), bits 24–33 the
//! noise in experienced performance, bits 34–43 the noise in the NPS answer, bits 44–63 whether an order
//! is placed.

use crate::nps;
use crate::population::{
    AMBASSADOR, FORMER_CUSTOMER, LOYAL_CUSTOMER, NEW_CUSTOMER, PROSPECT, Population, SUSPECT,
};
use crate::retention::{TENURE_WEEKS_MAX, satisfaction_step};
use crate::rng::SimRng;
use crate::week_rules::{RunTables, SegmentRules, WeekRules};

/// Per-tier sums of one week.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct TierTotals {
    pub customers: u32,
    pub orders: u32,
    pub revenue_eur: f64,
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
    pub revenue_eur: f64,
    pub list_revenue_eur: f64,
    pub leavers: u32,
    pub won: u32,
    pub tiers: [TierTotals; 4],
}

/// Simulate one week for the whole population and return the totals.
pub(crate) fn simulate_week(
    pop: &mut Population,
    rules: &WeekRules,
    tables: &RunTables,
    rng: &mut SimRng,
) -> WeekTotals {
    let mut totals = WeekTotals::default();
    for i in 0..pop.len() {
        let bits = rng.bits();
        let event = (bits & 0x00FF_FFFF) as u32;
        let kind = pop.kind[i];
        let segment = &rules.segments[usize::from(kind >> 2) & 1];
        let from = pop.phase[i];
        let to = match from {
            SUSPECT => {
                if event < segment.interest {
                    PROSPECT
                } else {
                    SUSPECT
                }
            }
            PROSPECT => {
                if event < segment.convert {
                    totals.won += 1;
                    win_customer(pop, i, bits, rules, segment, tables, &mut totals);
                    NEW_CUSTOMER
                } else if event < segment.convert_or_lapse {
                    SUSPECT
                } else {
                    PROSPECT
                }
            }
            FORMER_CUSTOMER => former_week(pop, i, event, segment, tables),
            _ => {
                totals.customers_at_start += 1;
                customer_week(pop, i, from, bits, rules, segment, tables, &mut totals)
            }
        };
        if to != from {
            totals.flows[usize::from(from)][usize::from(to)] += 1;
            pop.phase[i] = to;
        }
        totals.counts[usize::from(to)] += 1;
    }
    totals
}

/// A former customer: comes back as a prospect once the memory of leaving fades (faster for those who
/// left less unhappy), or through word of mouth.
#[inline(always)]
fn former_week(
    pop: &mut Population,
    i: usize,
    event: u32,
    segment: &SegmentRules,
    tables: &RunTables,
) -> u8 {
    let weeks = usize::from(pop.tenure[i]).min(TENURE_WEEKS_MAX);
    let memory = pop.satisfaction[i] * 0.1;
    let chance =
        (segment.return_base * tables.memory_faded[weeks] + segment.return_referral) * memory;
    if (event as f32) < chance {
        pop.tenure[i] = 0;
        PROSPECT
    } else {
        pop.tenure[i] = pop.tenure[i].saturating_add(1);
        FORMER_CUSTOMER
    }
}

/// A prospect buys for the first time: expectation is what was promised, the first experience follows.
#[inline(always)]
fn win_customer(
    pop: &mut Population,
    i: usize,
    bits: u64,
    rules: &WeekRules,
    segment: &SegmentRules,
    tables: &RunTables,
    totals: &mut WeekTotals,
) {
    let expectation = rules.promised;
    let performance = experience(bits, segment, tables);
    let sensitivity = pop.sensitivity[i];
    let neutral = rules
        .satisfaction
        .judgement(expectation, expectation, sensitivity);
    let judgement = rules
        .satisfaction
        .judgement(expectation, performance, sensitivity);
    let satisfaction = rules.satisfaction.update(neutral, judgement);
    pop.tenure[i] = 0;
    pop.performance[i] = performance;
    pop.expectation[i] = rules.expectation.apply(expectation, performance);
    pop.satisfaction[i] = satisfaction;
    survey_and_order(pop, i, bits, true, rules, segment, tables, totals);
}

/// An active customer's week: experience, satisfaction, expectation, NPS answer, maybe leave, maybe
/// order, maybe move up or down the cycle.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn customer_week(
    pop: &mut Population,
    i: usize,
    from: u8,
    bits: u64,
    rules: &WeekRules,
    segment: &SegmentRules,
    tables: &RunTables,
    totals: &mut WeekTotals,
) -> u8 {
    let performance = experience(bits, segment, tables);
    let expectation = pop.expectation[i];
    let judgement = rules
        .satisfaction
        .judgement(expectation, performance, pop.sensitivity[i]);
    let satisfaction = rules.satisfaction.update(pop.satisfaction[i], judgement);
    pop.performance[i] = performance;
    pop.expectation[i] = rules.expectation.apply(expectation, performance);
    pop.satisfaction[i] = satisfaction;

    let tenure = pop.tenure[i];
    let churn = segment.churn_scaled[satisfaction_step(satisfaction)]
        * tables.tenure_factor[usize::from(tenure).min(TENURE_WEEKS_MAX)];
    if (((bits & 0x00FF_FFFF) as u32) as f32) < churn {
        totals.leavers += 1;
        pop.tenure[i] = 0;
        return FORMER_CUSTOMER;
    }
    let tenure = tenure.saturating_add(1);
    pop.tenure[i] = tenure;
    let ordered = ((bits >> 44) as u32) < segment.order;
    survey_and_order(pop, i, bits, ordered, rules, segment, tables, totals);
    match from {
        NEW_CUSTOMER if tenure >= rules.weeks_to_loyal && satisfaction >= rules.loyal_from => {
            LOYAL_CUSTOMER
        }
        LOYAL_CUSTOMER
            if tenure >= rules.weeks_to_ambassador && satisfaction >= rules.ambassador_from =>
        {
            AMBASSADOR
        }
        AMBASSADOR if satisfaction < rules.ambassador_keep => LOYAL_CUSTOMER,
        _ => from,
    }
}

/// Experienced performance this week, 0..10.
#[inline(always)]
fn experience(bits: u64, segment: &SegmentRules, tables: &RunTables) -> f32 {
    let noise = tables.performance_noise[((bits >> 24) & 1023) as usize];
    (segment.performance_mean + noise).clamp(0.0, 10.0)
}

/// Count the customer's NPS answer, share of wallet and (if `ordered`) the order.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn survey_and_order(
    pop: &mut Population,
    i: usize,
    bits: u64,
    ordered: bool,
    rules: &WeekRules,
    segment: &SegmentRules,
    tables: &RunTables,
    totals: &mut WeekTotals,
) {
    let satisfaction = pop.satisfaction[i];
    let answer = nps::answer(satisfaction + tables.answer_noise[((bits >> 34) & 1023) as usize]);
    pop.answer[i] = answer;
    totals.promoters += u32::from(answer >= 9);
    totals.detractors += u32::from(answer <= 6);
    totals.passives += u32::from((7..=8).contains(&answer));
    totals.expectation_sum += f64::from(pop.expectation[i]);
    totals.performance_sum += f64::from(pop.performance[i]);
    totals.satisfaction_sum += f64::from(satisfaction);
    let share = segment.share_of_wallet.share(satisfaction);
    totals.share_of_wallet_sum += f64::from(share);
    let tier = &mut totals.tiers[usize::from(pop.kind[i] & 3)];
    tier.customers += 1;
    if ordered {
        let list = pop.order_eur[i] * share;
        let paid = list * rules.price_factor;
        totals.orders += 1;
        totals.list_revenue_eur += f64::from(list);
        totals.revenue_eur += f64::from(paid);
        tier.orders += 1;
        tier.list_revenue_eur += f64::from(list);
        tier.revenue_eur += f64::from(paid);
    }
}
