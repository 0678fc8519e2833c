//! The teacher notes (docs/teacher-notes.md), built into the app for the teacher's view only: the
//! part before the first lesson, and one part per lesson (found by the lesson id in its heading),
//! split into simple blocks the view can show — paragraphs, bullet lists and tables.

/// The notes file as it is in the repository.
const NOTES: &str = include_str!("../../docs/teacher-notes.md");

/// One block of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    List(Vec<String>),
    /// Rows of cells; the first row is the header.
    Table(Vec<Vec<String>>),
}

/// The notes of the lesson with this id, or `None` when the file has no section for it.
pub fn for_lesson(id: &str) -> Option<Vec<Block>> {
    let marker = format!("`{id}`");
    let mut sections = NOTES.split("\n## ");
    sections.next();
    sections
        .find(|s| {
            s.lines()
                .next()
                .is_some_and(|title| title.contains(&marker))
        })
        .map(|section| blocks(&format!("## {section}")))
}

/// Split markdown-like text into blocks: `## ` headings, `- ` lists (with indented continuation
/// lines), `|` tables (the `|---|` line left out) and paragraphs.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, out: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            out.push(Block::Paragraph(std::mem::take(paragraph)));
        }
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut paragraph, &mut out);
        } else if let Some(title) = trimmed.strip_prefix("## ") {
            flush(&mut paragraph, &mut out);
            out.push(Block::Heading(title.to_string()));
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            flush(&mut paragraph, &mut out);
            match out.last_mut() {
                Some(Block::List(items)) => items.push(item.to_string()),
                _ => out.push(Block::List(vec![item.to_string()])),
            }
        } else if trimmed.starts_with('|') {
            flush(&mut paragraph, &mut out);
            if trimmed.trim_matches(['|', '-', ' ']).is_empty() {
                continue;
            }
            let cells: Vec<String> = trimmed
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            match out.last_mut() {
                Some(Block::Table(rows)) => rows.push(cells),
                _ => out.push(Block::Table(vec![cells])),
            }
        } else if line.starts_with("  ") && paragraph.is_empty() {
            // A list item continued on the next line.
            if let Some(Block::List(items)) = out.last_mut()
                && let Some(last) = items.last_mut()
            {
                last.push(' ');
                last.push_str(trimmed);
                continue;
            }
            paragraph.push_str(trimmed);
        } else {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(trimmed);
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

/// Inline markup of a block's text: pieces that are plain text (`false`) or code (`true`, between
/// backticks). Bold markers are dropped.
pub fn inline(text: &str) -> Vec<(String, bool)> {
    text.replace("**", "")
        .split('`')
        .enumerate()
        .filter(|(_, piece)| !piece.is_empty())
        .map(|(i, piece)| (piece.to_string(), i % 2 == 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_lesson_has_notes_with_its_solution() {
        for scenario in model::catalog::bundled() {
            let notes = for_lesson(&scenario.id)
                .unwrap_or_else(|| panic!("no teacher notes for {}", scenario.id));
            assert!(matches!(&notes[0], Block::Heading(h) if h.contains(&scenario.id)));
            assert!(
                notes
                    .iter()
                    .any(|b| matches!(b, Block::Table(rows) if rows.len() > 1)),
                "{}: no goal table",
                scenario.id
            );
            assert!(
                notes.iter().any(|b| matches!(b, Block::List(items) if items.iter().any(|i| i.starts_with("week ")))),
                "{}: no solution steps",
                scenario.id
            );
        }
        assert_eq!(for_lesson("no-such-lesson"), None);
    }

    #[test]
    fn lists_tables_and_paragraphs_are_told_apart() {
        let text = "## Title — `x`\n\nFirst line\nsecond line.\n\n- one\n  continued\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        assert_eq!(
            blocks(text),
            vec![
                Block::Heading("Title — `x`".to_string()),
                Block::Paragraph("First line second line.".to_string()),
                Block::List(vec!["one continued".to_string(), "two".to_string()]),
                Block::Table(vec![
                    vec!["a".to_string(), "b".to_string()],
                    vec!["1".to_string(), "2".to_string()]
                ]),
            ]
        );
        assert_eq!(
            inline("set `promise = 0.4` **now**"),
            vec![
                ("set ".to_string(), false),
                ("promise = 0.4".to_string(), true),
                (" now".to_string(), false)
            ]
        );
    }
}
