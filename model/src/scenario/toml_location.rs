//! Finding fields and lines in a TOML text, so errors can say "line 12, field market.population".

/// 1-based line number of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The table header a line belongs to, with array-of-tables counted: `assignments[1]`.
struct Walker {
    table: String,
    array_counts: Vec<(String, usize)>,
}

impl Walker {
    fn new() -> Walker {
        Walker {
            table: String::new(),
            array_counts: Vec::new(),
        }
    }

    /// Feed one line; returns the key path if the line is `key = value`.
    fn feed(&mut self, line: &str) -> Option<String> {
        let trimmed = line.trim();
        if let Some(name) = trimmed
            .strip_prefix("[[")
            .and_then(|r| r.split("]]").next())
        {
            let name = name.trim().to_string();
            let count = match self.array_counts.iter_mut().find(|(n, _)| *n == name) {
                Some((_, c)) => {
                    *c += 1;
                    *c
                }
                None => {
                    self.array_counts.push((name.clone(), 0));
                    0
                }
            };
            self.table = format!("{name}[{count}]");
            return None;
        }
        if let Some(name) = trimmed.strip_prefix('[').and_then(|r| r.split(']').next()) {
            let name = name.trim();
            // A sub-table of the latest array entry: `[assignments.x]` after `[[assignments]]`.
            self.table = match self
                .array_counts
                .iter()
                .find(|(n, _)| name.starts_with(&format!("{n}.")))
            {
                Some((n, c)) => format!("{n}[{c}]{}", &name[n.len()..]),
                None => name.to_string(),
            };
            return None;
        }
        if trimmed.starts_with('#') {
            return None;
        }
        let (key, _) = trimmed.split_once('=')?;
        let key: String = key.trim().trim_matches('"').to_string();
        if key.is_empty() {
            return None;
        }
        Some(if self.table.is_empty() {
            key
        } else {
            format!("{}.{}", self.table, key)
        })
    }
}

/// The dotted field path at a byte offset (the key on that line, or the table it is in).
pub(crate) fn field_at(text: &str, offset: usize) -> Option<String> {
    let target_line = line_of(text, offset);
    let mut walker = Walker::new();
    let mut last = None;
    for (n, line) in text.lines().enumerate() {
        let key = walker.feed(line);
        if n + 1 == target_line {
            return key.or(Some(walker.table.clone()).filter(|t| !t.is_empty()));
        }
        if key.is_some() {
            last = key;
        }
    }
    last
}

/// The line on which a dotted field path is set (or the line of its table header).
pub(crate) fn line_of_field(text: &str, field: &str) -> Option<usize> {
    let mut walker = Walker::new();
    let mut table_line = None;
    for (n, line) in text.lines().enumerate() {
        if let Some(key) = walker.feed(line) {
            if key == field
                || field.starts_with(&format!("{key}."))
                || field.starts_with(&format!("{key}["))
            {
                return Some(n + 1);
            }
        } else if !walker.table.is_empty()
            && (field == walker.table || field.starts_with(&format!("{}.", walker.table)))
            && table_line.is_none()
        {
            table_line = Some(n + 1);
        }
    }
    table_line
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "id = \"x\"\n[market]\npopulation = 5\n[[assignments]]\nid = \"a\"\n[[assignments]]\nid = \"b\"\ngoals = [\"nps > 1\"]\n";

    #[test]
    fn finds_fields_and_lines() {
        let offset = TEXT.find("population").unwrap();
        assert_eq!(field_at(TEXT, offset).as_deref(), Some("market.population"));
        assert_eq!(line_of_field(TEXT, "market.population"), Some(3));
        assert_eq!(line_of_field(TEXT, "assignments[1].goals"), Some(8));
        assert_eq!(line_of_field(TEXT, "id"), Some(1));
        let goal = TEXT.find("nps").unwrap();
        assert_eq!(
            field_at(TEXT, goal).as_deref(),
            Some("assignments[1].goals")
        );
    }
}
