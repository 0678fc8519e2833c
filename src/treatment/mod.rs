//! Treatment per tier (behandeling per klantniveau), live: the stage's third view (beside the cycle
//! and the pyramid, where the scenario offers it), with each tier's profit beside its choices. The
//! choices are plain data in [`choices`]; the card only shows them and passes a choice on to the
//! session.

pub mod choices;
mod treatment_card;

pub use treatment_card::TreatmentCard;
