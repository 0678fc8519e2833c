//! The three commands: run, check, sweep.

use crate::args::{CheckArgs, Common, Format, RunArgs, SweepArgs};
use crate::failure::Failure;
use crate::setting::{apply_settings, parse_vary};
use crate::table::{Table, to_csv, to_json, week_columns, week_values, write_output};
use model::{Language, Policy, Scenario, Setting, Simulation, WEEKS_MAX};
use std::path::Path;

/// Most simulated customer-weeks one sweep may ask for (keeps a typo from running for hours).
const SWEEP_CUSTOMER_WEEKS_MAX: f64 = 2.0e11;

/// Read and validate a scenario file (or the bundled `free-play`).
pub fn load_scenario(name: &str, lang: Language) -> Result<Scenario, Failure> {
    let path = Path::new(name);
    if !path.exists() && name == "free-play" {
        return Ok(Scenario::free_play());
    }
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::input(
            format!("kan scenariobestand {name} niet lezen: {e}"),
            format!("cannot read scenario file {name}: {e}"),
        )
    })?;
    Scenario::from_toml(&text).map_err(|e| {
        let _ = lang;
        Failure::input(
            format!("{name}: {}", e.message(Language::Nl)),
            format!("{name}: {}", e.message(Language::En)),
        )
    })
}

fn weeks_of(common: &Common, scenario: &Scenario) -> Result<u32, Failure> {
    let weeks = common.weeks.unwrap_or(scenario.weeks);
    if weeks == 0 || weeks > WEEKS_MAX * 10 {
        return Err(Failure::usage(
            format!("--weeks moet tussen 1 en {} liggen", WEEKS_MAX * 10),
            format!("--weeks must be between 1 and {}", WEEKS_MAX * 10),
        ));
    }
    Ok(weeks)
}

fn render(table: &Table, format: Format) -> String {
    match format {
        Format::Csv => to_csv(table),
        Format::Json => to_json(table),
    }
}

fn simulate(
    scenario: &Scenario,
    policy: Policy,
    seed: u64,
    weeks: u32,
    table: &mut Table,
    all: bool,
) {
    let mut sim = Simulation::new(scenario, seed);
    sim.set_policy(policy);
    if all {
        table.rows.push(week_values(sim.snapshot()));
    }
    for _ in 0..weeks {
        let snapshot = sim.step();
        if all {
            table.rows.push(week_values(snapshot));
        }
    }
    if !all {
        table.rows.push(week_values(sim.snapshot()));
    }
}

/// `klantcyclus run`: one row per week, week 0 included.
pub fn run(args: &RunArgs, lang: Language) -> Result<(), Failure> {
    let common = &args.common;
    let scenario = load_scenario(&common.scenario, lang)?;
    let policy = apply_settings(scenario.start_policy, &common.settings)?;
    let weeks = weeks_of(common, &scenario)?;
    let mut table = Table {
        columns: week_columns(),
        rows: Vec::with_capacity(weeks as usize + 1),
    };
    simulate(&scenario, policy, common.seed, weeks, &mut table, true);
    write_output(&render(&table, common.format), common.out.as_deref())
}

/// `klantcyclus check`: validate every file; report each; fail if any is wrong.
pub fn check(args: &CheckArgs, lang: Language) -> Result<(), Failure> {
    let mut bad = 0;
    for file in &args.files {
        let name = file.display().to_string();
        match load_scenario(&name, lang) {
            Ok(scenario) => println!("OK {name} ({})", scenario.id),
            Err(failure) => {
                bad += 1;
                eprintln!("{}", failure.message(lang));
            }
        }
    }
    if bad > 0 {
        return Err(Failure::input(
            format!("{bad} van {} bestanden afgekeurd", args.files.len()),
            format!("{bad} of {} files rejected", args.files.len()),
        ));
    }
    Ok(())
}

/// `klantcyclus sweep`: every combination of the varied levers, `repetitions` seeds each; one row of
/// end figures per run, preceded by the varied lever values and the seed.
pub fn sweep(args: &SweepArgs, lang: Language) -> Result<(), Failure> {
    let common = &args.common;
    let scenario = load_scenario(&common.scenario, lang)?;
    let base = apply_settings(scenario.start_policy, &common.settings)?;
    let weeks = weeks_of(common, &scenario)?;
    let varied: Vec<(Setting, Vec<f64>)> = args
        .vary
        .iter()
        .map(|v| parse_vary(v))
        .collect::<Result<_, _>>()?;
    let settings: usize = varied.iter().map(|(_, values)| values.len()).product();
    let runs = settings as f64 * f64::from(args.repetitions);
    let work = runs * f64::from(weeks) * f64::from(scenario.market.population);
    if args.repetitions == 0 || work > SWEEP_CUSTOMER_WEEKS_MAX {
        return Err(Failure::usage(
            format!("deze sweep is leeg of te groot ({runs} runs, {work:.0} klantweken)"),
            format!("this sweep is empty or too large ({runs} runs, {work:.0} customer-weeks)"),
        ));
    }
    let mut columns: Vec<String> = varied.iter().map(|(s, _)| s.key()).collect();
    columns.push("seed".into());
    columns.extend(week_columns());
    let mut table = Table {
        columns,
        rows: Vec::new(),
    };
    for index in 0..settings {
        let mut policy = base;
        let mut prefix = Vec::new();
        let mut rest = index;
        // The last --vary changes fastest, the first slowest.
        for (setting, values) in varied.iter().rev() {
            let value = values[rest % values.len()];
            rest /= values.len();
            // Every value was checked by `parse_vary`.
            let _ = policy.set_setting(*setting, value);
            prefix.push(value);
        }
        prefix.reverse();
        for rep in 0..args.repetitions {
            let seed = common.seed.wrapping_add(u64::from(rep));
            let mut one = Table::default();
            simulate(&scenario, policy, seed, weeks, &mut one, false);
            let mut row = prefix.clone();
            row.push(seed as f64);
            row.extend(one.rows.pop().unwrap_or_default());
            table.rows.push(row);
        }
    }
    write_output(&render(&table, common.format), common.out.as_deref())
}
