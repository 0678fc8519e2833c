//! What the chart column shows: the charts or the follow panel, and the switch between them.

use crate::i18n::follow_texts;
use crate::session::use_session;
use leptos::prelude::*;

/// The view of the chart column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnView {
    Charts,
    Follow,
}

impl ColumnView {
    /// The value of the column's `data-view` attribute.
    pub fn key(self) -> &'static str {
        match self {
            ColumnView::Charts => "charts",
            ColumnView::Follow => "follow",
        }
    }
}

/// Provide the chart column's view (the charts first) to the views below.
pub fn provide_column_view() -> RwSignal<ColumnView> {
    let view = RwSignal::new(ColumnView::Charts);
    provide_context(view);
    view
}

/// The chart column's view of the surrounding app.
pub fn use_column_view() -> RwSignal<ColumnView> {
    expect_context::<RwSignal<ColumnView>>()
}

/// Two buttons at the head of the chart column; the one shown is pressed.
#[component]
pub fn ColumnSwitch() -> impl IntoView {
    let view = use_column_view();
    let session = use_session();
    let t = follow_texts();
    let option = move |which: ColumnView, id: &'static str, label: &'static str| {
        crate::pyramid::switch_option(view, which, id, label, move || {
            // The charts had no size while hidden: draw them again.
            session.chart_version.update(|v| *v += 1);
        })
    };
    view! {
        <div class="stage-switch column-switch" role="group" aria-label=t.switch_label>
            {option(ColumnView::Charts, "toon-grafieken", t.show_charts)}
            {option(ColumnView::Follow, "toon-volgen", t.show_follow)}
        </div>
    }
}
