//! Goals and figures in words: "NPS minstens +30 aan het eind", "Klantbehoud per jaar 74 %".

use crate::i18n::ScenarioTexts;
use model::{Comparison, Goal, GoalTiming, Language, Metric};

/// How a figure is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A number of people (or orders): whole numbers.
    Count,
    /// A score from 0 to 10, one decimal.
    Score,
    /// NPS, −100..100, with sign.
    Nps,
    /// Already a percentage (0..100), one decimal.
    Percent,
    /// A share 0..1 shown as a percentage.
    Share,
    /// Euros.
    Euros,
    /// Anything else: two decimals.
    Plain,
}

/// A figure's name in both languages and its unit.
struct MetricText {
    key: &'static str,
    nl: &'static str,
    en: &'static str,
    unit: Unit,
}

const fn m(key: &'static str, nl: &'static str, en: &'static str, unit: Unit) -> MetricText {
    MetricText { key, nl, en, unit }
}

/// Every figure a goal can use (the keys of `model::Metric`).
#[rustfmt::skip]
const METRICS: &[MetricText] = &[
    m("suspects", "Suspects", "Suspects", Unit::Count),
    m("prospects", "Prospects", "Prospects", Unit::Count),
    m("new_customers", "Nieuwe klanten", "New customers", Unit::Count),
    m("loyal_customers", "Loyale klanten", "Loyal customers", Unit::Count),
    m("ambassadors", "Ambassadeurs", "Ambassadors", Unit::Count),
    m("former_customers", "Ex-klanten", "Former customers", Unit::Count),
    m("population", "Mensen in de markt", "People in the market", Unit::Count),
    m("expectation", "Verwachting", "Expectation", Unit::Score),
    m("performance", "Ervaren prestatie", "Experienced performance", Unit::Score),
    m("satisfaction", "Tevredenheid", "Satisfaction", Unit::Score),
    m("promoters", "Promotors", "Promoters", Unit::Count),
    m("passives", "Passives", "Passives", Unit::Count),
    m("detractors", "Criticasters", "Detractors", Unit::Count),
    m("nps", "NPS", "NPS", Unit::Nps),
    m("retention_rate", "Klantbehoud per jaar", "Retention per year", Unit::Share),
    m("orders", "Orders per week", "Orders per week", Unit::Count),
    m("revenue", "Omzet per week", "Revenue per week", Unit::Euros),
    m("costs", "Kosten per week", "Costs per week", Unit::Euros),
    m("profit", "Winst per week", "Profit per week", Unit::Euros),
    m("cumulative_profit", "Winst tot nu toe", "Profit so far", Unit::Euros),
    m("clv_wxa", "CLV op brutomarge (W × A)", "CLV on gross margin (W × A)", Unit::Euros),
    m("clv_wxa_net", "CLV op nettomarge (W × A)", "CLV on net margin (W × A)", Unit::Euros),
    m("clv_discounted", "Verdisconteerde CLV op brutomarge", "Discounted CLV on gross margin", Unit::Euros),
    m("clv_discounted_net", "Verdisconteerde CLV op nettomarge", "Discounted CLV on net margin", Unit::Euros),
    m("share_of_wallet", "Share of wallet", "Share of wallet", Unit::Share),
    m("active_customers", "Klanten", "Customers", Unit::Count),
    m("active_customers_pct", "Klanten (% van de markt)", "Customers (% of the market)", Unit::Percent),
    m("suspects_pct", "Suspects (% van de markt)", "Suspects (% of the market)", Unit::Percent),
    m("prospects_pct", "Prospects (% van de markt)", "Prospects (% of the market)", Unit::Percent),
    m("former_customers_pct", "Ex-klanten (% van de markt)", "Former customers (% of the market)", Unit::Percent),
    m("ambassadors_pct", "Ambassadeurs (% van de markt)", "Ambassadors (% of the market)", Unit::Percent),
    m("loyal_customers_pct", "Loyale klanten (% van de markt)", "Loyal customers (% of the market)", Unit::Percent),
    m("promoters_pct", "Promotors (% van de klanten)", "Promoters (% of customers)", Unit::Percent),
    m("detractors_pct", "Criticasters (% van de klanten)", "Detractors (% of customers)", Unit::Percent),
    m("leavers", "Vertrekkers deze week", "Leavers this week", Unit::Count),
    m("new_customers_won", "Nieuw gewonnen deze week", "Won this week", Unit::Count),
    m("cost_of_goods", "Inkoopwaarde per week", "Cost of goods per week", Unit::Euros),
    m("top_customers", "Topklanten", "Top customers", Unit::Count),
    m("large_customers", "Grote klanten", "Large customers", Unit::Count),
    m("medium_customers", "Middelgrote klanten", "Medium customers", Unit::Count),
    m("small_customers", "Kleine klanten", "Small customers", Unit::Count),
    m("top_profit", "Winst topklanten per week", "Profit top customers per week", Unit::Euros),
    m("large_profit", "Winst grote klanten per week", "Profit large customers per week", Unit::Euros),
    m("medium_profit", "Winst middelgrote klanten per week", "Profit medium customers per week", Unit::Euros),
    m("small_profit", "Winst kleine klanten per week", "Profit small customers per week", Unit::Euros),
];

/// A figure's name in `language` and its unit; an unknown key (a figure added to the model later)
/// shows as its key.
pub fn metric_label(metric: Metric, language: Language) -> (&'static str, Unit) {
    match METRICS.iter().find(|t| t.key == metric.key()) {
        Some(t) => (if language == Language::Nl { t.nl } else { t.en }, t.unit),
        None => (metric.key(), Unit::Plain),
    }
}

/// A value of a figure, written in its unit.
pub fn format_value(unit: Unit, value: f64, texts: &ScenarioTexts) -> String {
    let n = texts.numbers;
    match unit {
        Unit::Count => n.format(value, 0),
        Unit::Score => n.format(value, 1),
        Unit::Nps => n.format_signed(value, 0),
        Unit::Percent => format!("{} %", n.format(value, 1)),
        Unit::Share => format!("{} %", n.format(value * 100.0, 0)),
        Unit::Euros => n.euros(value),
        Unit::Plain => n.format(value, 2),
    }
}

/// A goal target, precise enough to show the exact threshold (0.74 → "74 %", 12 → "12,0 %").
fn format_target(unit: Unit, value: f64, texts: &ScenarioTexts) -> String {
    match unit {
        Unit::Share => {
            let pct = value * 100.0;
            let decimals = if (pct - pct.round()).abs() < 1e-9 {
                0
            } else {
                1
            };
            format!("{} %", texts.numbers.format(pct, decimals))
        }
        Unit::Percent => {
            let decimals = if (value - value.round()).abs() < 1e-9 {
                0
            } else {
                1
            };
            format!("{} %", texts.numbers.format(value, decimals))
        }
        _ => format_value(unit, value, texts),
    }
}

/// The goal as one readable line: "NPS minstens +5 aan het eind".
pub fn describe_goal(goal: &Goal, texts: &ScenarioTexts, language: Language) -> String {
    let (label, unit) = metric_label(goal.metric, language);
    let comparison = match goal.comparison {
        Comparison::AtLeast => texts.at_least,
        Comparison::AtMost => texts.at_most,
        Comparison::Above => texts.above,
        Comparison::Below => texts.below,
    };
    let timing = match goal.timing {
        GoalTiming::AtEnd => texts.timing_at_end.to_string(),
        GoalTiming::AtWeek(w) => (texts.timing_at_week)(w),
        GoalTiming::ByWeek(w) => (texts.timing_by_week)(w),
        GoalTiming::Always => texts.timing_always.to_string(),
        GoalTiming::FromWeek(w) => (texts.timing_from_week)(w),
    };
    format!(
        "{label} {comparison} {} {timing}",
        format_target(unit, goal.target, texts)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::scenario_texts::{EN, NL};

    fn goal(text: &str) -> Goal {
        text.parse().unwrap()
    }

    #[test]
    fn every_model_figure_has_a_name_in_both_languages() {
        for metric in Metric::all() {
            let (nl, _) = metric_label(metric, Language::Nl);
            let (en, _) = metric_label(metric, Language::En);
            assert_ne!(nl, metric.key(), "{} has no Dutch name", metric.key());
            assert!(!en.is_empty());
        }
    }

    #[test]
    fn goals_read_as_sentences_in_dutch_and_english() {
        assert_eq!(
            describe_goal(&goal("nps >= 5 at end"), &NL, Language::Nl),
            "NPS minstens +5 aan het eind"
        );
        assert_eq!(
            describe_goal(&goal("retention_rate >= 0.74 at end"), &NL, Language::Nl),
            "Klantbehoud per jaar minstens 74 % aan het eind"
        );
        assert_eq!(
            describe_goal(
                &goal("former_customers_pct <= 12 at end"),
                &EN,
                Language::En
            ),
            "Former customers (% of the market) at most 12 % at the end"
        );
        assert_eq!(
            describe_goal(
                &goal("cumulative_profit >= 250000 by week 52"),
                &NL,
                Language::Nl
            ),
            "Winst tot nu toe minstens € 250.000 uiterlijk in week 52"
        );
        assert_eq!(
            describe_goal(
                &goal("share_of_wallet > 0.625 from week 10"),
                &EN,
                Language::En
            ),
            "Share of wallet more than 62.5 % every week from week 10"
        );
    }

    #[test]
    fn values_are_written_in_their_unit() {
        assert_eq!(format_value(Unit::Share, 0.8046, &NL), "80 %");
        assert_eq!(format_value(Unit::Nps, -49.2, &NL), "−49");
        assert_eq!(format_value(Unit::Score, 7.46, &NL), "7,5");
        assert_eq!(format_value(Unit::Count, 3203.0, &EN), "3,203");
        assert_eq!(format_value(Unit::Euros, -143_884.1, &NL), "−€ 143.884");
        assert_eq!(format_value(Unit::Percent, 18.39, &NL), "18,4 %");
    }
}
