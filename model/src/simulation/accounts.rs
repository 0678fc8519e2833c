//! The week's accounts: revenue, cost of goods, every lever's cost, profit, the two margins CLV is
//! computed on, and the profit of each tier of the customer pyramid.
//!
//! The gross margin (brutomarge) is revenue minus cost of goods. The net margin (nettomarge) also
//! takes off every cost the customers cause: per customer (service, personal contact), per order and
//! the share of revenue given back (discounts, points). The pyramid's profit per tier is that same
//! net margin, so the net CLV and the pyramid agree on which customers pay.

use crate::lever::Lever;
use crate::metrics::tier::TierFigures;
use crate::policy::Policy;
use crate::rules::costs::{CostBase, LeverCosts, intensity};

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
    pub lever_costs_eur: [f64; 10],
    pub cost_of_goods_eur: f64,
    pub costs_eur: f64,
    pub profit_eur: f64,
    /// Revenue − cost of goods (brutomarge).
    pub gross_margin_eur: f64,
    /// Revenue − cost of goods − every cost customers cause (nettomarge; see the module comment).
    pub net_margin_eur: f64,
}

/// Book one week's sales.
pub(crate) fn book(
    costs: &LeverCosts,
    policy: &Policy,
    cost_of_goods_share: f64,
    sales: Sales,
) -> Accounts {
    let base = sales.cost_base();
    let lever_costs_eur =
        Lever::ALL.map(|lever| costs.weekly_cost_eur(lever, policy.get(lever), base));
    let cost_of_goods_eur = cost_of_goods_share * sales.list_revenue_eur;
    let costs_eur = cost_of_goods_eur + lever_costs_eur.iter().sum::<f64>();
    let gross_margin_eur = sales.revenue_eur - cost_of_goods_eur;
    Accounts {
        lever_costs_eur,
        cost_of_goods_eur,
        costs_eur,
        profit_eur: sales.revenue_eur - costs_eur,
        gross_margin_eur,
        net_margin_eur: gross_margin_eur - caused_by_customers(costs, policy, sales),
    }
}

/// A tier's figures: its revenue minus the costs its customers cause (goods, per-customer, per-order
/// and revenue-share lever costs). Fixed weekly budgets are not spread over tiers.
pub(crate) fn tier_figures(
    costs: &LeverCosts,
    policy: &Policy,
    cost_of_goods_share: f64,
    tier: Sales,
) -> TierFigures {
    TierFigures {
        customers: tier.customers as u32,
        revenue_eur: tier.revenue_eur,
        profit_eur: tier.revenue_eur
            - cost_of_goods_share * tier.list_revenue_eur
            - caused_by_customers(costs, policy, tier),
    }
}

/// The lever costs a group of customers causes: per customer, per order and as a share of their
/// revenue (prospects and fixed weekly budgets are not theirs).
fn caused_by_customers(costs: &LeverCosts, policy: &Policy, sales: Sales) -> f64 {
    let base = CostBase {
        customers: sales.customers,
        prospects: 0.0,
        orders: sales.orders,
        revenue_eur: sales.revenue_eur,
    };
    Lever::ALL
        .into_iter()
        .map(|lever| variable_cost(costs, policy, lever, base))
        .sum()
}

/// The part of a lever's cost that grows with customers, orders and revenue (not the fixed budget).
fn variable_cost(costs: &LeverCosts, policy: &Policy, lever: Lever, base: CostBase) -> f64 {
    let rule = costs.of(lever);
    let x = intensity(lever, policy.get(lever));
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
        let a = book(&costs, &policy, 0.5, sales);
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
        let books = book(&costs, &policy, 0.45, sales);
        let tier = tier_figures(&costs, &policy, 0.45, sales);
        assert!((books.net_margin_eur - tier.profit_eur).abs() < 1e-6);
        // Fixed budgets and prospects' costs are in the profit, not in the net margin.
        assert!(books.profit_eur < books.net_margin_eur);
    }
}
