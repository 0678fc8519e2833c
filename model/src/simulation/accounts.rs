//! The week's accounts: revenue, cost of goods, every lever's cost, profit, the two margins CLV is
//! computed on, and the profit of each tier of the customer pyramid.
//!
//! The gross margin (brutomarge) is revenue minus cost of goods. The net margin (nettomarge) also
//! takes off every cost the customers cause: per customer (service, personal contact), per order and
//! the share of revenue given back (discounts, points). The pyramid's profit per tier is that same
//! net margin, so the net CLV and the pyramid agree on which customers pay.

use crate::lever::Lever;
use crate::metrics::tier::{Tier, TierFigures};
use crate::policy::Policy;
use crate::rules::channels::ChannelRules;
use crate::rules::costs::{CostBase, LeverCosts, intensity};
use crate::treatment::channel::Channel;

/// Sales of one group of customers in one week (the whole market or one tier).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Sales {
    pub customers: f64,
    pub prospects: f64,
    pub orders: f64,
    pub revenue_eur: f64,
    pub list_revenue_eur: f64,
}

impl Sales {
    /// What lever costs depend on.
    pub fn cost_base(&self) -> CostBase {
        CostBase {
            customers: self.customers,
            prospects: self.prospects,
            orders: self.orders,
            revenue_eur: self.revenue_eur,
        }
    }
}

/// The week's money figures.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Accounts {
    /// Every lever's cost, with what treating the tiers apart changes in it.
    pub lever_costs_eur: [f64; 10],
    /// What serving the tiers through other channels than the helpdesk costs (negative: saves).
    pub contact_costs_eur: f64,
    pub cost_of_goods_eur: f64,
    pub costs_eur: f64,
    pub profit_eur: f64,
    /// Revenue − cost of goods (brutomarge).
    pub gross_margin_eur: f64,
    /// Revenue − cost of goods − every cost customers cause (nettomarge; see the module comment).
    pub net_margin_eur: f64,
}

/// What the books need besides the sales: the cost rules, the channels' rules, the policy and the
/// cost of goods as a share of list revenue.
pub(crate) struct Books<'a> {
    pub costs: &'a LeverCosts,
    pub channels: &'a ChannelRules,
    pub policy: &'a Policy,
    pub cost_of_goods_share: f64,
}

impl Books<'_> {
    /// Book one week's sales of the whole market, with the same week's sales per tier.
    pub fn book(&self, sales: Sales, tiers: &[Sales; 4]) -> Accounts {
        let (costs, policy) = (self.costs, self.policy);
        let base = sales.cost_base();
        let mut lever_costs_eur =
            Lever::ALL.map(|lever| costs.weekly_cost_eur(lever, policy.get(lever), base));
        let mut contact_costs_eur = 0.0;
        for lever in Lever::ALL {
            let value = policy.get(lever);
            lever_costs_eur[lever.index()] += tier_difference(costs, policy, lever, value, tiers);
        }
        for (tier, tier_sales) in Tier::ALL.into_iter().zip(tiers) {
            contact_costs_eur += self.contact_cost_eur(tier, *tier_sales);
        }
        let cost_of_goods_eur = self.cost_of_goods_share * sales.list_revenue_eur;
        let levers_eur: f64 = lever_costs_eur.iter().sum();
        let costs_eur = cost_of_goods_eur + levers_eur + contact_costs_eur;
        let gross_margin_eur = sales.revenue_eur - cost_of_goods_eur;
        Accounts {
            lever_costs_eur,
            contact_costs_eur,
            cost_of_goods_eur,
            costs_eur,
            profit_eur: sales.revenue_eur - costs_eur,
            gross_margin_eur,
            net_margin_eur: gross_margin_eur
                - self.caused_by_tiers(sales, tiers)
                - contact_costs_eur,
        }
    }

    /// A tier's figures: its revenue minus the costs its customers cause (goods, per-customer,
    /// per-order and revenue-share lever costs as the tier receives the levers, and its channel).
    /// Fixed weekly budgets are not spread over tiers.
    pub fn tier_figures(&self, tier: Tier, sales: Sales) -> TierFigures {
        let received = self.policy.for_tier(tier);
        let contact_costs_eur = self.contact_cost_eur(tier, sales);
        TierFigures {
            customers: sales.customers as u32,
            revenue_eur: sales.revenue_eur,
            profit_eur: sales.revenue_eur
                - self.cost_of_goods_share * sales.list_revenue_eur
                - caused_by_customers(self.costs, &received, sales)
                - contact_costs_eur,
            contact_costs_eur,
        }
    }

    /// The extra cost of serving `tier` through its channel instead of the helpdesk.
    fn contact_cost_eur(&self, tier: Tier, sales: Sales) -> f64 {
        let channel = self.policy.treatment().channel[tier];
        if channel == Channel::Helpdesk {
            return 0.0;
        }
        sales.customers * self.channels.extra_eur_per_customer_week(channel)
    }

    /// The lever costs the customers cause: as the whole market when every tier is treated alike
    /// (the same sum as before tiers could be treated apart), else tier by tier.
    fn caused_by_tiers(&self, sales: Sales, tiers: &[Sales; 4]) -> f64 {
        if self.policy.treatment().is_default() {
            return caused_by_customers(self.costs, self.policy, sales);
        }
        Tier::ALL
            .into_iter()
            .zip(tiers)
            .map(|(tier, s)| caused_by_customers(self.costs, &self.policy.for_tier(tier), *s))
            .sum()
    }
}

/// What treating the tiers apart changes in the cost of `lever` at `value`: per tier whose factor
/// moves the lever, its variable cost at the tier's value minus at the market's (0 when every tier
/// is treated alike, so the books are what they were before tiers could be treated apart).
pub(crate) fn tier_difference(
    costs: &LeverCosts,
    policy: &Policy,
    lever: Lever,
    value: f64,
    tiers: &[Sales; 4],
) -> f64 {
    let mut difference = 0.0;
    for (tier, sales) in Tier::ALL.into_iter().zip(tiers) {
        let received = policy.treatment().lever_for_tier(lever, value, tier);
        if received != value {
            let base = customers_base(*sales);
            difference += lever_variable_cost(costs, lever, received, base)
                - lever_variable_cost(costs, lever, value, base);
        }
    }
    difference
}

/// What the variable lever costs of a group of customers depend on (no prospects).
fn customers_base(sales: Sales) -> CostBase {
    CostBase {
        customers: sales.customers,
        prospects: 0.0,
        orders: sales.orders,
        revenue_eur: sales.revenue_eur,
    }
}

/// The lever costs a group of customers causes: per customer, per order and as a share of their
/// revenue (prospects and fixed weekly budgets are not theirs).
fn caused_by_customers(costs: &LeverCosts, policy: &Policy, sales: Sales) -> f64 {
    let base = customers_base(sales);
    Lever::ALL
        .into_iter()
        .map(|lever| variable_cost(costs, policy, lever, base))
        .sum()
}

/// The part of a lever's cost that grows with customers, orders and revenue (not the fixed budget).
fn variable_cost(costs: &LeverCosts, policy: &Policy, lever: Lever, base: CostBase) -> f64 {
    lever_variable_cost(costs, lever, policy.get(lever), base)
}

/// The same for `lever` at `value`.
fn lever_variable_cost(costs: &LeverCosts, lever: Lever, value: f64, base: CostBase) -> f64 {
    let rule = costs.of(lever);
    let x = intensity(lever, value);
    if x <= 0.0 {
        return 0.0;
    }
    libm::pow(x, rule.exponent)
        * (rule.eur_per_customer_week * base.customers
            + rule.eur_per_order * base.orders
            + rule.revenue_share * base.revenue_eur)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_are_goods_plus_levers_and_profit_is_revenue_minus_costs() {
        let costs = LeverCosts::default();
        let mut policy = Policy::default();
        for lever in Lever::ALL {
            policy.set(lever, 0.5).unwrap();
        }
        let sales = Sales {
            customers: 1000.0,
            prospects: 200.0,
            orders: 300.0,
            revenue_eur: 30_000.0,
            list_revenue_eur: 30_000.0,
        };
        let books = Books {
            costs: &costs,
            channels: &ChannelRules::default(),
            policy: &policy,
            cost_of_goods_share: 0.5,
        };
        let a = books.book(sales, &[Sales::default(); 4]);
        let levers: f64 = a.lever_costs_eur.iter().sum();
        assert!((a.costs_eur - (15_000.0 + levers)).abs() < 1e-6);
        assert!((a.profit_eur - (30_000.0 - a.costs_eur)).abs() < 1e-6);
        assert!(a.lever_costs_eur.iter().all(|&c| c > 0.0));
        assert!((a.gross_margin_eur - 15_000.0).abs() < 1e-6);
        assert!(a.net_margin_eur < a.gross_margin_eur);
    }

    #[test]
    fn the_net_margin_is_what_the_pyramid_counts() {
        let costs = LeverCosts::default();
        let mut policy = Policy::default();
        for lever in Lever::ALL {
            policy.set(lever, 0.7).unwrap();
        }
        let sales = Sales {
            customers: 800.0,
            prospects: 500.0,
            orders: 200.0,
            revenue_eur: 12_000.0,
            list_revenue_eur: 10_000.0,
        };
        let accounts = Books {
            costs: &costs,
            channels: &ChannelRules::default(),
            policy: &policy,
            cost_of_goods_share: 0.45,
        };
        let books = accounts.book(sales, &[Sales::default(); 4]);
        let tier = accounts.tier_figures(Tier::Top, sales);
        assert!((books.net_margin_eur - tier.profit_eur).abs() < 1e-6);
        // Fixed budgets and prospects' costs are in the profit, not in the net margin.
        assert!(books.profit_eur < books.net_margin_eur);
    }

    #[test]
    fn treating_tiers_apart_books_per_tier_and_the_tiers_add_up_to_the_net_margin() {
        use crate::treatment::setting::Setting;
        let costs = LeverCosts::default();
        let channels = ChannelRules::default();
        let mut policy = Policy::default();
        for lever in Lever::ALL {
            policy.set(lever, 0.6).unwrap();
        }
        let tier = |customers: f64| Sales {
            customers,
            prospects: 0.0,
            orders: customers * 0.3,
            revenue_eur: customers * 20.0,
            list_revenue_eur: customers * 18.0,
        };
        let tiers = [tier(40.0), tier(120.0), tier(300.0), tier(540.0)];
        let sales = Sales {
            customers: 1000.0,
            prospects: 250.0,
            orders: 300.0,
            revenue_eur: 20_000.0,
            list_revenue_eur: 18_000.0,
        };
        let plain = Books {
            costs: &costs,
            channels: &channels,
            policy: &policy,
            cost_of_goods_share: 0.4,
        }
        .book(sales, &tiers);
        policy
            .set_setting(Setting::Service(Tier::Top), 1.5)
            .unwrap();
        policy
            .set_setting(Setting::Binding(Tier::Small), 0.0)
            .unwrap();
        let manager = f64::from(Channel::AccountManager.code());
        policy
            .set_setting(Setting::Channel(Tier::Small), manager)
            .unwrap();
        let treated = Books {
            costs: &costs,
            channels: &channels,
            policy: &policy,
            cost_of_goods_share: 0.4,
        };
        let books = treated.book(sales, &tiers);
        // An account manager for 540 small customers: 540 × 0.25 contacts × (30 − 6) euros.
        assert!((books.contact_costs_eur - 540.0 * 0.25 * 24.0).abs() < 1e-9);
        // More after-sales for the top costs more; no binding for the small ones saves.
        let after = Lever::Aftersales.index();
        let social = Lever::LoyaltySocial.index();
        assert!(books.lever_costs_eur[after] > plain.lever_costs_eur[after]);
        assert!(books.lever_costs_eur[social] < plain.lever_costs_eur[social]);
        let tier_profits: f64 = Tier::ALL
            .into_iter()
            .map(|t| treated.tier_figures(t, tiers[t.index()]).profit_eur)
            .sum();
        assert!((books.net_margin_eur - tier_profits).abs() < 1e-6);
        assert!((books.profit_eur - (sales.revenue_eur - books.costs_eur)).abs() < 1e-9);
        let small = treated.tier_figures(Tier::Small, tiers[3]);
        assert_eq!(small.contact_costs_eur, books.contact_costs_eur);
    }
}
