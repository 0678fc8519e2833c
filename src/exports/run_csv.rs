//! The whole run as one CSV file (UTF-8 with a byte-order mark, so spreadsheets on Windows read
//! "→" and "ë" right): two lines about the run (lesson, seed, market, week and every
//! decision), an empty line, then the same columns as the CLI's CSV (`model::week_columns`), one
//! line per week.

use super::csv_style::CsvStyle;
use crate::i18n::KeepTexts;
use crate::i18n::treatment_texts::{setting_name, setting_value};
use crate::state::decisions::decisions;
use crate::state::run_state::RunState;
use model::{Language, Snapshot, week_columns, week_values};

/// The CSV text of `state` with its `history` (week 0 up to the week on screen), in `language`.
pub fn run_csv(state: &RunState, history: &[Snapshot], language: Language) -> String {
    let style = CsvStyle::of(language);
    let t = KeepTexts::of(language);
    let run = state.run();
    let mut out = String::from(BYTE_ORDER_MARK);
    out.push_str(&style.line([
        "Klantcyclus".to_string(),
        style.field(t.csv_lesson),
        style.field(run.scenario.title.get(language)),
        style.field(t.csv_scenario_id),
        style.field(&run.scenario.id),
        style.field(t.csv_seed),
        run.seed.to_string(),
        style.field(t.csv_market),
        run.scenario.market.population.to_string(),
        style.field(t.csv_week),
        state.week().to_string(),
    ]));
    let mut decided = vec![style.field(t.csv_decisions)];
    let list = decisions(run);
    if list.is_empty() {
        decided.push(style.field(t.csv_no_decisions));
    }
    decided.extend(list.iter().map(|d| {
        style.field(&(t.csv_decision)(
            d.week,
            &setting_name(d.setting, language),
            &setting_value(d.setting, d.from, language),
            &setting_value(d.setting, d.to, language),
        ))
    }));
    out.push_str(&style.line(decided));
    out.push('\n');
    out.push_str(&style.line(week_columns().iter().map(|c| style.field(c))));
    for snapshot in history {
        out.push_str(&style.line(week_values(snapshot).into_iter().map(|v| style.exact(v))));
    }
    out
}

/// Marks the file as UTF-8 for spreadsheets that would otherwise guess another encoding.
pub const BYTE_ORDER_MARK: &str = "\u{FEFF}";

/// The file name: lesson and week.
pub fn file_name(state: &RunState) -> String {
    format!("{}-week-{}.csv", state.run().scenario.id, state.week())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::live_run::LiveRun;
    use model::{Lever, Scenario};

    fn played() -> LiveRun {
        let mut live = LiveRun::new(Scenario::free_play(), 2024);
        for week in 0..12 {
            if week == 4 {
                live.change_lever(Lever::Promise, 0.8).unwrap();
            }
            live.step();
        }
        live
    }

    #[test]
    fn the_file_holds_the_run_its_decisions_and_every_week() {
        let live = played();
        let text = run_csv(live.state(), live.history(), Language::Nl);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4 + live.history().len());
        assert!(lines[0].starts_with("\u{FEFF}Klantcyclus;"));
        assert!(lines[0].contains(";2024;"), "the seed: {}", lines[0]);
        assert!(lines[1].contains("week 4"), "the decision: {}", lines[1]);
        assert!(lines[1].contains("Belofte 50 % → 80 %"), "{}", lines[1]);
        assert_eq!(lines[2], "");
        let columns: Vec<&str> = lines[3].split(';').collect();
        assert_eq!(columns, week_columns());
        let last: Vec<&str> = lines.last().unwrap().split(';').collect();
        assert_eq!(last.len(), columns.len());
        assert_eq!(last[0], "12");
        let nps = columns.iter().position(|c| *c == "nps").unwrap();
        let shown: f64 = last[nps].replace(',', ".").parse().unwrap();
        assert_eq!(shown, live.latest().nps, "numbers read back exactly");
    }

    #[test]
    fn english_uses_commas_between_fields() {
        let live = played();
        let text = run_csv(live.state(), live.history(), Language::En);
        let header = text.lines().nth(3).unwrap();
        assert_eq!(header.split(',').count(), week_columns().len());
        assert_eq!(file_name(live.state()), "free-play-week-12.csv");
    }
}
