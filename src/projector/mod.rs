//! Projector mode ("Beamer"): larger type, higher contrast, thicker chart lines and flow arrows,
//! for a lesson on a projector. It is one attribute on the page's root element,
//! `data-beamer`, which swaps the CSS variables of `style/base.css` (and so the canvas charts,
//! which read the same variables). Switched with the header button, Alt+P or `?beamer=1`; the
//! browser remembers the last choice.

#[cfg(test)]
pub(crate) mod contrast;
mod projector_button;

pub use projector_button::ProjectorButton;

use crate::cycle::diagram_model::DiagramStyle;
use crate::keep::browser_store;
use crate::session::Session;
use leptos::prelude::*;

/// Where the browser remembers the choice.
pub const STORAGE_KEY: &str = "klantcyclus.beamer";

/// How much thicker the cycle diagram's arrows are in projector mode.
pub const FLOW_THICKNESS: f64 = 1.6;

/// How much larger the cycle diagram's type is in projector mode (its labels are SVG text, which
/// shrinks with the diagram; at 1280x720 this makes them at least 20 px on screen).
pub const DIAGRAM_TEXT_SCALE: f64 = 1.9;

/// The attribute on `<html>` that switches the palette and sizes.
pub const ROOT_ATTRIBUTE: &str = "data-beamer";

/// Handle to projector mode; provided as context by the app.
#[derive(Clone, Copy)]
pub struct Projector {
    pub on: RwSignal<bool>,
}

impl Projector {
    pub fn toggle(&self) {
        self.on.update(|on| *on = !*on);
    }

    /// How the cycle diagram is drawn in the current mode.
    pub fn diagram_style(&self) -> Memo<DiagramStyle> {
        let on = self.on;
        Memo::new(move |_| {
            if on.get() {
                DiagramStyle {
                    flow_thickness: FLOW_THICKNESS,
                    text_scale: DIAGRAM_TEXT_SCALE,
                }
            } else {
                DiagramStyle::NORMAL
            }
        })
    }
}

/// Whether projector mode starts on: the address decides when it says so, otherwise what this
/// browser remembers, otherwise off.
pub fn starts_on(asked: Option<bool>, remembered: Option<bool>) -> bool {
    asked.or(remembered).unwrap_or(false)
}

/// What this browser remembers (nothing when storage is unavailable or holds something else).
fn remembered() -> Option<bool> {
    match browser_store::copy(STORAGE_KEY).as_deref() {
        Some("aan") => Some(true),
        Some("uit") => Some(false),
        _ => None,
    }
}

/// Remember the choice; failing to is no reason to bother the learner about a display setting.
fn remember(on: bool) {
    browser_store::keep_copy(STORAGE_KEY, if on { "aan" } else { "uit" });
}

/// Put projector mode on the page: the root attribute follows the switch, the choice is
/// remembered, and the charts redraw in the new palette.
pub fn provide(session: Session, asked: Option<bool>) -> Projector {
    let projector = Projector {
        on: RwSignal::new(starts_on(asked, remembered())),
    };
    provide_context(projector);
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let on = projector.on.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = if on {
                root.set_attribute(ROOT_ATTRIBUTE, "")
            } else {
                root.remove_attribute(ROOT_ATTRIBUTE)
            };
        }
        if first.get_value() {
            first.set_value(false);
        } else {
            remember(on);
        }
        session.chart_version.update(|v| *v += 1);
    });
    projector
}

/// Projector mode of the surrounding app.
pub fn use_projector() -> Projector {
    expect_context::<Projector>()
}

#[cfg(test)]
mod tests {
    use super::starts_on;

    #[test]
    fn the_address_wins_then_the_remembered_choice_then_off() {
        assert!(starts_on(Some(true), Some(false)));
        assert!(!starts_on(Some(false), Some(true)));
        assert!(starts_on(None, Some(true)));
        assert!(!starts_on(None, None));
    }
}
