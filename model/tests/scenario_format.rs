//! The scenario file format: reading, writing back, and errors that name field and line in both
//! languages.

use model::{
    Comparison, Goal, GoalStatus, GoalTiming, Language, Lever, Metric, Scenario, ScenarioErrorKind,
    Simulation,
};

const MINIMAL: &str = r#"
format_version = 1
id = "mini"
weeks = 52

[title]
nl = "Mini"
en = "Mini"
"#;

fn error_of(text: &str) -> model::ScenarioError {
    Scenario::from_toml(text).expect_err("the text should be rejected")
}

#[test]
fn free_play_reads_and_round_trips_through_to_toml() {
    let scenario = Scenario::free_play();
    assert_eq!(scenario.id, "free-play");
    assert_eq!(scenario.market.population, 10_000);
    let again = Scenario::from_toml(&scenario.to_toml()).expect("written scenario reads back");
    assert_eq!(again, scenario);
}

#[test]
fn a_minimal_file_gets_defaults_for_everything_else() {
    let scenario = Scenario::from_toml(MINIMAL).unwrap();
    assert_eq!(scenario.weeks, 52);
    assert_eq!(scenario.start_policy, model::Policy::default());
    assert!(scenario.assignments.is_empty());
}

#[test]
fn a_typo_names_the_field_and_line_in_both_languages() {
    let text = format!("{MINIMAL}\n[market]\npopulaton = 500\n");
    let e = error_of(&text);
    assert_eq!(
        e.kind,
        ScenarioErrorKind::UnknownField {
            name: "populaton".into()
        }
    );
    assert_eq!(e.line, Some(11));
    assert_eq!(e.field.as_deref(), Some("market.populaton"));
    let nl = e.message(Language::Nl);
    let en = e.message(Language::En);
    assert!(
        nl.contains("regel 11") && nl.contains("onbekend veld `populaton`"),
        "{nl}"
    );
    assert!(
        en.contains("line 11") && en.contains("unknown field `populaton`"),
        "{en}"
    );
}

#[test]
fn a_missing_required_field_is_named() {
    let e = error_of("format_version = 1\nid = \"x\"\n[title]\nnl = \"a\"\nen = \"b\"\n");
    assert_eq!(
        e.kind,
        ScenarioErrorKind::MissingField {
            name: "weeks".into()
        }
    );
    assert!(
        e.message(Language::Nl)
            .contains("verplicht veld `weeks` ontbreekt")
    );
    let e = error_of("format_version = 1\nid = \"x\"\nweeks = 5\n[title]\nnl = \"a\"\n");
    assert_eq!(
        e.kind,
        ScenarioErrorKind::MissingField { name: "en".into() }
    );
    assert_eq!(e.field.as_deref(), Some("title.en"));
}

#[test]
fn wrong_types_and_out_of_range_values_name_field_and_line() {
    let e = error_of(&format!("{MINIMAL}[start_policy]\nprice = \"high\"\n"));
    assert!(
        matches!(e.kind, ScenarioErrorKind::WrongType { .. }),
        "{e:?}"
    );
    assert_eq!(e.line, Some(10));
    assert_eq!(e.field.as_deref(), Some("start_policy.price"));

    let e = error_of(&format!("{MINIMAL}[start_policy]\nprice = 1.5\n"));
    assert_eq!(
        e.kind,
        ScenarioErrorKind::OutOfRange {
            value: 1.5,
            min: 0.0,
            max: 1.0
        }
    );
    assert_eq!(e.field.as_deref(), Some("start_policy.price"));
    assert_eq!(e.line, Some(10));
    assert!(e.message(Language::Nl).contains("ligt niet tussen 0 en 1"));

    let e = error_of(&format!("{MINIMAL}[start_policy]\nprice = nan\n"));
    assert!(matches!(e.kind, ScenarioErrorKind::OutOfRange { .. }));

    let e = error_of(&format!("{MINIMAL}[market]\npopulation = 0\n"));
    assert_eq!(e.field.as_deref(), Some("market.population"));

    let e = error_of(&format!(
        "{MINIMAL}[rules.retention]\nweekly_churn_base = inf\n"
    ));
    assert_eq!(
        e.field.as_deref(),
        Some("rules.retention.weekly_churn_base")
    );
}

#[test]
fn unknown_levers_in_lists_are_reported_with_the_allowed_keys() {
    let e = error_of(&format!("locked_levers = [\"prijs\"]\n{MINIMAL}"));
    match &e.kind {
        ScenarioErrorKind::UnknownValue { value, allowed } => {
            assert_eq!(value, "prijs");
            assert!(allowed.contains("loyalty_structural"));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(e.line, Some(1));
}

#[test]
fn syntax_errors_and_versions_are_reported() {
    let e = error_of("format_version = 1\nid = \"x\n");
    assert!(matches!(e.kind, ScenarioErrorKind::Syntax { .. }));
    assert_eq!(e.line, Some(2));
    assert!(e.message(Language::Nl).contains("geen geldige TOML"));
    let e = error_of(&MINIMAL.replace("format_version = 1", "format_version = 5"));
    assert_eq!(
        e.kind,
        ScenarioErrorKind::UnsupportedVersion {
            found: 5,
            supported: 4
        }
    );
    assert_eq!(e.line, Some(2));
    let e = error_of(&MINIMAL.replace("format_version = 1", "format_version = 0"));
    assert!(matches!(
        e.kind,
        ScenarioErrorKind::UnsupportedVersion { found: 0, .. }
    ));
}

const WITH_EVENTS: &str = r#"
format_version = 2
id = "crisis"
weeks = 52

[title]
nl = "Crisis"
en = "Crisis"

[[events]]
kind = "delivery_problem"
week = 10
weeks = 4
performance_drop_points = 2.5

[[events]]
kind = "price_war"
week = 20
weeks = 8
competitor_strength_added = 0.3

[events.notice]
nl = "Een concurrent verlaagt zijn prijzen."
en = "A competitor cuts its prices."
"#;

#[test]
fn events_need_version_2_and_read_back_unchanged() {
    let scenario = Scenario::from_toml(WITH_EVENTS).expect("a version 2 file with events");
    assert_eq!(scenario.events.len(), 2);
    assert_eq!(scenario.events[0].kind, model::EventKind::DeliveryProblem);
    assert_eq!(scenario.events[1].size(), 0.3);
    assert_eq!(
        scenario.events[1].notice.en,
        "A competitor cuts its prices."
    );
    let again = Scenario::from_toml(&scenario.to_toml()).expect("written back, read again");
    assert_eq!(again, scenario);

    let e = error_of(&WITH_EVENTS.replace("format_version = 2", "format_version = 1"));
    assert_eq!(e.field.as_deref(), Some("events[0]"));
    assert_eq!(e.line, Some(10), "the first [[events]]");
    assert!(
        e.message(Language::Nl).contains("format_version = 2"),
        "{}",
        e.message(Language::Nl)
    );
    // A version 1 file without events is still version 1 when written back.
    let v1 = Scenario::from_toml(MINIMAL).unwrap();
    assert!(v1.to_toml().contains("format_version = 1"));
    assert!(!v1.to_toml().contains("events"));
}

#[test]
fn a_wrong_event_names_its_field_and_line() {
    let e = error_of(&WITH_EVENTS.replace("weeks = 8\n", "weeks = 8\nimage_loss_share = 0.2\n"));
    assert_eq!(e.field.as_deref(), Some("events[1].image_loss_share"));
    assert_eq!(e.line, Some(20));
    let e = error_of(&WITH_EVENTS.replace(
        "performance_drop_points = 2.5",
        "performance_drop_points = 12",
    ));
    assert_eq!(
        e.field.as_deref(),
        Some("events[0].performance_drop_points")
    );
    assert_eq!(e.line, Some(14));
    let e = error_of(&WITH_EVENTS.replace("kind = \"price_war\"", "kind = \"strike\""));
    assert!(
        matches!(e.kind, ScenarioErrorKind::UnknownValue { .. }),
        "{:?}",
        e.kind
    );
    assert_eq!(e.line, Some(17));
}

#[test]
fn tier_shares_must_add_up() {
    let e = error_of(&format!(
        "{MINIMAL}[market.tiers.top]\nshare = 0.5\norder_eur = 100\n"
    ));
    assert_eq!(e.field.as_deref(), Some("market.tiers"));
    assert!(e.message(Language::En).contains("add up to"));
}

const WITH_ASSIGNMENT: &str = r#"
format_version = 1
id = "asg"
weeks = 52

[title]
nl = "A"
en = "A"

[[assignments]]
id = "one"
title = { nl = "Eén", en = "One" }
goals = ["nps >= 30 by week 40", "cumulative_profit >= 0"]
hints = [{ nl = "Tip", en = "Hint" }]
"#;

#[test]
fn goals_read_as_one_line_each() {
    let scenario = Scenario::from_toml(WITH_ASSIGNMENT).unwrap();
    let goals = &scenario.assignments[0].goals;
    assert_eq!(goals[0].metric, Metric::from_key("nps").unwrap());
    assert_eq!(goals[0].comparison, Comparison::AtLeast);
    assert_eq!(goals[0].target, 30.0);
    assert_eq!(goals[0].timing, GoalTiming::ByWeek(40));
    assert_eq!(goals[1].timing, GoalTiming::AtEnd);
    assert_eq!(
        "former_customers_pct < 5 always"
            .parse::<Goal>()
            .unwrap()
            .timing,
        GoalTiming::Always
    );
    assert_eq!(Scenario::from_toml(&scenario.to_toml()).unwrap(), scenario);
}

#[test]
fn a_bad_goal_is_explained_with_its_line() {
    let text = WITH_ASSIGNMENT.replace("nps >= 30 by week 40", "nps >= dertig");
    let e = error_of(&text);
    assert!(
        matches!(e.kind, ScenarioErrorKind::InvalidGoal { .. }),
        "{e:?}"
    );
    assert_eq!(e.line, Some(13));
    assert!(
        e.message(Language::Nl).contains("`dertig` is geen getal"),
        "{}",
        e.message(Language::Nl)
    );
    assert!(e.message(Language::En).contains("`dertig` is not a number"));
    let e = error_of(&WITH_ASSIGNMENT.replace("nps >= 30", "vreugde >= 30"));
    assert!(e.message(Language::En).contains("unknown metric `vreugde`"));
    let e = error_of(&WITH_ASSIGNMENT.replace("by week 40", "by week 60"));
    assert!(
        e.message(Language::En)
            .contains("week 60 is not between 1 and 52"),
        "{}",
        e.message(Language::En)
    );
}

#[test]
fn goal_status_follows_the_run() {
    let scenario = Scenario::free_play();
    let mut sim = Simulation::new(&scenario, 5);
    let mut history = vec![*sim.snapshot()];
    for _ in 0..20 {
        history.push(*sim.step());
    }
    let population = "population >= 1 always".parse::<Goal>().unwrap();
    assert_eq!(population.status(&history, 20), GoalStatus::Met);
    assert_eq!(
        population.status(&history[..10], 20),
        GoalStatus::Open { holds_now: true }
    );
    let impossible = "nps > 100 by week 10".parse::<Goal>().unwrap();
    assert_eq!(impossible.status(&history, 20), GoalStatus::Failed);
    assert_eq!(
        impossible.status(&history[..5], 20),
        GoalStatus::Open { holds_now: false }
    );
    let at = "population >= 1 at week 15".parse::<Goal>().unwrap();
    assert_eq!(
        at.status(&history[..10], 20),
        GoalStatus::Open { holds_now: true }
    );
    assert!(at.is_met(&history, 20));
    let never = "revenue < 0 from week 3".parse::<Goal>().unwrap();
    assert_eq!(never.status(&history, 20), GoalStatus::Failed);
}

#[test]
fn locked_and_hidden_levers_are_read() {
    let text =
        format!("locked_levers = [\"price\"]\nhidden_levers = [\"loyalty_structural\"]\n{MINIMAL}");
    let scenario = Scenario::from_toml(&text).unwrap();
    assert!(scenario.is_locked(Lever::Price));
    assert!(scenario.is_hidden(Lever::LoyaltyStructural));
    assert!(!scenario.is_locked(Lever::Quality));
}

#[test]
fn a_typo_in_a_lever_key_names_its_own_line_and_field() {
    let text = model::catalog::BUNDLED_FILES[0].1.replacen(
        "[start_policy]\n",
        "[start_policy]\nprijs = 0.9\n",
        1,
    );
    let line = text.lines().position(|l| l == "prijs = 0.9").unwrap() + 1;
    let e = Scenario::from_toml(&text).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("start_policy.prijs"));
    assert_eq!(e.line, Some(line));
}

const WITH_TREATMENT: &str = r#"
format_version = 3
id = "tiers"
weeks = 52
tier_treatment = true

[title]
nl = "Lagen"
en = "Tiers"

[start_policy]
aftersales = 0.6

[start_policy.service]
top = 1.5
small = 0.5

[start_policy.channel]
top = "account_manager"
small = "email"
"#;

#[test]
fn treatment_per_tier_reads_needs_version_3_and_writes_back() {
    use model::{Channel, Setting, Tier};
    let scenario = Scenario::from_toml(WITH_TREATMENT).expect("a version 3 file with tiers");
    let policy = scenario.start_policy;
    assert!(scenario.tier_treatment && scenario.offers_tier_treatment());
    assert_eq!(policy.setting(Setting::Service(Tier::Top)), 1.5);
    assert_eq!(
        policy.setting(Setting::Service(Tier::Large)),
        1.0,
        "not listed: default"
    );
    assert_eq!(policy.setting(Setting::Binding(Tier::Top)), 1.0);
    assert_eq!(
        policy.treatment().channel[Tier::Top],
        Channel::AccountManager
    );
    assert_eq!(policy.treatment().channel[Tier::Medium], Channel::Helpdesk);
    let again = Scenario::from_toml(&scenario.to_toml()).expect("written back, read again");
    assert_eq!(again, scenario);

    let e = error_of(&WITH_TREATMENT.replace("format_version = 3", "format_version = 2"));
    assert_eq!(e.field.as_deref(), Some("tier_treatment"));
    assert!(e.message(Language::En).contains("format_version = 3"));
    let e = error_of(
        &WITH_TREATMENT
            .replace("format_version = 3", "format_version = 2")
            .replace("tier_treatment = true\n", ""),
    );
    assert_eq!(e.field.as_deref(), Some("start_policy.service"));
    assert_eq!(e.line, Some(10), "the [start_policy] table: {e:?}");

    let e = error_of(&WITH_TREATMENT.replace("top = 1.5", "top = 2.5"));
    assert_eq!(e.field.as_deref(), Some("start_policy.service.top"));
    assert!(
        e.message(Language::En).contains('2'),
        "{}",
        e.message(Language::En)
    );
    let e = error_of(&WITH_TREATMENT.replace("small = \"email\"", "small = \"fax\""));
    assert!(
        e.message(Language::En).contains("fax"),
        "{}",
        e.message(Language::En)
    );
    assert_eq!(e.line, Some(20));
    let e = error_of(&WITH_TREATMENT.replace("top = 1.5", "reus = 1.5"));
    assert!(
        e.message(Language::En).contains("reus"),
        "{}",
        e.message(Language::En)
    );
    assert_eq!(e.line, Some(15));

    // A lesson that offers it may not fix a lever a factor scales (unless it stays at 0); a
    // sandbox that fixes one simply does not offer it.
    let e = error_of(&WITH_TREATMENT.replace(
        "tier_treatment = true\n",
        "tier_treatment = true\nlocked_levers = [\"aftersales\"]\n",
    ));
    assert_eq!(e.field.as_deref(), Some("locked_levers"));
    assert!(e.message(Language::En).contains("aftersales"));
    let sandbox = Scenario::from_toml(
        &WITH_TREATMENT
            .replace("tier_treatment = true\n", "locked_levers = [\"sales\"]\n")
            .replace("[start_policy.service]\ntop = 1.5\nsmall = 0.5\n", "")
            .replace(
                "[start_policy.channel]\ntop = \"account_manager\"\nsmall = \"email\"\n",
                "",
            ),
    )
    .expect("a sandbox with a locked service lever reads");
    assert!(!sandbox.offers_tier_treatment());
    assert!(
        Scenario::from_toml(MINIMAL)
            .unwrap()
            .offers_tier_treatment()
    );

    // A lesson that treats every tier alike writes no per-tier tables at all.
    let plain = Scenario::from_toml(MINIMAL).unwrap().to_toml();
    for absent in [
        "[start_policy.service]",
        "[start_policy.binding]",
        "[start_policy.channel]",
        "[rules.channels",
        "tier_treatment",
    ] {
        assert!(!plain.contains(absent), "{absent} in {plain}");
    }
}

const WITH_BUYING_CENTRE: &str = r#"
format_version = 4
id = "dmu"
weeks = 52

[title]
nl = "Inkoopcentrum"
en = "Buying centre"

[market]
business_share = 1.0

[market.business]
user_weight = 0.6
user_delay_weeks = 6.0
negotiated_discount = 0.15
"#;

#[test]
fn a_buying_centre_reads_needs_version_4_and_writes_back() {
    let scenario = Scenario::from_toml(WITH_BUYING_CENTRE).expect("a version 4 file");
    let business = &scenario.market.business;
    assert_eq!(business.user_weight, 0.6);
    assert_eq!(business.user_delay_weeks, 6.0);
    assert_eq!(business.negotiated_discount, 0.15);
    assert_eq!(
        business.order_size_multiplier,
        model::Segment::business().order_size_multiplier,
        "fields not written keep the business defaults"
    );
    assert!(business.buyer_judges_apart());
    assert!(!scenario.market.consumer.buyer_judges_apart());
    let written = scenario.to_toml();
    assert_eq!(Scenario::from_toml(&written).unwrap(), scenario);
    // Neutral values are not written: every older scenario reads and writes as before.
    assert!(!Scenario::free_play().to_toml().contains("user_weight"));

    let e = error_of(&WITH_BUYING_CENTRE.replace("format_version = 4", "format_version = 3"));
    assert_eq!(e.field.as_deref(), Some("market.business.user_weight"));
    assert!(e.message(Language::En).contains("format_version = 4"));
    assert!(e.message(Language::Nl).contains("inkoopcentrum"));
    let e = error_of(&WITH_BUYING_CENTRE.replace("user_weight = 0.6", "user_weight = 1.5"));
    assert_eq!(e.field.as_deref(), Some("market.business.user_weight"));
    assert_eq!(e.line, Some(14));
    let e = error_of(&WITH_BUYING_CENTRE.replace("0.15", "0.9"));
    assert_eq!(
        e.field.as_deref(),
        Some("market.business.negotiated_discount")
    );
    assert_eq!(e.line, Some(16));
}
