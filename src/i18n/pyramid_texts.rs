//! The texts of the live customer pyramid (klantenpiramide), in Dutch and English. Same pattern as
//! [`super::keep_texts`]: one `const` table per language, so a missing text is a compile error.

use model::Language;

pub struct PyramidTexts {
    pub heading: &'static str,
    pub show_pyramid: &'static str,
    pub show_cycle: &'static str,
    pub show_treatment: &'static str,
    /// Top first.
    pub tiers: [&'static str; 4],
    pub col_tier: &'static str,
    pub col_customers: &'static str,
    pub col_customer_share: &'static str,
    pub col_profit: &'static str,
    pub col_profit_share: &'static str,
    pub loss_badge: &'static str,
    /// "2.900 klanten zitten in lagen die geld kosten: samen −€ 1.234 per week."
    pub unprofitable: fn(&str, &str) -> String,
    pub none_unprofitable: &'static str,
    pub question: &'static str,
    pub share_of_wallet: &'static str,
    pub share_of_market: &'static str,
    /// Heading of the customer-type counts (the five klanttypen).
    pub customer_types: &'static str,
    /// How the profit per tier is computed, over how many weeks.
    pub note: fn(usize) -> String,
    /// The name of the cycle/pyramid switch.
    pub switch_label: &'static str,
}

impl PyramidTexts {
    pub fn of(language: Language) -> &'static PyramidTexts {
        match language {
            Language::Nl => &NL,
            Language::En => &EN,
        }
    }
}

/// The texts in the interface's language.
pub fn pyramid_texts() -> &'static PyramidTexts {
    PyramidTexts::of(super::current_language())
}

pub const NL: PyramidTexts = PyramidTexts {
    heading: "Klantenpiramide",
    show_pyramid: "Piramide",
    show_cycle: "Cyclus",
    show_treatment: "Behandeling",
    tiers: [
        "Topklanten",
        "Grote klanten",
        "Middelgrote klanten",
        "Kleine klanten",
    ],
    col_tier: "Laag",
    col_customers: "Klanten",
    col_customer_share: "Deel klanten",
    col_profit: "Winst per week",
    col_profit_share: "Deel winst",
    loss_badge: "onrendabel",
    unprofitable: |customers, loss| {
        format!("{customers} klanten zitten in lagen die geld kosten: samen −{loss} per week.")
    },
    none_unprofitable: "Geen laag kost nu geld.",
    question: "Hoe ga je om met klanten die meer kosten dan ze opleveren?",
    share_of_wallet: "Share of wallet",
    share_of_market: "Klantaandeel in de markt",
    customer_types: "Klanttypen nu",
    note: |weeks| {
        format!(
            "Winst per laag: omzet min de kosten die deze klanten veroorzaken, gemiddeld over de \
             laatste {weeks} weken. Deel winst: van wat de winstgevende lagen samen verdienen."
        )
    },
    switch_label: "Weergave",
};

pub const EN: PyramidTexts = PyramidTexts {
    heading: "Customer pyramid",
    show_pyramid: "Pyramid",
    show_cycle: "Cycle",
    show_treatment: "Treatment",
    tiers: [
        "Top customers",
        "Large customers",
        "Medium customers",
        "Small customers",
    ],
    col_tier: "Tier",
    col_customers: "Customers",
    col_customer_share: "Share of customers",
    col_profit: "Profit per week",
    col_profit_share: "Share of profit",
    loss_badge: "unprofitable",
    unprofitable: |customers, loss| {
        format!("{customers} customers are in tiers that cost money: together −{loss} a week.")
    },
    none_unprofitable: "No tier costs money now.",
    question: "How do you deal with customers who cost more than they bring?",
    share_of_wallet: "Share of wallet",
    share_of_market: "Share of the market",
    customer_types: "Customer types now",
    note: |weeks| {
        format!(
            "Profit per tier: revenue minus the costs these customers cause, averaged over the \
             last {weeks} weeks. Share of profit: of what the profitable tiers earn together."
        )
    },
    switch_label: "View",
};
