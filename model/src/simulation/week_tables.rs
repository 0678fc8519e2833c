//! This week's rules as plain numbers: everything that depends only on the policy, the scenario and last
//! week's totals is computed once per week here, so the loop over people does only table look-ups,
//! multiplications and comparisons.

use crate::lever::Lever;
use crate::metrics::snapshot::Snapshot;
use crate::metrics::tier::Tier;
use crate::policy::Policy;
use crate::rules::economics::ShareOfWalletRule;
use crate::rules::expectation::ExpectationUpdate;
use crate::rules::retention::{SATISFACTION_STEPS, TENURE_WEEKS_MAX, step_satisfaction};
use crate::rules::satisfaction::SatisfactionRule;
use crate::scenario::Scenario;
use crate::scenario::event::EventEffects;
use crate::scenario::market::Segment;
use crate::simulation::population::{FORMER_CUSTOMER, NEW_CUSTOMER, PROSPECT, SUSPECT};
use crate::simulation::rng::{CHANCE_SCALE, NOISE_STEPS, chance_threshold, logistic_noise_table};

/// Order decisions use 20 random bits.
pub(crate) const ORDER_SCALE: f64 = 1_048_576.0;

/// Phase moves of suspects, prospects and former customers as look-up tables by phase code: an event
/// below `up_below` (24-bit scale, as f32) moves a person to `up_to`, else an event below `down_below` moves them to `down_to`.
/// (Former customers' up-threshold is personal and computed in the loop.)
#[derive(Clone, Debug, Default)]
pub(crate) struct PhaseMoves {
    pub up_below: [f32; 8],
    pub up_to: [u8; 8],
    pub down_below: [f32; 8],
    pub down_to: [u8; 8],
}

impl PhaseMoves {
    fn new(interest: f32, convert: f32, convert_or_lapse: f32) -> PhaseMoves {
        let mut moves = PhaseMoves {
            up_to: [0, 1, 2, 3, 4, 5, 6, 7],
            down_to: [0, 1, 2, 3, 4, 5, 6, 7],
            ..PhaseMoves::default()
        };
        moves.up_below[usize::from(SUSPECT)] = interest;
        moves.up_to[usize::from(SUSPECT)] = PROSPECT;
        moves.up_below[usize::from(PROSPECT)] = convert;
        moves.up_to[usize::from(PROSPECT)] = NEW_CUSTOMER;
        moves.down_below[usize::from(PROSPECT)] = convert_or_lapse;
        moves.down_to[usize::from(PROSPECT)] = SUSPECT;
        moves.up_to[usize::from(FORMER_CUSTOMER)] = PROSPECT;
        moves
    }
}

/// Rules for one segment (consumer or business) this week.
#[derive(Clone, Debug)]
pub(crate) struct SegmentRules {
    /// Moves of suspects and prospects (24-bit thresholds).
    pub moves: PhaseMoves,
    /// Former customer → prospect: weekly chance once memory has faded.
    pub return_base: f32,
    /// Former customer → prospect: word-of-mouth chance.
    pub return_referral: f32,
    /// Mean experienced performance.
    pub performance_mean: f32,
    /// Weekly churn by satisfaction step, pre-scaled by 2^24.
    pub churn_scaled: [f32; SATISFACTION_STEPS + 1],
    /// Order threshold (20-bit).
    pub order: u32,
    /// Share of wallet by satisfaction.
    pub share_of_wallet: ShareOfWalletRule,
    /// The buying centre: the buyer judges `user_weight` × what the users' experience has reached
    /// them + `own_weight` × `relationship_mean` (consumers: 1 and 0, so they judge what they
    /// experienced themselves, exactly).
    pub user_weight: f32,
    pub own_weight: f32,
    /// What the buyer experiences of the supplier themself, 0..10 (sales, channel, social binding).
    pub relationship_mean: f32,
    /// Of the users' experience, the part of this week's that reaches the buyer (`arrive`) and
    /// the part of what had reached them before that stays (`keep` = 1 − `arrive`).
    pub arrive: f32,
    pub keep: f32,
    /// Share of the list price this group pays after negotiating (1 for consumers).
    pub price_paid: f32,
    /// Whether the buyer judges apart from the users (`user_weight` < 1 or a delay); else the
    /// loop takes the users' experience as it is.
    pub buying_centre: bool,
}

impl SegmentRules {
    /// The performance the buyer judges, given what of the users' experience has reached them.
    #[inline(always)]
    pub fn judged(&self, heard: f32) -> f32 {
        self.user_weight * heard + self.own_weight * self.relationship_mean
    }

    /// The buying centre's numbers of `segment` for `tier`, with the buyer's own experience
    /// `relationship` (0..10, `Rules::buyer_contact`).
    fn with_buyer(self, segment: &Segment, tier: Tier, relationship: f64) -> SegmentRules {
        let arrive = segment.user_arrival_per_week() as f32;
        let user_weight = segment.user_weight.clamp(0.0, 1.0) as f32;
        SegmentRules {
            user_weight,
            own_weight: 1.0 - user_weight,
            relationship_mean: relationship as f32,
            arrive,
            keep: 1.0 - arrive,
            price_paid: segment.price_paid(tier) as f32,
            buying_centre: segment.buyer_judges_apart(),
            ..self
        }
    }
}

/// Tables that stay the same for the whole run.
#[derive(Clone, Debug)]
pub(crate) struct RunTables {
    /// Churn multiplier by weeks as a customer.
    pub tenure_factor: Box<[f32; TENURE_WEEKS_MAX + 1]>,
    /// How far a former customer's memory has faded, by weeks since leaving.
    pub memory_faded: Box<[f32; TENURE_WEEKS_MAX + 1]>,
    /// Noise on experienced performance.
    pub performance_noise: Box<[f32; NOISE_STEPS]>,
    /// Noise between satisfaction and NPS answer.
    pub answer_noise: Box<[f32; NOISE_STEPS]>,
    /// Added to satisfaction before the NPS answer, by phase code (ambassadors answer higher).
    pub answer_lift: [f32; 8],
}

impl RunTables {
    pub fn new(scenario: &Scenario) -> RunTables {
        let rules = &scenario.rules;
        let mut tenure_factor = Box::new([0.0f32; TENURE_WEEKS_MAX + 1]);
        let mut memory_faded = Box::new([0.0f32; TENURE_WEEKS_MAX + 1]);
        for week in 0..=TENURE_WEEKS_MAX {
            tenure_factor[week] = rules.retention.tenure_factor(week as f64) as f32;
            memory_faded[week] = rules.acquisition.memory_faded(week as f64) as f32;
        }
        RunTables {
            tenure_factor,
            memory_faded,
            performance_noise: logistic_noise_table(rules.performance.weekly_noise_sd),
            answer_noise: logistic_noise_table(rules.nps.answer_noise_sd),
            answer_lift: rules.nps.answer_lift_by_phase(),
        }
    }
}

/// The rules group of a person with population kind bits `kind`: tier in bits 0–1, business in
/// bit 2, so consumers are groups 0–3 and businesses 4–7, each in [`crate::Tier::ALL`] order.
#[inline(always)]
pub(crate) fn group_of(kind: u8) -> usize {
    usize::from(kind) & 7
}

/// All of this week's rules.
#[derive(Clone, Debug)]
pub(crate) struct WeekRules {
    /// Per segment and tier (see [`group_of`]): the tiers differ only where the policy treats
    /// them apart.
    pub groups: [SegmentRules; 8],
    pub expectation: ExpectationUpdate,
    pub satisfaction: SatisfactionRule,
    /// Expectation of a newly won customer: what was promised.
    pub promised: f32,
    pub price_factor: f32,
    pub weeks_to_loyal: u16,
    pub loyal_from: f32,
    pub weeks_to_ambassador: u16,
    pub ambassador_from: f32,
    pub ambassador_keep: f32,
    /// The cost of goods this week relative to the scenario's (a cost-rise event).
    pub cost_of_goods_factor: f64,
    /// The competitor's strength this week, events included (what churn and conversion used).
    pub competitor_strength: f64,
}

impl WeekRules {
    /// The rules for the week after `last` under `policy`, changed by the events acting then.
    pub fn new(
        scenario: &Scenario,
        policy: &Policy,
        last: &Snapshot,
        events: &EventEffects,
    ) -> WeekRules {
        let rules = &scenario.rules;
        let market = &scenario.market;
        let wom = &rules.word_of_mouth;
        let referrals = wom.referrals(last.promoters, last.phases.ambassadors);
        let pool = f64::from(last.phases.suspects + last.phases.former_customers);
        let referral_chance = if pool > 0.0 {
            (referrals / pool).min(1.0)
        } else {
            0.0
        };
        let image = wom.image(last.detractors, last.population) * events.image_factor;
        let segments = [&market.consumer, &market.business].map(|segment| {
            let base = segment_rules(scenario, policy, segment, referral_chance, image, events);
            Tier::ALL.map(|tier| {
                tier_rules(&base, scenario, policy, segment, tier, events).with_buyer(
                    segment,
                    tier,
                    rules.buyer_contact(policy, tier),
                )
            })
        });
        let cycle = &rules.cycle;
        WeekRules {
            // In `group_of` order: business bit, then tier.
            groups: std::array::from_fn(|group| segments[group >> 2][group & 3].clone()),
            expectation: ExpectationUpdate::for_week(
                &rules.expectations,
                policy.get(Lever::Promise),
            ),
            satisfaction: SatisfactionRule::new(&rules.satisfaction),
            promised: rules.expectations.promised(policy.get(Lever::Promise)) as f32,
            price_factor: rules.economics.price_factor(policy) as f32,
            weeks_to_loyal: cycle.weeks_to_loyal.min(u32::from(u16::MAX)) as u16,
            loyal_from: cycle.loyal_from_satisfaction as f32,
            weeks_to_ambassador: cycle.weeks_to_ambassador.min(u32::from(u16::MAX)) as u16,
            ambassador_from: cycle.ambassador_from_satisfaction as f32,
            ambassador_keep: cycle.ambassador_keep_satisfaction as f32,
            cost_of_goods_factor: events.cost_of_goods_factor,
            competitor_strength: events.competitor_strength(market.competitor_strength),
        }
    }
}

/// A segment's rules for one tier: the segment's own where the tier is treated as the default
/// treats it; otherwise experience, churn and share of wallet as the tier feels the policy.
fn tier_rules(
    base: &SegmentRules,
    scenario: &Scenario,
    policy: &Policy,
    segment: &Segment,
    tier: Tier,
    events: &EventEffects,
) -> SegmentRules {
    if policy.treatment().is_default_for(tier) {
        return base.clone();
    }
    let rules = &scenario.rules;
    let felt = rules.channels.felt_policy(policy, tier);
    let strength = events.competitor_strength(scenario.market.competitor_strength);
    let performance = rules.performance.mean(&felt) + rules.channels.service_points(policy, tier)
        - events.performance_drop_points;
    SegmentRules {
        performance_mean: performance.clamp(0.0, 10.0) as f32,
        churn_scaled: churn_table(scenario, &felt, segment, strength),
        share_of_wallet: ShareOfWalletRule::new(
            &rules.economics,
            rules.retention.binding(&felt, segment),
        ),
        ..base.clone()
    }
}

/// Weekly churn by satisfaction step, pre-scaled by 2^24.
fn churn_table(
    scenario: &Scenario,
    policy: &Policy,
    segment: &Segment,
    strength: f64,
) -> [f32; SATISFACTION_STEPS + 1] {
    let mut churn_scaled = [0.0f32; SATISFACTION_STEPS + 1];
    for (step, slot) in churn_scaled.iter_mut().enumerate() {
        let churn = scenario.rules.retention.weekly_churn(
            policy,
            segment,
            strength,
            step_satisfaction(step),
        );
        *slot = (churn * CHANCE_SCALE) as f32;
    }
    churn_scaled
}

fn segment_rules(
    scenario: &Scenario,
    policy: &Policy,
    segment: &Segment,
    referral_chance: f64,
    image: f64,
    events: &EventEffects,
) -> SegmentRules {
    let rules = &scenario.rules;
    let strength = events.competitor_strength(scenario.market.competitor_strength);
    let acquisition = &rules.acquisition;
    let interest = (acquisition.weekly_interest(policy) + referral_chance).min(1.0);
    let convert = acquisition.weekly_conversion(policy, segment, strength, image);
    let lapse = acquisition.weekly_prospect_lapse.clamp(0.0, 1.0 - convert);
    let churn_scaled = churn_table(scenario, policy, segment, strength);
    let binding = rules.retention.binding(policy, segment);
    SegmentRules {
        moves: PhaseMoves::new(
            chance_threshold(interest) as f32,
            chance_threshold(convert) as f32,
            chance_threshold(convert + lapse) as f32,
        ),
        return_base: (acquisition.weekly_return_base * CHANCE_SCALE) as f32,
        return_referral: (referral_chance * CHANCE_SCALE) as f32,
        performance_mean: (rules.performance.mean(policy) - events.performance_drop_points).max(0.0)
            as f32,
        churn_scaled,
        order: (segment.orders_per_week.clamp(0.0, 1.0) * ORDER_SCALE) as u32,
        share_of_wallet: ShareOfWalletRule::new(&rules.economics, binding),
        user_weight: 1.0,
        own_weight: 0.0,
        relationship_mean: 0.0,
        arrive: 1.0,
        keep: 0.0,
        price_paid: 1.0,
        buying_centre: false,
    }
}
