//! Running child processes: echo the command, stream its output, report failure as an error.

use crate::paths::Paths;
use std::ffi::OsStr;
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// A command that runs in the repository root with the project PATH and Trunk kept offline.
pub fn command(paths: &Paths, program: impl AsRef<OsStr>) -> Command {
    let mut cmd = Command::new(program.as_ref());
    cmd.current_dir(&paths.root)
        .env("PATH", paths.child_path())
        .env("TRUNK_OFFLINE", "true")
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        .stdin(Stdio::null());
    if std::io::stdout().is_terminal() {
        cmd.env("CARGO_TERM_COLOR", "always");
    }
    cmd
}

/// `cargo`, the same one that runs this xtask.
pub fn cargo(paths: &Paths) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    command(paths, cargo)
}

/// Shell-like rendering of a command, for logs.
pub fn render(cmd: &Command) -> String {
    let program = Path::new(cmd.get_program())
        .file_name()
        .unwrap_or(cmd.get_program())
        .to_string_lossy()
        .into_owned();
    std::iter::once(program)
        .chain(cmd.get_args().map(|arg| arg.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `cmd` with inherited output; an error if it cannot start or exits non-zero.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    println!("$ {}", render(cmd));
    let _ = std::io::stdout().flush();
    let status = cmd
        .status()
        .map_err(|err| format!("cannot start `{}`: {err}", render(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", render(cmd)))
    }
}

/// Runs `cmd` quietly and returns its trimmed stdout; `None` if it cannot start or fails.
pub fn stdout_of(cmd: &mut Command) -> Option<String> {
    let output = cmd.stderr(Stdio::null()).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Runs a `cargo test`-like command, streaming its output, and returns the runners' summary
/// lines (`test result: ...`), each prefixed with the test binary it came from.
pub fn run_tests(cmd: &mut Command) -> (Result<(), String>, Vec<String>) {
    println!("$ {}", render(cmd));
    let _ = std::io::stdout().flush();
    // One pipe for stdout and stderr keeps cargo's "Running <binary>" lines (stderr) in order
    // with the results the binary prints (stdout), so each summary gets the right label.
    let spawned = std::io::pipe().and_then(|(reader, writer)| {
        let child = cmd.stdout(writer.try_clone()?).stderr(writer).spawn()?;
        Ok((reader, child))
    });
    let (reader, mut child) = match spawned {
        Ok(spawned) => spawned,
        Err(err) => {
            return (
                Err(format!("cannot start `{}`: {err}", render(cmd))),
                vec![],
            );
        }
    };
    // `cmd` still holds the pipe's write ends; drop them so the reader sees the end.
    cmd.stdout(Stdio::inherit()).stderr(Stdio::inherit());
    let mut label = String::new();
    let mut summaries = Vec::new();
    for line in BufReader::new(reader).lines().map_while(Result::ok) {
        println!("{line}");
        let plain = strip_ansi(&line);
        if let Some(name) = test_binary_label(&plain) {
            label = name;
        } else if plain.starts_with("test result:") {
            summaries.push(format!("{label}: {plain}"));
        }
    }
    let result = match child.wait() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("`{}` failed ({status})", render(cmd))),
        Err(err) => Err(format!("`{}`: {err}", render(cmd))),
    };
    (result, summaries)
}

/// "Running unittests src/lib.rs (target/debug/deps/model-1a2b)" -> "model src/lib.rs";
/// "Doc-tests model" -> "model doc-tests".
fn test_binary_label(line: &str) -> Option<String> {
    let line = line.trim();
    if let Some(crate_name) = line.strip_prefix("Doc-tests ") {
        return Some(format!("{crate_name} doc-tests"));
    }
    let rest = line.strip_prefix("Running ")?;
    let (source, binary) = rest.split_once(" (")?;
    let file = Path::new(binary.trim_end_matches(')'))
        .file_name()?
        .to_string_lossy()
        .into_owned();
    let name = file
        .rsplit_once('-')
        .map_or(file.as_str(), |(name, _hash)| name)
        .to_string();
    let source = source.trim_start_matches("unittests ");
    Some(format!("{name} {source}"))
}

fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // Skip "ESC [ ... final-byte".
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_unit_integration_and_doc_test_binaries() {
        assert_eq!(
            test_binary_label(
                "     Running unittests src/lib.rs (target/debug/deps/model-0f1e2d3c)"
            ),
            Some("model src/lib.rs".to_string())
        );
        assert_eq!(
            test_binary_label(
                "     Running tests/foundation.rs (target/debug/deps/foundation-99aa)"
            ),
            Some("foundation tests/foundation.rs".to_string())
        );
        assert_eq!(
            test_binary_label("   Doc-tests model"),
            Some("model doc-tests".to_string())
        );
        assert_eq!(test_binary_label("   Compiling model v0.1.0"), None);
    }

    #[test]
    fn strips_colour_codes() {
        assert_eq!(
            strip_ansi("\u{1b}[32mtest result: ok\u{1b}[0m."),
            "test result: ok."
        );
    }
}
