//! When the run is stored for autosave: after every change to the run (a lever, a reset, another
//! lesson, an opened file) and at least every [`SAVE_EVERY_WEEKS`] simulated weeks.

/// Most simulated weeks between two saves while time runs.
pub const SAVE_EVERY_WEEKS: u32 = 4;

/// Remembers what was saved last, to tell whether the run on screen is due again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AutosaveClock {
    /// The week and edit count of the last save.
    last: Option<(u32, u64)>,
}

impl AutosaveClock {
    /// Whether the run at `week`, after `edits` changes to it, should be stored now. Records the
    /// save when it is due.
    pub fn due(&mut self, week: u32, edits: u64) -> bool {
        let due = match self.last {
            None => true,
            Some((saved_week, saved_edits)) => {
                edits != saved_edits || week < saved_week || week >= saved_week + SAVE_EVERY_WEEKS
            }
        };
        if due {
            self.last = Some((week, edits));
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_look_saves_then_every_fourth_week() {
        let mut clock = AutosaveClock::default();
        assert!(clock.due(0, 0));
        let saved: Vec<u32> = (1..=13).filter(|&w| clock.due(w, 0)).collect();
        assert_eq!(saved, vec![4, 8, 12]);
    }

    #[test]
    fn a_change_saves_at_once_and_big_jumps_save_too() {
        let mut clock = AutosaveClock::default();
        clock.due(10, 0);
        assert!(!clock.due(11, 0));
        assert!(clock.due(11, 1), "a lever change");
        assert!(!clock.due(11, 1));
        assert!(
            clock.due(400, 1),
            "max speed covers many weeks in one frame"
        );
        assert!(clock.due(0, 1), "back to week 0");
    }
}
