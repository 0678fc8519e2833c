//! Play, pause and speed: how many weeks to simulate in one animation frame.

/// The speeds of the time controls.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Speed {
    /// Two weeks per second: easy to follow.
    #[default]
    Normal,
    /// Four times faster.
    Fast,
    /// As many weeks as fit in the frame's time budget.
    Max,
}

impl Speed {
    pub const ALL: [Speed; 3] = [Speed::Normal, Speed::Fast, Speed::Max];

    /// Simulated weeks per second of real time; `None` for as fast as possible.
    pub fn weeks_per_second(self) -> Option<f64> {
        match self {
            Speed::Normal => Some(2.0),
            Speed::Fast => Some(8.0),
            Speed::Max => None,
        }
    }
}

/// How much to simulate in one animation frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FrameWork {
    /// Exactly this many weeks (may be zero).
    Weeks(u32),
    /// Keep stepping until this many milliseconds of the frame are used.
    Budget { milliseconds: f64 },
}

/// Longest real time one frame may catch up on; after a background tab or a long pause the
/// simulation continues instead of racing to catch up.
const MAX_CATCH_UP_MS: f64 = 250.0;

/// Time spent stepping per frame at maximum speed; leaves room for drawing within 60 fps.
pub const MAX_SPEED_BUDGET_MS: f64 = 8.0;

/// Whether time runs and how fast. The fraction of a week not yet simulated carries over to the
/// next frame, so 1× really is two weeks per second at any frame rate.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Playback {
    playing: bool,
    speed: Speed,
    carried_weeks: f64,
}

impl Playback {
    pub fn is_playing(&self) -> bool {
        self.playing
    }

    pub fn speed(&self) -> Speed {
        self.speed
    }

    pub fn play(&mut self) {
        self.playing = true;
    }

    pub fn pause(&mut self) {
        self.playing = false;
        self.carried_weeks = 0.0;
    }

    pub fn toggle(&mut self) {
        if self.playing {
            self.pause()
        } else {
            self.play()
        }
    }

    pub fn set_speed(&mut self, speed: Speed) {
        self.speed = speed;
        self.carried_weeks = 0.0;
    }

    /// What to simulate in a frame that comes `elapsed_ms` after the previous one.
    pub fn frame(&mut self, elapsed_ms: f64) -> FrameWork {
        if !self.playing {
            return FrameWork::Weeks(0);
        }
        let elapsed = if elapsed_ms.is_finite() {
            elapsed_ms.clamp(0.0, MAX_CATCH_UP_MS)
        } else {
            0.0
        };
        match self.speed.weeks_per_second() {
            None => FrameWork::Budget {
                milliseconds: MAX_SPEED_BUDGET_MS,
            },
            Some(rate) => {
                let due = self.carried_weeks + rate * elapsed / 1000.0;
                // Rounding in the sum of many frames must not lose a week.
                let whole = (due + 1e-9).floor();
                self.carried_weeks = (due - whole).max(0.0);
                FrameWork::Weeks(whole as u32)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paused_playback_simulates_nothing() {
        let mut playback = Playback::default();
        assert!(!playback.is_playing());
        assert_eq!(playback.frame(1000.0), FrameWork::Weeks(0));
    }

    #[test]
    fn normal_speed_is_two_weeks_per_second_at_sixty_frames_per_second() {
        let mut playback = Playback::default();
        playback.play();
        let weeks: u32 = (0..60)
            .map(|_| match playback.frame(1000.0 / 60.0) {
                FrameWork::Weeks(n) => n,
                other => panic!("unexpected {other:?}"),
            })
            .sum();
        assert_eq!(weeks, 2);
    }

    #[test]
    fn fast_is_four_times_normal() {
        let mut playback = Playback::default();
        playback.set_speed(Speed::Fast);
        playback.play();
        let weeks: u32 = (0..120)
            .map(|_| match playback.frame(1000.0 / 60.0) {
                FrameWork::Weeks(n) => n,
                other => panic!("unexpected {other:?}"),
            })
            .sum();
        assert_eq!(weeks, 16);
    }

    #[test]
    fn max_speed_works_to_a_time_budget() {
        let mut playback = Playback::default();
        playback.set_speed(Speed::Max);
        playback.play();
        assert_eq!(
            playback.frame(16.0),
            FrameWork::Budget {
                milliseconds: MAX_SPEED_BUDGET_MS
            }
        );
    }

    #[test]
    fn a_long_gap_does_not_make_the_simulation_race() {
        let mut playback = Playback::default();
        playback.set_speed(Speed::Fast);
        playback.play();
        assert_eq!(playback.frame(60_000.0), FrameWork::Weeks(2));
        assert_eq!(playback.frame(f64::NAN), FrameWork::Weeks(0));
    }

    #[test]
    fn pausing_drops_the_partial_week() {
        let mut playback = Playback::default();
        playback.play();
        assert_eq!(playback.frame(200.0), FrameWork::Weeks(0)); // 0.4 week due
        playback.pause();
        playback.play();
        assert_eq!(playback.frame(200.0), FrameWork::Weeks(0));
        // Without the reset this frame would complete a week (0.4 + 0.4 + 0.4).
        assert_eq!(playback.frame(200.0), FrameWork::Weeks(0));
        assert_eq!(playback.frame(100.0), FrameWork::Weeks(1));
    }
}
