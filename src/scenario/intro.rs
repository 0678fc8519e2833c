//! The intro of a lesson: the story, what the learner will learn, the assignments, and which levers
//! are fixed or left out.

use super::modal::Modal;
use super::ui_state::{Dialog, use_scenario_ui};
use crate::i18n::texts;
use crate::i18n::{current_language, scenario_texts};
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

fn lever_names(levers: &[Lever]) -> String {
    let t = texts();
    levers
        .iter()
        .map(|l| t.levers[l.index()].name)
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn IntroDialog() -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let lang: Language = current_language();
    let scenario: Scenario = ui.session.with_live(|l| l.state().run().scenario.clone());
    let begin = Callback::new(move |_| ui.begin());
    let level = match scenario.level {
        Level::Mbo => st.level_mbo,
        Level::Hbo => st.level_hbo,
    };
    let story = paragraphs(scenario.story.get(lang));
    let goals: Vec<String> = scenario
        .learning_goals
        .iter()
        .map(|g| g.get(lang).to_string())
        .collect();
    let assignments: Vec<(String, String)> = scenario
        .assignments
        .iter()
        .map(|a| {
            (
                a.title.get(lang).to_string(),
                a.description.get(lang).to_string(),
            )
        })
        .collect();
    let locked: Vec<Lever> = scenario
        .locked_levers
        .iter()
        .copied()
        .filter(|l| !scenario.is_hidden(*l))
        .collect();
    let locked_reason = scenario.locked_reason.get(lang).to_string();
    view! {
        <Modal id="scenario-intro" class="modal-intro" labelled_by="intro-titel" on_close=begin>
            <header class="modal-head intro-head">
                <div>
                    <p class="modal-kicker">
                        <span class=format!("level-badge level-{}", level.to_lowercase())>{level}</span>
                        <span>{(st.weeks_label)(scenario.weeks)}</span>
                    </p>
                    <h2 id="intro-titel">{scenario.title.get(lang).to_string()}</h2>
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
                            <p><strong>{lever_names(&locked)}</strong></p>
                            {(!locked_reason.is_empty()).then(|| view! { <p>{locked_reason.clone()}</p> })}
                        </section>
                    })}
                    {(!scenario.hidden_levers.is_empty()).then(|| view! {
                        <p class="intro-hidden">
                            {st.hidden_heading}": "{lever_names(&scenario.hidden_levers)}
                        </p>
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
    use super::paragraphs;

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
