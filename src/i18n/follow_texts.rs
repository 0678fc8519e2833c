//! The texts of "Volg een klant" (follow one customer), in Dutch and English. Same pattern as
//! [`super::keep_texts`]: one `const` table per language, so a missing text is a compile error.

use model::{Language, LeavingReason};

pub struct FollowTexts {
    pub heading: &'static str,
    /// The switch between the charts and the panel, in the chart column's head.
    pub switch_label: &'static str,
    pub show_charts: &'static str,
    pub show_follow: &'static str,
    pub intro: &'static str,
    pub pick_from: &'static str,
    pub any_customer: &'static str,
    pub follow_button: &'static str,
    pub other_button: &'static str,
    pub stop_button: &'static str,
    /// "Niemand is nu Ambassadeur."
    pub nobody_in: fn(&str) -> String,
    pub no_customers: &'static str,
    /// One person of each phase (singular), in `Phase::ALL` order.
    pub phase_one: [&'static str; 6],
    /// "Persoon 1.234"
    pub person: fn(&str) -> String,
    pub consumer: &'static str,
    pub business: &'static str,
    /// One customer of each tier, top first.
    pub tier_one: [&'static str; 4],
    pub now: &'static str,
    /// "12 weken klant"
    pub weeks_customer: fn(u32) -> String,
    /// "3 weken geleden vertrokken"
    pub weeks_gone: fn(u32) -> String,
    /// "Gevolgd sinds week 0"
    pub followed_since: fn(u32) -> String,
    pub chart_title: &'static str,
    pub never_customer: &'static str,
    pub expected: &'static str,
    pub experienced: &'static str,
    /// A business with a buying centre: the users experienced the figure before it; this one is
    /// what the buyer judged (their users' news so far and their own contact with us).
    pub users_experienced: &'static str,
    pub buyer_judged: &'static str,
    pub satisfied: &'static str,
    pub last_week_of: fn(u32) -> String,
    pub recommend: &'static str,
    /// Label of the followed customer's type (klanttype).
    pub customer_type: &'static str,
    /// The five customer types, in the order of `model::CustomerType::ALL`.
    pub customer_types: [&'static str; 5],
    /// Promoter, passive, detractor.
    pub nps_groups: [&'static str; 3],
    pub orders: &'static str,
    pub value: &'static str,
    pub share_of_wallet: &'static str,
    pub churn_chance: &'static str,
    pub programmes: &'static str,
    pub no_programmes: &'static str,
    pub not_in_programmes: &'static str,
    /// "vertrekkans × 0,85"
    pub programme_effect: fn(&str) -> String,
    pub history: &'static str,
    pub no_changes: &'static str,
    /// "week 12"
    pub week: fn(u32) -> String,
    /// "en 3 eerdere"
    pub older: fn(usize) -> String,
    /// "Vertrokken in week 23"
    pub left_in: fn(u32) -> String,
    pub reasons: fn(LeavingReason) -> &'static str,
    /// "Verwachtte 7,8 en kreeg 5,9."
    pub expected_got: fn(&str, &str) -> String,
    pub drivers_heading: &'static str,
    /// Base, satisfaction, after-sales, competitor, price, binding, tenure.
    pub drivers: [&'static str; 7],
    /// "Kans die week: 3,2 %"
    pub chance_that_week: fn(&str) -> String,
    pub marker_title: &'static str,
    /// Said when the followed person moves: "Persoon 1.234: nu Loyale klant (week 12)."
    pub moved: fn(&str, &str, u32) -> String,
}

impl FollowTexts {
    pub fn of(language: Language) -> &'static FollowTexts {
        match language {
            Language::Nl => &NL,
            Language::En => &EN,
        }
    }
}

/// The texts in the interface's language.
pub fn follow_texts() -> &'static FollowTexts {
    FollowTexts::of(super::current_language())
}

pub const NL: FollowTexts = FollowTexts {
    heading: "Volg een klant",
    switch_label: "Rechterkolom",
    show_charts: "Grafieken",
    show_follow: "Volg een klant",
    intro: "Achter elk getal zitten mensen. Kies iemand en kijk week na week wat die persoon \
            verwacht, ervaart en doet. Klikken op een fase in de cyclus kan ook.",
    pick_from: "Kies iemand uit",
    any_customer: "Alle klanten",
    follow_button: "Volg iemand",
    other_button: "Iemand anders",
    stop_button: "Niet meer volgen",
    nobody_in: |phase| format!("Er is nu niemand in de fase {phase}."),
    no_customers: "Er is nu geen enkele klant.",
    phase_one: [
        "Suspect",
        "Prospect",
        "Nieuwe klant",
        "Loyale klant",
        "Ambassadeur",
        "Ex-klant",
    ],
    person: |number| format!("Persoon {number}"),
    consumer: "consument",
    business: "zakelijke klant",
    tier_one: [
        "topklant",
        "grote klant",
        "middelgrote klant",
        "kleine klant",
    ],
    now: "Nu",
    weeks_customer: |weeks| match weeks {
        0 => "deze week klant geworden".to_string(),
        1 => "1 week klant".to_string(),
        n => format!("{n} weken klant"),
    },
    weeks_gone: |weeks| match weeks {
        0 => "deze week vertrokken".to_string(),
        1 => "1 week geleden vertrokken".to_string(),
        n => format!("{n} weken geleden vertrokken"),
    },
    followed_since: |week| format!("Gevolgd vanaf week {week}"),
    chart_title: "Verwachting, ervaring en tevredenheid van deze persoon",
    never_customer: "Nog geen klant geweest: er is nog geen ervaring om te tonen.",
    expected: "Verwachtte",
    experienced: "Ervoer",
    users_experienced: "Gebruikers ervoeren",
    buyer_judged: "inkoper oordeelt",
    satisfied: "Tevredenheid",
    last_week_of: |week| format!("laatste klantweek: {week}"),
    recommend: "Zou ons aanraden (0–10)",
    customer_type: "Klanttype",
    customer_types: [
        "nieuwe klant",
        "impulsieve klant",
        "boze klant",
        "aandringende klant",
        "loyale klant",
    ],
    nps_groups: ["promotor", "passive", "criticaster"],
    orders: "Bestellingen",
    value: "Opgeleverd",
    share_of_wallet: "Share of wallet",
    churn_chance: "Kans op vertrek, volgende week",
    programmes: "Bindingsprogramma's",
    no_programmes: "Geen: alle bindingsprogramma's staan uit.",
    not_in_programmes: "Alleen klanten doen mee aan bindingsprogramma's.",
    programme_effect: |factor| format!("vertrekkans × {factor}"),
    history: "Faseverloop",
    no_changes: "Nog geen fasewissel sinds het volgen begon.",
    week: |week| format!("week {week}"),
    older: |n| match n {
        1 => "en 1 eerdere wissel".to_string(),
        n => format!("en {n} eerdere wissels"),
    },
    left_in: |week| format!("Vertrokken in week {week}"),
    reasons: |reason| match reason {
        LeavingReason::ExpectationNotMet => "Verwachting niet waargemaakt",
        LeavingReason::Dissatisfied => "Ontevreden door eerdere ervaringen",
        LeavingReason::Competitor => "Concurrent aantrekkelijker",
        LeavingReason::Price => "Prijs te hoog",
        LeavingReason::Everyday => {
            "Gewoon vertrokken (verhuisd, andere behoefte): niets in je aanpak joeg deze klant weg"
        }
    },
    expected_got: |expected, got| format!("Verwachtte {expected} en kreeg {got}."),
    drivers_heading: "Waar die vertrekkans uit bestond",
    drivers: [
        "Basiskans",
        "Tevredenheid",
        "After-sales",
        "Concurrent",
        "Prijs",
        "Binding",
        "Duur van de relatie",
    ],
    chance_that_week: |chance| format!("Kans die week: {chance}"),
    marker_title: "Hier is de persoon die je volgt",
    moved: |person, phase, week| format!("{person}: nu {phase} (week {week})."),
};

pub const EN: FollowTexts = FollowTexts {
    heading: "Follow a customer",
    switch_label: "Right-hand column",
    show_charts: "Charts",
    show_follow: "Follow a customer",
    intro: "Every number is made of people. Pick someone and watch, week by week, what they \
            expect, experience and do. You can also click a phase in the cycle.",
    pick_from: "Pick someone from",
    any_customer: "All customers",
    follow_button: "Follow someone",
    other_button: "Someone else",
    stop_button: "Stop following",
    nobody_in: |phase| format!("Nobody is in the phase {phase} right now."),
    no_customers: "There are no customers right now.",
    phase_one: [
        "Suspect",
        "Prospect",
        "New customer",
        "Loyal customer",
        "Ambassador",
        "Former customer",
    ],
    person: |number| format!("Person {number}"),
    consumer: "consumer",
    business: "business customer",
    tier_one: [
        "top customer",
        "large customer",
        "medium customer",
        "small customer",
    ],
    now: "Now",
    weeks_customer: |weeks| match weeks {
        0 => "became a customer this week".to_string(),
        1 => "customer for 1 week".to_string(),
        n => format!("customer for {n} weeks"),
    },
    weeks_gone: |weeks| match weeks {
        0 => "left this week".to_string(),
        1 => "left 1 week ago".to_string(),
        n => format!("left {n} weeks ago"),
    },
    followed_since: |week| format!("Followed from week {week}"),
    chart_title: "This person's expectation, experience and satisfaction",
    never_customer: "Not a customer yet: no experience to show.",
    expected: "Expected",
    experienced: "Experienced",
    users_experienced: "Users experienced",
    buyer_judged: "buyer judges",
    satisfied: "Satisfaction",
    last_week_of: |week| format!("last week as a customer: {week}"),
    recommend: "Would recommend us (0–10)",
    customer_type: "Customer type",
    customer_types: [
        "new customer",
        "impulse buyer",
        "angry customer",
        "insistent customer",
        "loyal customer",
    ],
    nps_groups: ["promoter", "passive", "detractor"],
    orders: "Orders",
    value: "Brought in",
    share_of_wallet: "Share of wallet",
    churn_chance: "Chance of leaving next week",
    programmes: "Loyalty programmes",
    no_programmes: "None: every loyalty programme is switched off.",
    not_in_programmes: "Only customers take part in loyalty programmes.",
    programme_effect: |factor| format!("chance of leaving × {factor}"),
    history: "Phase changes",
    no_changes: "No change of phase since following began.",
    week: |week| format!("week {week}"),
    older: |n| match n {
        1 => "and 1 earlier change".to_string(),
        n => format!("and {n} earlier changes"),
    },
    left_in: |week| format!("Left in week {week}"),
    reasons: |reason| match reason {
        LeavingReason::ExpectationNotMet => "Expectation not met",
        LeavingReason::Dissatisfied => "Dissatisfied after earlier experiences",
        LeavingReason::Competitor => "Competitor more attractive",
        LeavingReason::Price => "Price too high",
        LeavingReason::Everyday => {
            "Just left (moved, needs changed): nothing in your approach pushed them"
        }
    },
    expected_got: |expected, got| format!("Expected {expected} and got {got}."),
    drivers_heading: "What that chance of leaving was made of",
    drivers: [
        "Base chance",
        "Satisfaction",
        "After-sales",
        "Competitor",
        "Price",
        "Binding",
        "Length of relationship",
    ],
    chance_that_week: |chance| format!("Chance that week: {chance}"),
    marker_title: "The person you follow is here",
    moved: |person, phase, week| format!("{person}: now {phase} (week {week})."),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_has_its_own_text_in_both_languages() {
        let reasons = [
            LeavingReason::ExpectationNotMet,
            LeavingReason::Dissatisfied,
            LeavingReason::Competitor,
            LeavingReason::Price,
            LeavingReason::Everyday,
        ];
        for texts in [&NL, &EN] {
            let said: Vec<&str> = reasons.iter().map(|r| (texts.reasons)(*r)).collect();
            for (k, a) in said.iter().enumerate() {
                assert!(!a.is_empty());
                assert!(said[k + 1..].iter().all(|b| b != a), "{said:?}");
            }
        }
        assert_ne!(
            (NL.reasons)(LeavingReason::Price),
            (EN.reasons)(LeavingReason::Price)
        );
    }
}
