//! Dutch and English: the header switch changes every text while the run goes on, the choice is
//! remembered and can come from the link, and neither language leaks words of the other.

mod ui;

use e2e::Page;
use ui::{figure, pause, playing, wait_for_week, week};

/// Words and phrases only the Dutch interface uses (matched as whole words, case-sensitive).
const DUTCH_ONLY: &[&str] = &[
    "Jouw beleid",
    "Verwachtingen",
    "Belofte",
    "Kwaliteit",
    "Prijs",
    "Klantenbinding",
    "Werving",
    "Tevredenheid",
    "Klantbehoud",
    "Winst",
    "Kerncijfers",
    "Klantrelatiecyclus",
    "Nieuwe klanten",
    "Loyale klanten",
    "Ambassadeurs",
    "Ex-klanten",
    "Mensen per fase",
    "Omzet, kosten en winst",
    "Grafieken",
    "Volg een klant",
    "Bewaren",
    "Begrippen",
    "Docent",
    "Vrij spel",
    "geen kosten",
    "gemiddeld",
    "mensen",
    "jaar",
    "Pijldikte",
];

/// Words and phrases only the English interface uses.
const ENGLISH_ONLY: &[&str] = &[
    "Your policy",
    "Expectations",
    "Promise",
    "Quality",
    "Price",
    "Customer binding",
    "Satisfaction",
    "Retention",
    "Profit",
    "Key figures",
    "Customer relationship cycle",
    "New customers",
    "Loyal customers",
    "Ambassadors",
    "Former customers",
    "People per phase",
    "Revenue, costs and profit",
    "Charts",
    "Follow a customer",
    "Glossary",
    "Teacher",
    "Free play",
    "no costs",
    "average",
    "people",
    "year",
];

/// The phrases of `list` that occur in `text` as whole words.
fn found_in(text: &str, list: &[&str]) -> Vec<String> {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    list.iter()
        .filter(|phrase| {
            text.match_indices(**phrase).any(|(at, _)| {
                !is_word(text[..at].chars().next_back())
                    && !is_word(text[at + phrase.len()..].chars().next())
            })
        })
        .map(|phrase| phrase.to_string())
        .collect()
}

fn page_text(page: &Page) -> String {
    page.eval("return document.body.innerText;")
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn language(page: &Page) -> Option<String> {
    page.attr("html", "lang")
}

#[test]
fn the_switch_changes_every_text_while_the_run_goes_on() {
    let page = Page::open();
    assert_eq!(language(&page).as_deref(), Some("nl"));
    assert_eq!(
        found_in(&page_text(&page), ENGLISH_ONLY),
        Vec::<String>::new()
    );

    // A paused run: switching keeps the week and every figure exactly.
    page.click("button[data-action=play]");
    wait_for_week(&page, 4);
    pause(&page);
    let (week_before, nps_before, profit_before) =
        (week(&page), figure(&page, "nps"), figure(&page, "winst"));
    page.click("#taal-en");
    page.wait_until("the page in English", |p| {
        language(p).as_deref() == Some("en")
    });
    page.wait_for_text("#begrippen", "Glossary");
    assert_eq!(week(&page), week_before);
    assert_eq!(figure(&page, "nps"), nps_before);
    assert_eq!(figure(&page, "winst"), profit_before);
    assert_eq!(
        page.attr("#taal-en", "aria-pressed").as_deref(),
        Some("true")
    );
    let english = page_text(&page);
    assert_eq!(
        found_in(&english, DUTCH_ONLY),
        Vec::<String>::new(),
        "{english}"
    );
    assert!(found_in(&english, ENGLISH_ONLY).len() > 15, "{english}");
    // English numbers: a thousands comma in "of the 10,000 people".
    assert!(english.contains("10,000"), "{english}");
    page.screenshot("language-english");

    // A running run keeps running through a switch back to Dutch.
    page.click("button[data-action=play]");
    let running_from = week(&page);
    page.click("#taal-nl");
    page.wait_until("the page in Dutch", |p| {
        language(p).as_deref() == Some("nl")
    });
    assert!(playing(&page), "the switch stopped time");
    wait_for_week(&page, running_from + 3);
    pause(&page);
    let dutch = page_text(&page);
    assert_eq!(
        found_in(&dutch, ENGLISH_ONLY),
        Vec::<String>::new(),
        "{dutch}"
    );
    assert!(dutch.contains("10.000"), "{dutch}");
    page.assert_clean_console();
}

#[test]
fn the_link_sets_the_language_the_choice_is_remembered_and_a_bad_one_is_explained() {
    let page = Page::builder().path("/?lang=en").open();
    assert_eq!(language(&page).as_deref(), Some("en"));
    page.wait_for_text("#begrippen", "Glossary");

    // Chosen with the switch: Dutch stays after a reload without the parameter.
    page.click("#taal-nl");
    page.wait_until("Dutch", |p| language(p).as_deref() == Some("nl"));
    page.goto("/");
    assert_eq!(language(&page).as_deref(), Some("nl"));
    page.click("#taal-en");
    page.wait_until("English", |p| language(p).as_deref() == Some("en"));
    page.goto("/");
    assert_eq!(language(&page).as_deref(), Some("en"));
    page.wait_for_text("#begrippen", "Glossary");

    // A language the app does not have: a notice in the current language, nothing else changes.
    page.goto("/?lang=fr");
    page.wait_for("#linkmelding");
    let notice = page.text("#linkmelding");
    assert!(notice.contains("lang=fr"), "{notice}");
    assert!(notice.contains("English"), "{notice}");
    assert_eq!(language(&page).as_deref(), Some("en"));
    page.assert_clean_console();
}
