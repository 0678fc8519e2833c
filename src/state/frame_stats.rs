//! Frame-time measurement: how long frames take while time runs, so the page can report (and
//! tests can read) whether it stays responsive.

/// Number of recent frames the figures are computed over.
pub const WINDOW: usize = 120;

/// Mean and maximum of the last [`WINDOW`] samples.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rolling {
    samples: Vec<f64>,
    next: usize,
}

impl Rolling {
    /// Add a sample; not-a-number and negative samples are ignored.
    pub fn record(&mut self, value: f64) {
        if !value.is_finite() || value < 0.0 {
            return;
        }
        if self.samples.len() < WINDOW {
            self.samples.push(value);
        } else {
            self.samples[self.next] = value;
        }
        self.next = (self.next + 1) % WINDOW;
    }

    pub fn mean(&self) -> f64 {
        if self.samples.is_empty() {
            return 0.0;
        }
        self.samples.iter().sum::<f64>() / self.samples.len() as f64
    }

    pub fn max(&self) -> f64 {
        self.samples.iter().copied().fold(0.0, f64::max)
    }
}

/// What the animation loop measured.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FrameStats {
    /// Time between animation frames (16.7 ms at 60 fps); grows when the page cannot keep up.
    pub interval_ms: Rolling,
    /// Time spent simulating inside one frame callback.
    pub simulation_ms: Rolling,
    /// Time one chart took to draw.
    pub chart_ms: Rolling,
    frames: u64,
}

impl FrameStats {
    /// Record one frame: the time since the previous frame and the time spent simulating.
    pub fn record_frame(&mut self, interval_ms: f64, simulation_ms: f64) {
        self.interval_ms.record(interval_ms);
        self.simulation_ms.record(simulation_ms);
        self.frames += 1;
    }

    /// Frames recorded since the page loaded.
    pub fn frames(&self) -> u64 {
        self.frames
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_and_max_cover_the_recent_window_only() {
        let mut rolling = Rolling::default();
        rolling.record(100.0);
        for _ in 0..WINDOW {
            rolling.record(2.0);
        }
        assert_eq!(rolling.mean(), 2.0);
        assert_eq!(rolling.max(), 2.0);
    }

    #[test]
    fn empty_and_bad_samples() {
        let mut rolling = Rolling::default();
        assert_eq!(rolling.mean(), 0.0);
        rolling.record(f64::NAN);
        rolling.record(-1.0);
        assert_eq!(rolling.mean(), 0.0);
        rolling.record(4.0);
        rolling.record(8.0);
        assert_eq!(rolling.mean(), 6.0);
        assert_eq!(rolling.max(), 8.0);
    }

    #[test]
    fn frames_are_counted_and_split_into_interval_and_simulation() {
        let mut stats = FrameStats::default();
        stats.record_frame(16.0, 3.0);
        stats.record_frame(18.0, 5.0);
        assert_eq!(stats.frames(), 2);
        assert_eq!(stats.interval_ms.mean(), 17.0);
        assert_eq!(stats.simulation_ms.max(), 5.0);
    }
}
