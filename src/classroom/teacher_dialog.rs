//! The teacher's view: paste or open a class's result codes, replay them one by one (the page stays
//! responsive and shows progress), see the ranking and the refused codes, export the ranking as
//! CSV; and read each lesson's teacher notes, which the students' screens never show.

use super::class_list::{ClassList, codes_in, csv, lesson_title};
use super::notes_view::notes_view;
use super::teacher_notes;
use super::yield_to_browser;
use crate::i18n::{class_texts, current_language, texts};
use crate::scenario::export::{ExportFile, download};
use crate::scenario::file_controls::OpenFileButton;
use crate::scenario::import::{ChosenFile, read_chosen};
use crate::scenario::modal::{Modal, ModalTitle};
use crate::scenario::{Dialog, use_scenario_ui};
use leptos::prelude::*;

/// Largest codes file read (a class's codes are a few kB).
const MAX_CODES_FILE_BYTES: f64 = 1_000_000.0;

/// Where the replay of the pasted codes stands.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Progress {
    Idle,
    Running { done: usize, total: usize },
    Done { total: usize, seconds: f64 },
    NoCodes,
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[component]
pub fn TeacherDialog() -> impl IntoView {
    let ui = use_scenario_ui();
    let t = class_texts();
    let numbers = texts().numbers;
    let lang = current_language();
    let close = Callback::new(move |_| ui.dialog.set(Dialog::None));
    let codes = RwSignal::new(String::new());
    let list = RwSignal::new(ClassList::default());
    let progress = RwSignal::new(Progress::Idle);
    let generation = StoredValue::new(0u32);
    let rank = move || {
        let all = codes_in(&codes.get_untracked());
        if all.is_empty() {
            progress.set(Progress::NoCodes);
            return;
        }
        generation.update_value(|g| *g += 1);
        let this_run = generation.get_value();
        list.set(ClassList::default());
        let total = all.len();
        progress.set(Progress::Running { done: 0, total });
        leptos::task::spawn_local(async move {
            let started = now_ms();
            let mut building = ClassList::default();
            for (done, (line, code)) in all.into_iter().enumerate() {
                yield_to_browser().await;
                if generation.try_get_value() != Some(this_run) {
                    return;
                }
                building.add(line, &code, lang, t.duplicate);
                progress.set(Progress::Running {
                    done: done + 1,
                    total,
                });
            }
            list.set(building);
            progress.set(Progress::Done {
                total,
                seconds: (now_ms() - started) / 1000.0,
            });
        });
    };
    let on_file = Callback::new(move |input: web_sys::HtmlInputElement| {
        leptos::task::spawn_local(async move {
            let chosen = read_chosen(&input, MAX_CODES_FILE_BYTES).await;
            input.set_value("");
            if let Some(ChosenFile::Text { text, .. }) = chosen {
                codes.set(text);
                rank();
            }
        });
    });
    let header = [
        t.col_rank,
        t.col_name,
        t.col_lesson,
        t.col_goals,
        t.col_nps,
        t.col_satisfaction,
        t.col_clv,
        t.col_profit,
        t.col_note,
    ];
    let on_export = move |_| {
        let file = ExportFile {
            name: t.csv_file.to_string(),
            text: list.with_untracked(|l| csv(l, header, lang)),
            mime: crate::scenario::export::CSV,
        };
        if let Err(error) = download(&file) {
            web_sys::console::error_1(&error);
        }
    };
    let status = move || match progress.get() {
        Progress::Idle => String::new(),
        Progress::Running { done, total } => (t.progress)(done, total),
        Progress::Done { total, seconds } => (t.done)(total, seconds),
        Progress::NoCodes => t.no_codes.to_string(),
    };
    let rows = move || {
        list.with(|l| {
            l.ranked()
                .into_iter()
                .map(|r| {
                    let s = r.standing;
                    let name = if s.name.is_empty() { t.no_name.to_string() } else { s.name };
                    view! {
                        <tr data-place=r.place data-lesson=r.lesson.clone()>
                            <td>{r.place}</td>
                            <th scope="row">{name}</th>
                            <td>{lesson_title(&r.lesson, lang)}</td>
                            <td data-goals=s.goals_met>{format!("{} / {}", s.goals_met, s.goals_total)}</td>
                            <td>{numbers.format_signed(s.last.nps, 0)}</td>
                            <td>{numbers.format(s.last.satisfaction, 1)}</td>
                            <td>{numbers.euros(s.last.clv_wxa_net)}</td>
                            <td data-profit=format!("{:.2}", s.last.cumulative_profit)>{numbers.euros(s.last.cumulative_profit)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let refused = move || {
        list.with(|l| {
            l.refused
                .iter()
                .map(|r| view! { <li data-line=r.line>{(t.refused_line)(r.line, &r.reason)}</li> })
                .collect_view()
        })
    };
    let has_ranking = move || list.with(|l| !l.is_empty());
    let has_refused = move || list.with(|l| !l.refused.is_empty());
    let lessons: Vec<(String, String)> = model::catalog::bundled()
        .iter()
        .map(|s| (s.id.clone(), s.title.get(lang).to_string()))
        .collect();
    let current = ui
        .session
        .with_live(|live| live.state().run().scenario.id.clone());
    let first_lesson = lessons
        .first()
        .map(|(id, _)| id.clone())
        .unwrap_or_default();
    let chosen_lesson = RwSignal::new(if lessons.iter().any(|(id, _)| *id == current) {
        current
    } else {
        first_lesson
    });
    let notes = move || teacher_notes::for_lesson(&chosen_lesson.get()).map(notes_view);
    view! {
        <Modal id="docent" class="modal-wide modal-teacher" labelled_by="docent-titel" on_close=close>
            <ModalTitle id="docent-titel" title=t.teacher_title close_label=t.close on_close=close/>
            <p class="modal-lead">{t.teacher_intro}</p>
            <section class="teacher-codes" aria-labelledby="docent-codes-titel">
                <label id="docent-codes-titel" for="docent-codes">{t.codes_label}</label>
                <textarea
                    id="docent-codes"
                    rows="5"
                    spellcheck="false"
                    aria-describedby="docent-codes-uitleg"
                    prop:value=move || codes.get()
                    on:input=move |ev| codes.set(event_target_value(&ev))
                ></textarea>
                <p class="file-hint" id="docent-codes-uitleg">{t.codes_hint}</p>
                <div class="file-row">
                    <button type="button" class="button button-primary" id="docent-rangschik" on:click=move |_| rank()>
                        {t.rank_button}
                    </button>
                    <OpenFileButton id="docent-bestand" accept=".txt,.csv,text/plain" label=t.open_codes_file on_file=on_file/>
                    <p class="share-status" role="status" id="docent-voortgang"
                        data-status=move || match progress.get() {
                            Progress::Done { .. } => "klaar",
                            Progress::Running { .. } => "bezig",
                            Progress::NoCodes => "leeg",
                            Progress::Idle => "",
                        }
                    >{status}</p>
                </div>
            </section>
            <Show when=has_ranking>
                <section class="teacher-ranking" aria-labelledby="ranglijst-titel">
                    <div class="teacher-ranking-head">
                        <h3 id="ranglijst-titel">{t.ranking_heading}</h3>
                        <button type="button" class="button" id="ranglijst-csv" on:click=on_export>
                            <span aria-hidden="true" class="file-icon">"⇩"</span>
                            {t.export_csv}
                        </button>
                    </div>
                    <p class="file-hint">{t.replay_note}</p>
                    <table id="ranglijst">
                        <thead>
                            <tr>
                                {header[..8].iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <Show when=has_refused>
                        <h4>{t.refused_heading}</h4>
                        <ul id="niet-gerangschikt">{refused}</ul>
                    </Show>
                </section>
            </Show>
            <section class="teacher-notes" aria-labelledby="notities-titel">
                <div class="teacher-ranking-head">
                    <h3 id="notities-titel">{t.notes_heading}</h3>
                    <label class="teacher-notes-lesson">
                        <span>{t.notes_lesson_label}</span>
                        <select
                            id="notities-les"
                            on:change=move |ev| chosen_lesson.set(event_target_value(&ev))
                        >
                            {lessons
                                .into_iter()
                                .map(|(id, title)| {
                                    let selected = id == chosen_lesson.get_untracked();
                                    view! { <option value=id selected=selected>{title}</option> }
                                })
                                .collect_view()}
                        </select>
                    </label>
                </div>
                {(lang != model::Language::En).then(|| view! { <p class="file-hint">{t.notes_language_note}</p> })}
                <div class="notes-body" id="notities">{notes}</div>
            </section>
        </Modal>
    }
}
