//! Start options from the page address (`?seed=7&populatie=100000`, or a share link's
//! `?sessie=<code>`). Bad values are reported, never guessed at, and change nothing else.

use model::POPULATION_MAX;

/// What the address asks for; `None` means "the default".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StartOptions {
    /// Seed of the run (startgetal).
    pub seed: Option<u64>,
    /// Number of people in the market, replacing the scenario's.
    pub population: Option<u32>,
    /// A share link's code: the whole run (decoded by `model::saved_run::link`).
    pub session: Option<String>,
    /// `?docent`: open the teacher's view (kept in the address, so a reload keeps it open).
    pub teacher: bool,
    /// `?beamer=1` or `?beamer=0`: projector mode on or off, whatever this browser remembers.
    pub projector: Option<bool>,
    /// `?lang=en` or `?lang=nl`: the interface language, whatever this browser remembers.
    pub language: Option<model::Language>,
}

/// A value in the address that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlProblem {
    pub key: String,
    pub value: String,
    pub expected: Expected,
}

/// What a parameter should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A whole number from 0 up.
    Seed,
    /// A whole number of people from 1 to `POPULATION_MAX`.
    Population,
    /// On (`1`) or off (`0`).
    Switch,
    /// A language code: `nl` or `en`.
    Language,
}

/// The parameter names, in Dutch as they appear in links.
pub const SEED_KEY: &str = "seed";
pub const POPULATION_KEY: &str = "populatie";
pub const SESSION_KEY: &str = "sessie";
pub const TEACHER_KEY: &str = "docent";
pub const PROJECTOR_KEY: &str = "beamer";
pub const LANGUAGE_KEY: &str = "lang";

/// Read the start options from a query string (with or without the leading `?`). Unknown
/// parameters are left for other features; unusable values become problems.
pub fn parse(query: &str) -> (StartOptions, Vec<UrlProblem>) {
    let mut options = StartOptions::default();
    let mut problems = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let problem = |expected| UrlProblem {
            key: key.to_string(),
            value: value.to_string(),
            expected,
        };
        match key {
            SEED_KEY => match value.parse::<u64>() {
                Ok(seed) => options.seed = Some(seed),
                Err(_) => problems.push(problem(Expected::Seed)),
            },
            POPULATION_KEY => match value.parse::<u32>() {
                Ok(n) if (1..=POPULATION_MAX).contains(&n) => options.population = Some(n),
                _ => problems.push(problem(Expected::Population)),
            },
            SESSION_KEY => options.session = Some(value.to_string()),
            TEACHER_KEY => options.teacher = true,
            PROJECTOR_KEY => match value {
                "" | "1" | "aan" | "on" => options.projector = Some(true),
                "0" | "uit" | "off" => options.projector = Some(false),
                _ => problems.push(problem(Expected::Switch)),
            },
            LANGUAGE_KEY => match crate::language::from_code(value) {
                Some(language) => options.language = Some(language),
                None => problems.push(problem(Expected::Language)),
            },
            _ => {}
        }
    }
    (options, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_seed_and_population() {
        let (options, problems) = parse("?seed=42&populatie=100000");
        assert_eq!(options.seed, Some(42));
        assert_eq!(options.population, Some(100_000));
        assert!(problems.is_empty());
    }

    #[test]
    fn an_empty_or_unrelated_address_changes_nothing() {
        assert_eq!(parse(""), (StartOptions::default(), vec![]));
        assert_eq!(parse("?les=3&x"), (StartOptions::default(), vec![]));
    }

    #[test]
    fn bad_values_are_reported_and_ignored() {
        let (options, problems) = parse("seed=abc&populatie=0&populatie=99999999999");
        assert_eq!(options, StartOptions::default());
        assert_eq!(problems.len(), 3);
        assert_eq!(problems[0].key, "seed");
        assert_eq!(problems[0].value, "abc");
        assert_eq!(problems[0].expected, Expected::Seed);
        assert_eq!(problems[1].expected, Expected::Population);
        assert_eq!(problems[2].value, "99999999999");
    }

    #[test]
    fn lang_chooses_the_interface_language_and_a_bad_one_is_reported() {
        assert_eq!(parse("?lang=en").0.language, Some(model::Language::En));
        assert_eq!(
            parse("?seed=1&lang=NL").0.language,
            Some(model::Language::Nl)
        );
        assert_eq!(parse("?seed=1").0.language, None);
        let (options, problems) = parse("?lang=fr&seed=4");
        assert_eq!(options.language, None);
        assert_eq!(options.seed, Some(4));
        assert_eq!(problems[0].expected, Expected::Language);
    }

    #[test]
    fn reads_a_share_code_as_it_is() {
        let (options, problems) = parse("?sessie=AQAJZnJl-_x");
        assert_eq!(options.session.as_deref(), Some("AQAJZnJl-_x"));
        assert!(problems.is_empty());
    }

    #[test]
    fn docent_opens_the_teachers_view() {
        assert!(parse("?docent").0.teacher);
        assert!(parse("?seed=3&docent=1").0.teacher);
        assert!(!parse("?seed=3").0.teacher);
    }

    #[test]
    fn beamer_switches_projector_mode_on_or_off() {
        assert_eq!(parse("?beamer=1").0.projector, Some(true));
        assert_eq!(parse("?beamer").0.projector, Some(true));
        assert_eq!(parse("?seed=2&beamer=0").0.projector, Some(false));
        assert_eq!(parse("?seed=2").0.projector, None);
        let (options, problems) = parse("?beamer=groot&seed=4");
        assert_eq!(options.projector, None);
        assert_eq!(options.seed, Some(4));
        assert_eq!(problems[0].expected, Expected::Switch);
    }

    #[test]
    fn one_bad_value_does_not_spoil_the_good_one() {
        let (options, problems) = parse("seed=-1&populatie=5000");
        assert_eq!(options.population, Some(5000));
        assert_eq!(options.seed, None);
        assert_eq!(problems.len(), 1);
    }
}
