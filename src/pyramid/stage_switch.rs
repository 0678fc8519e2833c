//! What the stage shows: the cycle diagram, the customer pyramid or (where the scenario offers
//! it) the treatment per tier, and the switch between them.

use crate::i18n::pyramid_texts;
use leptos::prelude::*;

/// The view in the middle of the stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageView {
    Cycle,
    Pyramid,
    /// Treatment per tier (src/treatment); only where the scenario offers it.
    Treatment,
}

/// Provide the stage's view (the cycle diagram first) to the views below.
pub fn provide_stage_view() -> RwSignal<StageView> {
    let view = RwSignal::new(StageView::Cycle);
    provide_context(view);
    view
}

/// Buttons in a card's head: the cycle, the pyramid and, where the scenario offers it, the
/// treatment per tier; the one shown is pressed.
#[component]
pub fn StageSwitch() -> impl IntoView {
    let view = expect_context::<RwSignal<StageView>>();
    let t = pyramid_texts();
    let (treated, taught) = crate::session::use_session().with_live(|live| {
        let scenario = &live.state().run().scenario;
        (scenario.offers_tier_treatment(), scenario.tier_treatment)
    });
    let option = move |which: StageView, id: &'static str, label: &'static str| {
        switch_option(view, which, id, label, move || {
            // The card with this switch is replaced: keep focus on the same choice.
            crate::focus::focus_after_render(id);
        })
    };
    view! {
        // Where the lesson does not teach it, the projector leaves the third view out: its three
        // choices would not fit beside the diagram's title at projector size.
        <div
            class="stage-switch"
            role="group"
            aria-label=t.switch_label
            data-treatment-optional=(!taught).then_some("")
        >
            {option(StageView::Cycle, "toon-cyclus", t.show_cycle)}
            {option(StageView::Pyramid, "toon-piramide", t.show_pyramid)}
            {treated.then(|| option(StageView::Treatment, "toon-behandeling", t.show_treatment))}
        </div>
    }
}

/// One choice of a two-way switch (pressed when `view` shows `which`): sets the view, then runs
/// `after` for what the switch's own place needs.
pub fn switch_option<V: Copy + PartialEq + Send + Sync + 'static>(
    view: RwSignal<V>,
    which: V,
    id: &'static str,
    label: &'static str,
    after: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="stage-switch-option"
            id=id
            aria-pressed=move || (view.get() == which).to_string()
            on:click=move |_| {
                view.set(which);
                after();
            }
        >
            {label}
        </button>
    }
}
