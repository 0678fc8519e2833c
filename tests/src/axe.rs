//! WCAG checks with axe-core: [`Page::axe`] injects npm's `axe.min.js` into the page under test
//! and returns an [`AxeReport`].
//!
//! The script comes from the tools dir (`cargo xtask tools` installs it there), never from
//! `dist/`: the app does not ship it. Where it is looked for, first match wins:
//!
//! 1. `$KLANTCYCLUS_AXE_JS` (a path to `axe.min.js`);
//! 2. `$KLANTCYCLUS_TOOLS_DIR/node_modules/axe-core/axe.min.js` (the xtask's tools dir);
//! 3. `~/.local/klantcyclus-tools/node_modules/axe-core/axe.min.js` (its default).

use crate::page::Page;
use serde_json::Value;
use std::fmt;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The WCAG 2.0 and 2.1 levels A and AA rules, by axe's tags.
pub const AXE_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// Where `axe.min.js` is expected (see the module docs); it may not exist.
pub fn axe_script_path() -> PathBuf {
    if let Some(path) = std::env::var_os("KLANTCYCLUS_AXE_JS") {
        return PathBuf::from(path);
    }
    let tools_dir = std::env::var_os("KLANTCYCLUS_TOOLS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = std::env::var_os("HOME")
                .map(PathBuf::from)
                .unwrap_or_else(crate::dist::workspace_root);
            home.join(".local/klantcyclus-tools")
        });
    tools_dir.join("node_modules/axe-core/axe.min.js")
}

/// Fails now, saying to run `cargo xtask tools`, unless axe-core's script is installed; call it
/// at the start of a test so a missing install is one clear message, not a failure per view.
#[track_caller]
pub fn require_axe() {
    axe_source();
}

/// The script's text, read once per test binary. Panics, saying how to install it, if missing.
#[track_caller]
fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = axe_script_path();
        std::fs::read_to_string(&path).unwrap_or_else(|err| {
            panic!(
                "axe-core is not installed: cannot read {} ({err}).\n\
                 Run `cargo xtask tools` to install it (or point KLANTCYCLUS_AXE_JS at an axe.min.js).",
                path.display()
            )
        })
    })
}

/// Runs axe on `arguments[0]` (a selector, or `null` for the whole document) and calls back with
/// a small JSON summary. Finite animations and transitions (a dialog fading in) finish first, so
/// colour contrast is measured on what the user ends up seeing.
const RUN_SCRIPT: &str = r#"
const [selector, tags, done] = arguments;
const settle = Promise.race([
  Promise.all(document.getAnimations()
    .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
    .map(a => a.finished.catch(() => null))),
  new Promise(resolve => setTimeout(resolve, 3000)),
]);
const context = selector === null ? document : selector;
settle
  .then(() => axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] }))
  .then(result => {
    const rules = list => list.map(v => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({
        target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
        html: n.html,
        // Incomplete nodes have no failure summary; their checks' messages say why.
        failureSummary: n.failureSummary
          || [...n.any, ...n.all, ...n.none].map(c => c.message).filter(Boolean).join('; '),
      })),
    }));
    done({ url: result.url, violations: rules(result.violations), incomplete: rules(result.incomplete) });
  })
  .catch(err => done({ error: String(err && err.stack || err) }));
"#;

impl Page {
    /// Runs axe-core's WCAG 2.1 A/AA rules ([`AXE_TAGS`]) on the elements matching `context`
    /// (a CSS selector, e.g. `"#bewaren"` for a dialog), or on the whole document when `context`
    /// is empty. Injects axe into the page first, once per page load.
    #[track_caller]
    pub fn axe(&self, context: &str) -> AxeReport {
        self.inject_axe();
        let selector = if context.is_empty() {
            Value::Null
        } else {
            self.wait_for(context);
            Value::from(context)
        };
        let tags = Value::from(AXE_TAGS.to_vec());
        let answer = self
            .block_on(
                self.client()
                    .execute_async(RUN_SCRIPT, vec![selector, tags]),
            )
            .unwrap_or_else(|err| panic!("axe could not run on `{context}`: {err}"));
        if let Some(error) = answer.get("error").and_then(Value::as_str) {
            panic!("axe failed on `{context}`: {error}");
        }
        AxeReport::from_json(context, &answer)
            .unwrap_or_else(|err| panic!("unexpected axe answer ({err}): {answer}"))
    }

    /// Puts `window.axe` into the current document unless it is there already.
    #[track_caller]
    fn inject_axe(&self) {
        let loaded = self.eval("return typeof window.axe === 'object' && !!window.axe.run;");
        if loaded == Value::Bool(true) {
            return;
        }
        // WebDriver runs this as a function body; axe's UMD wrapper attaches to `window`.
        // Through WebDriver, not a <script> tag, so no content security policy is in the way.
        let script = format!(
            "{}\n;return typeof window.axe === 'object' ? window.axe.version : null;",
            axe_source()
        );
        let version = self.eval(&script);
        if !version.is_string() {
            panic!(
                "injecting {} did not define window.axe (got {version})",
                axe_script_path().display()
            );
        }
    }
}

/// What axe found on one view: the rules violated and, per rule, the offending elements.
#[derive(Clone, Debug, Default)]
pub struct AxeReport {
    /// The selector checked, or empty for the whole document.
    pub context: String,
    pub url: String,
    pub violations: Vec<AxeViolation>,
    /// Rules axe could not decide for some elements ("needs review": e.g. text over a gradient
    /// or an image, whose contrast it cannot measure). Not failures; see [`AxeReport::needs_review`].
    pub incomplete: Vec<AxeViolation>,
}

/// One rule axe found violated.
#[derive(Clone, Debug)]
pub struct AxeViolation {
    /// The rule, e.g. `color-contrast`.
    pub id: String,
    /// `minor`, `moderate`, `serious` or `critical`.
    pub impact: String,
    /// One-line description of what the rule asks.
    pub help: String,
    pub help_url: String,
    pub nodes: Vec<AxeNode>,
}

/// One element that breaks a rule.
#[derive(Clone, Debug)]
pub struct AxeNode {
    /// axe's selector for the element (frames and shadow roots joined with ` >>> `).
    pub target: String,
    /// The element's opening HTML, shortened.
    pub html: String,
    /// What is wrong with it and how to fix it, as axe says it.
    pub failure_summary: String,
}

/// How much an [`AxeReport`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxeCount {
    /// Rules violated.
    pub rules: usize,
    /// Elements violating them (an element breaking two rules counts twice).
    pub nodes: usize,
}

impl fmt::Display for AxeCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} violations ({} nodes)", self.rules, self.nodes)
    }
}

impl AxeReport {
    fn from_json(context: &str, answer: &Value) -> Result<AxeReport, String> {
        let text = |value: &Value, key: &str| -> String {
            value
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let rules = |key: &str| -> Vec<AxeViolation> {
            answer
                .get(key)
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .map(|v| AxeViolation {
                    id: text(v, "id"),
                    impact: text(v, "impact"),
                    help: text(v, "help"),
                    help_url: text(v, "helpUrl"),
                    nodes: v
                        .get("nodes")
                        .and_then(Value::as_array)
                        .map(Vec::as_slice)
                        .unwrap_or_default()
                        .iter()
                        .map(|n| AxeNode {
                            target: n
                                .get("target")
                                .and_then(Value::as_array)
                                .map(|parts| {
                                    parts
                                        .iter()
                                        .filter_map(Value::as_str)
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                })
                                .unwrap_or_default(),
                            html: shorten(&text(n, "html"), 160),
                            failure_summary: text(n, "failureSummary"),
                        })
                        .collect(),
                })
                .collect()
        };
        if !answer.get("violations").is_some_and(Value::is_array) {
            return Err("no `violations` list".to_string());
        }
        Ok(AxeReport {
            context: context.to_string(),
            url: text(answer, "url"),
            violations: rules("violations"),
            incomplete: rules("incomplete"),
        })
    }

    /// Rules violated and elements violating them.
    pub fn count(&self) -> AxeCount {
        AxeCount {
            rules: self.violations.len(),
            nodes: self.violations.iter().map(|v| v.nodes.len()).sum(),
        }
    }

    /// Rules and elements axe could not decide (see [`AxeReport::needs_review`]).
    pub fn incomplete_count(&self) -> AxeCount {
        AxeCount {
            rules: self.incomplete.len(),
            nodes: self.incomplete.iter().map(|v| v.nodes.len()).sum(),
        }
    }

    /// What axe could not decide, one line per rule and element, for a person to look at
    /// (empty if nothing). Never fails a test.
    pub fn needs_review(&self) -> String {
        let mut out = String::new();
        for v in &self.incomplete {
            out.push_str(&format!(
                "[needs review] {} ({} node{}): {}\n",
                v.id,
                v.nodes.len(),
                if v.nodes.len() == 1 { "" } else { "s" },
                v.help
            ));
            for node in &v.nodes {
                out.push_str(&format!(
                    "    {}  --  {}\n",
                    node.target,
                    summary_line(&node.failure_summary)
                ));
            }
        }
        out
    }

    pub fn is_clean(&self) -> bool {
        self.violations.is_empty()
    }

    /// Prints `axe <view>: N violations (M nodes)`, and panics listing them if there are any.
    #[track_caller]
    pub fn assert_clean(&self, view: &str) {
        println!("axe {view}: {}", self.count());
        if !self.is_clean() {
            panic!("axe found WCAG 2.1 A/AA violations in {view}:\n{self}");
        }
    }
}

/// Panics listing every violation of every `(view, report)` unless all are clean; prints a
/// count per view either way.
#[track_caller]
pub fn assert_all_clean(reports: &[(String, AxeReport)]) {
    println!("\naxe summary:");
    for (view, report) in reports {
        println!("  axe {view}: {}", report.count());
    }
    let dirty: Vec<String> = reports
        .iter()
        .filter(|(_, report)| !report.is_clean())
        .map(|(view, report)| format!("== {view}: {}\n{report}", report.count()))
        .collect();
    if !dirty.is_empty() {
        panic!(
            "axe found WCAG 2.1 A/AA violations in {} of {} views:\n\n{}",
            dirty.len(),
            reports.len(),
            dirty.join("\n")
        );
    }
}

/// One line per rule (id, impact, help, how many elements), then one indented line per element:
/// its selector and axe's summary of the failure.
impl fmt::Display for AxeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.violations.is_empty() {
            let context = if self.context.is_empty() {
                "document"
            } else {
                &self.context
            };
            return writeln!(f, "no violations in {context}");
        }
        for v in &self.violations {
            writeln!(
                f,
                "[{}] {} ({} node{}): {}  <{}>",
                v.impact,
                v.id,
                v.nodes.len(),
                if v.nodes.len() == 1 { "" } else { "s" },
                v.help,
                v.help_url
            )?;
            for node in &v.nodes {
                writeln!(
                    f,
                    "    {}  --  {}",
                    node.target,
                    summary_line(&node.failure_summary)
                )?;
                writeln!(f, "        {}", node.html)?;
            }
        }
        Ok(())
    }
}

/// axe's multi-line failure summary on one line: "Fix any of the following:\n  Element has ..."
fn summary_line(summary: &str) -> String {
    let parts: Vec<&str> = summary
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    shorten(&parts.join(" "), 400)
}

fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        text
    } else {
        let cut: String = text.chars().take(max).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_axe_s_answer_and_counts_rules_and_nodes() {
        let answer = serde_json::json!({
            "url": "http://127.0.0.1/",
            "violations": [{
                "id": "color-contrast", "impact": "serious", "help": "Elements must meet contrast",
                "helpUrl": "https://dequeuniversity.com/rules/axe/4.14/color-contrast",
                "nodes": [
                    { "target": [".a"], "html": "<span class=\"a\">x</span>",
                      "failureSummary": "Fix any of the following:\n  Element has insufficient color contrast of 2.1" },
                    { "target": ["iframe", ".b"], "html": "<b>", "failureSummary": "" }
                ]
            }, {
                "id": "label", "impact": "critical", "help": "Form elements must have labels",
                "helpUrl": "", "nodes": [{ "target": ["#x"], "html": "<input id=x>", "failureSummary": "" }]
            }]
        });
        let report = AxeReport::from_json("", &answer).unwrap();
        assert_eq!(report.count(), AxeCount { rules: 2, nodes: 3 });
        let text = report.to_string();
        assert!(
            text.contains("[serious] color-contrast (2 nodes)"),
            "{text}"
        );
        assert!(
            text.contains(
                ".a  --  Fix any of the following: Element has insufficient color contrast of 2.1"
            ),
            "{text}"
        );
        assert!(text.contains("iframe, .b"), "{text}");
        assert!(!report.is_clean());
        assert!(
            AxeReport::from_json("#d", &serde_json::json!({ "violations": [] }))
                .unwrap()
                .is_clean()
        );
    }
}
