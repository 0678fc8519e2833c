//! The result code at the end of a lesson: the learner's name (the same one the save dialog keeps)
//! and a short code to hand in, or the reason no code can be made.

use crate::i18n::{class_texts, current_language};
use crate::keep::share::copy_to_clipboard;
use crate::keep::use_keep_ui;
use leptos::prelude::*;
use model::saved_run::result_code;

#[component]
pub fn ResultCodeBox() -> impl IntoView {
    let keep = use_keep_ui();
    let t = class_texts();
    let lang = current_language();
    let code = Memo::new(move |_| {
        keep.learner.track();
        result_code::encode(&keep.saved_now()).map_err(|refusal| refusal.message(lang))
    });
    let has_name = move || !keep.learner.with(|n| n.trim().is_empty());
    let copied = RwSignal::new(None::<bool>);
    let on_copy = move |_| {
        let Ok(text) = code.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            copied.set(Some(copy_to_clipboard(&text).await));
        });
    };
    view! {
        <section class="result-code" aria-labelledby="resultaatcode-titel">
            <h3 id="resultaatcode-titel">{t.code_heading}</h3>
            <p class="file-hint">{t.code_explain}</p>
            <div class="result-code-row">
                <label class="result-code-name">
                    <span>{t.code_name_label}</span>
                    <input
                        type="text"
                        id="resultaat-naam"
                        maxlength=model::saved_run::MAX_LEARNER_CHARS.to_string()
                        autocomplete="name"
                        prop:value=move || keep.learner.get()
                        on:input=move |ev| {
                            keep.learner.set(event_target_value(&ev));
                            copied.set(None);
                            keep.save_now();
                        }
                    />
                </label>
                {move || match (has_name(), code.get()) {
                    (false, _) => view! { <p class="file-hint" id="resultaat-code-leeg">{t.code_needs_name}</p> }.into_any(),
                    (true, Err(reason)) => view! { <p class="result-code-refused" id="resultaat-code-fout">{reason}</p> }.into_any(),
                    (true, Ok(text)) => view! {
                        <label class="result-code-field">
                            <span>{t.code_label}</span>
                            <input type="text" id="resultaat-code" readonly prop:value=text
                                on:focus=|ev| {
                                    use wasm_bindgen::JsCast;
                                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                        input.select();
                                    }
                                }
                            />
                        </label>
                        <button type="button" class="button" id="resultaat-kopieer" on:click=on_copy>{t.code_copy}</button>
                    }.into_any(),
                }}
            </div>
            <p class="share-status" role="status" id="resultaat-kopieer-status">
                {move || match copied.get() {
                    None => "",
                    Some(true) => t.copied,
                    Some(false) => t.copy_refused,
                }}
            </p>
        </section>
    }
}
