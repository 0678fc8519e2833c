//! Opening a scenario file from disk and exporting the current setup as one.

use super::export::{download, export_file};
use super::file_controls::{FileError, OpenFileButton};
use super::import::read_chosen_file;
use super::ui_state::use_scenario_ui;
use crate::i18n::{current_language, scenario_texts};
use leptos::prelude::*;

#[component]
pub fn FileActions() -> impl IntoView {
    let ui = use_scenario_ui();
    let st = scenario_texts();
    let lang = current_language();
    let on_file = Callback::new(move |input: web_sys::HtmlInputElement| {
        leptos::task::spawn_local(async move {
            let result = read_chosen_file(&input, st, lang).await;
            // Choosing the same file again must fire `change` again.
            input.set_value("");
            match result {
                Some(Ok(scenario)) => ui.load(scenario),
                Some(Err(message)) => ui.import_error.set(Some(message)),
                None => {}
            }
        });
    });
    let on_export = move |_| {
        let file = ui.session.with_live(|live| {
            let state = live.state();
            export_file(&state.run().scenario, live.policy(), state.week())
        });
        if let Err(error) = download(&file) {
            web_sys::console::error_1(&error);
        }
    };
    view! {
        <section class="file-actions" aria-labelledby="eigen-lessen">
            <h3 id="eigen-lessen">{st.files_heading}</h3>
            <div class="file-row">
                <OpenFileButton
                    id="scenario-bestand"
                    accept=".toml,text/plain"
                    label=st.import_button
                    on_file
                    primary=true
                />
                <p class="file-hint">{st.import_hint}</p>
            </div>
            <div class="file-row">
                <button type="button" class="button" id="scenario-exporteren" on:click=on_export>
                    <span aria-hidden="true" class="file-icon">"⇩"</span>
                    {st.export_button}
                </button>
                <p class="file-hint">{st.export_hint}</p>
            </div>
            <FileError
                id="import-fout"
                title=st.import_error_title
                unchanged=st.import_unchanged
                message=ui.import_error.into()
            />
        </section>
    }
}
