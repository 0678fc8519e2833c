//! The control panel: the levers (hendels) of the learner's policy, grouped the way the course
//! thinks about them.

mod lever_group;
pub mod lever_level;
mod lever_slider;
mod panel;

pub use panel::ControlPanel;
