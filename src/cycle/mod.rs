//! The klantrelatiecyclus diagram: phases as circles sized by their share of the market, flows as
//! arrows as thick as this week's movement, leavers streaming back into the potential pool.

mod cycle_diagram;
pub mod diagram_model;
pub mod geometry;
pub mod layout;
pub mod phase_style;

pub use cycle_diagram::CycleDiagram;
