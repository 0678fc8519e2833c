//! The bundled scenarios (meegeleverde lessen): every file in `scenarios/`, compiled into the program
//! so the app and the CLI need no files and no network. The order is the order of the scenario picker:
//! free play first, then the lessons from the first weeks of the course to the HBO strategy lessons.

use crate::scenario::Scenario;
use std::sync::OnceLock;

/// The id of the bundled free-play scenario: the sandbox, whose assignments are suggestions.
pub const FREE_PLAY_ID: &str = "free-play";

/// The text of every bundled scenario file, by id, in picker order.
pub const BUNDLED_FILES: [(&str, &str); 14] = [
    (
        FREE_PLAY_ID,
        include_str!("../../../scenarios/free-play.toml"),
    ),
    (
        "overpromising",
        include_str!("../../../scenarios/overpromising.toml"),
    ),
    (
        "aftersales-crisis",
        include_str!("../../../scenarios/aftersales-crisis.toml"),
    ),
    (
        "delivery-crisis",
        include_str!("../../../scenarios/delivery-crisis.toml"),
    ),
    (
        "word-of-mouth",
        include_str!("../../../scenarios/word-of-mouth.toml"),
    ),
    (
        "customer-pyramid",
        include_str!("../../../scenarios/customer-pyramid.toml"),
    ),
    (
        "unprofitable-customers",
        include_str!("../../../scenarios/unprofitable-customers.toml"),
    ),
    (
        "choosing-channels",
        include_str!("../../../scenarios/choosing-channels.toml"),
    ),
    (
        "loyalty-programme",
        include_str!("../../../scenarios/loyalty-programme.toml"),
    ),
    (
        "operational-excellence",
        include_str!("../../../scenarios/operational-excellence.toml"),
    ),
    (
        "product-leadership",
        include_str!("../../../scenarios/product-leadership.toml"),
    ),
    (
        "customer-intimacy",
        include_str!("../../../scenarios/customer-intimacy.toml"),
    ),
    (
        "b2b-accounts",
        include_str!("../../../scenarios/b2b-accounts.toml"),
    ),
    (
        "buying-centre",
        include_str!("../../../scenarios/buying-centre.toml"),
    ),
];

/// Every bundled scenario, read once on first use, in picker order. A bundled file that does not
/// read is left out (the scenario tests make sure none is).
pub fn bundled() -> &'static [Scenario] {
    static SCENARIOS: OnceLock<Vec<Scenario>> = OnceLock::new();
    SCENARIOS.get_or_init(|| {
        BUNDLED_FILES
            .iter()
            .filter_map(|(_, text)| Scenario::from_toml(text).ok())
            .collect()
    })
}

/// The bundled scenario with this id.
pub fn bundled_by_id(id: &str) -> Option<&'static Scenario> {
    bundled().iter().find(|s| s.id == id)
}

/// The version of the model's rules in code. Raise it with every change that makes the same lesson,
/// seed and decisions play out differently (a rule, not a number in a scenario file: those are in
/// the lesson's own checksum). It is part of every lesson revision, so a run saved on older rules is
/// recognised and refused with a message instead of replaying to other results.
///
/// 2: the promise counts once (interest, not conversion); ambassadors answer higher and must
/// recommend to become one; CLV on gross and on net margin; the default pyramid.
pub const RULES_VERSION: u32 = 2;

/// The revision of a bundled lesson (lesversie): a checksum of everything in it that decides how a
/// run turns out or is judged — length, start policy, locked and hidden levers, market, costs,
/// rules and the assignments' goals — plus the model's [`RULES_VERSION`]; not of its texts,
/// comments or line endings. A saved run names the revision it was played on, so a run made on a
/// lesson that plays differently now is recognised instead of replaying differently, while a
/// corrected story keeps every saved run.
///
/// Adding a parameter to the rules, the market or the policy: the checksum reads the lesson as
/// `to_toml` writes it, so a new field that is always written changes the revision of every
/// bundled lesson, and their saved runs, links and result codes stop opening. A new parameter
/// whose default keeps today's behaviour should therefore be left out of the written file at
/// that default (`#[serde(default, skip_serializing_if = ...)]`, as `events` is); one whose
/// default changes behaviour needs a new [`RULES_VERSION`] (and the lessons' figures re-checked).
pub fn revision(id: &str) -> Option<u32> {
    static REVISIONS: OnceLock<Vec<(String, u32)>> = OnceLock::new();
    REVISIONS
        .get_or_init(|| {
            bundled()
                .iter()
                .filter_map(|s| Some((s.id.clone(), computed_revision(&s.id)?)))
                .collect()
        })
        .iter()
        .find(|(known, _)| known == id)
        .map(|&(_, revision)| revision)
}

fn computed_revision(id: &str) -> Option<u32> {
    let mut rules = bundled_by_id(id)?.clone();
    rules.title = Default::default();
    rules.intro = Default::default();
    rules.story = Default::default();
    rules.learning_goals.clear();
    rules.locked_reason = Default::default();
    rules.debrief.clear();
    for assignment in &mut rules.assignments {
        assignment.title = Default::default();
        assignment.description = Default::default();
        assignment.hints.clear();
    }
    for event in &mut rules.events {
        event.notice = Default::default();
    }
    let text = format!("rules {RULES_VERSION}\n{}", rules.to_toml());
    Some(crate::saved_run::checksum(text.as_bytes()))
}

/// The ids of the bundled lessons, joined with ", " (for messages that list what exists).
pub fn bundled_ids() -> String {
    BUNDLED_FILES.map(|(id, _)| id).join(", ")
}
