//! The classroom (klas): "Wat als?" (two runs on the same random numbers, compared), the result
//! code a learner hands in at the end of a lesson, and the teacher's view that replays a class's
//! codes into a ranking and shows the teacher notes. The encoding and the judging live in the
//! model (`model::saved_run::result_code`, `model::class_ranking`), the pair of runs in
//! `crate::state::runs`; the list and the notes are plain types ([`class_list`],
//! [`teacher_notes`]); these components bind them to the page.

pub mod class_list;
mod notes_view;
mod result_code_box;
mod teacher_button;
mod teacher_dialog;
pub mod teacher_notes;
mod what_if;

pub use result_code_box::ResultCodeBox;
pub use teacher_button::TeacherButton;
pub use teacher_dialog::TeacherDialog;
pub use what_if::{WhatIfBar, WhatIfButton};

/// Let the browser draw and handle input before going on (a macrotask, so a long batch of work
/// keeps the page responsive).
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
