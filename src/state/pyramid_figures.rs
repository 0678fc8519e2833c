//! The customer pyramid as the live view shows it: per tier its customers and their share, its
//! profit (an average of the last weeks, so the view does not flicker) and its share of the
//! pyramid's profit, and the customers of the tiers that lose money (onrendabele klanten).
//! Read from the model's own tier figures (`Snapshot::pyramid`); nothing is recomputed here.

use model::{Snapshot, Tier};

/// Weeks the profit per tier is averaged over.
pub const PROFIT_WEEKS: usize = 4;

/// One layer of the pyramid.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Layer {
    pub tier: Option<Tier>,
    /// Active customers in the tier this week.
    pub customers: u32,
    /// Their share of all active customers, 0..1.
    pub customer_share: f64,
    /// Profit per week the tier brings (revenue minus the costs its customers cause), euros,
    /// averaged over the last [`PROFIT_WEEKS`] weeks.
    pub profit_eur: f64,
    /// Its profit as a share of what the profitable tiers earn together (a losing tier's share is
    /// negative); `None` when no tier earns anything.
    pub profit_share: Option<f64>,
}

impl Layer {
    /// A tier whose customers cost more than they bring.
    pub fn unprofitable(&self) -> bool {
        self.profit_eur < 0.0
    }
}

/// The whole pyramid in the week on screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PyramidFigures {
    /// Top first.
    pub layers: [Layer; 4],
    /// Customers in tiers that lose money, and that loss per week (a positive number).
    pub unprofitable_customers: u32,
    pub unprofitable_loss_eur: f64,
    /// Share of wallet: of what customers spend in this category, the part spent with us, 0..1.
    pub share_of_wallet: f64,
    /// Share of customer (klantaandeel): active customers as a part of the market, 0..1.
    pub share_of_market: f64,
}

impl PyramidFigures {
    /// The pyramid of the last week of `history`.
    pub fn of(history: &[Snapshot]) -> PyramidFigures {
        let Some(last) = history.last() else {
            return PyramidFigures::default();
        };
        // Week 0 has no sales yet: it does not count in the average.
        let simulated: Vec<&Snapshot> = history.iter().filter(|s| s.week > 0).collect();
        let recent = &simulated[simulated.len().saturating_sub(PROFIT_WEEKS)..];
        let profit = |i: usize| {
            if recent.is_empty() {
                0.0
            } else {
                recent.iter().map(|s| s.pyramid[i].profit_eur).sum::<f64>() / recent.len() as f64
            }
        };
        let customers: u32 = last.pyramid.iter().map(|t| t.customers).sum();
        let profits: [f64; 4] = std::array::from_fn(profit);
        let earned: f64 = profits.iter().filter(|p| **p > 0.0).sum();
        let layers = std::array::from_fn(|i| Layer {
            tier: Some(Tier::ALL[i]),
            customers: last.pyramid[i].customers,
            customer_share: share(f64::from(last.pyramid[i].customers), f64::from(customers)),
            profit_eur: profits[i],
            profit_share: (earned > 0.0).then(|| profits[i] / earned),
        });
        let losing = || layers.iter().filter(|l: &&Layer| l.unprofitable());
        PyramidFigures {
            unprofitable_customers: losing().map(|l| l.customers).sum(),
            unprofitable_loss_eur: -losing().map(|l| l.profit_eur).sum::<f64>(),
            layers,
            share_of_wallet: last.share_of_wallet,
            share_of_market: share(
                f64::from(last.phases.active_customers()),
                f64::from(last.population),
            ),
        }
    }
}

fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 { part / whole } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Run, Scenario};

    #[test]
    fn the_layers_add_up_to_the_customers_and_the_profit_shares_to_one() {
        let history = Run::new(Scenario::free_play(), 5).replay(30);
        let p = PyramidFigures::of(&history);
        let last = history.last().unwrap();
        let customers: u32 = p.layers.iter().map(|l| l.customers).sum();
        assert_eq!(
            customers,
            last.pyramid.iter().map(|t| t.customers).sum::<u32>()
        );
        let shares: f64 = p.layers.iter().map(|l| l.customer_share).sum();
        assert!((shares - 1.0).abs() < 1e-9);
        let earning: f64 = p
            .layers
            .iter()
            .filter(|l| !l.unprofitable())
            .map(|l| l.profit_share.unwrap())
            .sum();
        assert!(
            (earning - 1.0).abs() < 1e-9,
            "the earning tiers share what is earned"
        );
        assert!(p.share_of_market > 0.0 && p.share_of_market < 1.0);
        assert_eq!(p.layers[0].tier, Some(Tier::Top));
    }

    #[test]
    fn the_profit_is_the_average_of_the_last_weeks_of_the_models_own_figures() {
        let history = Run::new(Scenario::free_play(), 9).replay(20);
        let p = PyramidFigures::of(&history);
        let expected: f64 = history[history.len() - PROFIT_WEEKS..]
            .iter()
            .map(|s| s.pyramid[3].profit_eur)
            .sum::<f64>()
            / PROFIT_WEEKS as f64;
        assert!((p.layers[3].profit_eur - expected).abs() < 1e-9);
    }

    #[test]
    fn the_small_customers_of_the_default_market_are_the_unprofitable_ones() {
        // docs/model.md: at the default tiers the small customers cost more than they bring.
        let history = Run::new(Scenario::free_play(), 3).replay(40);
        let p = PyramidFigures::of(&history);
        assert!(p.layers[3].unprofitable(), "{:?}", p.layers[3]);
        assert!(!p.layers[0].unprofitable());
        assert_eq!(
            p.unprofitable_customers,
            p.layers
                .iter()
                .filter(|l| l.unprofitable())
                .map(|l| l.customers)
                .sum::<u32>()
        );
        assert!(p.unprofitable_customers >= p.layers[3].customers);
        assert!(p.unprofitable_loss_eur > 0.0);
    }

    #[test]
    fn week_zero_does_not_count_and_losses_keep_their_sign() {
        let mut history = Run::new(Scenario::free_play(), 9).replay(2);
        for s in &mut history[1..] {
            s.pyramid[0].profit_eur = 300.0;
            s.pyramid[1].profit_eur = 100.0;
            s.pyramid[2].profit_eur = -50.0;
            s.pyramid[3].profit_eur = -600.0;
        }
        let p = PyramidFigures::of(&history);
        assert_eq!(
            p.layers[0].profit_eur, 300.0,
            "weeks 1 and 2 only, not week 0"
        );
        // The whole pyramid loses money; shares stay of what the earning tiers make.
        assert_eq!(p.layers[0].profit_share, Some(0.75));
        assert_eq!(p.layers[3].profit_share, Some(-1.5));
        assert_eq!(p.unprofitable_loss_eur, 650.0);
        let start = PyramidFigures::of(&history[..1]);
        assert!(
            start
                .layers
                .iter()
                .all(|l| l.profit_share.is_none() && l.profit_eur == 0.0)
        );
    }

    #[test]
    fn an_empty_history_is_an_empty_pyramid() {
        assert_eq!(PyramidFigures::of(&[]), PyramidFigures::default());
    }
}
