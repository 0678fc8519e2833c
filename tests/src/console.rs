//! The browser console, read through chromedriver's log endpoint.

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::Value;
use std::fmt;

/// One console message (or page error, or failed resource load) the browser logged.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleEntry {
    /// Chromium's level: `SEVERE` (console.error, uncaught errors, failed loads),
    /// `WARNING`, `INFO` (console.log/info) or `DEBUG`.
    pub level: String,
    /// Where it came from: `console-api`, `javascript`, `network`, ...
    pub source: String,
    pub message: String,
}

impl ConsoleEntry {
    pub fn is_error(&self) -> bool {
        self.level == "SEVERE"
    }

    pub fn is_warning(&self) -> bool {
        self.level == "WARNING"
    }
}

impl fmt::Display for ConsoleEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{} {}] {}", self.level, self.source, self.message)
    }
}

/// A chromedriver command beyond W3C WebDriver: `POST /session/{id}/<path>` with a JSON body.
#[derive(Debug)]
pub(crate) struct PostCommand {
    path: &'static str,
    body: String,
}

impl PostCommand {
    /// `se/log {"type":"browser"}`: the console entries logged since the previous call (needs
    /// `goog:loggingPrefs`).
    pub(crate) fn take_browser_log() -> PostCommand {
        PostCommand {
            path: "se/log",
            body: r#"{"type":"browser"}"#.to_string(),
        }
    }

    /// `goog/cdp/execute`: one Chrome DevTools Protocol command (for what WebDriver cannot do,
    /// such as a script before the page's own).
    pub(crate) fn cdp(cmd: &str, params: Value) -> PostCommand {
        PostCommand {
            path: "goog/cdp/execute",
            body: serde_json::json!({ "cmd": cmd, "params": params }).to_string(),
        }
    }
}

impl WebDriverCompatibleCommand for PostCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.clone()))
    }
}

/// Entries from the log command's JSON answer.
pub(crate) fn parse_entries(answer: &Value) -> Vec<ConsoleEntry> {
    let field = |entry: &Value, name: &str| entry[name].as_str().unwrap_or_default().to_string();
    answer
        .as_array()
        .map(|entries| {
            entries
                .iter()
                .map(|entry| ConsoleEntry {
                    level: field(entry, "level"),
                    source: field(entry, "source"),
                    message: field(entry, "message"),
                })
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_chromedriver_log_entries() {
        let answer = serde_json::json!([
            {"level": "SEVERE", "source": "javascript", "message": "boom", "timestamp": 1},
            {"level": "INFO", "source": "console-api", "message": "hi", "timestamp": 2},
        ]);
        let entries = parse_entries(&answer);
        assert_eq!(entries.len(), 2);
        assert!(entries[0].is_error() && !entries[1].is_error());
        assert_eq!(entries[1].to_string(), "[INFO console-api] hi");
        assert!(parse_entries(&serde_json::json!(null)).is_empty());
    }
}
