//! One group of levers (e.g. Service) as a fieldset with its heading.

use super::lever_level::Group;
use super::lever_slider::LeverSlider;
use crate::i18n::texts;
use crate::session::use_session;
use leptos::prelude::*;
use model::Lever;

#[component]
pub fn LeverGroup(group: Group, levers: &'static [Lever]) -> impl IntoView {
    let session = use_session();
    let t = texts();
    let title = match group {
        Group::Expectations => t.group_expectations,
        Group::Product => t.group_product,
        Group::Service => t.group_service,
        Group::Binding => t.group_binding,
        Group::Acquisition => t.group_acquisition,
    };
    let visible: Vec<Lever> = session.with_live(|live| {
        let scenario = &live.state().run().scenario;
        levers
            .iter()
            .copied()
            .filter(|l| !scenario.is_hidden(*l))
            .collect()
    });
    (!visible.is_empty()).then(|| {
        view! {
            <fieldset class="lever-group" data-group=format!("{group:?}").to_lowercase()>
                <legend>{title}</legend>
                {visible.into_iter().map(|lever| view! { <LeverSlider lever/> }).collect_view()}
            </fieldset>
        }
    })
}
