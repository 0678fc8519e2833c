//! What the scenario screens share: which dialog is open, whether the assignment panel shows, the
//! last import error, the hints revealed, and the live progress of every assignment.

use super::progress::AssignmentProgress;
use crate::session::Session;
use crate::state::run_state::RunState;
use leptos::prelude::*;
use model::Scenario;

/// The dialog over the simulator, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    None,
    /// Choose a lesson, open or export a file.
    Picker,
    /// The story and learning goals of the lesson just chosen.
    Intro,
    /// Goals, key figures and debrief questions at the end of the lesson.
    Results,
    /// Save and share the run: link, session file, the learner's name.
    Keep,
    /// The teacher's view: the class ranking from result codes, and the teacher notes.
    Teacher,
    /// The printable debrief report of the run.
    Report,
    /// Begrippen: the course's concepts, opened at one of them (its id) or at the top.
    Glossary(Option<&'static str>),
}

/// Handle to the scenario screens' state; provided as context by the app.
#[derive(Clone, Copy)]
pub struct ScenarioUi {
    pub session: Session,
    pub dialog: RwSignal<Dialog>,
    pub panel_open: RwSignal<bool>,
    /// The message of the last file that could not be opened.
    pub import_error: RwSignal<Option<String>>,
    /// Bumped whenever another scenario is loaded; views that read the scenario once re-render.
    pub generation: RwSignal<u64>,
    /// Hints shown so far, per assignment (by position).
    pub hints_shown: RwSignal<Vec<usize>>,
    /// A lesson was started from its intro: its end opens the result view by itself. (Free play
    /// at start-up is a sandbox; its result is one click away in the assignment panel.)
    pub lesson_started: RwSignal<bool>,
    /// Every assignment's progress in the week on screen.
    pub progress: Memo<Vec<AssignmentProgress>>,
}

impl ScenarioUi {
    fn new(session: Session) -> ScenarioUi {
        let generation = RwSignal::new(0);
        let progress = Memo::new(move |_| {
            generation.track();
            session.latest.track();
            session.with_live(|live| {
                let scenario = &live.state().run().scenario;
                scenario
                    .assignments
                    .iter()
                    .map(|a| AssignmentProgress::new(a, live.history(), scenario.weeks))
                    .collect()
            })
        });
        ScenarioUi {
            session,
            dialog: RwSignal::new(Dialog::None),
            panel_open: RwSignal::new(false),
            import_error: RwSignal::new(None),
            generation,
            hints_shown: RwSignal::new(Vec::new()),
            lesson_started: RwSignal::new(false),
            progress,
        }
    }

    /// Read the scenario being played (tracks scenario changes, not weeks).
    pub fn with_scenario<R>(&self, f: impl FnOnce(&Scenario) -> R) -> R {
        self.generation.track();
        self.session
            .with_live(|live| f(&live.state().run().scenario))
    }

    /// Start `scenario` at week 0 and show its intro. The old run ends.
    pub fn load(&self, scenario: Scenario) {
        let hints = vec![0; scenario.assignments.len()];
        self.session.load_scenario(scenario);
        self.hints_shown.set(hints);
        self.import_error.set(None);
        self.panel_open.set(false);
        self.lesson_started.set(false);
        self.generation.update(|g| *g += 1);
        self.dialog.set(Dialog::Intro);
    }

    /// Show a kept run (an opened session file, a restored or shared run) and go on with it where
    /// it stopped: no intro, the assignments open when the lesson has any.
    pub fn open_state(&self, state: RunState) {
        let hints = vec![0; state.run().scenario.assignments.len()];
        self.session.replace(state);
        self.hints_shown.set(hints);
        self.import_error.set(None);
        self.generation.update(|g| *g += 1);
        self.dialog.set(Dialog::None);
        self.resume();
    }

    /// The run on screen was picked up again (at start-up or from a file): a lesson with
    /// assignments shows them and opens its result view at its end, as if started from its intro.
    /// Free play stays the sandbox it is at start-up: its assignments wait in the header.
    pub fn resume(&self) {
        let lesson = self
            .session
            .with_live(|live| live.state().run().scenario.is_lesson());
        self.panel_open.set(lesson);
        self.lesson_started.set(lesson);
    }

    /// Close the intro and start the lesson: the assignments show when there are any.
    pub fn begin(&self) {
        let has_assignments = self
            .session
            .with_live(|live| !live.state().run().scenario.assignments.is_empty());
        self.dialog.set(Dialog::None);
        self.panel_open.set(has_assignments);
        self.lesson_started.set(true);
    }

    /// Show one more hint of assignment `index`.
    pub fn reveal_hint(&self, index: usize) {
        self.hints_shown.update(|shown| {
            if shown.len() <= index {
                shown.resize(index + 1, 0);
            }
            shown[index] += 1;
        });
    }
}

/// Create the scenario screens' state for `session` and provide it to the views below.
pub fn provide_scenario_ui(session: Session) -> ScenarioUi {
    let ui = ScenarioUi::new(session);
    provide_context(ui);
    watch_for_the_end(ui);
    ui
}

/// The scenario screens' state of the surrounding app.
pub fn use_scenario_ui() -> ScenarioUi {
    expect_context::<ScenarioUi>()
}

/// Open the result view the moment a started lesson's last week is reached (once per run:
/// stepping on past the end or replaying the same weeks does not reopen it).
fn watch_for_the_end(ui: ScenarioUi) {
    Effect::new(move |previous: Option<u32>| {
        let week = ui.session.latest.with(|s| s.week);
        let weeks = ui.session.scenario_weeks();
        let started = ui.lesson_started.get_untracked();
        if started && previous.is_some_and(|p| p < weeks) && week >= weeks {
            ui.dialog.set(Dialog::Results);
        }
        week
    });
}
