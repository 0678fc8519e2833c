//! The Klantcyclus simulation model (placeholder; see issue 3).
