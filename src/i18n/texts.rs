//! The shape of a language: every text of the interface as one field.

/// The texts of one lever (hendel): its name, what it means and its value in words.
pub struct LeverTexts {
    /// Short name shown above the slider.
    pub name: &'static str,
    /// The explanation shown on demand, in the course's terms.
    pub explanation: &'static str,
    /// The value in words, from the lowest fifth of the range to the highest.
    pub levels: [&'static str; 5],
}

/// The texts of one phase of the klantrelatiecyclus.
pub struct PhaseTexts {
    /// Name of the phase (plural: the people in it).
    pub name: &'static str,
    /// One line on who is in this phase.
    pub description: &'static str,
}

/// Every text of the interface in one language.
pub struct Texts {
    /// How this language writes numbers.
    pub numbers: super::number::NumberStyle,
    pub app_name: &'static str,
    pub tagline: &'static str,

    pub panic_title: &'static str,
    pub panic_body: &'static str,
    pub panic_reload: &'static str,

    pub controls_heading: &'static str,
    pub group_expectations: &'static str,
    pub group_product: &'static str,
    pub group_service: &'static str,
    pub group_binding: &'static str,
    pub group_acquisition: &'static str,
    /// Indexed by `Lever::index`.
    pub levers: [LeverTexts; 10],
    pub explain_show: &'static str,
    pub explain_hide: &'static str,
    pub lever_locked: &'static str,
    pub no_cost: &'static str,
    /// "€ 1.200 per week" for a weekly cost in euros.
    pub cost_per_week: fn(f64) -> String,
    pub total_cost_label: &'static str,

    pub cycle_heading: &'static str,
    /// Indexed by `Phase::index`.
    pub phases: [PhaseTexts; 6],
    pub potential_pool: &'static str,
    pub customers_pool: &'static str,
    pub cycle_flow_note: &'static str,
    /// "120 mensen per week van X naar Y" for the accessible name of an arrow.
    pub flow_description: fn(u32, &str, &str) -> String,
    pub cycle_summary: fn(u32, u32) -> String,

    pub figures_heading: &'static str,
    pub figure_nps: &'static str,
    pub figure_satisfaction: &'static str,
    pub figure_clv: &'static str,
    pub figure_retention: &'static str,
    pub figure_profit: &'static str,
    pub figure_nps_hint: &'static str,
    /// The NPS question in full, on its scale, and how the score is made (tooltip, screen reader).
    pub figure_nps_question: &'static str,
    pub figure_satisfaction_hint: &'static str,
    pub figure_clv_hint: &'static str,
    /// What the CLV card shows, in full (tooltip, screen reader).
    pub figure_clv_explained: &'static str,
    pub figure_retention_hint: &'static str,
    pub figure_profit_hint: &'static str,
    pub trend_up: &'static str,
    pub trend_down: &'static str,
    pub trend_flat: &'static str,
    pub trend_period: &'static str,
    /// A change of a percentage: "+1,5 %-punt".
    pub percentage_points: fn(f64) -> String,

    pub charts_heading: &'static str,
    pub chart_phases: &'static str,
    pub chart_experience: &'static str,
    pub chart_nps: &'static str,
    pub chart_clv: &'static str,
    pub chart_finance: &'static str,
    pub axis_week: &'static str,
    pub axis_people: &'static str,
    pub axis_score: &'static str,
    pub axis_nps: &'static str,
    pub axis_euro: &'static str,
    pub axis_euro_per_customer: &'static str,
    pub axis_share: &'static str,
    pub series_expectation: &'static str,
    pub series_performance: &'static str,
    pub series_satisfaction: &'static str,
    pub series_nps: &'static str,
    pub series_promoters: &'static str,
    pub series_passives: &'static str,
    pub series_detractors: &'static str,
    /// CLV = W × A on net margin.
    pub series_clv_wxa_net: &'static str,
    /// CLV = W × A on gross margin.
    pub series_clv_wxa: &'static str,
    /// Discounted CLV on net margin.
    pub series_clv_discounted_net: &'static str,
    pub series_revenue: &'static str,
    pub series_costs: &'static str,
    pub series_profit: &'static str,
    pub marker_policy_change: &'static str,

    pub time_heading: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub step: &'static str,
    pub reset: &'static str,
    pub speed: &'static str,
    pub speed_max: &'static str,
    /// Names of the lesson's event kinds, in the order of `model::EventKind::ALL`.
    pub event_names: [&'static str; 5],
    /// What each kind of event means for the learner (shown when the lesson gives no text).
    pub event_descriptions: [&'static str; 5],
    /// "week 30 t/m 35": when an event acts.
    pub event_weeks: fn(u32, u32) -> String,
    /// Label of the market-size choice in the time bar.
    pub market_size: &'static str,
    /// What choosing another market size does (its tooltip).
    pub market_size_hint: &'static str,
    /// "10.000", "1 mln": one option of the market-size choice (short: it sits in a corner of the cycle card).
    pub market_size_option: fn(u32) -> String,
    /// "Week 12 (jaar 1)".
    pub week_label: fn(u32) -> String,
    pub shortcuts_hint: &'static str,
    pub scenario_label: &'static str,
    /// A link parameter that could not be used: (name, value, what it should have been).
    pub url_problem: fn(&str, &str, crate::state::url_params::Expected) -> String,
    pub dismiss: &'static str,
    pub run_end: fn(u32) -> String,
    pub run_limit: &'static str,
    pub seed_label: &'static str,
}
