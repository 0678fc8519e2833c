//! Following one customer: the follower's account of a person agrees with the market figures the
//! weekly loop produced, leaves the run unchanged, replays identically, and names the loyalty driver
//! that the churn rule says pushed hardest.

mod common;

use common::small_market;
use model::{LeavingReason, Lever, Phase, Run, Scenario, Simulation};
use std::collections::HashMap;

const WEEKS: u32 = 40;

/// Follow every person of a small market (one simulation per person) and add up their accounts.
#[test]
fn the_followed_accounts_of_everyone_add_up_to_the_market_figures() {
    let scenario = small_market(240);
    let seed = 5;
    let mut plain = Simulation::new(&scenario, seed);
    let snapshots: Vec<_> = (0..WEEKS).map(|_| *plain.step()).collect();
    let mut orders = vec![0u32; WEEKS as usize];
    let mut revenue = vec![0.0f64; WEEKS as usize];
    let mut leavers = vec![0u32; WEEKS as usize];
    let mut moves: HashMap<(u32, Phase, Phase), u32> = HashMap::new();
    let mut answers = vec![(0u32, 0u32); WEEKS as usize];
    for index in 0..plain.population() {
        let mut sim = Simulation::new(&scenario, seed);
        assert!(sim.follow(index));
        for _ in 0..WEEKS {
            sim.step();
        }
        let followed = sim.followed().unwrap();
        assert_eq!(followed.weeks().len(), WEEKS as usize + 1);
        for week in &followed.weeks()[1..] {
            let w = week.week as usize - 1;
            if let Some(value) = week.order_eur {
                orders[w] += 1;
                revenue[w] += value;
            }
            if let Some(answer) = week.nps_answer {
                answers[w].0 += u32::from(answer >= 9);
                answers[w].1 += u32::from(answer <= 6);
            }
        }
        for change in followed.changes() {
            *moves
                .entry((change.week, change.from, change.to))
                .or_default() += 1;
            let left = change.to == Phase::FormerCustomer;
            assert_eq!(change.leaving.is_some(), left, "{change:?}");
            leavers[change.week as usize - 1] += u32::from(left);
        }
    }
    for (w, s) in snapshots.iter().enumerate() {
        assert_eq!(orders[w], s.orders, "orders in week {}", s.week);
        assert_eq!(leavers[w], s.leavers, "leavers in week {}", s.week);
        assert_eq!(
            answers[w],
            (s.promoters, s.detractors),
            "NPS in week {}",
            s.week
        );
        assert!(
            (revenue[w] - s.revenue).abs() <= 1e-3 * s.revenue.max(1.0),
            "revenue in week {}: {} vs {}",
            s.week,
            revenue[w],
            s.revenue
        );
        for from in Phase::ALL {
            for to in Phase::ALL {
                let counted = moves.get(&(s.week, from, to)).copied().unwrap_or(0);
                assert_eq!(
                    counted,
                    s.flows.between(from, to),
                    "{from:?}→{to:?} week {}",
                    s.week
                );
            }
        }
    }
    assert!(orders.iter().sum::<u32>() > 100 && leavers.iter().sum::<u32>() > 5);
}

#[test]
fn following_someone_changes_nothing_in_the_run() {
    let scenario = small_market(2_000);
    let mut plain = Simulation::new(&scenario, 9);
    let mut watched = Simulation::new(&scenario, 9);
    watched.follow(777);
    for week in 0..30 {
        if week == 10 {
            watched.follow(12);
        }
        assert_eq!(plain.step(), watched.step());
    }
}

#[test]
fn a_replayed_history_is_the_one_recorded_live_and_goes_on_from_there() {
    let scenario = small_market(1_500);
    let mut run = Run::new(scenario.clone(), 3);
    run.timeline.push(model::PolicyChange {
        week: 6,
        setting: Lever::Promise.into(),
        value: 0.9,
    });
    let index = 321;
    let mut live = Simulation::new(&scenario, 3);
    live.follow(index);
    let mut replayed_sim = run.simulation_at(12);
    for week in 0..25 {
        live.set_policy(run.policy_for_step_from(week));
        live.step();
    }
    let replayed = run.followed(index, 12).unwrap();
    assert_eq!(replayed.weeks(), &live.followed().unwrap().weeks()[..13]);
    assert!(replayed_sim.follow_on(replayed));
    for week in 12..25 {
        replayed_sim.set_policy(run.policy_for_step_from(week));
        replayed_sim.step();
    }
    assert_eq!(replayed_sim.followed(), live.followed());
    assert!(run.followed(1_500, 3).is_none());
    let mut other = Simulation::new(&scenario, 3);
    assert!(
        !other.follow_on(run.followed(index, 5).unwrap()),
        "week 5 is not week 0"
    );
    assert!(!other.follow(1_500));
}

#[test]
fn orders_and_value_to_date_are_the_sum_of_the_weeks() {
    let scenario = small_market(800);
    let mut sim = Simulation::new(&scenario, 2);
    let index = sim.find_person(None, 400).unwrap();
    sim.follow(index);
    for _ in 0..30 {
        sim.step();
    }
    let f = sim.followed().unwrap();
    let weeks_with_orders = f.weeks().iter().filter(|w| w.order_eur.is_some()).count();
    assert_eq!(f.orders(), weeks_with_orders);
    let value: f64 = f.weeks().iter().filter_map(|w| w.order_eur).sum();
    assert!((f.value_eur() - value).abs() < 1e-9);
    assert!(f.weeks()[0].phase.is_customer());
}

#[test]
fn finding_a_person_wraps_round_and_respects_the_phase() {
    let scenario = small_market(500);
    let sim = Simulation::new(&scenario, 4);
    for phase in Phase::ALL {
        if let Some(i) = sim.find_person(Some(phase), 250) {
            assert_eq!(sim.customer(i).unwrap().phase, phase);
        }
    }
    let customer = sim.find_person(None, 499).unwrap();
    assert!(sim.customer(customer).unwrap().phase.is_customer());
    let everyone_suspect = {
        let mut s = small_market(50);
        s.market.start.customers = 0.0;
        s.market.start.prospects = 0.0;
        s.market.start.former_customers = 0.0;
        Simulation::new(&s, 1)
    };
    assert_eq!(everyone_suspect.find_person(None, 0), None);
    assert_eq!(
        everyone_suspect.find_person(Some(Phase::Suspect), 49),
        Some(49)
    );
}

/// The reasons of everyone who left in a run under `policy` on `scenario`, counted.
fn reasons(scenario: &Scenario, changes: &[(Lever, f64)]) -> HashMap<LeavingReason, usize> {
    let mut counted = HashMap::new();
    for index in (0..scenario.market.population as usize).step_by(3) {
        let mut sim = Simulation::new(scenario, 8);
        let mut policy = *sim.policy();
        for &(lever, value) in changes {
            policy.set(lever, value).unwrap();
        }
        sim.set_policy(policy);
        sim.follow(index);
        for _ in 0..52 {
            sim.step();
        }
        for change in sim.followed().unwrap().changes() {
            if let Some(leaving) = change.leaving {
                *counted.entry(leaving.reason).or_default() += 1;
            }
        }
    }
    counted
}

fn main_reason(counted: &HashMap<LeavingReason, usize>) -> LeavingReason {
    *counted.iter().max_by_key(|(_, n)| **n).unwrap().0
}

#[test]
fn the_reason_for_leaving_is_the_driver_the_situation_pushes() {
    let scenario = small_market(700);
    let overpromised = reasons(
        &scenario,
        &[
            (Lever::Promise, 1.0),
            (Lever::Quality, 0.1),
            (Lever::Aftersales, 0.1),
        ],
    );
    println!("overpromised, poor service: {overpromised:?}");
    assert_eq!(main_reason(&overpromised), LeavingReason::ExpectationNotMet);

    let expensive = reasons(
        &scenario,
        &[
            (Lever::Price, 1.0),
            (Lever::Promise, 0.2),
            (Lever::Quality, 0.9),
            (Lever::Aftersales, 0.9),
        ],
    );
    println!("expensive, well served: {expensive:?}");
    assert_eq!(main_reason(&expensive), LeavingReason::Price);

    let mut rival = scenario.clone();
    rival.market.competitor_strength = 1.0;
    let strong_rival = reasons(
        &rival,
        &[
            (Lever::Promise, 0.2),
            (Lever::Quality, 0.9),
            (Lever::Aftersales, 0.9),
            (Lever::Price, 0.4),
        ],
    );
    println!("strong competitor: {strong_rival:?}");
    assert_eq!(main_reason(&strong_rival), LeavingReason::Competitor);
}

#[test]
fn a_leaver_s_factors_multiply_to_the_chance_they_ran() {
    let scenario = small_market(600);
    let mut found = 0;
    for index in (0..600).step_by(11) {
        let mut sim = Simulation::new(&scenario, 6);
        sim.follow(index);
        for _ in 0..40 {
            sim.step();
        }
        let f = sim.followed().unwrap();
        for change in f.changes() {
            let Some(leaving) = change.leaving else {
                continue;
            };
            found += 1;
            let week = f.weeks().iter().find(|w| w.week == change.week).unwrap();
            assert_eq!(week.weekly_churn, Some(leaving.chance));
            let d = leaving.drivers;
            let product =
                d.base * d.satisfaction * d.aftersales * d.competitor * d.price * d.binding;
            assert!((product.min(0.5) * d.tenure - leaving.chance).abs() < 1e-12);
            assert!(week.nps_answer.is_none() && week.order_eur.is_none());
        }
    }
    assert!(found > 0);
}
