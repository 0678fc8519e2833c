//! Where things are: the repository, the project's tool directories, and the PATH children get.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The locations every command works with.
pub struct Paths {
    /// The workspace root (the directory holding the top-level Cargo.toml).
    pub root: PathBuf,
    /// `npm install --prefix` directory for binaryen (wasm-opt) and axe-core.
    pub tools_dir: PathBuf,
    /// The directory `cargo install` writes binaries to.
    pub cargo_bin: PathBuf,
}

impl Paths {
    pub fn discover() -> Paths {
        // Read at run time (cargo run sets it), so a binary built in another checkout sharing
        // the target dir still works on this one.
        let manifest_dir = env::var_os("CARGO_MANIFEST_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
        let root = manifest_dir
            .parent()
            .expect("xtask lives one level below the workspace root")
            .to_path_buf();
        let home = env::var_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.clone());
        let tools_dir = env::var_os("KLANTCYCLUS_TOOLS_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join(".local/klantcyclus-tools"));
        // The same rules `cargo install` uses to pick its destination.
        let cargo_root = env::var_os("CARGO_INSTALL_ROOT")
            .or_else(|| env::var_os("CARGO_HOME"))
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join(".cargo"));
        Paths {
            root,
            tools_dir,
            cargo_bin: cargo_root.join("bin"),
        }
    }

    pub fn dist(&self) -> PathBuf {
        self.root.join("dist")
    }

    /// Directory holding the npm-installed `wasm-opt`.
    pub fn node_bin(&self) -> PathBuf {
        self.tools_dir.join("node_modules/.bin")
    }

    /// npm's axe-core package in the tools dir.
    pub fn axe_dir(&self) -> PathBuf {
        self.tools_dir.join("node_modules/axe-core")
    }

    /// The axe-core script the browser tests inject (`tests/src/axe.rs` finds it at the same
    /// place, from `KLANTCYCLUS_TOOLS_DIR` or its default).
    pub fn axe_js(&self) -> PathBuf {
        self.axe_dir().join("axe.min.js")
    }

    /// The PATH every child process gets: our tool directories first, then the caller's PATH.
    /// Trunk looks wasm-bindgen and wasm-opt up on PATH, so this decides which ones it uses.
    pub fn child_path(&self) -> OsString {
        let mut dirs = vec![self.cargo_bin.clone(), self.node_bin()];
        if let Some(path) = env::var_os("PATH") {
            dirs.extend(env::split_paths(&path));
        }
        env::join_paths(dirs).expect("PATH entries contain no separator")
    }

    /// The first executable called `name` on [`Paths::child_path`], as a child would find it.
    pub fn which(&self, name: &str) -> Option<PathBuf> {
        env::split_paths(&self.child_path())
            .map(|dir| dir.join(name))
            .find(|candidate| is_executable(candidate))
    }
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .map(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}
