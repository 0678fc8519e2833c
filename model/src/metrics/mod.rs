//! What a week shows: the [`snapshot`] of figures, the metrics a goal or a CSV column can name
//! ([`metric`], [`week_columns`]), the customer pyramid's tiers ([`tier`]) and the class
//! competition's ranking of finished runs ([`class_ranking`]).

pub mod class_ranking;
pub(crate) mod metric;
pub(crate) mod snapshot;
pub(crate) mod tier;
pub(crate) mod week_columns;
