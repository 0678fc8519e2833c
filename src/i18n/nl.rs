//! Dutch: the first language of Klantcyclus. Our own words, in the terms of the course.

use super::number::DUTCH;
use super::texts::{LeverTexts, PhaseTexts, Texts};
use crate::state::url_params::Expected;

const SERVICE_LEVELS: [&str; 5] = ["geen", "minimaal", "redelijk", "goed", "uitstekend"];
const BINDING_LEVELS: [&str; 5] = ["geen", "licht", "gemiddeld", "sterk", "zeer sterk"];

fn cost_per_week(eur: f64) -> String {
    format!("{} per week", DUTCH.euros(eur))
}

fn flow_description(people: u32, from: &str, to: &str) -> String {
    let who = if people == 1 { "persoon" } else { "mensen" };
    format!(
        "{} {who} per week van {from} naar {to}",
        DUTCH.format(f64::from(people), 0)
    )
}

fn cycle_summary(customers: u32, population: u32) -> String {
    format!(
        "{} van de {} mensen in de markt zijn nu klant",
        DUTCH.format(f64::from(customers), 0),
        DUTCH.format(f64::from(population), 0)
    )
}

fn url_problem(key: &str, value: &str, expected: Expected) -> String {
    let expected = match expected {
        Expected::Population => format!(
            "een aantal mensen van 1 tot {}",
            DUTCH.format(f64::from(model::POPULATION_MAX), 0)
        ),
        Expected::Seed => "een heel getal vanaf 0".to_string(),
        Expected::Switch => "1 (aan) of 0 (uit)".to_string(),
        Expected::Language => "nl (Nederlands) of en (Engels)".to_string(),
    };
    format!(
        "De link bevat “{key}={value}”, maar “{key}” moet {expected} zijn. \
         Deze waarde is genegeerd; de rest werkt gewoon."
    )
}

fn run_end(weeks: u32) -> String {
    format!(
        "Het scenario duurt {weeks} weken en is nu afgelopen. Druk op Start om verder te spelen."
    )
}

fn percentage_points(change: f64) -> String {
    format!("{} %-punt", DUTCH.format_signed(change, 1))
}

/// Weeks 1–52 are year 1, 53–104 year 2, and so on; week 0 (the start) counts as year 1, so a
/// two-year lesson ends at "Week 104 (jaar 2)".
fn week_label(week: u32) -> String {
    format!("Week {week} (jaar {})", year_of_week(week))
}

fn year_of_week(week: u32) -> u32 {
    week.saturating_sub(1) / 52 + 1
}

/// The Dutch text table.
pub const NL: Texts = Texts {
    numbers: DUTCH,
    app_name: "Klantcyclus",
    tagline: "Simulator van de klantrelatiecyclus",

    panic_title: "Er ging iets mis",
    panic_body: "De simulatie is gestopt door een fout in het programma. Dat ligt niet aan jou. \
                 Laad de pagina opnieuw om verder te gaan.",
    panic_reload: "Pagina opnieuw laden",

    controls_heading: "Jouw beleid",
    group_expectations: "Verwachtingen",
    group_product: "Product & prijs",
    group_service: "Service",
    group_binding: "Klantenbinding",
    group_acquisition: "Nieuwe klanten",
    levers: [
        LeverTexts {
            name: "Belofte",
            explanation: "Wat je in reclame en verkoop belooft. Dit bepaalt wat klanten verwachten. \
                          Lever je minder dan je belooft, dan daalt de tevredenheid: tegenvallen \
                          weegt zwaarder dan meevallen.",
            levels: [
                "zeer bescheiden",
                "bescheiden",
                "realistisch",
                "ambitieus",
                "overdreven",
            ],
        },
        LeverTexts {
            name: "Kwaliteit",
            explanation: "Hoe goed het product werkelijk is. Kwaliteit bepaalt vooral de prestatie \
                          die de klant ervaart. Hogere kwaliteit kost meer per week.",
            levels: ["zeer laag", "laag", "gemiddeld", "hoog", "topkwaliteit"],
        },
        LeverTexts {
            name: "Prijs",
            explanation: "Je prijs vergeleken met concurrenten. Een hogere prijs levert meer marge \
                          per order op, maar minder prospects worden klant.",
            levels: ["zeer laag", "laag", "marktconform", "hoog", "zeer hoog"],
        },
        LeverTexts {
            name: "Pre-sales service",
            explanation: "Service vóór de aankoop: advies, demonstraties, een heldere offerte. \
                          Helpt prospects om klant te worden.",
            levels: SERVICE_LEVELS,
        },
        LeverTexts {
            name: "Sales service",
            explanation: "Service tijdens de aankoop: makkelijk bestellen, snelle levering, \
                          goede hulp aan de kassa of de telefoon. Meer prospects kopen en de \
                          ervaring wordt beter.",
            levels: SERVICE_LEVELS,
        },
        LeverTexts {
            name: "After-sales service",
            explanation: "Service na de aankoop: helpdesk, klachtbehandeling, reparatie. Goede \
                          klachtbehandeling maakt van een boze klant weer een tevreden klant en \
                          houdt klanten langer vast.",
            levels: SERVICE_LEVELS,
        },
        LeverTexts {
            name: "Financiële binding",
            explanation: "Kortingen, spaarpunten en cashback. Bindt klanten met geld en kost \
                          marge op elke order, ook op orders die de klant toch al zou plaatsen.",
            levels: BINDING_LEVELS,
        },
        LeverTexts {
            name: "Sociale binding",
            explanation: "Persoonlijk contact, klantavonden, een vaste accountmanager. Bindt via \
                          de relatie tussen mensen; kost geld per klant per week.",
            levels: BINDING_LEVELS,
        },
        LeverTexts {
            name: "Structurele binding",
            explanation: "Koppelingen, contracten en systemen die overstappen lastig maken. Houdt \
                          klanten langer vast dan financiële binding bij gelijke kosten.",
            levels: BINDING_LEVELS,
        },
        LeverTexts {
            name: "Werving",
            explanation: "Budget voor new business development: campagnes die suspects \
                          nieuwsgierig maken. Meer budget maakt meer suspects tot prospect.",
            levels: ["geen", "klein", "gemiddeld", "groot", "zeer groot"],
        },
    ],
    explain_show: "Uitleg",
    explain_hide: "Uitleg verbergen",
    lever_locked: "vast in dit scenario",
    no_cost: "geen kosten",
    cost_per_week,
    total_cost_label: "Kosten van je beleid",

    cycle_heading: "Klantrelatiecyclus",
    phases: [
        PhaseTexts {
            name: "Suspects",
            description: "Mensen in je doelgroep die misschien interesse krijgen",
        },
        PhaseTexts {
            name: "Prospects",
            description: "Geïnteresseerden die nog bij een concurrent kunnen kopen",
        },
        PhaseTexts {
            name: "Nieuwe klanten",
            description: "Hebben voor het eerst bij jou gekocht",
        },
        PhaseTexts {
            name: "Loyale klanten",
            description: "Kopen steeds weer bij jou",
        },
        PhaseTexts {
            name: "Ambassadeurs",
            description: "Geloven in je merk en raden je uit zichzelf aan bij anderen",
        },
        PhaseTexts {
            name: "Ex-klanten",
            description: "Zijn vertrokken, maar kunnen later terugkomen",
        },
    ],
    potential_pool: "Potentiële klanten",
    customers_pool: "Klanten",
    cycle_flow_note: "Pijldikte = aantal mensen dat deze week overstapt",
    flow_description,
    cycle_summary,

    figures_heading: "Kerncijfers",
    figure_nps: "NPS",
    figure_satisfaction: "Tevredenheid",
    figure_clv: "CLV",
    figure_retention: "Klantbehoud",
    figure_profit: "Winst",
    figure_nps_hint: "aanraden? 0–10",
    figure_nps_question: "Elke klant krijgt elke week de vraag: “Hoe waarschijnlijk is het dat je ons \
                          aanraadt aan vrienden of collega's?” 0 = zeker niet, 10 = zeker wel. NPS = \
                          % promotors (9–10) − % criticasters (0–6). Wie vertrekt, antwoordt niet meer.",
    figure_satisfaction_hint: "gemiddeld, 0–10",
    figure_clv_hint: "netto, W × A",
    figure_clv_explained: "CLV op nettomarge: marge per order na inkoop en alle kosten die een klant \
                           veroorzaakt (W), keer het aantal orders per klantrelatie (A). De CLV op \
                           brutomarge staat gestippeld in de grafiek Klantwaarde.",
    figure_retention_hint: "per jaar",
    figure_profit_hint: "deze week",
    trend_up: "stijgt",
    trend_down: "daalt",
    trend_flat: "gelijk",
    trend_period: "t.o.v. 4 weken geleden",
    percentage_points,

    charts_heading: "Grafieken",
    chart_phases: "Mensen per fase",
    chart_experience: "Klantervaring",
    chart_nps: "Net Promoter Score",
    chart_clv: "Klantwaarde (CLV)",
    chart_finance: "Omzet, kosten en winst",
    axis_week: "week",
    axis_people: "mensen",
    axis_score: "score (0–10)",
    axis_nps: "NPS / % klanten",
    axis_euro: "euro per week",
    axis_euro_per_customer: "euro per klant",
    axis_share: "% van klanten",
    series_expectation: "Verwachting",
    series_performance: "Ervaren prestatie",
    series_satisfaction: "Tevredenheid",
    series_nps: "NPS",
    series_promoters: "Promotors (9–10)",
    series_passives: "Passives (7–8)",
    series_detractors: "Criticasters (0–6)",
    series_clv_wxa_net: "W × A netto",
    series_clv_wxa: "W × A bruto",
    series_clv_discounted_net: "Verdisconteerd netto",
    series_revenue: "Omzet",
    series_costs: "Kosten",
    series_profit: "Winst",
    marker_policy_change: "beleid gewijzigd",

    time_heading: "Tijd",
    play: "Start",
    pause: "Pauze",
    step: "+1 week",
    reset: "Opnieuw",
    speed: "Snelheid",
    speed_max: "max",
    event_names: [
        "Leveringsprobleem",
        "Nieuwe concurrent",
        "Prijzenoorlog",
        "Slechte recensie gaat rond",
        "Inkoopprijzen stijgen",
    ],
    event_descriptions: [
        "Bestellingen komen te laat of beschadigd aan: klanten ervaren minder dan ze gewend zijn.",
        "Een nieuwe aanbieder trekt klanten en prospects weg. Wat houdt jouw klanten bij je?",
        "Concurrenten gaan flink onder je prijs zitten. Vasthouden, meegaan of iets anders bieden?",
        "Een negatieve recensie wordt massaal gedeeld: je imago krijgt een deuk en nieuwe klanten twijfelen.",
        "Je leveranciers rekenen meer, dus elke verkoop levert minder marge op. Verhoog je de prijs?",
    ],
    event_weeks: |first, last| {
        if first == last {
            format!("week {first}")
        } else {
            format!("week {first} t/m {last}")
        }
    },
    market_size: "Markt",
    market_size_hint: "Aantal mensen in de markt. Kies het in week 0 (druk eerst op Opnieuw als de ronde loopt): een andere marktgrootte is een nieuwe ronde, met hetzelfde startgetal.",
    market_size_option: |people| DUTCH.count_short(people),
    week_label,
    shortcuts_hint: "Alt+K start/pauze · Alt+R opnieuw · Alt+P beamer",
    scenario_label: "Scenario",
    url_problem,
    dismiss: "Sluiten",
    run_end,
    run_limit: "Tien jaar is het langste dat Klantcyclus doorrekent. Druk op Opnieuw om opnieuw te beginnen.",
    seed_label: "Startgetal",
};

#[cfg(test)]
mod tests {
    use super::week_label;

    #[test]
    fn a_year_is_weeks_1_to_52_and_a_two_year_lesson_ends_in_year_2() {
        assert_eq!(week_label(0), "Week 0 (jaar 1)");
        assert_eq!(week_label(52), "Week 52 (jaar 1)");
        assert_eq!(week_label(53), "Week 53 (jaar 2)");
        assert_eq!(week_label(104), "Week 104 (jaar 2)");
        assert_eq!(week_label(520), "Week 520 (jaar 10)");
    }
}
