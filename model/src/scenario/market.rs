//! The market (markt): who is in it, how they differ, and how strong the competition is.

use crate::rules::bounds::Bounds;
use crate::scenario::error::ScenarioError;
use crate::scenario::limits::POPULATION_MAX;
use serde::{Deserialize, Serialize};

/// The closed market of a scenario: a fixed number of people who move through the cycle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Market {
    /// Number of people (or organisations) in the market; constant over the run.
    pub population: u32,
    /// Share of the market that are businesses (B2B), 0..1; the rest are consumers (B2C).
    pub business_share: f64,
    /// Attractiveness of the competitors' offer (kwaliteit van alternatieven), 0..1.
    pub competitor_strength: f64,
    /// Yearly discount rate i for the discounted CLV (disconteringsvoet), e.g. 0.10.
    pub discount_rate_per_year: f64,
    /// How the market is divided over the phases at week 0.
    pub start: StartShares,
    /// Consumer segment (B2C) parameters.
    pub consumer: Segment,
    /// Business segment (B2B) parameters; fields not written keep the business defaults.
    #[serde(deserialize_with = "business_segment")]
    pub business: Segment,
    /// Tiers of the customer pyramid: how many people are how big.
    pub tiers: Tiers,
}

impl Default for Market {
    fn default() -> Self {
        Market {
            population: 10_000,
            business_share: 0.0,
            competitor_strength: 0.5,
            discount_rate_per_year: 0.10,
            start: StartShares::default(),
            consumer: Segment::default(),
            business: Segment::business(),
            tiers: Tiers::default(),
        }
    }
}

impl Market {
    /// The allowed ranges (scenario section `[market]`), its segments and tiers included.
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range(
            "population",
            f64::from(self.population),
            1.0,
            f64::from(POPULATION_MAX),
        )?;
        at.range("business_share", self.business_share, 0.0, 1.0)?;
        at.range("competitor_strength", self.competitor_strength, 0.0, 1.0)?;
        at.range(
            "discount_rate_per_year",
            self.discount_rate_per_year,
            0.0,
            1.0,
        )?;
        self.start.check(&at.nested("start"))?;
        self.consumer.check(&at.nested("consumer"))?;
        self.business.check(&at.nested("business"))?;
        self.tiers.check(&at.nested("tiers"))
    }
}

/// Shares of the market in each phase at week 0 (the rest are suspects).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StartShares {
    /// Share of prospects at the start, 0..1.
    pub prospects: f64,
    /// Share of active customers at the start, 0..1.
    pub customers: f64,
    /// Share of former customers at the start, 0..1.
    pub former_customers: f64,
}

impl Default for StartShares {
    fn default() -> Self {
        StartShares {
            prospects: 0.05,
            customers: 0.15,
            former_customers: 0.05,
        }
    }
}

impl StartShares {
    /// Each share in [0, 1], together at most 1 (scenario section `[market.start]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range("prospects", self.prospects, 0.0, 1.0)?;
        at.range("customers", self.customers, 0.0, 1.0)?;
        at.range("former_customers", self.former_customers, 0.0, 1.0)?;
        let started = self.prospects + self.customers + self.former_customers;
        if started > 1.0 + 1e-9 {
            return Err(at.inconsistent(
                None,
                format!("de startaandelen tellen op tot {started}, meer dan 1"),
                format!("the start shares add up to {started}, more than 1"),
            ));
        }
        Ok(())
    }
}

/// How one kind of buyer (consumer or business) behaves, relative to the model's base rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Segment {
    /// Multiplies the order size: businesses buy larger quantities.
    pub order_size_multiplier: f64,
    /// Chance per week that an active customer places an order.
    pub orders_per_week: f64,
    /// Multiplies how fast prospects decide to buy; below 1 = longer decision processes.
    pub conversion_multiplier: f64,
    /// Multiplies the weekly churn risk.
    pub churn_multiplier: f64,
    /// Multiplies the effect of social and structural binding (relationship-heavy buyers).
    pub relationship_multiplier: f64,
    /// How strongly price drives buying and leaving (prijsgevoeligheid), 0 = not at all.
    pub price_sensitivity: f64,
    /// The buying centre (klant ≠ gebruiker): the share of the buyer's judgement that comes from
    /// what the users experience, 0..1; the rest is the buyer's own contact with the supplier
    /// (sales, the contact channel, social binding). 1 = the buyer is the user (today's consumer).
    #[serde(skip_serializing_if = "is_one")]
    pub user_weight: f64,
    /// Weeks before what the users experience reaches the buyer (a first-order delay: after this
    /// many weeks about two thirds of a change has arrived), 0..52; 0 = at once.
    #[serde(skip_serializing_if = "is_zero")]
    pub user_delay_weeks: f64,
    /// Discount on the list price that the top accounts negotiate, 0..0.5; large accounts get
    /// two thirds of it, medium ones one third, small ones none.
    #[serde(skip_serializing_if = "is_zero")]
    pub negotiated_discount: f64,
}

fn is_one(x: &f64) -> bool {
    *x == 1.0
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

/// The share of [`Segment::negotiated_discount`] each tier negotiates, in [`crate::Tier::ALL`] order.
pub const NEGOTIATED_SHARE_BY_TIER: [f64; 4] = [1.0, 2.0 / 3.0, 1.0 / 3.0, 0.0];

impl Default for Segment {
    /// A consumer (B2C).
    fn default() -> Self {
        Segment {
            order_size_multiplier: 1.0,
            orders_per_week: 0.25,
            conversion_multiplier: 1.0,
            churn_multiplier: 1.0,
            relationship_multiplier: 1.0,
            price_sensitivity: 1.0,
            user_weight: 1.0,
            user_delay_weeks: 0.0,
            negotiated_discount: 0.0,
        }
    }
}

impl Segment {
    /// The allowed ranges (scenario sections `[market.consumer]` and `[market.business]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        at.range(
            "order_size_multiplier",
            self.order_size_multiplier,
            0.0,
            1000.0,
        )?;
        at.range("orders_per_week", self.orders_per_week, 0.0, 1.0)?;
        at.range(
            "conversion_multiplier",
            self.conversion_multiplier,
            0.0,
            100.0,
        )?;
        at.range("churn_multiplier", self.churn_multiplier, 0.0, 100.0)?;
        at.range(
            "relationship_multiplier",
            self.relationship_multiplier,
            0.0,
            100.0,
        )?;
        at.range("price_sensitivity", self.price_sensitivity, 0.0, 10.0)?;
        at.range("user_weight", self.user_weight, 0.0, 1.0)?;
        at.range("user_delay_weeks", self.user_delay_weeks, 0.0, 52.0)?;
        at.range("negotiated_discount", self.negotiated_discount, 0.0, 0.5)
    }

    /// Whether the buyer judges apart from the users (a weight below 1 or a delay); if not, the
    /// weekly loop takes the users' experience as the buyer's.
    pub fn buyer_judges_apart(&self) -> bool {
        self.user_weight < 1.0 || self.user_delay_weeks > 0.0
    }

    /// The share of the list price an account of `tier` pays after negotiating.
    pub fn price_paid(&self, tier: crate::Tier) -> f64 {
        1.0 - self.negotiated_discount * NEGOTIATED_SHARE_BY_TIER[tier.index()]
    }

    /// The performance the buyer judges once all news from the users has arrived: `users` (what
    /// they experience) weighed with `own` (the buyer's own contact, `Rules::buyer_contact`).
    /// With `user_weight` 1 this is `users` exactly.
    pub fn judged_by_buyer(&self, users: f64, own: f64) -> f64 {
        let w = self.user_weight.clamp(0.0, 1.0);
        w * users + (1.0 - w) * own
    }

    /// Of a change in what the users experience, the share that reaches the buyer each week.
    pub fn user_arrival_per_week(&self) -> f64 {
        1.0 / (1.0 + self.user_delay_weeks.max(0.0))
    }
}

impl Segment {
    /// A business buyer (B2B): larger orders, longer decisions, stronger relationships, less price-driven.
    pub fn business() -> Segment {
        Segment {
            order_size_multiplier: 8.0,
            orders_per_week: 0.5,
            conversion_multiplier: 0.4,
            churn_multiplier: 0.7,
            relationship_multiplier: 1.6,
            price_sensitivity: 0.6,
            ..Segment::default()
        }
    }
}

/// A `[market.business]` table as written: every field optional.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SegmentPatch {
    order_size_multiplier: Option<f64>,
    orders_per_week: Option<f64>,
    conversion_multiplier: Option<f64>,
    churn_multiplier: Option<f64>,
    relationship_multiplier: Option<f64>,
    price_sensitivity: Option<f64>,
    user_weight: Option<f64>,
    user_delay_weeks: Option<f64>,
    negotiated_discount: Option<f64>,
}

/// Read `[market.business]` over the business defaults (not the consumer ones).
fn business_segment<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Segment, D::Error> {
    let p = SegmentPatch::deserialize(deserializer)?;
    let b = Segment::business();
    Ok(Segment {
        order_size_multiplier: p.order_size_multiplier.unwrap_or(b.order_size_multiplier),
        orders_per_week: p.orders_per_week.unwrap_or(b.orders_per_week),
        conversion_multiplier: p.conversion_multiplier.unwrap_or(b.conversion_multiplier),
        churn_multiplier: p.churn_multiplier.unwrap_or(b.churn_multiplier),
        relationship_multiplier: p
            .relationship_multiplier
            .unwrap_or(b.relationship_multiplier),
        price_sensitivity: p.price_sensitivity.unwrap_or(b.price_sensitivity),
        user_weight: p.user_weight.unwrap_or(b.user_weight),
        user_delay_weeks: p.user_delay_weeks.unwrap_or(b.user_delay_weeks),
        negotiated_discount: p.negotiated_discount.unwrap_or(b.negotiated_discount),
    })
}

/// One tier of the customer pyramid in the market.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierParams {
    /// Share of the market in this tier, 0..1 (the four shares add up to 1).
    pub share: f64,
    /// Average order size at list price in this tier, euros (before segment multiplier and share of wallet).
    pub order_eur: f64,
}

/// The four tiers of the pyramid: few top customers, many small ones.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tiers {
    /// Top customers.
    pub top: TierParams,
    /// Large customers.
    pub large: TierParams,
    /// Medium customers.
    pub medium: TierParams,
    /// Small customers.
    pub small: TierParams,
    /// Individual spread of order size within a tier: ±this fraction, 0..1.
    pub order_spread: f64,
}

impl Default for Tiers {
    /// Few customers make most of the profit: 4 % top customers bring about 60 % of what customers
    /// earn, and the smallest half costs more than it brings (docs/model.md, "Calibration").
    fn default() -> Self {
        Tiers {
            top: TierParams {
                share: 0.04,
                order_eur: 750.0,
            },
            large: TierParams {
                share: 0.12,
                order_eur: 150.0,
            },
            medium: TierParams {
                share: 0.30,
                order_eur: 60.0,
            },
            small: TierParams {
                share: 0.54,
                order_eur: 22.0,
            },
            order_spread: 0.3,
        }
    }
}

impl Tiers {
    /// The tiers in pyramid order (top first).
    pub fn in_order(&self) -> [&TierParams; 4] {
        [&self.top, &self.large, &self.medium, &self.small]
    }

    /// Shares in [0, 1] adding up to 1, order sizes from 0, the spread below 1 (scenario section
    /// `[market.tiers]`).
    pub(crate) fn check(&self, at: &Bounds) -> Result<(), ScenarioError> {
        let mut total = 0.0;
        for (name, tier) in ["top", "large", "medium", "small"]
            .iter()
            .zip(self.in_order())
        {
            let tier_at = at.nested(name);
            tier_at.range("share", tier.share, 0.0, 1.0)?;
            tier_at.range("order_eur", tier.order_eur, 0.0, 1e7)?;
            total += tier.share;
        }
        if (total - 1.0).abs() > 1e-6 {
            return Err(at.inconsistent(
                None,
                format!("de aandelen van de vier lagen tellen op tot {total}, niet tot 1"),
                format!("the shares of the four tiers add up to {total}, not to 1"),
            ));
        }
        at.range("order_spread", self.order_spread, 0.0, 0.99)
    }
}
