//! The klantrelatiecyclus diagram: phases as circles sized by their share of the market, flows as
//! arrows as thick as this week's movement, leavers streaming back into the potential pool.

mod cycle_diagram;
pub mod diagram_model;
mod flow_arrow;
pub mod geometry;
pub mod labels;
pub mod layout;
mod phase_node;
pub mod phase_style;

pub use cycle_diagram::CycleDiagram;
