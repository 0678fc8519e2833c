//! Where the built app is, and whether it looks older than the sources.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The workspace root (this crate lives in `<root>/tests`). Read at run time (cargo test sets
/// it): a binary built from another checkout sharing this target dir must not test that one.
pub fn workspace_root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir
        .parent()
        .expect("the e2e crate lives one level below the workspace root")
        .to_path_buf()
}

/// The directory the tests serve: `$KLANTCYCLUS_DIST`, or `<root>/dist`.
pub fn dist_dir() -> PathBuf {
    std::env::var_os("KLANTCYCLUS_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("dist"))
}

/// `target/` of this workspace (honours `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// An error message unless `dist` holds a built app; warns on stderr if sources are newer.
pub fn check(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let Ok(built) = index.metadata().and_then(|meta| meta.modified()) else {
        return Err(format!(
            "no built app at {}: run `cargo xtask test` (or `cargo xtask e2e`, or \
             `trunk build --release`) before `cargo test -p e2e`",
            index.display()
        ));
    };
    if std::env::var_os("KLANTCYCLUS_DIST").is_some() {
        return Ok(()); // someone else's build: its sources are not ours to compare
    }
    let root = workspace_root();
    let sources = ["src", "style", "model/src", "index.html", "Cargo.toml"];
    let newest = sources
        .iter()
        .filter_map(|path| newest_mtime(&root.join(path)))
        .max();
    if newest.is_some_and(|newest| newest > built) {
        eprintln!(
            "warning: {} is older than the sources; the browser tests run the old build \
             (rebuild with `cargo xtask e2e`)",
            dist.display()
        );
    }
    Ok(())
}

fn newest_mtime(path: &Path) -> Option<SystemTime> {
    let meta = path.metadata().ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(|entry| newest_mtime(&entry.ok()?.path()))
        .max()
}
