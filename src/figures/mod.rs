//! Key figures (kerncijfers): NPS, satisfaction, CLV, retention and profit, each with its trend.

mod figure_card;
mod key_figures;

pub use key_figures::KeyFigures;
