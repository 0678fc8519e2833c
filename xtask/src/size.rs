//! The download size of the release bundle: every file in dist/, gzipped as a static host would,
//! against the budget in `xtask/size-budget.txt` (`cargo xtask size` fails above it).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Prints each file in `dist` with its raw and `gzip -9` size, and returns the gzipped total.
pub fn print_dist_size(dist: &Path) -> Result<u64, String> {
    if !dist.join("index.html").is_file() {
        return Err(format!(
            "{} has no index.html: build it first (`cargo xtask test`, or `trunk build --release`)",
            dist.display()
        ));
    }
    let mut files = Vec::new();
    collect_files(dist, &mut files)?;
    files.sort();
    let (mut raw_total, mut gz_total) = (0, 0);
    println!("{:>10} {:>10}  file (dist/)", "bytes", "gzip -9");
    for file in &files {
        let raw = file
            .metadata()
            .map_err(|err| format!("{}: {err}", file.display()))?
            .len();
        let gz = gzipped_len(file)?;
        raw_total += raw;
        gz_total += gz;
        let name = file.strip_prefix(dist).unwrap_or(file).display();
        println!("{raw:>10} {gz:>10}  {name}");
    }
    println!(
        "{raw_total:>10} {gz_total:>10}  total ({} files)",
        files.len()
    );
    println!(
        "Release bundle: {} KiB gzipped ({} KiB raw)",
        gz_total / 1024,
        raw_total / 1024
    );
    Ok(gz_total)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|err| format!("{}: {err}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|err| format!("{}: {err}", dir.display()))?
            .path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn gzipped_len(file: &Path) -> Result<u64, String> {
    let output = Command::new("gzip")
        .args(["-9", "--no-name", "--stdout"])
        .arg(file)
        .output()
        .map_err(|err| format!("cannot run gzip: {err}"))?;
    if !output.status.success() {
        return Err(format!("gzip {} failed", file.display()));
    }
    Ok(output.stdout.len() as u64)
}

/// The budget file: one line `max_gzip_kib = N` (comments start with `#`).
pub const BUDGET_FILE: &str = "xtask/size-budget.txt";

/// Reads the budget (KiB, gzipped) from the budget file's text.
pub fn parse_budget(text: &str) -> Result<u64, String> {
    let mut budget = None;
    for (number, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        match line.split_once('=').map(|(k, v)| (k.trim(), v.trim())) {
            Some(("max_gzip_kib", value)) => {
                let kib = value.parse::<u64>().map_err(|_| {
                    format!(
                        "{BUDGET_FILE}:{}: not a whole number of KiB: {value}",
                        number + 1
                    )
                })?;
                budget = Some(kib);
            }
            _ => {
                return Err(format!(
                    "{BUDGET_FILE}:{}: expected `max_gzip_kib = N`, found `{line}`",
                    number + 1
                ));
            }
        }
    }
    budget.ok_or_else(|| format!("{BUDGET_FILE} sets no `max_gzip_kib`"))
}

/// Prints the bundle's size and fails if it is above the budget.
pub fn check_budget(root: &Path, dist: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(root.join(BUDGET_FILE))
        .map_err(|err| format!("{BUDGET_FILE}: {err}"))?;
    let budget_kib = parse_budget(&text)?;
    let total = print_dist_size(dist)?;
    let verdict = within_budget(total, budget_kib);
    println!("Budget: {budget_kib} KiB gzipped ({BUDGET_FILE})");
    verdict
}

/// `Ok` when `total_bytes` fits in `budget_kib`, otherwise how far over it is.
fn within_budget(total_bytes: u64, budget_kib: u64) -> Result<(), String> {
    let budget_bytes = budget_kib * 1024;
    if total_bytes <= budget_bytes {
        Ok(())
    } else {
        Err(format!(
            "the release bundle is {} KiB gzipped, {} bytes over the budget of {budget_kib} KiB \
             ({BUDGET_FILE}): make it smaller, or raise the budget with a reason in \
             docs/performance.md",
            total_bytes.div_ceil(1024),
            total_bytes - budget_bytes
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_budget_and_refuses_anything_else() {
        assert_eq!(
            parse_budget("# the goal is 250\nmax_gzip_kib = 600 # for now\n"),
            Ok(600)
        );
        assert!(
            parse_budget("max_gzip_kib = lots")
                .unwrap_err()
                .contains(":1:")
        );
        assert!(parse_budget("\nmax_size = 3").unwrap_err().contains(":2:"));
        assert!(parse_budget("# nothing\n").is_err());
    }

    #[test]
    fn over_the_budget_by_one_byte_fails() {
        assert!(within_budget(250 * 1024, 250).is_ok());
        let error = within_budget(250 * 1024 + 1, 250).unwrap_err();
        assert!(error.contains("1 bytes over"), "{error}");
    }
}
