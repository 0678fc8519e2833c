//! The largest market and the longest run the simulator accepts, from any source: a scenario
//! file, a saved run, an address.

/// Largest market the simulator accepts.
pub const POPULATION_MAX: u32 = 2_000_000;
/// Longest scenario in weeks (ten years).
pub const WEEKS_MAX: u32 = 520;
