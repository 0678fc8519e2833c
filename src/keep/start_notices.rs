//! Quiet notices about keeping the run: restored, a shared run opened, a link or stored data that
//! could not be used, no storage, a file opened. Each says its piece once and can be closed.

use super::browser_store;
use super::{KeepUi, use_keep_ui};
use crate::app::DEFAULT_SEED;
use crate::i18n::current_language;
use crate::i18n::{KeepTexts, keep_texts};
use crate::state::run_state::RunState;
use crate::state::startup::{PREVIOUS_KEY, StartNotice};
use leptos::prelude::*;
use model::saved_run::stored;
use model::{Language, SavedRunError, Scenario};

fn message(notice: &StartNotice, t: &KeepTexts, language: Language) -> String {
    match notice {
        StartNotice::Restored => t.notice_restored.to_string(),
        StartNotice::LinkOpened => t.notice_link_opened.to_string(),
        StartNotice::AddressRun => t.notice_address_run.to_string(),
        StartNotice::LinkRefused(error) => {
            let text = (t.notice_link_refused)(&error.message(language));
            if *error == SavedRunError::Damaged {
                format!("{text} {}", t.link_damaged_hint)
            } else {
                text
            }
        }
        StartNotice::StoredUnreadable(error) => {
            (t.notice_stored_unreadable)(&error.message(language))
        }
        StartNotice::StorageUnavailable => t.notice_no_storage.to_string(),
        StartNotice::FileOpened(name) => (t.file_opened)(name),
    }
}

#[component]
pub fn StartNotices() -> impl IntoView {
    let keep = use_keep_ui();
    view! {
        <div class="keep-notices" id="sessiemeldingen">
            // Rebuilt whenever the list changes: a notice of the same kind with other words
            // (a second opened file) must show its own words.
            {move || {
                keep.notices
                    .get()
                    .into_iter()
                    .map(|notice| view! { <KeepNotice notice keep/> })
                    .collect_view()
            }}
        </div>
    }
}

#[component]
fn KeepNotice(notice: StartNotice, keep: KeepUi) -> impl IntoView {
    let t = keep_texts();
    let language = current_language();
    let text = message(&notice, t, language);
    let warning = matches!(
        notice,
        StartNotice::LinkRefused(_)
            | StartNotice::StoredUnreadable(_)
            | StartNotice::StorageUnavailable
    );
    let action = match notice {
        StartNotice::Restored => Some((t.new_start, "nieuw-beginnen")),
        StartNotice::LinkOpened | StartNotice::AddressRun
            if browser_store::copy(PREVIOUS_KEY).is_some() =>
        {
            Some((t.back_to_own, "eigen-sessie"))
        }
        _ => None,
    };
    let for_dismiss = notice.clone();
    let on_action = {
        let notice = notice.clone();
        move |_| {
            keep.dismiss(&notice);
            match notice {
                StartNotice::Restored => {
                    browser_store::mark_shared(false);
                    keep.scenarios
                        .open_state(RunState::new(Scenario::free_play(), DEFAULT_SEED));
                }
                StartNotice::LinkOpened | StartNotice::AddressRun => {
                    if let Some(saved) = browser_store::copy(PREVIOUS_KEY)
                        .and_then(|text| stored::decode(&text).ok())
                    {
                        keep.open(saved);
                        super::resume_comparison_from(keep.session, super::PREVIOUS_COMPARISON_KEY);
                    }
                }
                _ => {}
            }
        }
    };
    view! {
        <div
            class=if warning { "keep-notice keep-notice-warning" } else { "keep-notice" }
            role=if warning { "alert" } else { "status" }
            data-melding=notice.key()
        >
            <p>{text}</p>
            {action.map(|(label, id)| view! {
                <button type="button" class="button" id=id on:click=on_action.clone()>{label}</button>
            })}
            <button type="button" class="notice-close" on:click=move |_| keep.dismiss(&for_dismiss)>
                {t.dismiss}
            </button>
        </div>
    }
}
