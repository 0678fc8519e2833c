//! Plain types behind the page, free of Leptos and the DOM so they have ordinary tests.

pub mod autosave;
pub mod chart_series;
pub mod chart_table;
pub mod decisions;
pub mod follow_panel;
pub mod frame_stats;
pub mod kept_comparison;
pub mod live_run;
pub mod playback;
pub mod pyramid_figures;
pub mod run_end;
pub mod run_state;
pub mod runs;
pub mod scenario_events;
pub mod startup;
pub mod throttle;
pub mod trend;
pub mod trend_summary;
pub mod url_params;
