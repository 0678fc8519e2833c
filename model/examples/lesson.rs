//! Play a bundled lesson with lever settings from week 0 on the five seeds of the lesson tests and
//! print, per goal, the value in the judged week (at end: last week) and per assignment on how many
//! seeds it is met. For re-measuring the teacher notes after a model change:
//!
//! ```text
//! cargo run --release -p model --example lesson -- overpromising promise=0.35
//! cargo run --release -p model --example lesson -- overpromising promise=0:0.6:0.05
//! ```
//! A range `FROM:TO:STEP` for one lever prints one block per value. Tier settings work the same
//! way (`service.top=1.5`, `channel.small=2` with the channel's code: 0 account manager, 1
//! helpdesk, 2 e-mail, 3 social media).

use model::catalog::bundled_by_id;
use model::{PolicyChange, Run, Setting};

const SEEDS: [u64; 5] = [1, 2, 3, 4, 2024];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(id) = args.first() else {
        eprintln!("usage: lesson <id> [lever=value | lever=from:to:step]...");
        std::process::exit(2);
    };
    let Some(scenario) = bundled_by_id(id) else {
        eprintln!("no bundled lesson `{id}`");
        std::process::exit(2);
    };
    let mut fixed = Vec::new();
    let mut range = None;
    for arg in &args[1..] {
        let (key, value) = arg.split_once('=').expect("lever=value");
        let lever = Setting::from_key(key).unwrap_or_else(|| panic!("unknown lever {key}"));
        let parts: Vec<f64> = value
            .split(':')
            .map(|v| v.parse().expect("number"))
            .collect();
        match parts[..] {
            [v] => fixed.push((lever, v)),
            [from, to, step] => range = Some((lever, from, to, step)),
            _ => panic!("lever=value or lever=from:to:step"),
        }
    }
    let values: Vec<Option<(Setting, f64)>> = match range {
        None => vec![None],
        Some((lever, from, to, step)) => {
            let n = ((to - from) / step).round() as usize;
            (0..=n)
                .map(|k| Some((lever, from + step * k as f64)))
                .collect()
        }
    };
    for extra in values {
        let mut timeline: Vec<PolicyChange> = fixed
            .iter()
            .map(|&(lever, value)| PolicyChange {
                week: 0,
                setting: lever,
                value,
            })
            .collect();
        if let Some((lever, value)) = extra {
            timeline.push(PolicyChange {
                week: 0,
                setting: lever,
                value,
            });
            println!("== {} = {value:.3}", lever.key());
        }
        let histories: Vec<_> = SEEDS
            .iter()
            .map(|&seed| {
                Run {
                    scenario: scenario.clone(),
                    seed,
                    timeline: timeline.clone(),
                }
                .replay(scenario.weeks)
            })
            .collect();
        for a in &scenario.assignments {
            let met = histories
                .iter()
                .filter(|h| a.is_met(h, scenario.weeks))
                .count();
            println!("  {:<24} met on {met}/5 seeds", a.id);
            for g in &a.goals {
                let vals: Vec<f64> = histories
                    .iter()
                    .map(|h| g.metric.value(h.last().expect("a week")))
                    .collect();
                let lo = vals.iter().copied().fold(f64::INFINITY, f64::min);
                let hi = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                println!("    {:<44} last week {lo:.3} .. {hi:.3}", g.to_string());
            }
        }
        let last: Vec<_> = histories
            .iter()
            .map(|h| *h.last().expect("a week"))
            .collect();
        let span = |f: &dyn Fn(&model::Snapshot) -> f64| {
            let v: Vec<f64> = last.iter().map(f).collect();
            format!(
                "{:.1}..{:.1}",
                v.iter().copied().fold(f64::INFINITY, f64::min),
                v.iter().copied().fold(f64::NEG_INFINITY, f64::max)
            )
        };
        println!(
            "  nps {}  customers {}  ambassadors {}  profit {}k  clv gross {} net {}",
            span(&|s| s.nps),
            span(&|s| f64::from(s.active_customers())),
            span(&|s| f64::from(s.phases.ambassadors)),
            span(&|s| s.cumulative_profit / 1000.0),
            span(&|s| s.clv_wxa),
            span(&|s| s.clv_wxa_net)
        );
    }
}
