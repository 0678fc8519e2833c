//! Time: the animation loop, the time controls and the keyboard shortcuts.

pub mod animation;
pub mod market_size;
pub mod shortcuts;
pub mod time_controls;

pub use market_size::MarketSizeChoice;
pub use time_controls::TimeControls;
