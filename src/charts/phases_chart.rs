//! Customers per phase of the klantrelatiecyclus, stacked: customers at the bottom, then the
//! potential customers, so the whole market is always the top edge.

use super::chart_card::{ChartCard, LegendEntry};
use super::drawer::drawer;
use super::line_chart::{Line, Stroke};
use super::palette::Palette;
use super::series_chart::comparison_legend;
use crate::cycle::phase_style::{PHASE_COLOR_VARS, phase_fallback_color};
use crate::i18n::texts;
use crate::state::chart_series::{series, value_range};
use crate::state::chart_table::{ChartData, DataColumn, ValueFormat};
use leptos::prelude::*;
use model::{Phase, Snapshot};

/// Bottom to top of the stack.
const STACK: [Phase; 6] = [
    Phase::Ambassador,
    Phase::LoyalCustomer,
    Phase::NewCustomer,
    Phase::Prospect,
    Phase::Suspect,
    Phase::FormerCustomer,
];

/// The phases drawn for both runs while comparing (stacked areas of two runs cannot be read).
const COMPARED: [Phase; 3] = [Phase::NewCustomer, Phase::LoyalCustomer, Phase::Ambassador];

/// The people in each compared phase as lines: run A solid, run B dashed.
fn compared_lines(current: &[Snapshot], original: &[Snapshot], palette: &Palette) -> Vec<Line> {
    let line = |history: &[Snapshot], phase: Phase, stroke| Line {
        color: palette.color(PHASE_COLOR_VARS[phase.index()], phase_fallback_color(phase)),
        points: series(history, |s| f64::from(s.phases.get(phase))),
        stroke,
    };
    let a = COMPARED.map(|p| line(original, p, Stroke::Solid));
    let b = COMPARED.map(|p| line(current, p, Stroke::Dashed));
    a.into_iter().chain(b).collect()
}

/// The people in one phase, as a table column's value.
fn people_in(phase: Phase) -> fn(&Snapshot) -> f64 {
    match phase {
        Phase::Suspect => |s| f64::from(s.phases.get(Phase::Suspect)),
        Phase::Prospect => |s| f64::from(s.phases.get(Phase::Prospect)),
        Phase::NewCustomer => |s| f64::from(s.phases.get(Phase::NewCustomer)),
        Phase::LoyalCustomer => |s| f64::from(s.phases.get(Phase::LoyalCustomer)),
        Phase::Ambassador => |s| f64::from(s.phases.get(Phase::Ambassador)),
        Phase::FormerCustomer => |s| f64::from(s.phases.get(Phase::FormerCustomer)),
    }
}

/// The table: the people in each phase, then all customers together (what the summary follows).
fn table_data(t: &'static crate::i18n::Texts) -> ChartData {
    let mut columns: Vec<DataColumn> = Phase::ALL
        .into_iter()
        .map(|phase| DataColumn {
            label: t.phases[phase.index()].name,
            value: people_in(phase),
            format: ValueFormat::Count,
        })
        .collect();
    columns.push(DataColumn {
        label: t.customers_pool,
        value: |s| f64::from(s.phases.active_customers()),
        format: ValueFormat::Count,
    });
    let summary = columns.len() - 1;
    ChartData { columns, summary }
}

#[component]
pub fn PhasesChart() -> impl IntoView {
    let t = texts();
    let draw = drawer(
        t.axis_people,
        |v| t.numbers.count_axis(v),
        false,
        |histories, palette| {
            let history = histories.current;
            if let Some(original) = histories.original {
                let lines = compared_lines(history, original, palette);
                let values = lines.iter().flat_map(|l| l.points.iter().map(|p| p.1));
                return (value_range(values, 0.0, 0.0), lines);
            }
            // Cumulative top edge of each band; drawn from the top band down so each lower band
            // paints over the part of the one above that it covers.
            let mut lines: Vec<Line> = (0..STACK.len())
                .map(|level| {
                    let phase = STACK[level];
                    Line {
                        color: palette
                            .color(PHASE_COLOR_VARS[phase.index()], phase_fallback_color(phase)),
                        points: series(history, |s| {
                            STACK[..=level]
                                .iter()
                                .map(|p| f64::from(s.phases.get(*p)))
                                .sum()
                        }),
                        stroke: Stroke::Area,
                    }
                })
                .collect();
            lines.reverse();
            let population = history
                .iter()
                .map(|s| f64::from(s.phases.total()))
                .fold(0.0, f64::max);
            (value_range([population], 0.0, 0.0), lines)
        },
    );
    let legend = Phase::ALL
        .into_iter()
        .map(|p| LegendEntry::solid(t.phases[p.index()].name, PHASE_COLOR_VARS[p.index()]))
        .chain([LegendEntry::dashed(
            t.marker_policy_change,
            "--chart-marker",
        )])
        .collect();
    let compare_legend = comparison_legend(
        COMPARED.map(|p| (t.phases[p.index()].name, PHASE_COLOR_VARS[p.index()])),
    );
    view! {
        <ChartCard
            id="grafiek-fasen"
            title=t.chart_phases
            legend=legend
            compare_legend=compare_legend
            draw=draw
            data=table_data(t)
        />
    }
}
