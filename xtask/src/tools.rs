//! The tool chain beyond Rust itself: found and version-checked, installed only when missing
//! or wrong. Nothing here downloads from outside the package registries (crates.io, npm, Debian).

use crate::lockfile;
use crate::paths::Paths;
use crate::process::{command, render, run, stdout_of};
use std::path::Path;
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";
/// npm's `binaryen` package; Debian's binaryen is too old to read what current Rust emits.
pub const BINARYEN_VERSION: &str = "132";
/// npm's `axe-core`, the WCAG checker the browser tests inject (`tests/src/axe.rs`). Lives in the
/// tools dir next to binaryen, never in dist/.
pub const AXE_CORE_VERSION: &str = "4.14.1";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Install,
    CheckOnly,
}

/// Which tools a command needs.
#[derive(Clone, Copy)]
pub struct Needs {
    pub browser: bool,
}

impl Needs {
    pub const ALL: Needs = Needs { browser: true };
    pub const BUILD: Needs = Needs { browser: false };
}

/// `Ok(description)` when the tool is present at the wanted version, otherwise `Err(what is wrong)`.
type Detect = Box<dyn Fn(&Paths) -> Result<String, String>>;
/// The commands that install a tool.
type Install = Box<dyn Fn(&Paths) -> Vec<Command>>;

/// One tool: how to tell it is there at the right version, and how to install it.
struct Tool {
    name: &'static str,
    detect: Detect,
    install: Install,
}

/// Makes sure every tool in `needs` is present at the right version.
pub fn ensure(paths: &Paths, needs: Needs, mode: Mode) -> Result<(), String> {
    println!(
        "==> tools (Rust tools into {}, wasm-opt and axe-core into {})",
        paths.cargo_bin.display(),
        paths.tools_dir.display()
    );
    let mut missing = Vec::new();
    for tool in tools(paths, needs)? {
        match (tool.detect)(paths) {
            Ok(found) => println!("ok       {:<14} {found}", tool.name),
            Err(problem) => {
                println!("missing  {:<14} {problem}", tool.name);
                let commands = (tool.install)(paths);
                if mode == Mode::CheckOnly {
                    for cmd in &commands {
                        println!("         would run: {}", render(cmd));
                    }
                    missing.push(tool.name);
                    continue;
                }
                install(paths, commands)?;
                let found = (tool.detect)(paths).map_err(|problem| {
                    format!("{} still not usable after installing: {problem}", tool.name)
                })?;
                println!("ok       {:<14} {found}", tool.name);
            }
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "missing: {} (run `cargo xtask tools` to install)",
            missing.join(", ")
        ))
    }
}

fn install(paths: &Paths, commands: Vec<Command>) -> Result<(), String> {
    for mut cmd in commands {
        let is_apt_install = render(&cmd).contains("apt-get install");
        if let Err(err) = run(&mut cmd) {
            if !is_apt_install {
                return Err(err);
            }
            // A fresh machine may have no package lists yet.
            run(&mut apt(paths, &["update"]))?;
            run(&mut cmd)?;
        }
    }
    Ok(())
}

fn tools(paths: &Paths, needs: Needs) -> Result<Vec<Tool>, String> {
    let wasm_bindgen = lockfile::wasm_bindgen_version(&paths.root)?;
    let mut tools = vec![
        Tool {
            name: WASM_TARGET,
            detect: Box::new(detect_wasm_target),
            install: Box::new(|paths| {
                let mut cmd = command(paths, "rustup");
                cmd.args(["target", "add", WASM_TARGET]);
                vec![cmd]
            }),
        },
        Tool {
            name: "wasm-bindgen",
            detect: Box::new({
                let want = wasm_bindgen.clone();
                move |paths| {
                    detect_version(paths, "wasm-bindgen", 1, &want, "the version in Cargo.lock")
                }
            }),
            // Not --locked: the CLI's own lock file does not build with current Rust.
            install: Box::new(move |paths| {
                let mut cmd = crate::process::cargo(paths);
                cmd.args(["install", "wasm-bindgen-cli", "--version", &wasm_bindgen]);
                vec![cmd]
            }),
        },
        Tool {
            name: "wasm-opt",
            detect: Box::new(|paths| {
                detect_version(paths, "wasm-opt", 2, BINARYEN_VERSION, "npm binaryen")
            }),
            install: Box::new(|paths| {
                let mut commands = Vec::new();
                if paths.which("npm").is_none() {
                    commands.push(apt(paths, &["install", "-y", "npm"]));
                }
                let mut npm = command(paths, "npm");
                npm.args(["install", "--no-audit", "--no-fund", "--prefix"])
                    .arg(&paths.tools_dir)
                    .arg(format!("binaryen@{BINARYEN_VERSION}.0.0"));
                commands.push(npm);
                commands
            }),
        },
        Tool {
            name: "trunk",
            detect: Box::new(|paths| {
                detect_version(paths, "trunk", 1, TRUNK_VERSION, "the project's Trunk")
            }),
            install: Box::new(|paths| {
                let mut cmd = crate::process::cargo(paths);
                cmd.args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]);
                vec![cmd]
            }),
        },
    ];
    if needs.browser {
        tools.push(Tool {
            name: "chromium",
            detect: Box::new(detect_chromium),
            install: Box::new(|paths| {
                vec![apt(
                    paths,
                    &["install", "-y", "chromium", "chromium-driver"],
                )]
            }),
        });
        // The report test turns Chromium's PDF into page images and text.
        tools.push(Tool {
            name: "poppler-utils",
            detect: Box::new(|paths| {
                let found: Vec<String> = ["pdftoppm", "pdftotext"]
                    .iter()
                    .filter_map(|tool| paths.which(tool))
                    .map(|path| path.display().to_string())
                    .collect();
                if found.len() == 2 {
                    Ok(found.join(", "))
                } else {
                    Err("pdftoppm and pdftotext not found".to_string())
                }
            }),
            install: Box::new(|paths| vec![apt(paths, &["install", "-y", "poppler-utils"])]),
        });
        // The accessibility test injects axe.min.js from here into the page under test.
        tools.push(Tool {
            name: "axe-core",
            detect: Box::new(detect_axe_core),
            install: Box::new(|paths| {
                let mut commands = Vec::new();
                if paths.which("npm").is_none() {
                    commands.push(apt(paths, &["install", "-y", "npm"]));
                }
                let mut npm = command(paths, "npm");
                npm.args([
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--save-exact",
                    "--prefix",
                ])
                .arg(&paths.tools_dir)
                .arg(format!("axe-core@{AXE_CORE_VERSION}"));
                commands.push(npm);
                commands
            }),
        });
    }
    Ok(tools)
}

fn detect_wasm_target(paths: &Paths) -> Result<String, String> {
    let sysroot = stdout_of(command(paths, "rustc").args(["--print", "sysroot"]))
        .ok_or("cannot run `rustc --print sysroot`")?;
    if Path::new(&sysroot)
        .join("lib/rustlib")
        .join(WASM_TARGET)
        .is_dir()
    {
        Ok(format!("installed in {sysroot}"))
    } else {
        Err(format!("not installed in {sysroot}"))
    }
}

/// Runs `<program> --version` (as found on the child PATH) and compares its `word`th word.
fn detect_version(
    paths: &Paths,
    program: &str,
    word: usize,
    want: &str,
    why: &str,
) -> Result<String, String> {
    let path = paths
        .which(program)
        .ok_or(format!("not found (want {want}, {why})"))?;
    let (version, _) = reported_version(&path, word)?;
    if version == want {
        Ok(format!("{version} at {}", path.display()))
    } else {
        Err(format!(
            "{} is version {version}, want {want} ({why})",
            path.display()
        ))
    }
}

/// `(word, full line)` of `program --version`.
fn reported_version(program: &Path, word: usize) -> Result<(String, String), String> {
    let text = stdout_of(Command::new(program).arg("--version"))
        .ok_or(format!("`{} --version` failed", program.display()))?;
    let version = text.split_whitespace().nth(word).ok_or(format!(
        "unexpected `{} --version` output: {text}",
        program.display()
    ))?;
    Ok((version.to_string(), text))
}

/// npm's axe-core in the tools dir: `axe.min.js` present and `package.json` at the pinned version.
fn detect_axe_core(paths: &Paths) -> Result<String, String> {
    let script = paths.axe_js();
    if !script.is_file() {
        return Err(format!(
            "{} not found (want {AXE_CORE_VERSION})",
            script.display()
        ));
    }
    let manifest = paths.axe_dir().join("package.json");
    let text = std::fs::read_to_string(&manifest)
        .map_err(|err| format!("cannot read {}: {err}", manifest.display()))?;
    let version =
        package_version(&text).ok_or(format!("no \"version\" in {}", manifest.display()))?;
    if version == AXE_CORE_VERSION {
        Ok(format!("{version} at {}", script.display()))
    } else {
        Err(format!(
            "{} is version {version}, want {AXE_CORE_VERSION}",
            manifest.display()
        ))
    }
}

/// The top-level `"version": "..."` of a package.json (no JSON parser: the xtask has no
/// dependencies). Packages are published with each top-level field on a line of its own,
/// indented two spaces; deeper `"version"` keys (a `scripts` entry, say) are indented more.
fn package_version(manifest: &str) -> Option<&str> {
    manifest.lines().find_map(|line| {
        let field = line.trim_start();
        if line.len() - field.len() > 2 {
            return None;
        }
        let rest = field.strip_prefix("\"version\"")?;
        let rest = rest.trim_start().strip_prefix(':')?.trim_start();
        rest.strip_prefix('"')?.split('"').next()
    })
}

/// Debian's Chromium and its chromedriver, which must share a major version.
fn detect_chromium(_: &Paths) -> Result<String, String> {
    let browser = reported_version(Path::new(CHROMIUM), 1)
        .map_err(|_| format!("{CHROMIUM} not found"))?
        .0;
    let driver = reported_version(Path::new(CHROMEDRIVER), 1)
        .map_err(|_| format!("{CHROMEDRIVER} not found"))?
        .0;
    let major = |version: &str| version.split('.').next().unwrap_or_default().to_string();
    if major(&browser) == major(&driver) {
        Ok(format!("{browser} with chromedriver {driver}"))
    } else {
        Err(format!(
            "chromium {browser} and chromedriver {driver} differ"
        ))
    }
}

/// `apt-get <args>`, through sudo unless we are root.
fn apt(paths: &Paths, args: &[&str]) -> Command {
    let is_root = stdout_of(Command::new("id").arg("-u")).as_deref() == Some("0");
    let mut cmd = if is_root {
        command(paths, "apt-get")
    } else {
        let mut sudo = command(paths, "sudo");
        sudo.args(["DEBIAN_FRONTEND=noninteractive", "apt-get"]);
        sudo
    };
    cmd.env("DEBIAN_FRONTEND", "noninteractive").args(args);
    cmd
}

#[cfg(test)]
mod tests {
    use super::package_version;

    #[test]
    fn reads_the_version_of_a_package_json() {
        let manifest = "{\n  \"name\": \"axe-core\",\n  \"description\": \"version: 1\",\n  \"version\": \"4.14.1\",\n  \"license\": \"MPL-2.0\"\n}\n";
        assert_eq!(package_version(manifest), Some("4.14.1"));
        let nested = "{\n  \"scripts\": {\n    \"version\": \"echo no\"\n  },\n  \"version\": \"4.10.3\"\n}\n";
        assert_eq!(package_version(nested), Some("4.10.3"));
        assert_eq!(package_version("{}"), None);
    }
}
