//! Week 0: what the starting market looks like and what the starting policy is expected to give, so the
//! first charts start at sensible values instead of zero. Customers answer the NPS question once; churn
//! and orders are expected values (no one moves).

use crate::rules::nps;
use crate::rules::retention::{TENURE_WEEKS_MAX, satisfaction_step};
use crate::simulation::accounts::Sales;
use crate::simulation::population::{FORMER_CUSTOMER, PROSPECT, Population, SUSPECT};
use crate::simulation::rng::{CHANCE_SCALE, SimRng};
use crate::simulation::step::WeekTotals;
use crate::simulation::week_tables::{ORDER_SCALE, RunTables, WeekRules, group_of};

/// The starting state's counts and the expected flows of the first week.
pub(crate) struct ExpectedWeek {
    pub totals: WeekTotals,
    pub sales: Sales,
    /// The same per tier, [`crate::Tier::ALL`] order.
    pub tier_sales: [Sales; 4],
    pub leavers: f64,
}

/// Survey the starting market (one random draw per customer for the NPS answer).
pub(crate) fn expected_week(
    pop: &mut Population,
    rules: &WeekRules,
    tables: &RunTables,
    rng: &mut SimRng,
) -> ExpectedWeek {
    let mut totals = WeekTotals::default();
    let mut sales = Sales::default();
    let mut tier_sales = [Sales::default(); 4];
    let mut leavers = 0.0;
    for i in 0..pop.len() {
        let phase = pop.phase[i];
        totals.counts[usize::from(phase)] += 1;
        if matches!(phase, SUSPECT | PROSPECT | FORMER_CUSTOMER) {
            continue;
        }
        let segment = &rules.groups[group_of(pop.kind[i])];
        let satisfaction = pop.satisfaction[i];
        let noise = tables.answer_noise[(rng.bits() & 1023) as usize];
        let lift = tables.answer_lift[usize::from(phase) & 7];
        let answer = nps::answer(satisfaction + lift + noise);
        pop.answer[i] = answer;
        totals.promoters += u32::from(crate::rules::nps::is_promoter(answer));
        totals.detractors += u32::from(crate::rules::nps::is_detractor(answer));
        totals.passives += u32::from(
            !crate::rules::nps::is_promoter(answer) && !crate::rules::nps::is_detractor(answer),
        );
        totals.expectation_sum += f64::from(pop.expectation[i]);
        totals.performance_sum += f64::from(pop.performance[i]);
        totals.satisfaction_sum += f64::from(satisfaction);
        let share = segment.share_of_wallet.share(satisfaction);
        totals.share_of_wallet_sum += f64::from(share);
        totals.tiers[usize::from(pop.kind[i] & 3)].customers += 1;
        let tenure = usize::from(pop.tenure[i]).min(TENURE_WEEKS_MAX);
        let churn =
            segment.churn_scaled[satisfaction_step(satisfaction)] * tables.tenure_factor[tenure];
        leavers += f64::from(churn) / CHANCE_SCALE;
        let order_chance = f64::from(segment.order) / ORDER_SCALE;
        let list = f64::from(pop.order_eur[i] * share);
        sales.customers += 1.0;
        sales.orders += order_chance;
        sales.list_revenue_eur += order_chance * list;
        sales.revenue_eur += order_chance * list * f64::from(rules.price_factor);
        let tier = &mut tier_sales[usize::from(pop.kind[i] & 3)];
        tier.customers += 1.0;
        tier.orders += order_chance;
        tier.list_revenue_eur += order_chance * list;
        tier.revenue_eur += order_chance * list * f64::from(rules.price_factor);
    }
    sales.prospects = f64::from(totals.counts[usize::from(PROSPECT)]);
    ExpectedWeek {
        totals,
        sales,
        tier_sales,
        leavers,
    }
}
