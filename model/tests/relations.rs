//! Each qualitative relation of the course (docs: concepts.md) as a test on averaged runs: same seeds,
//! one lever (or one rule) changed.

mod common;

use common::{FROM, SEEDS, WEEKS, averaged, base_with, small_market, summarise};
use model::{Lever, Simulation};

const N: u32 = 3_000;

#[test]
fn the_same_performance_satisfies_less_when_more_was_promised() {
    let market = small_market(N);
    let modest = averaged(&market, Lever::Promise, 0.3);
    let bold = averaged(&market, Lever::Promise, 0.8);
    println!(
        "satisfaction modest {:.3}, bold {:.3}",
        modest.satisfaction, bold.satisfaction
    );
    assert!(bold.satisfaction < modest.satisfaction - 0.2);
    assert!(bold.nps < modest.nps);
}

#[test]
fn falling_short_hurts_more_than_exceeding_helps() {
    // Promise moved the same distance above and below the level that matches performance (0.5).
    let market = small_market(N);
    let matched = averaged(&market, Lever::Promise, 0.5);
    let under = averaged(&market, Lever::Promise, 0.25);
    let over = averaged(&market, Lever::Promise, 0.75);
    let gain = under.satisfaction - matched.satisfaction;
    let loss = matched.satisfaction - over.satisfaction;
    println!("gain from exceeding {gain:.3}, loss from falling short {loss:.3}");
    assert!(gain > 0.0);
    assert!(loss > 1.3 * gain);
}

#[test]
fn better_aftersales_service_lowers_churn() {
    let market = small_market(N);
    let poor = averaged(&market, Lever::Aftersales, 0.2);
    let good = averaged(&market, Lever::Aftersales, 0.9);
    println!("churn poor {:.5}, good {:.5}", poor.churn, good.churn);
    assert!(good.churn < 0.85 * poor.churn);
}

#[test]
fn better_presales_and_sales_service_raise_conversion() {
    let market = small_market(N);
    for lever in [Lever::Presales, Lever::Sales] {
        let poor = summarise(&market, base_with(lever, 0.1), &SEEDS, WEEKS, 1);
        let good = summarise(&market, base_with(lever, 0.9), &SEEDS, WEEKS, 1);
        println!(
            "{lever:?}: conversion poor {:.4}, good {:.4}",
            poor.conversion, good.conversion
        );
        assert!(good.conversion > 1.2 * poor.conversion, "{lever:?}");
    }
}

/// The structural binding level that costs the same per week as `financial` financial binding, found by
/// bisection on the simulation's own cost preview.
fn structural_of_equal_cost(financial: f64) -> f64 {
    let sim = Simulation::new(&small_market(10_000), 1);
    let target = sim.lever_weekly_cost_eur(Lever::LoyaltyFinancial, financial);
    let (mut low, mut high) = (0.0, 1.0);
    assert!(sim.lever_weekly_cost_eur(Lever::LoyaltyStructural, 1.0) >= target);
    for _ in 0..50 {
        let mid = 0.5 * (low + high);
        if sim.lever_weekly_cost_eur(Lever::LoyaltyStructural, mid) < target {
            low = mid;
        } else {
            high = mid;
        }
    }
    low
}

#[test]
fn structural_binding_keeps_customers_longer_than_financial_binding_of_the_same_cost() {
    // The full free-play market: structural binding needs a fixed investment that a tiny market
    // cannot carry.
    let market = small_market(10_000);
    let structural = structural_of_equal_cost(0.8);
    println!("structural level of equal cost: {structural:.3}");
    let fin = averaged(&market, Lever::LoyaltyFinancial, 0.8);
    let str_ = averaged(&market, Lever::LoyaltyStructural, structural);
    println!(
        "churn financial {:.5}, structural {:.5}",
        fin.churn, str_.churn
    );
    assert!(str_.churn < 0.9 * fin.churn);
}

#[test]
fn financial_binding_costs_margin_on_every_order() {
    let market = small_market(N);
    let none = averaged(&market, Lever::LoyaltyFinancial, 0.0);
    let points = averaged(&market, Lever::LoyaltyFinancial, 0.8);
    println!(
        "margin per order without {:.2}, with {:.2}",
        none.margin_per_order, points.margin_per_order
    );
    assert!(points.margin_per_order < 0.95 * none.margin_per_order);
}

#[test]
fn promoters_bring_new_prospects() {
    // Quality only reaches suspects through word of mouth: better quality → more promoters → more
    // suspects become interested (acquisition and promise unchanged).
    let market = small_market(N);
    let weak = averaged(&market, Lever::Quality, 0.2);
    let strong = averaged(&market, Lever::Quality, 0.9);
    println!(
        "promoters {:.0} vs {:.0}; interest {:.5} vs {:.5}",
        weak.promoters, strong.promoters, weak.interest, strong.interest
    );
    assert!(strong.promoters > weak.promoters);
    assert!(strong.interest > 1.1 * weak.interest);
    // The same comparison with word of mouth switched off shows no such difference.
    let mut silent = small_market(N);
    silent.rules.word_of_mouth.referrals_per_promoter_week = 0.0;
    silent.rules.word_of_mouth.referrals_per_ambassador_week = 0.0;
    let weak = averaged(&silent, Lever::Quality, 0.2);
    let strong = averaged(&silent, Lever::Quality, 0.9);
    assert!((strong.interest - weak.interest).abs() < 0.05 * weak.interest);
}

#[test]
fn detractors_keep_prospects_away() {
    // Quality reaches prospects only through the image that detractors damage.
    let market = small_market(N);
    let weak = averaged(&market, Lever::Quality, 0.1);
    let strong = averaged(&market, Lever::Quality, 0.7);
    println!(
        "detractors {:.0} vs {:.0}; conversion {:.4} vs {:.4}",
        weak.detractors, strong.detractors, weak.conversion, strong.conversion
    );
    assert!(weak.detractors > strong.detractors);
    assert!(weak.conversion < 0.95 * strong.conversion);
}

#[test]
fn a_loyalty_programme_can_raise_nps_and_clv_and_still_lose_money() {
    let mut market = small_market(N);
    // An expensive personal programme: € 4 per customer per week at full level.
    market
        .costs
        .of_mut(Lever::LoyaltySocial)
        .eur_per_customer_week = 4.0;
    let without = summarise(
        &market,
        market.start_policy.with(Lever::LoyaltySocial, 0.0).unwrap(),
        &SEEDS,
        WEEKS,
        FROM,
    );
    let with = summarise(
        &market,
        market.start_policy.with(Lever::LoyaltySocial, 1.0).unwrap(),
        &SEEDS,
        WEEKS,
        FROM,
    );
    println!(
        "nps {:.1} → {:.1}, clv {:.0} → {:.0}, profit {:.0} → {:.0}",
        without.nps,
        with.nps,
        without.clv_wxa,
        with.clv_wxa,
        without.cumulative_profit,
        with.cumulative_profit
    );
    assert!(with.nps > without.nps + 3.0);
    // CLV on gross margin: the programme's own cost per customer comes off the net margin (and
    // net CLV) instead — docs/model.md 3.11.
    assert!(with.clv_wxa > without.clv_wxa);
    assert!(with.clv_discounted > without.clv_discounted);
    assert!(with.cumulative_profit < without.cumulative_profit);
}

#[test]
fn leavers_return_to_the_pool_and_nobody_is_lost() {
    let market = small_market(N);
    let mut sim = Simulation::new(&market, 9);
    let population = sim.snapshot().population;
    let mut left = 0;
    let mut returned = 0;
    for _ in 0..WEEKS {
        let s = *sim.step();
        assert_eq!(s.phases.total(), population);
        left += s.leavers;
        returned += s
            .flows
            .between(model::Phase::FormerCustomer, model::Phase::Prospect);
    }
    assert!(left > 0);
    assert!(returned > 0, "former customers come back as prospects");
}

#[test]
fn ambassadors_are_promoters_far_more_often_than_loyal_customers() {
    // An ambassador believes in the brand and recommends it: asked the NPS question, they answer
    // 9 or 10 far more often than a loyal customer does.
    let market = small_market(N);
    let (mut ambassadors, mut ambassador_promoters) = (0u32, 0u32);
    let (mut loyal, mut loyal_promoters) = (0u32, 0u32);
    for &seed in &SEEDS {
        let mut sim = Simulation::new(&market, seed);
        for _ in 0..WEEKS {
            sim.step();
        }
        for i in 0..sim.population() {
            let person = sim.customer(i).expect("every index up to the population");
            let promoter = model::nps::is_promoter(person.nps_answer);
            match person.phase {
                model::Phase::Ambassador => {
                    ambassadors += 1;
                    ambassador_promoters += u32::from(promoter);
                }
                model::Phase::LoyalCustomer => {
                    loyal += 1;
                    loyal_promoters += u32::from(promoter);
                }
                _ => {}
            }
        }
    }
    let share = |part: u32, whole: u32| f64::from(part) / f64::from(whole.max(1));
    let (of_ambassadors, of_loyal) = (
        share(ambassador_promoters, ambassadors),
        share(loyal_promoters, loyal),
    );
    println!(
        "promoters: {of_ambassadors:.3} of {ambassadors} ambassadors, {of_loyal:.3} of {loyal} loyal"
    );
    assert!(ambassadors > 100 && loyal > 100);
    assert!(of_ambassadors > 0.6, "{of_ambassadors}");
    assert!(
        of_ambassadors > 3.0 * of_loyal,
        "{of_ambassadors} vs {of_loyal}"
    );
}

#[test]
fn net_clv_counts_what_customers_cost_and_gross_clv_does_not() {
    // A service paid per customer makes customers stay longer (gross CLV rises), but every week of
    // it is a cost of that customer: net CLV rises less, and stays below gross CLV.
    let market = small_market(N);
    let basic = averaged(&market, Lever::Aftersales, 0.3);
    let lavish = averaged(&market, Lever::Aftersales, 1.0);
    println!(
        "CLV gross {:.0} → {:.0}, net {:.0} → {:.0}",
        basic.clv_wxa, lavish.clv_wxa, basic.clv_wxa_net, lavish.clv_wxa_net
    );
    assert!(basic.clv_wxa_net < basic.clv_wxa);
    assert!(lavish.clv_wxa_net < lavish.clv_wxa);
    assert!(lavish.clv_wxa > basic.clv_wxa);
    assert!(
        lavish.clv_wxa_net - basic.clv_wxa_net < 0.5 * (lavish.clv_wxa - basic.clv_wxa),
        "the net gain is less than half the gross gain"
    );
}

#[test]
fn net_clv_and_the_pyramid_agree_on_unprofitable_customers() {
    // A market of small customers only, whose orders do not carry what they cost: the pyramid
    // shows a loss and net CLV is negative; gross CLV still looks positive.
    let mut market = small_market(N);
    market.market.tiers.small.share = 1.0;
    for tier in [
        &mut market.market.tiers.top,
        &mut market.market.tiers.large,
        &mut market.market.tiers.medium,
    ] {
        tier.share = 0.0;
    }
    let mut sim = Simulation::new(&market, 1);
    sim.set_policy(base_with(Lever::Aftersales, 0.8));
    for _ in 0..WEEKS {
        sim.step();
    }
    let s = sim.snapshot();
    println!(
        "small tier profit {:.0}, CLV gross {:.0}, net {:.0}",
        s.pyramid[3].profit_eur, s.clv_wxa, s.clv_wxa_net
    );
    assert!(s.pyramid[3].profit_eur < 0.0);
    assert!(s.clv_wxa_net < 0.0);
    assert!(s.clv_wxa > 0.0);
}
