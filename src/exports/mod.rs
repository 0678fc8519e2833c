//! Taking a run out of the app: every series as one CSV file ([`run_csv`]) and each chart as a PNG
//! ([`chart_png`]), both offline (a Blob or data URL and a download link, no server). The CSV is
//! written in the learner's language ([`csv_style`]).

pub mod chart_png;
pub mod csv_style;
pub mod run_csv;
