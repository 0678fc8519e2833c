//! The phases of the customer relationship cycle (klantrelatiecyclus) and counts of people in them.

use serde::{Deserialize, Serialize};

/// A phase of the customer relationship cycle. Everyone in the market is in exactly one phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// In the target group and might become interested (suspect).
    Suspect,
    /// Interested, may still buy from a competitor (prospect).
    Prospect,
    /// Has bought recently (nieuwe klant).
    NewCustomer,
    /// Keeps buying (loyale klant).
    LoyalCustomer,
    /// A loyal customer who actively recommends us (ambassadeur).
    Ambassador,
    /// Has left; back in the pool of potential customers and remembers why (ex-klant).
    FormerCustomer,
}

impl Phase {
    /// All phases in cycle order.
    pub const ALL: [Phase; 6] = [
        Phase::Suspect,
        Phase::Prospect,
        Phase::NewCustomer,
        Phase::LoyalCustomer,
        Phase::Ambassador,
        Phase::FormerCustomer,
    ];

    /// Fixed key, as used in CSV column names (`suspect`, `new_customer`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Phase::Suspect => "suspect",
            Phase::Prospect => "prospect",
            Phase::NewCustomer => "new_customer",
            Phase::LoyalCustomer => "loyal_customer",
            Phase::Ambassador => "ambassador",
            Phase::FormerCustomer => "former_customer",
        }
    }

    /// Position in [`Phase::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The phase at a position in [`Phase::ALL`] (`None` past the end).
    pub fn from_index(index: usize) -> Option<Phase> {
        Phase::ALL.get(index).copied()
    }

    /// True for the phases in which someone is an active customer: new, loyal, ambassador.
    pub fn is_customer(self) -> bool {
        matches!(
            self,
            Phase::NewCustomer | Phase::LoyalCustomer | Phase::Ambassador
        )
    }
}

/// How many people are in each phase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseCounts {
    /// Suspects.
    pub suspects: u32,
    /// Prospects.
    pub prospects: u32,
    /// New customers.
    pub new_customers: u32,
    /// Loyal customers.
    pub loyal_customers: u32,
    /// Ambassadors.
    pub ambassadors: u32,
    /// Former customers.
    pub former_customers: u32,
}

impl PhaseCounts {
    /// Build from counts in [`Phase::ALL`] order.
    pub fn from_array(counts: [u32; 6]) -> PhaseCounts {
        PhaseCounts {
            suspects: counts[0],
            prospects: counts[1],
            new_customers: counts[2],
            loyal_customers: counts[3],
            ambassadors: counts[4],
            former_customers: counts[5],
        }
    }

    /// Number of people in one phase.
    pub fn get(&self, phase: Phase) -> u32 {
        match phase {
            Phase::Suspect => self.suspects,
            Phase::Prospect => self.prospects,
            Phase::NewCustomer => self.new_customers,
            Phase::LoyalCustomer => self.loyal_customers,
            Phase::Ambassador => self.ambassadors,
            Phase::FormerCustomer => self.former_customers,
        }
    }

    /// Everyone in the market; constant over a run, because nobody leaves the count.
    pub fn total(&self) -> u32 {
        Phase::ALL.into_iter().map(|p| self.get(p)).sum()
    }

    /// Active customers: new + loyal + ambassadors.
    pub fn active_customers(&self) -> u32 {
        self.new_customers + self.loyal_customers + self.ambassadors
    }
}

/// This week's movements between phases (stromen).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flows {
    counts: [[u32; 6]; 6],
}

impl Flows {
    /// Number of people who moved from `from` to `to` this week (0 when `from == to`).
    pub fn between(&self, from: Phase, to: Phase) -> u32 {
        self.counts[from.index()][to.index()]
    }

    /// Everyone who entered `phase` this week.
    pub fn into_phase(&self, phase: Phase) -> u32 {
        Phase::ALL
            .into_iter()
            .map(|from| self.between(from, phase))
            .sum()
    }

    /// Everyone who left `phase` this week.
    pub fn out_of_phase(&self, phase: Phase) -> u32 {
        Phase::ALL
            .into_iter()
            .map(|to| self.between(phase, to))
            .sum()
    }

    pub(crate) fn from_matrix(counts: [[u32; 6]; 6]) -> Flows {
        Flows { counts }
    }
}
