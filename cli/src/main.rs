//! `klantcyclus`: the simulator without a browser, for teachers and tests.
//! Messages are Dutch unless the environment's language starts with "en".

mod args;
mod commands;
mod failure;
mod lang;
mod setting;
mod table;

use clap::FromArgMatches;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use failure::{EXIT_USAGE, Failure};
use model::Language;
use std::process::ExitCode;

fn main() -> ExitCode {
    let lang = lang::from_env();
    let matches = match args::command(lang).try_get_matches() {
        Ok(matches) => matches,
        Err(error) => return clap_failure(&error, lang),
    };
    let cli = match args::Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => return clap_failure(&error, lang),
    };
    let result = match &cli.command {
        args::Command::Run(a) => commands::run(a, lang),
        args::Command::Check(a) => commands::check(a, lang),
        args::Command::Sweep(a) => commands::sweep(a, lang),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => report(&failure, lang),
    }
}

fn report(failure: &Failure, lang: Language) -> ExitCode {
    let prefix = lang::pick(lang, "fout", "error");
    eprintln!("{prefix}: {}", failure.message(lang));
    if failure.exit == EXIT_USAGE {
        eprintln!(
            "{}",
            lang::pick(lang, "Zie: klantcyclus --help", "See: klantcyclus --help")
        );
    }
    ExitCode::from(failure.exit)
}

/// Help and version go to standard output with exit 0; argument errors get a message in the user's
/// language and exit code 2.
fn clap_failure(error: &clap::Error, lang: Language) -> ExitCode {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            return ExitCode::from(EXIT_USAGE);
        }
        _ => {}
    }
    let context = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = context(ContextKind::InvalidArg);
    let value = context(ContextKind::InvalidValue);
    let (nl, en) = match error.kind() {
        ErrorKind::UnknownArgument => (
            format!("onbekend argument `{arg}`"),
            format!("unknown argument `{arg}`"),
        ),
        ErrorKind::InvalidSubcommand => (
            format!(
                "onbekende opdracht `{}`; kies run, check of sweep",
                context(ContextKind::InvalidSubcommand)
            ),
            format!(
                "unknown command `{}`; choose run, check or sweep",
                context(ContextKind::InvalidSubcommand)
            ),
        ),
        ErrorKind::MissingRequiredArgument => (
            format!("verplicht argument ontbreekt: {arg}"),
            format!("required argument missing: {arg}"),
        ),
        ErrorKind::MissingSubcommand => (
            "geef een opdracht: run, check of sweep".to_string(),
            "give a command: run, check or sweep".to_string(),
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = context(ContextKind::ValidValue);
            if valid.is_empty() {
                (
                    format!("ongeldige waarde `{value}` voor {arg}"),
                    format!("invalid value `{value}` for {arg}"),
                )
            } else {
                (
                    format!("ongeldige waarde `{value}` voor {arg}; toegestaan: {valid}"),
                    format!("invalid value `{value}` for {arg}; allowed: {valid}"),
                )
            }
        }
        ErrorKind::NoEquals | ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => (
            format!("verkeerd aantal waarden voor {arg}"),
            format!("wrong number of values for {arg}"),
        ),
        ErrorKind::ArgumentConflict => (
            format!("argument {arg} gaat niet samen met een ander argument"),
            format!("argument {arg} conflicts with another argument"),
        ),
        _ => (
            format!("ongeldige aanroep ({})", error.kind()),
            format!("invalid invocation ({})", error.kind()),
        ),
    };
    report(&Failure::usage(nl, en), lang)
}
