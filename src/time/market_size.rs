//! The market-size choice under the cycle diagram: how many people the market holds (up to a million).
//! Another size is another run, so it is chosen at week 0 (after Opnieuw, for a run under way) and
//! starts with the same scenario and seed. Only in free play and in scenarios without
//! assignments: a lesson's goals and the class ranking count people and euros of its own market.

use crate::i18n::texts;
use crate::session::use_session;
use leptos::prelude::*;

/// The sizes offered, smallest first.
pub const MARKET_SIZES: [u32; 4] = [1_000, 10_000, 100_000, 1_000_000];

/// The sizes to offer when the market now holds `current` people: the usual ones, plus
/// `current` in its place when a lesson or a link chose another size.
pub fn market_size_options(current: u32) -> Vec<u32> {
    let mut sizes = MARKET_SIZES.to_vec();
    if !sizes.contains(&current) {
        sizes.push(current);
        sizes.sort_unstable();
    }
    sizes
}

#[component]
pub fn MarketSizeChoice() -> impl IntoView {
    let session = use_session();
    let t = texts();
    let population = Memo::new(move |_| session.latest.with(|s| s.population));
    let at_start = Memo::new(move |_| session.latest.with(|s| s.week == 0));
    let fixed = Memo::new(move |_| {
        session.edits.track();
        session.with_live(|live| live.state().run().scenario.is_lesson())
    });
    let options = move || {
        let current = population.get();
        market_size_options(current)
            .into_iter()
            .map(|people| {
                view! {
                    <option value=people.to_string() selected=people == current>
                        {(t.market_size_option)(people)}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <label class="market-size" title=t.market_size_hint hidden=fixed>
            <span class="market-size-label">{t.market_size}</span>
            <span class="visually-hidden" id="marktgrootte-uitleg">{t.market_size_hint}</span>
            <select
                id="marktgrootte"
                aria-label=t.market_size
                aria-describedby="marktgrootte-uitleg"
                disabled=move || !at_start.get()
                on:change=move |ev| {
                    if let Ok(people) = event_target_value(&ev).parse::<u32>() {
                        session.change_market_size(people);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_sizes_reach_a_million_and_fit_the_model() {
        assert_eq!(MARKET_SIZES.last(), Some(&1_000_000));
        assert!(MARKET_SIZES.iter().all(|&n| n <= model::POPULATION_MAX));
        assert!(MARKET_SIZES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_size_chosen_elsewhere_is_offered_in_its_place() {
        assert_eq!(market_size_options(10_000), MARKET_SIZES.to_vec());
        assert_eq!(
            market_size_options(5_000),
            vec![1_000, 5_000, 10_000, 100_000, 1_000_000]
        );
        assert_eq!(market_size_options(2_000_000).last(), Some(&2_000_000));
    }
}
