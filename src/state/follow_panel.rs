//! What the "Volg een klant" panel shows, as a plain type: the followed person's state now, their
//! history in lines for the small chart, their phase changes newest first and, when they left, why.
//! Everything is read from the model's follower and customer view; nothing is recomputed here.

use model::{CustomerView, FollowedCustomer, FollowedWeek, Lever, Phase, PhaseChange, Tier, nps};

/// Phase changes shown in the panel (newest first); older ones are counted, not listed.
pub const CHANGES_SHOWN: usize = 6;

/// The answer to "would you recommend us?" and its NPS group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NpsGroup {
    /// 9 or 10.
    Promoter,
    /// 7 or 8.
    Passive,
    /// 0 to 6.
    Detractor,
}

impl NpsGroup {
    pub fn of(answer: u8) -> NpsGroup {
        if nps::is_promoter(answer) {
            NpsGroup::Promoter
        } else if nps::is_detractor(answer) {
            NpsGroup::Detractor
        } else {
            NpsGroup::Passive
        }
    }
}

/// A binding programme the person is in: its lever and what it does to their chance of leaving.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Programme {
    pub lever: Lever,
    /// The programme's level, 0..1.
    pub level: f64,
    /// Their weekly chance of leaving is multiplied by this (below 1).
    pub churn_factor: f64,
}

/// The panel's content.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowPanel {
    pub index: usize,
    pub week: u32,
    pub since_week: u32,
    pub phase: Phase,
    pub tier: Tier,
    pub business: bool,
    /// Weeks as a customer, or since leaving for a former customer.
    pub weeks_in_phase_group: u32,
    /// The last week they were a customer: what they expected, got and felt.
    pub last_experience: Option<FollowedWeek>,
    /// Their latest NPS answer while a customer.
    pub nps: Option<(u8, NpsGroup)>,
    pub orders: usize,
    pub value_eur: f64,
    pub share_of_wallet: Option<f64>,
    /// Their chance of leaving next week (customers).
    pub weekly_churn: Option<f64>,
    /// Which of the five customer types they are now (customers).
    pub customer_type: Option<model::CustomerType>,
    /// Programmes that work on them now (customers; programmes switched on).
    pub programmes: Vec<Programme>,
    /// Newest first, at most [`CHANGES_SHOWN`].
    pub changes: Vec<PhaseChange>,
    /// Changes older than those listed.
    pub older_changes: usize,
    /// Their most recent departure (shown while they are a former customer).
    pub leaving: Option<PhaseChange>,
    /// Their record of the week they left.
    pub leaving_week: Option<FollowedWeek>,
}

impl FollowPanel {
    /// The panel for `followed`, whose state now is `now`, with `level` giving each lever's value now.
    pub fn of(
        followed: &FollowedCustomer,
        now: &CustomerView,
        level: impl Fn(Lever) -> f64,
    ) -> FollowPanel {
        let latest = followed.latest();
        let customer = now.phase.is_customer();
        let last_experience = followed
            .weeks()
            .iter()
            .rev()
            .find(|w| w.satisfaction.is_some())
            .copied();
        let programmes = if customer {
            now.binding_programmes
                .iter()
                .filter(|(lever, _)| level(*lever) > 0.0)
                .map(|&(lever, churn_factor)| Programme {
                    lever,
                    level: level(lever),
                    churn_factor,
                })
                .collect()
        } else {
            Vec::new()
        };
        let changes = followed.changes();
        let leaving = (now.phase == Phase::FormerCustomer)
            .then(|| followed.last_leaving().copied())
            .flatten();
        let leaving_week = leaving.and_then(|change| {
            followed
                .weeks()
                .iter()
                .find(|w| w.week == change.week)
                .copied()
        });
        FollowPanel {
            index: followed.index(),
            week: latest.week,
            since_week: followed.since_week(),
            phase: now.phase,
            tier: now.tier,
            business: now.is_business,
            weeks_in_phase_group: now.weeks_in_relationship,
            last_experience,
            nps: customer.then(|| (now.nps_answer, NpsGroup::of(now.nps_answer))),
            orders: followed.orders(),
            value_eur: followed.value_eur(),
            share_of_wallet: customer.then_some(now.share_of_wallet),
            weekly_churn: customer.then_some(now.weekly_churn),
            customer_type: now.customer_type,
            programmes,
            changes: changes.iter().rev().take(CHANGES_SHOWN).copied().collect(),
            older_changes: changes.len().saturating_sub(CHANGES_SHOWN),
            leaving,
            leaving_week,
        }
    }
}

/// The three lines of the person's small chart (expectation, performance, satisfaction), each as
/// unbroken stretches of (week, value) over the weeks they were a customer.
pub fn experience_lines(followed: &FollowedCustomer) -> [Vec<Vec<(f64, f64)>>; 3] {
    let pick: [fn(&FollowedWeek) -> Option<f64>; 3] =
        [|w| w.expected, |w| w.performance, |w| w.satisfaction];
    pick.map(|value| {
        let mut stretches: Vec<Vec<(f64, f64)>> = Vec::new();
        let mut open = false;
        for week in followed.weeks() {
            match value(week) {
                Some(v) => {
                    if !open {
                        stretches.push(Vec::new());
                        open = true;
                    }
                    if let Some(stretch) = stretches.last_mut() {
                        stretch.push((f64::from(week.week), v));
                    }
                }
                None => open = false,
            }
        }
        stretches
    })
}

/// Where the `picks`-th pick starts looking in a market of `population`: steps of the golden ratio
/// round the market, so picks in a row land far apart and never repeat a start for long.
pub fn spread_pick(picks: u64, population: usize) -> usize {
    if population == 0 {
        return 0;
    }
    let golden = 0.618_033_988_749_895_f64;
    let fraction = (0.37 + picks as f64 * golden).fract();
    ((fraction * population as f64) as usize).min(population - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Scenario, Simulation};

    fn followed_for(weeks: u32, seed: u64) -> (Simulation, usize) {
        let mut scenario = Scenario::free_play();
        scenario.market.population = 3_000;
        let mut sim = Simulation::new(&scenario, seed);
        let index = sim.find_person(None, 1_000).unwrap();
        sim.follow(index);
        for _ in 0..weeks {
            sim.step();
        }
        (sim, index)
    }

    #[test]
    fn the_panel_reads_the_follower_and_the_customer_view() {
        let (sim, index) = followed_for(30, 4);
        let followed = sim.followed().unwrap();
        let now = sim.customer(index).unwrap();
        let panel = FollowPanel::of(followed, &now, |lever| sim.policy().get(lever));
        assert_eq!(panel.index, index);
        assert_eq!(panel.week, 30);
        assert_eq!(panel.since_week, 0);
        assert_eq!(panel.orders, followed.orders());
        assert_eq!(panel.phase, now.phase);
        assert_eq!(
            panel.changes.len() + panel.older_changes,
            followed.changes().len()
        );
        if let (Some(first), Some(latest)) = (panel.changes.first(), followed.changes().last()) {
            assert_eq!(first, latest, "newest first");
        }
        if now.phase.is_customer() {
            let (answer, group) = panel.nps.unwrap();
            assert_eq!(answer, now.nps_answer);
            assert_eq!(group, NpsGroup::of(answer));
            assert!(panel.leaving.is_none());
        }
    }

    #[test]
    fn a_former_customer_shows_why_they_left_and_no_programmes() {
        for index_seed in 0..40 {
            let (sim, index) = followed_for(60, index_seed);
            let now = sim.customer(index).unwrap();
            if now.phase != Phase::FormerCustomer {
                continue;
            }
            let panel = FollowPanel::of(sim.followed().unwrap(), &now, |_| 1.0);
            let leaving = panel.leaving.expect("a former customer has a departure");
            assert_eq!(leaving.to, Phase::FormerCustomer);
            assert!(leaving.leaving.is_some());
            let week = panel.leaving_week.unwrap();
            assert_eq!(week.week, leaving.week);
            assert!(week.expected.is_some() && week.nps_answer.is_none());
            assert!(panel.programmes.is_empty() && panel.nps.is_none());
            return;
        }
        panic!("nobody of 40 followed customers left in 60 weeks");
    }

    #[test]
    fn programmes_switched_off_are_not_listed_and_the_others_lower_churn() {
        let (sim, index) = followed_for(5, 2);
        let now = sim.customer(index).unwrap();
        let levels = |lever| match lever {
            Lever::LoyaltySocial => 0.6,
            _ => 0.0,
        };
        let panel = FollowPanel::of(sim.followed().unwrap(), &now, levels);
        if now.phase.is_customer() {
            assert_eq!(panel.programmes.len(), 1);
            assert_eq!(panel.programmes[0].lever, Lever::LoyaltySocial);
            assert!(panel.programmes[0].churn_factor <= 1.0);
        }
    }

    #[test]
    fn chart_lines_break_where_the_person_was_not_a_customer() {
        let (sim, _) = followed_for(80, 3);
        let followed = sim.followed().unwrap();
        let lines = experience_lines(followed);
        let customer_weeks = followed
            .weeks()
            .iter()
            .filter(|w| w.satisfaction.is_some())
            .count();
        for line in &lines {
            assert_eq!(line.iter().map(Vec::len).sum::<usize>(), customer_weeks);
            for stretch in line {
                assert!(stretch.windows(2).all(|p| p[1].0 == p[0].0 + 1.0));
            }
        }
        let stints = followed
            .changes()
            .iter()
            .filter(|c| c.to == Phase::FormerCustomer)
            .count();
        assert!(lines[2].len() >= stints.min(1));
    }

    #[test]
    fn picks_spread_over_the_market_and_stay_inside_it() {
        let starts: Vec<usize> = (0..10).map(|k| spread_pick(k, 10_000)).collect();
        for (k, a) in starts.iter().enumerate() {
            assert!(*a < 10_000);
            for b in &starts[k + 1..] {
                assert!(a.abs_diff(*b) > 200, "{starts:?}");
            }
        }
        assert_eq!(spread_pick(3, 0), 0);
        assert_eq!(spread_pick(5, 1), 0);
    }

    #[test]
    fn nps_groups_follow_the_course_bounds() {
        assert_eq!(NpsGroup::of(10), NpsGroup::Promoter);
        assert_eq!(NpsGroup::of(9), NpsGroup::Promoter);
        assert_eq!(NpsGroup::of(8), NpsGroup::Passive);
        assert_eq!(NpsGroup::of(7), NpsGroup::Passive);
        assert_eq!(NpsGroup::of(6), NpsGroup::Detractor);
        assert_eq!(NpsGroup::of(0), NpsGroup::Detractor);
    }
}
