//! "Volg een klant": follow one person through the cycle. The chart column switches between the
//! charts and the follow panel; a click on a phase of the cycle diagram picks someone in it, and
//! the diagram marks where the followed person is. What the panel shows is
//! `crate::state::follow_panel`, read from the model's follower.

mod column_switch;
mod follow_card;
mod leaving_view;
mod person_chart;
mod pick_controls;

pub use column_switch::{ColumnSwitch, ColumnView, provide_column_view, use_column_view};
pub use follow_card::FollowCard;

use crate::session::Session;
use model::Phase;

/// Follow someone in `phase` (any customer when `None`) and show the panel; `false` when nobody
/// is in that phase.
pub fn follow_someone(
    session: Session,
    column: leptos::prelude::RwSignal<ColumnView>,
    phase: Option<Phase>,
) -> bool {
    use leptos::prelude::Set;
    let found = session.follow_someone(phase);
    if found {
        column.set(ColumnView::Follow);
    }
    found
}

/// The phase the followed person is in now, for the diagram's marker (tracks the week on screen).
pub fn followed_phase(session: Session) -> Option<Phase> {
    use leptos::prelude::{Get, Track};
    session.latest.track();
    let index = session.followed.get()?;
    session.with_live(|live| live.simulation().customer(index).map(|c| c.phase))
}
