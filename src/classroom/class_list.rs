//! The teacher's class list as plain data: the codes pasted or opened, each judged by replaying it
//! with the model, ranked per lesson, and written as CSV. No browser types: tested natively.

use crate::exports::csv_style::CsvStyle;
use model::class_ranking::Standing;
use model::saved_run::result_code;
use model::{Language, catalog};

/// A code that could not be ranked, with the reason in the teacher's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    /// Line in the pasted text, from 1.
    pub line: usize,
    pub reason: String,
}

/// One ranked learner.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// Place in the ranking of their lesson, from 1.
    pub place: usize,
    /// The lesson's id.
    pub lesson: String,
    pub standing: Standing,
}

/// The codes of a class: judged ones and refused ones, in the order they came.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassList {
    judged: Vec<(usize, String, Standing)>,
    codes: Vec<(usize, String)>,
    pub refused: Vec<Refused>,
}

/// The codes in a pasted text or file: one per non-empty line, with its line number (from 1).
pub fn codes_in(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim().to_string()))
        .filter(|(_, code)| !code.is_empty())
        .collect()
}

impl ClassList {
    /// Judge one code: replay it with the model, or say why it cannot be ranked. A code that
    /// appears twice is ranked once.
    pub fn add(
        &mut self,
        line: usize,
        code: &str,
        language: Language,
        duplicate: fn(usize) -> String,
    ) {
        if let Some(&(first, _)) = self.codes.iter().find(|(_, seen)| seen == code) {
            self.refused.push(Refused {
                line,
                reason: duplicate(first),
            });
            return;
        }
        self.codes.push((line, code.to_string()));
        match result_code::decode(code) {
            Ok(saved) => {
                let name = saved.learner.clone().unwrap_or_default();
                let standing = Standing::of(&name, &saved.run);
                self.judged
                    .push((line, saved.run.scenario.id.clone(), standing));
            }
            Err(error) => self.refused.push(Refused {
                line,
                reason: error.message(language),
            }),
        }
    }

    /// The ranking: lessons in the order they first appear, within a lesson by goals met and then
    /// cumulative profit.
    pub fn ranked(&self) -> Vec<Ranked> {
        let mut lessons: Vec<&str> = Vec::new();
        for (_, lesson, _) in &self.judged {
            if !lessons.contains(&lesson.as_str()) {
                lessons.push(lesson);
            }
        }
        let mut ranked = Vec::with_capacity(self.judged.len());
        for lesson in lessons {
            let mut of_lesson: Vec<&Standing> = self
                .judged
                .iter()
                .filter(|(_, l, _)| l == lesson)
                .map(|(_, _, s)| s)
                .collect();
            of_lesson.sort_by(|a, b| Standing::ranking(a, b));
            ranked.extend(of_lesson.into_iter().enumerate().map(|(i, s)| Ranked {
                place: i + 1,
                lesson: lesson.to_string(),
                standing: s.clone(),
            }));
        }
        ranked
    }

    /// How many codes were judged or refused.
    pub fn len(&self) -> usize {
        self.judged.len() + self.refused.len()
    }

    /// Whether no code was added yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The lesson's title in `language` (its id if it is not bundled).
pub fn lesson_title(id: &str, language: Language) -> String {
    catalog::bundled_by_id(id).map_or_else(|| id.to_string(), |s| s.title.get(language).to_string())
}

/// The ranking as CSV in the teacher's language: Dutch with `;` and decimal commas (as Dutch
/// spreadsheets read it), English with `,` and decimal points. Refused codes follow, with reason.
pub fn csv(list: &ClassList, header: [&str; 9], language: Language) -> String {
    let style = CsvStyle::of(language);
    let mut out = style.line(header.map(|h| style.field(h)));
    for r in list.ranked() {
        let s = &r.standing;
        out.push_str(&style.line([
            r.place.to_string(),
            style.field(&s.name),
            style.field(&lesson_title(&r.lesson, language)),
            format!("{}/{}", s.goals_met, s.goals_total),
            style.fixed(s.last.nps, 1),
            style.fixed(s.last.satisfaction, 2),
            style.fixed(s.last.clv_wxa_net, 0),
            style.fixed(s.last.cumulative_profit, 0),
            String::new(),
        ]));
    }
    for refused in &list.refused {
        let mut row = vec![String::new(); 8];
        row.push(style.field(&format!("{}: {}", refused.line, refused.reason)));
        out.push_str(&style.line(row));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::catalog::bundled_by_id;
    use model::saved_run::SavedRun;
    use model::{Lever, PolicyChange, Run};

    fn code(name: &str, promise: f64) -> String {
        let scenario = bundled_by_id("overpromising").unwrap().clone();
        let mut run = Run::new(scenario, 5);
        run.scenario.market.population = 1_000;
        run.timeline.push(PolicyChange {
            week: 0,
            setting: Lever::Promise.into(),
            value: promise,
        });
        let mut saved = SavedRun::new(run, 104);
        saved.learner = Some(name.to_string());
        result_code::encode(&saved).unwrap()
    }

    const HEADER: [&str; 9] = [
        "#", "Naam", "Les", "Doelen", "NPS", "Tevr", "CLV", "Winst", "Opm",
    ];

    #[test]
    fn codes_are_ranked_by_replay_and_bad_ones_are_listed_with_a_reason() {
        let good = code("Eva", 0.3);
        let text = format!(
            "{}\n\n{good}\n  {}  \nniet-een-code\n{good}\n",
            code("Bram", 0.95),
            code("Cas \"de\" Baas", 0.6)
        );
        let mut list = ClassList::default();
        for (line, c) in codes_in(&text) {
            list.add(line, &c, Language::Nl, |first| {
                format!("dubbel, regel {first}")
            });
        }
        let ranked = list.ranked();
        let names: Vec<&str> = ranked.iter().map(|r| r.standing.name.as_str()).collect();
        assert_eq!(names[0], "Eva");
        assert_eq!(names.len(), 3);
        assert_eq!(
            ranked.iter().map(|r| r.place).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
        assert_eq!(list.refused.len(), 2);
        assert_eq!(list.refused[0].line, 5);
        assert!(
            list.refused[0].reason.contains("beschadigd"),
            "{}",
            list.refused[0].reason
        );
        assert_eq!(list.refused[1].reason, "dubbel, regel 3");
        let csv = csv(&list, HEADER, Language::Nl);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + 3 + 2);
        assert!(
            lines[1].starts_with("1;Eva;Vleugels beloofd;"),
            "{}",
            lines[1]
        );
        assert!(csv.contains("\"Cas \"\"de\"\" Baas\""), "{csv}");
        assert!(
            lines[1].split(';').nth(4).unwrap().contains(','),
            "decimal comma: {}",
            lines[1]
        );
        let english = super::csv(&list, HEADER, Language::En);
        assert!(
            english
                .lines()
                .nth(1)
                .unwrap()
                .starts_with("1,Eva,Wings promised,")
        );
    }
}
