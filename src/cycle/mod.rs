//! The klantrelatiecyclus diagram.

pub mod phase_style;
