//! A chart on the page: title, legend (HTML, so it is crisp and readable by screen readers) and a
//! HiDPI canvas that redraws when the session says so or the window changes size.

use super::hidpi;
use super::palette::Palette;
use crate::glossary::GlossaryLink;
use crate::session::use_session;
use crate::state::chart_table::{ChartData, MAX_ROWS, table_rows};
use crate::state::throttle::{Due, Throttle};
use crate::state::trend_summary::summarize;
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

/// How often, at most, a chart's spoken summary changes while time runs.
pub const SUMMARY_INTERVAL_MS: f64 = 5000.0;

/// A chart card. `draw` paints the canvas given its pixel ratio and the page palette; `data`
/// (when given) adds the "Tabel" toggle and the spoken summary.
#[component]
pub fn ChartCard(
    /// Element id of the canvas (tests and links use it).
    id: &'static str,
    title: &'static str,
    legend: Vec<LegendEntry>,
    /// The legend while comparing two runs ("Wat als?").
    compare_legend: Vec<LegendEntry>,
    draw: impl Fn(&HtmlCanvasElement, f64, &Palette) + 'static,
    #[prop(optional)] data: Option<ChartData>,
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
    let table_shown = RwSignal::new(false);
    let access = data.map(|data| {
        let data = StoredValue::new(data);
        let summary = RwSignal::new(String::new());
        announce_summaries(session, data, summary);
        (data, summary)
    });
    let a = crate::i18n::chart_access_texts();
    let table_id = format!("{id}-tabel");
    let table_box = access.map(|(data, _)| {
        view! {
            <div class="chart-table-box" id=table_id.clone() hidden=move || !table_shown.get()>
                {move || table_shown.get().then(|| view! { <DataTable title data/> })}
            </div>
        }
    });
    let table_toggle = access.map(|_| {
        view! {
            <button
                type="button"
                class="chart-tool chart-table-toggle"
                id=format!("{id}-tabel-knop")
                aria-pressed=move || table_shown.get().to_string()
                aria-controls=table_id.clone()
                title=a.table_hint
                aria-label=format!("{title}: {}", a.table_button)
                on:click=move |_| {
                    table_shown.update(|shown| *shown = !*shown);
                    // The canvas had no size while the table was shown.
                    session.chart_version.update(|v| *v += 1);
                }
            >
                {a.table_button}
            </button>
        }
    });
    let spoken = access.map(|(_, summary)| {
        view! {
            <p class="visually-hidden chart-summary" aria-live="polite" id=format!("{id}-samenvatting")>
                {move || summary.get()}
            </p>
        }
    });
    view! {
        <figure class="chart-card" aria-labelledby=labelled_by>
            <figcaption>
                <h3 id=title_id>
                    {match crate::glossary::links::for_element(id) {
                        Some(concept) => view! { <GlossaryLink concept text=title/> }.into_any(),
                        None => title.into_any(),
                    }}
                </h3>
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
                <canvas
                    id=id
                    node_ref=canvas
                    role="img"
                    aria-label=title
                    hidden=move || table_shown.get()
                ></canvas>
                {table_box}
                <div class="chart-tools">
                {table_toggle}
                <button
                    type="button"
                    class="chart-tool chart-png"
                    id=format!("{id}-png")
                    title=keep_texts.png_button
                    aria-label=format!("{title}: {}", keep_texts.png_button)
                    on:click=on_png
                >
                    "PNG"
                </button>
                </div>
            </div>
            {spoken}
        </figure>
    }
}

/// Keep `summary` saying how the chart's main series went, at most once per
/// [`SUMMARY_INTERVAL_MS`]; a change asked for sooner is said when the interval is over, so
/// the last word after a pause is always the current one.
fn announce_summaries(
    session: crate::session::Session,
    data: StoredValue<ChartData>,
    summary: RwSignal<String>,
) {
    let throttle = StoredValue::new(Throttle::new(SUMMARY_INTERVAL_MS));
    let waiting = StoredValue::new(false);
    let a = crate::i18n::chart_access_texts();
    let numbers = crate::i18n::texts().numbers;
    let say = move || {
        let Some(column) = data
            .try_with_value(|d| d.summary_column().copied())
            .flatten()
        else {
            return;
        };
        let change_weeks = session.change_weeks.try_get_untracked().unwrap_or_default();
        let trend = session.with_live(|live| {
            summarize(
                live.history(),
                column.value,
                &change_weeks,
                column.format.decimals(),
            )
        });
        if let Some(trend) = trend {
            let text = (a.summary)(
                column.label,
                trend.direction,
                &column.format.write(numbers, trend.from),
                &column.format.write(numbers, trend.to),
                trend.since_week,
            );
            if summary.try_with_untracked(|s| *s != text) == Some(true) {
                summary.try_set(text);
            }
        }
    };
    fn ask(
        throttle: StoredValue<Throttle>,
        waiting: StoredValue<bool>,
        say: impl Fn() + Copy + 'static,
    ) {
        let due = throttle.try_update_value(|t| t.ask(crate::session::now()));
        match due {
            Some(Due::Now) => say(),
            Some(Due::In(ms)) if waiting.try_get_value() == Some(false) => {
                waiting.set_value(true);
                set_timeout(
                    move || {
                        if waiting.try_set_value(false).is_none() {
                            ask(throttle, waiting, say);
                        }
                    },
                    std::time::Duration::from_millis(ms.ceil() as u64),
                );
            }
            Some(Due::In(_)) | None => {}
        }
    }
    Effect::new(move |_| {
        session.chart_version.track();
        ask(throttle, waiting, say);
    });
}

/// A chart's figures as a table: a row per shown week, a column per series.
#[component]
fn DataTable(title: &'static str, data: StoredValue<ChartData>) -> impl IntoView {
    let session = use_session();
    let a = crate::i18n::chart_access_texts();
    let numbers = crate::i18n::texts().numbers;
    let columns = data.with_value(|d| d.columns.clone());
    let head = columns
        .iter()
        .map(|c| view! { <th scope="col">{c.label}</th> })
        .collect_view();
    let body = move || {
        session.chart_version.track();
        session.with_live(|live| {
            table_rows(live.history(), MAX_ROWS)
                .into_iter()
                .map(|snapshot| {
                    let cells = columns
                        .iter()
                        .map(|c| view! { <td>{c.format.write(numbers, (c.value)(snapshot))}</td> })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{snapshot.week}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <table class="chart-table">
            <caption class="visually-hidden">{(a.table_caption)(title)}</caption>
            <thead>
                <tr>
                    <th scope="col">{a.week_column}</th>
                    {head}
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
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
