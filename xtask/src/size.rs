//! The download size of the release bundle: every file in dist/, gzipped as a static host would.

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
