//! The texts of treatment per tier (behandeling per klantniveau) and of the settings a policy change
//! can change, in Dutch and English. Same pattern as [`super::pyramid_texts`].

use model::{Channel, Language, Setting};

pub struct TreatmentTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub col_tier: &'static str,
    /// The tiers' short names for the table's rows (the selectors' labels use the full ones).
    pub tiers_short: [&'static str; 4],
    pub col_service: &'static str,
    pub col_binding: &'static str,
    pub col_channel: &'static str,
    pub col_contact_costs: &'static str,
    /// In [`Channel::ALL`] order.
    pub channels: [&'static str; 4],
    /// What a contact costs through each channel, for the channel choice's explanation.
    pub channel_note: &'static str,
    /// "Service voor topklanten" (the tier's name as the pyramid writes it).
    pub service_of: fn(&str) -> String,
    pub binding_of: fn(&str) -> String,
    pub channel_of: fn(&str) -> String,
    /// How a percentage is written: "80 %" in Dutch, "80%" in English.
    pub percent: fn(f64) -> String,
    /// The note under the table: 100 % is what the levers say.
    pub note: &'static str,
}

impl TreatmentTexts {
    pub fn of(language: Language) -> &'static TreatmentTexts {
        match language {
            Language::Nl => &NL,
            Language::En => &EN,
        }
    }

    /// A channel's name.
    pub fn channel(&self, channel: Channel) -> &'static str {
        self.channels[usize::from(channel.code())]
    }
}

/// The texts in the interface's language.
pub fn treatment_texts() -> &'static TreatmentTexts {
    TreatmentTexts::of(super::current_language())
}

/// A setting's name in `language`: the lever's, or "Service voor topklanten".
pub fn setting_name(setting: Setting, language: Language) -> String {
    let t = TreatmentTexts::of(language);
    let tiers = &super::pyramid_texts::PyramidTexts::of(language).tiers;
    let tier = |tier: model::Tier| tiers[tier.index()].to_lowercase();
    match setting {
        Setting::Lever(lever) => super::texts_for(language).levers[lever.index()]
            .name
            .to_string(),
        Setting::Service(t_) => (t.service_of)(&tier(t_)),
        Setting::Binding(t_) => (t.binding_of)(&tier(t_)),
        Setting::Channel(t_) => (t.channel_of)(&tier(t_)),
    }
}

/// A setting's value in `language`: a percentage, or a channel's name.
pub fn setting_value(setting: Setting, value: f64, language: Language) -> String {
    let t = TreatmentTexts::of(language);
    match setting {
        Setting::Channel(_) => Channel::from_code(value)
            .map_or_else(|| value.to_string(), |c| t.channel(c).to_string()),
        _ => (t.percent)(value * 100.0),
    }
}

pub const NL: TreatmentTexts = TreatmentTexts {
    heading: "Behandeling per klantniveau",
    intro: "Geef elke laag van de piramide meer of minder service en binding dan de knoppen, \
            en kies hoe je met ze in contact staat.",
    col_tier: "Laag",
    tiers_short: ["Top", "Groot", "Middel", "Klein"],
    col_service: "Service",
    col_binding: "Binding",
    col_channel: "Kanaal",
    col_contact_costs: "Meerkosten kanaal",
    channels: ["Accountmanager", "Helpdesk", "E-mail/web", "Sociale media"],
    channel_note: "Per contact: accountmanager duur en persoonlijk, helpdesk de gewone weg, \
                   e-mail/web goedkoop maar afstandelijk, sociale media goedkoop en een beetje persoonlijk.",
    service_of: |tier| format!("Service voor {tier}"),
    binding_of: |tier| format!("Binding voor {tier}"),
    channel_of: |tier| format!("Contactkanaal voor {tier}"),
    percent: |p| format!("{} %", p.round()),
    note: "100 % = wat de knoppen zeggen. Meerkosten: wat het kanaal deze week meer kost dan de \
           helpdesk (min: het bespaart). Winst per laag zoals in de klantenpiramide.",
};

pub const EN: TreatmentTexts = TreatmentTexts {
    heading: "Treatment per tier",
    intro: "Give each tier of the pyramid more or less service and binding than the levers, and \
            choose how you keep in touch with it.",
    col_tier: "Tier",
    tiers_short: ["Top", "Large", "Medium", "Small"],
    col_service: "Service",
    col_binding: "Binding",
    col_channel: "Channel",
    col_contact_costs: "Extra channel cost",
    channels: ["Account manager", "Helpdesk", "E-mail/web", "Social media"],
    channel_note: "Per contact: an account manager is costly and personal, the helpdesk the usual \
                   way, e-mail/web cheap but distant, social media cheap and a little personal.",
    service_of: |tier| format!("Service for {tier}"),
    binding_of: |tier| format!("Binding for {tier}"),
    channel_of: |tier| format!("Contact channel for {tier}"),
    percent: |p| format!("{}%", p.round()),
    note: "100% = what the levers say. Extra cost: what the channel cost beyond the helpdesk \
           this week (minus: it saved). Profit per tier as in the customer pyramid.",
};

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Lever, Tier};

    #[test]
    fn settings_are_named_and_valued_in_both_languages() {
        let top = Setting::Service(Tier::Top);
        assert_eq!(setting_name(top, Language::Nl), "Service voor topklanten");
        assert_eq!(setting_name(top, Language::En), "Service for top customers");
        assert_eq!(setting_value(top, 1.5, Language::Nl), "150 %");
        assert_eq!(setting_value(top, 1.5, Language::En), "150%");
        let channel = Setting::Channel(Tier::Small);
        assert_eq!(setting_value(channel, 0.0, Language::Nl), "Accountmanager");
        assert_eq!(setting_value(channel, 2.0, Language::En), "E-mail/web");
        let price = Setting::Lever(Lever::Price);
        assert_eq!(
            setting_name(price, Language::Nl),
            crate::i18n::texts_for(Language::Nl).levers[Lever::Price.index()].name
        );
        assert_eq!(setting_value(price, 0.8, Language::Nl), "80 %");
    }
}
