//! At most one update per interval: a live region that speaks every frame would drown a screen
//! reader, so announcements wait until the interval since the last one has passed.

/// When the next update may go out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Throttle {
    interval_ms: f64,
    last_ms: Option<f64>,
}

/// What to do with an update asked for now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Due {
    /// Send it now (and the throttle counts it as sent).
    Now,
    /// Ask again in this many milliseconds.
    In(f64),
}

impl Throttle {
    pub fn new(interval_ms: f64) -> Throttle {
        Throttle {
            interval_ms,
            last_ms: None,
        }
    }

    /// Whether an update may go out at `now_ms`; the first always may.
    pub fn ask(&mut self, now_ms: f64) -> Due {
        match self.last_ms {
            Some(last) if now_ms - last < self.interval_ms && now_ms >= last => {
                Due::In(self.interval_ms - (now_ms - last))
            }
            _ => {
                self.last_ms = Some(now_ms);
                Due::Now
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_goes_at_once_then_one_per_interval() {
        let mut t = Throttle::new(4000.0);
        assert_eq!(t.ask(100.0), Due::Now);
        assert_eq!(t.ask(1100.0), Due::In(3000.0));
        assert_eq!(t.ask(4099.0), Due::In(1.0));
        assert_eq!(t.ask(4100.0), Due::Now);
        assert_eq!(t.ask(4200.0), Due::In(3900.0));
    }

    #[test]
    fn a_clock_that_went_back_does_not_block_forever() {
        let mut t = Throttle::new(4000.0);
        assert_eq!(t.ask(10_000.0), Due::Now);
        assert_eq!(t.ask(50.0), Due::Now);
    }
}
