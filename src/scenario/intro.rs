//! The intro of a lesson: the story, what the learner will learn, the assignments, and which levers
//! are fixed or left out.

use super::modal::Modal;
use super::ui_state::{Dialog, use_scenario_ui};
use crate::i18n::{ScenarioTexts, Texts, current_language, scenario_texts, texts};
use leptos::prelude::*;
use model::{Language, Level, Lever, Scenario};

/// The paragraphs of a story: blank lines separate them; single line breaks are just spaces.
pub fn paragraphs(story: &str) -> Vec<String> {
    story
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Everything the intro shows, prepared from the scenario in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct IntroContent {
    pub level: &'static str,
    pub length: String,
    pub title: String,
    pub story: Vec<String>,
    pub goals: Vec<String>,
    /// Each assignment's title and description.
    pub assignments: Vec<(String, String)>,
    /// The levers shown but fixed, by name (empty when none).
    pub locked: String,
    pub locked_reason: String,
    /// The levers left out, by name (empty when none).
    pub hidden: String,
}

impl IntroContent {
    /// The intro of `scenario` in `lang`, with the scenario screens' texts `st` and the lever
    /// names of `t`.
    pub fn of(scenario: &Scenario, lang: Language, st: &ScenarioTexts, t: &Texts) -> IntroContent {
        let names = |levers: &mut dyn Iterator<Item = Lever>| {
            levers
                .map(|l| t.levers[l.index()].name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        IntroContent {
            level: match scenario.level {
                Level::Mbo => st.level_mbo,
                Level::Hbo => st.level_hbo,
            },
            length: (st.weeks_label)(scenario.weeks),
            title: scenario.title.get(lang).to_string(),
            story: paragraphs(scenario.story.get(lang)),
            goals: scenario
                .learning_goals
                .iter()
                .map(|g| g.get(lang).to_string())
                .collect(),
            assignments: scenario
                .assignments
                .iter()
                .map(|a| {
                    (
                        a.title.get(lang).to_string(),
                        a.description.get(lang).to_string(),
                    )
                })
                .collect(),
            locked: names(
                &mut scenario
                    .locked_levers
                    .iter()
                    .copied()
                    .filter(|l| !scenario.is_hidden(*l)),
            ),
            locked_reason: scenario.locked_reason.get(lang).to_string(),
            hidden: names(&mut scenario.hidden_levers.iter().copied()),
        }
    }
}

#[component]
pub fn IntroDialog() -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let c = ui.session.with_live(|l| {
        IntroContent::of(&l.state().run().scenario, current_language(), st, texts())
    });
    let begin = Callback::new(move |_| ui.begin());
    let IntroContent {
        level,
        length,
        title,
        story,
        goals,
        assignments,
        locked,
        locked_reason,
        hidden,
    } = c;
    view! {
        <Modal id="scenario-intro" class="modal-intro" labelled_by="intro-titel" on_close=begin>
            <header class="modal-head intro-head">
                <div>
                    <p class="modal-kicker">
                        <span class=format!("level-badge level-{}", level.to_lowercase())>{level}</span>
                        <span>{length}</span>
                    </p>
                    <h2 id="intro-titel">{title}</h2>
                </div>
            </header>
            <div class="intro-columns">
                <section class="intro-story" aria-labelledby="intro-verhaal">
                    <h3 id="intro-verhaal">{st.story_heading}</h3>
                    {story.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </section>
                <div class="intro-side">
                    <section class="intro-goals" aria-labelledby="intro-leerdoelen">
                        <h3 id="intro-leerdoelen">{st.learning_goals_heading}</h3>
                        <ul>{goals.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
                    </section>
                    <section class="intro-assignments" aria-labelledby="intro-opdrachten">
                        <h3 id="intro-opdrachten">{st.assignments_heading}</h3>
                        {if assignments.is_empty() {
                            view! { <p>{st.no_assignments}</p> }.into_any()
                        } else {
                            view! {
                                <ol>
                                    {assignments
                                        .into_iter()
                                        .map(|(title, text)| {
                                            view! {
                                                <li>
                                                    <strong>{title}</strong>
                                                    " "
                                                    <span>{text}</span>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            }
                                .into_any()
                        }}
                    </section>
                    {(!locked.is_empty()).then(|| view! {
                        <section class="intro-locked">
                            <h3>
                                <span class="lock-icon" aria-hidden="true"></span>
                                {st.locked_heading}
                            </h3>
                            <p><strong>{locked.clone()}</strong></p>
                            {(!locked_reason.is_empty()).then(|| view! { <p>{locked_reason.clone()}</p> })}
                        </section>
                    })}
                    {(!hidden.is_empty()).then(|| view! {
                        <p class="intro-hidden">{st.hidden_heading}": "{hidden.clone()}</p>
                    })}
                </div>
            </div>
            <footer class="modal-foot">
                <button
                    type="button"
                    class="button"
                    on:click=move |_| ui.dialog.set(Dialog::Picker)
                >
                    {st.back_to_picker}
                </button>
                <button
                    type="button"
                    class="button button-primary"
                    id="les-starten"
                    autofocus
                    on:click=move |_| begin.run(())
                >
                    {st.start_lesson}
                </button>
            </footer>
        </Modal>
    }
}

#[cfg(test)]
mod tests {
    use super::{IntroContent, paragraphs};
    use crate::i18n::{scenario_texts::NL, texts_for};
    use model::catalog::bundled;
    use model::{Language, Level};

    #[test]
    fn the_intro_names_locked_and_hidden_levers_and_keeps_the_assignments() {
        let t = texts_for(Language::Nl);
        for scenario in bundled() {
            let c = IntroContent::of(scenario, Language::Nl, &NL, t);
            assert_eq!(c.title, scenario.title.nl);
            assert_eq!(c.assignments.len(), scenario.assignments.len());
            assert_eq!(c.goals.len(), scenario.learning_goals.len());
            assert_eq!(c.level == NL.level_hbo, scenario.level == Level::Hbo);
            let visible_locked = scenario
                .locked_levers
                .iter()
                .filter(|l| !scenario.is_hidden(**l))
                .count();
            assert_eq!(c.locked.is_empty(), visible_locked == 0, "{}", scenario.id);
            for lever in &scenario.hidden_levers {
                assert!(c.hidden.contains(t.levers[lever.index()].name));
            }
        }
    }

    #[test]
    fn a_story_splits_into_paragraphs_at_blank_lines_only() {
        let story = "\nEen zin\nloopt door.\n\nTweede  alinea.\n";
        assert_eq!(
            paragraphs(story),
            vec!["Een zin loopt door.", "Tweede alinea."]
        );
        assert!(paragraphs("  \n\n ").is_empty());
    }
}
