//! Which glossary entry each part of the screen links to, and what each [`Place`] is called on
//! screen. Plain data: the names come from the same text tables the screen itself uses.

use super::entries::Place;
use crate::i18n::{Language, follow_texts, pyramid_texts, scenario_texts, texts_for};
use model::Lever;

/// The concept behind a lever (its (i) explanation links here).
pub fn for_lever(lever: Lever) -> &'static str {
    match lever {
        Lever::Promise => "verwachtingsmanagement",
        Lever::Quality | Lever::Price => "klantervaring",
        Lever::Presales => "pre-sales-service",
        Lever::Sales => "sales-service",
        Lever::Aftersales => "after-sales-service",
        Lever::LoyaltyFinancial => "binding-financieel",
        Lever::LoyaltySocial => "binding-sociaal",
        Lever::LoyaltyStructural => "binding-structureel",
        Lever::Acquisition => "new-business-development",
    }
}

/// The concept behind a chart or key figure, by its element id (its title links here).
pub fn for_element(id: &str) -> Option<&'static str> {
    Some(match id {
        "grafiek-fasen" | "grafiek-klant" => "klantrelatiecyclus",
        "grafiek-ervaring" => "klantervaring",
        "grafiek-nps" | "kengetal-nps" => "nps",
        "grafiek-clv" | "kengetal-clv" => "clv",
        "grafiek-financien" | "kengetal-winst" => "winst",
        "kengetal-tevredenheid" => "klanttevredenheid",
        "kengetal-klantbehoud" => "klantbehoud",
        _ => return None,
    })
}

/// The elements [`for_element`] knows, for the tests and for anyone adding a chart.
pub const LINKED_ELEMENTS: [&str; 11] = [
    "grafiek-fasen",
    "grafiek-klant",
    "grafiek-ervaring",
    "grafiek-nps",
    "grafiek-clv",
    "grafiek-financien",
    "kengetal-nps",
    "kengetal-tevredenheid",
    "kengetal-clv",
    "kengetal-klantbehoud",
    "kengetal-winst",
];

/// The name of `place` as the screen shows it in `language`.
pub fn place_name(place: Place, language: Language) -> &'static str {
    let t = texts_for(language);
    let (follow, pyramid, scenario) = match language {
        Language::Nl => (&follow_texts::NL, &pyramid_texts::NL, &scenario_texts::NL),
        Language::En => (&follow_texts::EN, &pyramid_texts::EN, &scenario_texts::EN),
    };
    match place {
        Place::CycleDiagram => t.cycle_heading,
        Place::PhasesChart => t.chart_phases,
        Place::ExperienceChart => t.chart_experience,
        Place::NpsChart => t.chart_nps,
        Place::ClvChart => t.chart_clv,
        Place::FinanceChart => t.chart_finance,
        Place::KeyFigures => t.figures_heading,
        Place::Levers => t.controls_heading,
        Place::Pyramid => pyramid.show_pyramid,
        Place::FollowCustomer => follow.heading,
        Place::Lessons => scenario.picker_title,
        Place::WholeApp => t.app_name,
    }
}

#[cfg(test)]
mod tests {
    use super::super::entries::{CONCEPTS, find};
    use super::*;

    #[test]
    fn every_lever_links_to_an_existing_concept_that_mentions_the_levers() {
        for lever in Lever::ALL {
            let concept = find(for_lever(lever))
                .unwrap_or_else(|| panic!("{lever:?} links to {}", for_lever(lever)));
            assert!(concept.places.contains(&Place::Levers), "{}", concept.id);
        }
    }

    #[test]
    fn every_chart_and_key_figure_links_to_an_existing_concept() {
        for id in LINKED_ELEMENTS {
            let concept = for_element(id).unwrap_or_else(|| panic!("{id} has no concept"));
            assert!(find(concept).is_some(), "{id} links to {concept}");
        }
        assert_eq!(for_element("grafiek-onbekend"), None);
    }

    #[test]
    fn every_place_has_a_name_in_both_languages() {
        for concept in CONCEPTS {
            for place in concept.places {
                for language in [Language::Nl, Language::En] {
                    assert!(!place_name(*place, language).trim().is_empty(), "{place:?}");
                }
            }
        }
        assert_eq!(
            place_name(Place::NpsChart, Language::En),
            "Net Promoter Score"
        );
        assert_eq!(place_name(Place::Levers, Language::Nl), "Jouw beleid");
        assert_eq!(place_name(Place::Levers, Language::En), "Your policy");
    }
}
