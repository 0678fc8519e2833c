//! A chart on the page: title, legend (HTML, so it is crisp and readable by screen readers) and a
//! HiDPI canvas that redraws when the session says so or the window changes size.

use super::hidpi;
use super::palette::Palette;
use crate::session::use_session;
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;
use web_sys::HtmlCanvasElement;

/// One legend entry: the text and the CSS variable holding its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    pub label: &'static str,
    pub color_var: &'static str,
    pub dashed: bool,
}

impl LegendEntry {
    pub const fn solid(label: &'static str, color_var: &'static str) -> LegendEntry {
        LegendEntry {
            label,
            color_var,
            dashed: false,
        }
    }

    pub const fn dashed(label: &'static str, color_var: &'static str) -> LegendEntry {
        LegendEntry {
            label,
            color_var,
            dashed: true,
        }
    }
}

/// A chart card. `draw` paints the canvas given its pixel ratio and the page palette.
#[component]
pub fn ChartCard(
    /// Element id of the canvas (tests and links use it).
    id: &'static str,
    title: &'static str,
    legend: Vec<LegendEntry>,
    /// The legend while comparing two runs ("Wat als?").
    compare_legend: Vec<LegendEntry>,
    draw: impl Fn(&HtmlCanvasElement, f64, &Palette) + 'static,
) -> impl IntoView {
    let session = use_session();
    let canvas = NodeRef::<Canvas>::new();
    let resized = RwSignal::new(0u32);
    let handle = window_event_listener(ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || handle.remove());
    let draws = StoredValue::new(0u64);

    Effect::new(move |_| {
        session.chart_version.track();
        resized.track();
        if let Some(element) = canvas.get() {
            let started = crate::session::now();
            let ratio = hidpi::fit(&element);
            draw(&element, ratio, &Palette::read());
            let spent = crate::session::now() - started;
            session.frame_stats.update(|s| s.chart_ms.record(spent));
            draws.update_value(|n| *n += 1);
            let _ = element.set_attribute("data-draws", &draws.get_value().to_string());
        }
    });

    let title_id = format!("{id}-titel");
    let labelled_by = title_id.clone();
    let keep_texts = crate::i18n::keep_texts();
    let on_png = move |_| {
        if let Some(element) = canvas.get_untracked() {
            let week = session.latest.with_untracked(|s| s.week);
            let name = crate::exports::chart_png::png_name(id, week);
            if let Err(error) = crate::exports::chart_png::download_png(&element, &name) {
                web_sys::console::error_1(&error);
            }
        }
    };
    view! {
        <figure class="chart-card" aria-labelledby=labelled_by>
            <figcaption>
                <h3 id=title_id>{title}</h3>
                {move || {
                    let entries = if session.fork_week.get().is_some() {
                        compare_legend.clone()
                    } else {
                        legend.clone()
                    };
                    view! { <Legend entries/> }
                }}
            </figcaption>
            <div class="chart-canvas-box">
                <canvas id=id node_ref=canvas role="img" aria-label=title></canvas>
                <button
                    type="button"
                    class="chart-png"
                    id=format!("{id}-png")
                    title=keep_texts.png_button
                    aria-label=format!("{title}: {}", keep_texts.png_button)
                    on:click=on_png
                >
                    "PNG"
                </button>
            </div>
        </figure>
    }
}

/// The legend of a chart: a swatch (solid or dashed) and a text per entry.
#[component]
fn Legend(entries: Vec<LegendEntry>) -> impl IntoView {
    view! {
        <ul class="legend">
            {entries
                .into_iter()
                .map(|entry| {
                    view! {
                        <li>
                            <span
                                class="swatch"
                                class:dashed=entry.dashed
                                style=format!("--swatch: var({})", entry.color_var)
                                aria-hidden="true"
                            ></span>
                            {entry.label}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
