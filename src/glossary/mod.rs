//! Begrippen (glossary): every course concept explained in Dutch and English, with where to see it.
//! `entries` and `links` are plain data; the button, the links and the dialog are thin views.

pub mod entries;
mod glossary_dialog;
mod glossary_link;
pub mod links;

pub use glossary_dialog::GlossaryDialog;
pub use glossary_link::{GlossaryButton, GlossaryLink};
