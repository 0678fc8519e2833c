//! The customer pyramid (klantenpiramide), live: the stage shows it instead of the cycle diagram
//! when the learner switches, with each tier's customers and profit and the customers of the tiers
//! that cost money. The figures come from `crate::state::pyramid_figures`.

mod pyramid_card;
mod stage_switch;

pub use pyramid_card::PyramidCard;
pub use stage_switch::{StageSwitch, StageView, provide_stage_view, switch_option};
