//! A modal dialog on the browser's own `<dialog>`: it takes the focus, keeps Tab inside, makes the
//! page behind it inert, and closes with Escape or a click on the dimmed backdrop; the focus then
//! goes back to the button that opened it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Modal(
    /// Id of the dialog element.
    id: &'static str,
    /// Class for the dialog's size and layout.
    class: &'static str,
    /// Id of the heading that names the dialog.
    labelled_by: &'static str,
    /// Called when the user closes the dialog (Escape or backdrop).
    on_close: Callback<()>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    dialog.on_load(|d| {
        if !d.open() {
            let _ = d.show_modal();
        }
    });
    // Closed before it leaves the page, so the browser gives the focus back to what opened it.
    on_cleanup(move || {
        if let Some(d) = dialog.try_get_untracked().flatten() {
            d.close();
        }
    });
    let on_backdrop = move |ev: leptos::ev::MouseEvent| {
        let on_dialog_itself = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok())
            .is_some();
        if on_dialog_itself {
            on_close.run(());
        }
    };
    let keep_tab_inside = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Tab" {
            return;
        }
        let Some(d) = dialog.get_untracked() else {
            return;
        };
        let stops = focus_stops(&d);
        let (Some(first), Some(last)) = (stops.first(), stops.last()) else {
            return;
        };
        let active = document().active_element();
        let at = |e: &web_sys::HtmlElement| active.as_ref() == Some(e.unchecked_ref());
        let wrap_to = if ev.shift_key() && at(first) {
            Some(last)
        } else if !ev.shift_key() && at(last) {
            Some(first)
        } else {
            None
        };
        if let Some(target) = wrap_to {
            ev.prevent_default();
            let _ = target.focus();
        }
    };
    view! {
        <dialog
            node_ref=dialog
            id=id
            class=format!("modal {class}")
            aria-labelledby=labelled_by
            on:cancel=move |ev: web_sys::Event| {
                ev.prevent_default();
                on_close.run(());
            }
            on:click=on_backdrop
            on:keydown=keep_tab_inside
        >
            <div class="modal-body">{children()}</div>
        </dialog>
    }
}

/// The elements inside `dialog` that Tab stops at, in order (shown and enabled).
fn focus_stops(dialog: &web_sys::HtmlDialogElement) -> Vec<web_sys::HtmlElement> {
    const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
        select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|element| element.get_client_rects().length() > 0)
        .collect()
}

/// The head of a dialog: its title and a close button.
#[component]
pub fn ModalTitle(
    /// Id of the heading (the dialog's `labelled_by`).
    id: &'static str,
    title: &'static str,
    close_label: &'static str,
    on_close: Callback<()>,
) -> impl IntoView {
    view! {
        <header class="modal-head">
            <h2 id=id>{title}</h2>
            <button
                type="button"
                class="modal-close"
                aria-label=close_label
                title=close_label
                on:click=move |_| on_close.run(())
            >
                "×"
            </button>
        </header>
    }
}
