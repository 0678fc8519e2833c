//! The pieces both file screens use: a button that opens a file from disk, and the message for a
//! file that could not be opened (the run on screen stays as it was).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A button-styled file chooser; `on_file` gets the input once a file is chosen (and the input is
/// cleared afterwards, so choosing the same file again works).
#[component]
pub fn OpenFileButton(
    /// Id of the file input (tests hand files to it).
    id: &'static str,
    /// File types offered, as for `<input accept>`.
    accept: &'static str,
    label: &'static str,
    on_file: Callback<web_sys::HtmlInputElement>,
    /// Shown as the main action of its screen.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            on_file.run(input);
        }
    };
    view! {
        <label class=if primary { "button button-primary file-open" } else { "button file-open" }>
            <input type="file" id=id class="visually-hidden" accept=accept on:change=on_change/>
            <span aria-hidden="true" class="file-icon">"⇪"</span>
            {label}
        </label>
    }
}

/// Why a file could not be opened, and that nothing changed.
#[component]
pub fn FileError(
    id: &'static str,
    title: &'static str,
    unchanged: &'static str,
    message: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        message.get().map(|message| {
            view! {
                <div class="import-error" role="alert" id=id>
                    <strong>{title}</strong>
                    <p class="import-message">{message}</p>
                    <p>{unchanged}</p>
                </div>
            }
        })
    }
}
