//! English: the twin of the Dutch table ([`super::nl`]). Our own words, in the terms of the course.

use super::number::ENGLISH;
use super::texts::{LeverTexts, PhaseTexts, Texts};
use crate::state::url_params::Expected;

const SERVICE_LEVELS: [&str; 5] = ["none", "minimal", "fair", "good", "excellent"];
const BINDING_LEVELS: [&str; 5] = ["none", "light", "moderate", "strong", "very strong"];

fn cost_per_week(eur: f64) -> String {
    format!("{} per week", ENGLISH.euros(eur))
}

fn flow_description(people: u32, from: &str, to: &str) -> String {
    let who = if people == 1 { "person" } else { "people" };
    format!(
        "{} {who} per week from {from} to {to}",
        ENGLISH.format(f64::from(people), 0)
    )
}

fn cycle_summary(customers: u32, population: u32) -> String {
    format!(
        "{} of the {} people in the market are customers now",
        ENGLISH.format(f64::from(customers), 0),
        ENGLISH.format(f64::from(population), 0)
    )
}

fn url_problem(key: &str, value: &str, expected: Expected) -> String {
    let expected = match expected {
        Expected::Population => format!(
            "a number of people from 1 to {}",
            ENGLISH.format(f64::from(model::POPULATION_MAX), 0)
        ),
        Expected::Seed => "a whole number from 0 up".to_string(),
        Expected::Switch => "1 (on) or 0 (off)".to_string(),
        Expected::Language => "nl (Dutch) or en (English)".to_string(),
    };
    format!(
        "The link contains “{key}={value}”, but “{key}” must be {expected}. \
         This value was ignored; everything else works as usual."
    )
}

fn run_end(weeks: u32) -> String {
    format!("The scenario lasts {weeks} weeks and has now ended. Press Play to keep playing.")
}

fn percentage_points(change: f64) -> String {
    format!("{} %-points", ENGLISH.format_signed(change, 1))
}

/// Weeks 1–52 are year 1, 53–104 year 2, and so on; week 0 (the start) counts as year 1, so a
/// two-year lesson ends at "Week 104 (year 2)". The same rule as the Dutch table.
fn week_label(week: u32) -> String {
    format!("Week {week} (year {})", year_of_week(week))
}

fn year_of_week(week: u32) -> u32 {
    week.saturating_sub(1) / 52 + 1
}

/// The English text table.
pub const EN: Texts = Texts {
    numbers: ENGLISH,
    app_name: "Klantcyclus",
    tagline: "Customer relationship cycle simulator",

    panic_title: "Something went wrong",
    panic_body: "The simulation stopped because of an error in the program. That is not your \
                 fault. Reload the page to carry on.",
    panic_reload: "Reload page",

    controls_heading: "Your policy",
    group_expectations: "Expectations",
    group_product: "Product & price",
    group_service: "Service",
    group_binding: "Customer binding",
    group_acquisition: "New customers",
    levers: [
        LeverTexts {
            name: "Promise",
            explanation: "What you promise in advertising and sales. This sets what customers \
                          expect. If you deliver less than you promise, satisfaction drops: a \
                          letdown weighs more than a pleasant surprise.",
            levels: [
                "very modest",
                "modest",
                "realistic",
                "ambitious",
                "exaggerated",
            ],
        },
        LeverTexts {
            name: "Quality",
            explanation: "How good the product really is. Quality mainly decides the performance \
                          the customer experiences. Higher quality costs more per week.",
            levels: ["very low", "low", "average", "high", "top quality"],
        },
        LeverTexts {
            name: "Price",
            explanation: "Your price compared with competitors. A higher price brings more margin \
                          per order, but fewer prospects become customers.",
            levels: ["very low", "low", "market rate", "high", "very high"],
        },
        LeverTexts {
            name: "Pre-sales service",
            explanation: "Service before the purchase: advice, demonstrations, a clear quote. \
                          Helps prospects become customers.",
            levels: SERVICE_LEVELS,
        },
        LeverTexts {
            name: "Sales service",
            explanation: "Service during the purchase: easy ordering, fast delivery, good help \
                          at the till or on the phone. More prospects buy and the experience \
                          gets better.",
            levels: SERVICE_LEVELS,
        },
        LeverTexts {
            name: "After-sales service",
            explanation: "Service after the purchase: helpdesk, complaint handling, repairs. Good \
                          complaint handling turns an angry customer into a satisfied one again \
                          and keeps customers longer.",
            levels: SERVICE_LEVELS,
        },
        LeverTexts {
            name: "Financial binding",
            explanation: "Discounts, loyalty points and cashback. Binds customers with money and \
                          costs margin on every order, even on orders the customer would have \
                          placed anyway.",
            levels: BINDING_LEVELS,
        },
        LeverTexts {
            name: "Social binding",
            explanation: "Personal contact, customer events, a dedicated account manager. Binds \
                          through the relationship between people; costs money per customer per \
                          week.",
            levels: BINDING_LEVELS,
        },
        LeverTexts {
            name: "Structural binding",
            explanation: "Links, contracts and systems that make switching hard. Keeps customers \
                          longer than financial binding at the same cost.",
            levels: BINDING_LEVELS,
        },
        LeverTexts {
            name: "Acquisition",
            explanation: "Budget for new business development: campaigns that make suspects \
                          curious. A bigger budget turns more suspects into prospects.",
            levels: ["none", "small", "medium", "large", "very large"],
        },
    ],
    explain_show: "Explain",
    explain_hide: "Hide explanation",
    lever_locked: "fixed in this scenario",
    no_cost: "no cost",
    cost_per_week,
    total_cost_label: "Cost of your policy",

    cycle_heading: "Customer relationship cycle",
    phases: [
        PhaseTexts {
            name: "Suspects",
            description: "People in your target group who may become interested",
        },
        PhaseTexts {
            name: "Prospects",
            description: "Interested people who may still buy from a competitor",
        },
        PhaseTexts {
            name: "New customers",
            description: "Have bought from you for the first time",
        },
        PhaseTexts {
            name: "Loyal customers",
            description: "Buy from you again and again",
        },
        PhaseTexts {
            name: "Ambassadors",
            description: "Believe in your brand and recommend you to others of their own accord",
        },
        PhaseTexts {
            name: "Former customers",
            description: "Have left, but may come back later",
        },
    ],
    potential_pool: "Potential customers",
    customers_pool: "Customers",
    cycle_flow_note: "Arrow width = number of people moving on this week",
    flow_description,
    cycle_summary,

    figures_heading: "Key figures",
    figure_nps: "NPS",
    figure_satisfaction: "Satisfaction",
    figure_clv: "CLV",
    figure_retention: "Customer retention",
    figure_profit: "Profit",
    figure_nps_hint: "recommend? 0–10",
    figure_nps_question: "Every week each customer is asked: “How likely are you to recommend us \
                          to friends or colleagues?” 0 = certainly not, 10 = certainly. NPS = \
                          % promoters (9–10) − % detractors (0–6). Those who have left no longer \
                          answer.",
    figure_satisfaction_hint: "average, 0–10",
    figure_clv_hint: "net, W × A",
    figure_clv_explained: "CLV on net margin: the margin per order after purchasing and all the \
                           costs a customer causes (W), times the number of orders per customer \
                           relationship (A). The CLV on gross margin is the dotted line in the \
                           Customer value chart.",
    figure_retention_hint: "per year",
    figure_profit_hint: "this week",
    trend_up: "up",
    trend_down: "down",
    trend_flat: "steady",
    trend_period: "vs. 4 weeks ago",
    percentage_points,

    charts_heading: "Charts",
    chart_phases: "People per phase",
    chart_experience: "Customer experience",
    chart_nps: "Net Promoter Score",
    chart_clv: "Customer value (CLV)",
    chart_finance: "Revenue, costs and profit",
    axis_week: "week",
    axis_people: "people",
    axis_score: "score (0–10)",
    axis_nps: "NPS / % of customers",
    axis_euro: "euros per week",
    axis_euro_per_customer: "euros per customer",
    axis_share: "% of customers",
    series_expectation: "Expectation",
    series_performance: "Experienced performance",
    series_satisfaction: "Satisfaction",
    series_nps: "NPS",
    series_promoters: "Promoters (9–10)",
    series_passives: "Passives (7–8)",
    series_detractors: "Detractors (0–6)",
    series_clv_wxa_net: "W × A net",
    series_clv_wxa: "W × A gross",
    series_clv_discounted_net: "Discounted net",
    series_revenue: "Revenue",
    series_costs: "Costs",
    series_profit: "Profit",
    marker_policy_change: "policy changed",

    time_heading: "Time",
    play: "Play",
    pause: "Pause",
    step: "+1 week",
    reset: "Reset",
    speed: "Speed",
    speed_max: "max",
    event_names: [
        "Delivery problem",
        "New competitor",
        "Price war",
        "Bad review goes viral",
        "Purchase prices rise",
    ],
    event_descriptions: [
        "Orders arrive late or damaged: customers experience less than they are used to.",
        "A new supplier pulls customers and prospects away. What keeps your customers with you?",
        "Competitors go well below your price. Hold on, follow, or offer something else?",
        "A negative review is shared widely: your image takes a dent and new customers hesitate.",
        "Your suppliers charge more, so every sale earns less margin. Do you raise your price?",
    ],
    event_weeks: |first, last| {
        if first == last {
            format!("week {first}")
        } else {
            format!("weeks {first}–{last}")
        }
    },
    market_size: "Market",
    market_size_hint: "Number of people in the market. Choose it at week 0 (press Reset first while a run is under way): another market size is a new run, with the same seed.",
    market_size_option: |people| ENGLISH.count_short(people),
    week_label,
    shortcuts_hint: "Alt+K play/pause · Alt+R reset · Alt+P projector",
    scenario_label: "Scenario",
    url_problem,
    dismiss: "Close",
    run_end,
    run_limit: "Ten years is the longest Klantcyclus calculates. Press Reset to start again.",
    seed_label: "Seed",
};

#[cfg(test)]
mod tests {
    use super::super::nl::NL;
    use super::{EN, Expected, week_label};

    #[test]
    fn a_year_is_weeks_1_to_52_and_a_two_year_lesson_ends_in_year_2() {
        assert_eq!(week_label(0), "Week 0 (year 1)");
        assert_eq!(week_label(52), "Week 52 (year 1)");
        assert_eq!(week_label(53), "Week 53 (year 2)");
        assert_eq!(week_label(104), "Week 104 (year 2)");
        assert_eq!(week_label(520), "Week 520 (year 10)");
    }

    #[test]
    fn clearly_dutch_texts_are_translated() {
        let pairs = [
            (EN.tagline, NL.tagline),
            (EN.panic_title, NL.panic_title),
            (EN.controls_heading, NL.controls_heading),
            (EN.group_expectations, NL.group_expectations),
            (EN.group_binding, NL.group_binding),
            (EN.explain_show, NL.explain_show),
            (EN.cycle_heading, NL.cycle_heading),
            (EN.potential_pool, NL.potential_pool),
            (EN.customers_pool, NL.customers_pool),
            (EN.figures_heading, NL.figures_heading),
            (EN.figure_retention, NL.figure_retention),
            (EN.figure_profit, NL.figure_profit),
            (EN.charts_heading, NL.charts_heading),
            (EN.series_detractors, NL.series_detractors),
            (EN.series_clv_wxa_net, NL.series_clv_wxa_net),
            (EN.time_heading, NL.time_heading),
            (EN.play, NL.play),
            (EN.pause, NL.pause),
            (EN.reset, NL.reset),
            (EN.speed, NL.speed),
            (EN.market_size, NL.market_size),
            (EN.event_names[0], NL.event_names[0]),
            (EN.event_descriptions[4], NL.event_descriptions[4]),
            (EN.market_size_hint, NL.market_size_hint),
            (EN.shortcuts_hint, NL.shortcuts_hint),
            (EN.dismiss, NL.dismiss),
            (EN.run_limit, NL.run_limit),
            (EN.seed_label, NL.seed_label),
        ];
        for (en, nl) in pairs {
            assert_ne!(en, nl);
        }
        // Suspects and Prospects are the course's own words in both languages.
        for (en, nl) in EN.phases.iter().zip(NL.phases.iter()).skip(2) {
            assert_ne!(en.name, nl.name);
        }
        for (en, nl) in EN.phases.iter().zip(NL.phases.iter()) {
            assert_ne!(en.description, nl.description);
        }
        for (en, nl) in EN.levers.iter().zip(NL.levers.iter()) {
            assert_ne!(en.explanation, nl.explanation);
            assert_ne!(en.levels, nl.levels);
        }
        assert_ne!((EN.week_label)(12), (NL.week_label)(12));
        assert_ne!((EN.run_end)(104), (NL.run_end)(104));
    }

    #[test]
    fn one_person_is_singular() {
        assert_eq!(
            (EN.flow_description)(1, "Prospects", "New customers"),
            "1 person per week from Prospects to New customers"
        );
        assert_eq!(
            (EN.flow_description)(1250, "Prospects", "New customers"),
            "1,250 people per week from Prospects to New customers"
        );
    }

    #[test]
    fn numbers_are_written_the_english_way() {
        assert_eq!((EN.cost_per_week)(1200.0), "€1,200 per week");
        assert_eq!((EN.percentage_points)(1.5), "+1.5 %-points");
        assert_eq!(
            (EN.cycle_summary)(1234, 10000),
            "1,234 of the 10,000 people in the market are customers now"
        );
    }

    #[test]
    fn every_link_problem_names_the_parameter_and_what_it_should_be() {
        for expected in [
            Expected::Population,
            Expected::Seed,
            Expected::Switch,
            Expected::Language,
        ] {
            let text = (EN.url_problem)("seed", "abc", expected);
            assert!(text.contains("“seed=abc”"), "{text}");
            assert!(text.contains("must be"), "{text}");
        }
    }
}
