//! Treatment per tier (behandeling per klantniveau), live: under the customer pyramid, where the
//! profit per tier shows what it does. The choices are plain data in [`choices`]; the card only
//! shows them and passes a choice on to the session.

pub mod choices;
mod treatment_card;

pub use treatment_card::TreatmentCard;
