//! A comparison ("Wat als?") kept beside the autosaved run, so a reload brings run A back too.
//! The autosave holds run B (the run the levers steer); this text holds the fork week and run A
//! in the autosave's own format: `"<fork week>\n<stored run>"`. Anything else is no comparison.

use model::SavedRun;
use model::saved_run::stored;

/// The text kept for run A forked at `fork_week`.
pub fn encode(fork_week: u32, original: &SavedRun) -> String {
    format!("{fork_week}\n{}", stored::encode(original))
}

/// The fork week and run A, or `None` for text that is not a kept comparison.
pub fn decode(text: &str) -> Option<(u32, SavedRun)> {
    let (week, run) = text.split_once('\n')?;
    let fork_week = week.trim().parse().ok()?;
    let original = stored::decode(run).ok()?;
    Some((fork_week, original))
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Lever, PolicyChange, Run, Scenario};

    fn run_a() -> SavedRun {
        let mut run = Run::new(Scenario::free_play(), 12);
        run.timeline.push(PolicyChange {
            week: 3,
            setting: Lever::Promise.into(),
            value: 0.8,
        });
        SavedRun::new(run, 20)
    }

    #[test]
    fn a_kept_comparison_comes_back_as_it_was() {
        let text = encode(9, &run_a());
        assert_eq!(decode(&text), Some((9, run_a())));
    }

    #[test]
    fn anything_else_is_no_comparison() {
        assert_eq!(decode(""), None);
        assert_eq!(decode("negen\nx"), None);
        assert_eq!(decode(&stored::encode(&run_a())), None);
        let text = encode(9, &run_a());
        assert_eq!(decode(&text[..text.len() / 2]), None);
    }
}
