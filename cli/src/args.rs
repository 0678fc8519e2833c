//! Command-line arguments (clap derive), with help texts in the user's language.

use crate::lang::pick;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use model::Language;
use std::path::PathBuf;

/// Top level: one of three commands.
#[derive(Debug, Parser)]
#[command(
    name = "klantcyclus",
    version,
    disable_help_subcommand = true,
    disable_help_flag = true,
    disable_version_flag = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Print help (defined here so its text can be translated).
    #[arg(short = 'h', long = "help", action = clap::ArgAction::Help, global = true)]
    help: Option<bool>,
    /// Print version.
    #[arg(short = 'V', long = "version", action = clap::ArgAction::Version)]
    version: Option<bool>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run one scenario and write one row per week.
    Run(RunArgs),
    /// Validate scenario files.
    Check(CheckArgs),
    /// Run a parameter sweep and write one row of end figures per setting.
    Sweep(SweepArgs),
}

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// Options shared by `run` and `sweep`.
#[derive(Debug, Args)]
pub struct Common {
    /// Scenario file (TOML), or `free-play` for the bundled one.
    pub scenario: String,
    /// Number of weeks (default: the scenario's length).
    #[arg(long)]
    pub weeks: Option<u32>,
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Set a lever for the whole run: LEVER=VALUE with VALUE in [0, 1], or a tier's treatment:
    /// service.TIER / binding.TIER = 0..2, channel.TIER = account_manager, helpdesk, email or
    /// social_media (TIER: top, large, medium, small); may be repeated.
    #[arg(long = "set", value_name = "LEVER=VALUE")]
    pub settings: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// `klantcyclus run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub common: Common,
}

/// `klantcyclus check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Scenario files to validate.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// `klantcyclus sweep`.
#[derive(Debug, Args)]
pub struct SweepArgs {
    #[command(flatten)]
    pub common: Common,
    /// Lever range LEVER=FROM:TO:STEP, e.g. promise=0:1:0.1 or service.small=0:2:0.5 (channels
    /// by code 0–3); repeat to vary several (all combinations).
    #[arg(long = "vary", value_name = "LEVER=FROM:TO:STEP", required = true)]
    pub vary: Vec<String>,
    /// Runs per setting with seeds SEED, SEED+1, ... (one row each).
    #[arg(long, default_value_t = 1)]
    pub repetitions: u32,
}

/// The clap command with help texts in the user's language.
pub fn command(lang: Language) -> clap::Command {
    let t = |nl: &'static str, en: &'static str| pick(lang, nl, en).to_string();
    let common = |cmd: clap::Command| {
        cmd.mut_arg("scenario", |a| {
            a.help(t(
                "Scenariobestand (TOML), of `free-play` voor het meegeleverde scenario",
                "Scenario file (TOML), or `free-play` for the bundled one",
            ))
        })
        .mut_arg("weeks", |a| {
            a.help(t(
                "Aantal weken (standaard: de lengte van het scenario)",
                "Number of weeks (default: the scenario's length)",
            ))
        })
        .mut_arg("seed", |a| {
            a.help(t("Startgetal voor het toeval", "Random seed"))
        })
        .mut_arg("settings", |a| {
            a.help(t(
                "Zet een knop voor de hele run: KNOP=WAARDE met WAARDE in [0, 1]; mag vaker",
                "Set a lever for the whole run: LEVER=VALUE with VALUE in [0, 1]; may be repeated",
            ))
        })
        .mut_arg("format", |a| a.help(t("Uitvoerformaat", "Output format")))
        .mut_arg("out", |a| {
            a.help(t(
                "Schrijf naar dit bestand in plaats van naar het scherm",
                "Write to this file instead of standard output",
            ))
        })
    };
    let pick_static = |nl: &'static str, en: &'static str| pick(lang, nl, en);
    let root_template = pick_static(
        "{about}\n\nGebruik: {usage}\n\nOpdrachten:\n{subcommands}\n\nOpties:\n{options}",
        "{about}\n\nUsage: {usage}\n\nCommands:\n{subcommands}\n\nOptions:\n{options}",
    );
    let command_template = pick_static(
        "{about}\n\nGebruik: {usage}\n\nArgumenten:\n{positionals}\n\nOpties:\n{options}",
        "{about}\n\nUsage: {usage}\n\nArguments:\n{positionals}\n\nOptions:\n{options}",
    );
    let help_text = pick_static("Toon deze hulp", "Print help");
    let localise = move |cmd: clap::Command| cmd.help_template(command_template);
    Cli::command()
        .help_template(root_template)
        .mut_arg("help", move |a| a.help(help_text))
        .mut_arg("version", move |a| {
            a.help(pick_static("Toon de versie", "Print version"))
        })
        .mut_subcommand("run", localise)
        .mut_subcommand("check", localise)
        .mut_subcommand("sweep", localise)
        .about(t(
            "Klantcyclus zonder browser: scenario's draaien, controleren en variëren",
            "Klantcyclus headless: run, check and sweep scenarios",
        ))
        .mut_subcommand("run", |c| {
            common(c).about(t("Draai één scenario; één regel per week", "Run one scenario; one row per week"))
        })
        .mut_subcommand("check", |c| {
            c.about(t("Controleer scenariobestanden", "Validate scenario files"))
                .mut_arg("files", |a| a.help(t("Te controleren scenariobestanden", "Scenario files to validate")))
        })
        .mut_subcommand("sweep", |c| {
            common(c)
                .about(t(
                    "Parametervariatie: één regel eindcijfers per instelling",
                    "Parameter sweep: one row of end figures per setting",
                ))
                .mut_arg("vary", |a| {
                    a.help(t(
                        "Bereik KNOP=VAN:TOT:STAP, bv. promise=0:1:0.1; vaker gebruiken = alle combinaties",
                        "Range LEVER=FROM:TO:STEP, e.g. promise=0:1:0.1; repeat for all combinations",
                    ))
                })
                .mut_arg("repetitions", |a| {
                    a.help(t(
                        "Runs per instelling met startgetallen SEED, SEED+1, ... (elk een regel)",
                        "Runs per setting with seeds SEED, SEED+1, ... (one row each)",
                    ))
                })
        })
}
