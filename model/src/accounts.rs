//! The week's accounts: revenue, cost of goods, every lever's cost, profit, the margin per order that
//! CLV uses, and the profit of each tier of the customer pyramid.

use crate::costs::{CostBase, LeverCosts, intensity};
use crate::lever::Lever;
use crate::policy::Policy;
use crate::tier::TierFigures;

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
    /// Revenue − cost of goods − order-related lever costs (per order, share of revenue).
    pub order_margin_eur: f64,
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
    let order_related: f64 = Lever::ALL
        .into_iter()
        .map(|lever| {
            let order_base = CostBase {
                orders: sales.orders,
                revenue_eur: sales.revenue_eur,
                ..CostBase::default()
            };
            variable_cost(costs, policy, lever, order_base)
        })
        .sum();
    Accounts {
        lever_costs_eur,
        cost_of_goods_eur,
        costs_eur,
        profit_eur: sales.revenue_eur - costs_eur,
        order_margin_eur: sales.revenue_eur - cost_of_goods_eur - order_related,
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
    let base = CostBase {
        customers: tier.customers,
        prospects: 0.0,
        orders: tier.orders,
        revenue_eur: tier.revenue_eur,
    };
    let caused: f64 = Lever::ALL
        .into_iter()
        .map(|lever| variable_cost(costs, policy, lever, base))
        .sum();
    TierFigures {
        customers: tier.customers as u32,
        revenue_eur: tier.revenue_eur,
        profit_eur: tier.revenue_eur - cost_of_goods_share * tier.list_revenue_eur - caused,
    }
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
        assert!(a.order_margin_eur < 15_000.0);
    }
}
