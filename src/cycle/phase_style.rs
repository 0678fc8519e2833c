//! The colour of each phase, shared by the diagram, the phase chart and the legends.

use model::Phase;
use plotters::style::RGBColor;

/// CSS variable with the colour of each phase, indexed by `Phase::index`.
pub const PHASE_COLOR_VARS: [&str; 6] = [
    "--phase-suspect",
    "--phase-prospect",
    "--phase-new",
    "--phase-loyal",
    "--phase-ambassador",
    "--phase-former",
];

/// The colour used when the stylesheet does not provide one (same values as style/base.css).
pub fn phase_fallback_color(phase: Phase) -> RGBColor {
    match phase {
        Phase::Suspect => RGBColor(0xa3, 0xb1, 0xc2),
        Phase::Prospect => RGBColor(0x56, 0xb4, 0xe9),
        Phase::NewCustomer => RGBColor(0x00, 0x9e, 0x73),
        Phase::LoyalCustomer => RGBColor(0x00, 0x72, 0xb2),
        Phase::Ambassador => RGBColor(0xe6, 0x9f, 0x00),
        Phase::FormerCustomer => RGBColor(0x99, 0x5a, 0x87),
    }
}
