//! The save-and-share dialog: the learner's name, the share link (copied to the clipboard, and
//! shown to select by hand when copying is refused), and saving or opening a session file.

use super::session_file::{read_chosen_session, session_file};
use super::share::{copy_to_clipboard, share_url, this_page};
use super::use_keep_ui;
use crate::exports::run_csv;
use crate::i18n::current_language;
use crate::i18n::keep_texts;
use crate::scenario::export::{ExportFile, download};
use crate::scenario::file_controls::{FileError, OpenFileButton};
use crate::scenario::modal::{Modal, ModalTitle};
use crate::scenario::{Dialog, use_scenario_ui};
use crate::state::startup::StartNotice;
use leptos::prelude::*;
use model::saved_run::link;
use wasm_bindgen::JsCast;

/// Whether the last copy to the clipboard worked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    NotYet,
    Yes,
    Refused,
}

#[component]
pub fn KeepDialog() -> impl IntoView {
    let ui = use_scenario_ui();
    let keep = use_keep_ui();
    let t = keep_texts();
    let lang = current_language();
    let close = Callback::new(move |_| ui.dialog.set(Dialog::None));
    let url = Memo::new(move |_| {
        keep.session.latest.track();
        keep.session.edits.track();
        share_url(&this_page(), &link::encode(&keep.saved_now()))
    });
    let week = move || keep.session.latest.with(|s| s.week);
    let copied = RwSignal::new(Copied::NotYet);
    let file_error = RwSignal::new(None::<String>);
    let on_copy = move |_| {
        let text = url.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(&text).await;
            copied.set(if ok { Copied::Yes } else { Copied::Refused });
        });
    };
    let on_save = move |_| {
        if let Err(error) = download(&session_file(&keep.saved_now())) {
            web_sys::console::error_1(&error);
        }
    };
    let on_csv = move |_| {
        let file = keep.session.with_live(|live| ExportFile {
            name: run_csv::file_name(live.state()),
            text: run_csv::run_csv(live.state(), live.history(), lang),
            mime: crate::scenario::export::CSV,
        });
        if let Err(error) = download(&file) {
            web_sys::console::error_1(&error);
        }
    };
    let on_file = Callback::new(move |input: web_sys::HtmlInputElement| {
        leptos::task::spawn_local(async move {
            let result = read_chosen_session(&input, lang, t).await;
            input.set_value("");
            match result {
                Some(Ok((name, saved))) => {
                    file_error.set(None);
                    keep.open(saved);
                    keep.say(StartNotice::FileOpened(name));
                }
                Some(Err(message)) => file_error.set(Some(message)),
                None => {}
            }
        });
    });
    let select_all = |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <Modal id="bewaren" class="modal-keep" labelled_by="bewaren-titel" on_close=close>
            <ModalTitle id="bewaren-titel" title=t.dialog_title close_label=t.close on_close=close/>
            <p class="modal-lead">{t.dialog_intro}</p>
            <div class="keep-name">
                <label for="leerling-naam">{t.name_label}</label>
                <input
                    type="text"
                    id="leerling-naam"
                    maxlength=model::saved_run::MAX_LEARNER_CHARS.to_string()
                    autocomplete="name"
                    aria-describedby="leerling-naam-uitleg"
                    prop:value=move || keep.learner.get()
                    on:input=move |ev| {
                        keep.learner.set(event_target_value(&ev));
                        keep.save_now();
                    }
                />
                <p class="file-hint" id="leerling-naam-uitleg">{t.name_hint}</p>
            </div>
            <section class="keep-section" aria-labelledby="delen-titel">
                <h3 id="delen-titel">{t.share_heading}</h3>
                <p class="file-hint">{move || (t.share_explain)(week())}</p>
                <div class="share-row">
                    <button type="button" class="button button-primary" id="deel-knop" on:click=on_copy>
                        {t.copy_button}
                    </button>
                    <p
                        class="share-status"
                        id="deel-status"
                        role="status"
                        data-status=move || match copied.get() {
                            Copied::NotYet => "",
                            Copied::Yes => "gekopieerd",
                            Copied::Refused => "geweigerd",
                        }
                    >
                        {move || match copied.get() {
                            Copied::NotYet => "",
                            Copied::Yes => t.copied,
                            Copied::Refused => t.copy_refused,
                        }}
                    </p>
                </div>
                <label class="share-link-label" for="deel-link">
                    {t.link_label}
                    <span class="share-link-length">{move || (t.link_length)(url.with(String::len))}</span>
                </label>
                <input
                    type="text"
                    id="deel-link"
                    class="share-link"
                    readonly
                    prop:value=move || url.get()
                    on:focus=select_all
                />
            </section>
            <section class="keep-section" aria-labelledby="sessiebestand-titel">
                <h3 id="sessiebestand-titel">{t.file_heading}</h3>
                <div class="file-row">
                    <button type="button" class="button" id="sessie-opslaan" on:click=on_save>
                        <span aria-hidden="true" class="file-icon">"⇩"</span>
                        {t.save_file_button}
                    </button>
                    <p class="file-hint">{t.save_file_hint}</p>
                </div>
                <div class="file-row">
                    <OpenFileButton
                        id="sessie-bestand"
                        accept=".klantcyclus,.toml,text/plain"
                        label=t.open_file_button
                        on_file
                    />
                    <p class="file-hint">{t.open_file_hint}</p>
                </div>
                <FileError
                    id="sessie-fout"
                    title=t.open_error_title
                    unchanged=t.open_unchanged
                    message=file_error.into()
                />
            </section>
            <section class="keep-section" aria-labelledby="gegevens-titel">
                <h3 id="gegevens-titel">{t.data_heading}</h3>
                <div class="file-row">
                    <button type="button" class="button" id="csv-opslaan" on:click=on_csv>
                        <span aria-hidden="true" class="file-icon">"⇩"</span>
                        {t.csv_button}
                    </button>
                    <p class="file-hint">{t.csv_hint}</p>
                </div>
                <div class="file-row">
                    <crate::report::ReportButton id="verslag-knop"/>
                    <p class="file-hint">{crate::i18n::report_texts().print_hint}</p>
                </div>
            </section>
        </Modal>
    }
}
