//! The wasm-bindgen version the app is locked to: wasm-bindgen-cli must match it exactly,
//! or the generated JS glue and the wasm disagree.

use std::path::Path;

/// Version of `package` in a Cargo.lock text; an error if absent or locked at several versions.
pub fn locked_version(lock_text: &str, package: &str) -> Result<String, String> {
    let wanted_name = format!("name = \"{package}\"");
    let mut versions = Vec::new();
    let mut lines = lock_text.lines().map(str::trim);
    while let Some(line) = lines.next() {
        if line == wanted_name {
            let version = lines
                .next()
                .and_then(|next| next.strip_prefix("version = "))
                .map(|quoted| quoted.trim_matches('"').to_string())
                .ok_or_else(|| format!("Cargo.lock: no version line after {wanted_name}"))?;
            versions.push(version);
        }
    }
    match versions.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!("Cargo.lock has no package `{package}`")),
        several => Err(format!(
            "Cargo.lock has several versions of `{package}`: {}",
            several.join(", ")
        )),
    }
}

/// The `[tools] wasm_bindgen = "..."` value in a Trunk.toml text, if set.
pub fn trunk_tool_version(trunk_toml: &str, key: &str) -> Option<String> {
    let mut in_tools = false;
    for line in trunk_toml.lines().map(str::trim) {
        if line.starts_with('[') {
            in_tools = line == "[tools]";
        } else if in_tools
            && let Some((name, value)) = line.split_once('=')
            && name.trim() == key
        {
            return Some(value.trim().trim_matches('"').to_string());
        }
    }
    None
}

/// The wasm-bindgen version from `root/Cargo.lock`, checked against `root/Trunk.toml`.
pub fn wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock_path = root.join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path)
        .map_err(|err| format!("cannot read {}: {err}", lock_path.display()))?;
    let locked = locked_version(&lock, "wasm-bindgen")?;
    let trunk_toml = std::fs::read_to_string(root.join("Trunk.toml")).unwrap_or_default();
    match trunk_tool_version(&trunk_toml, "wasm_bindgen") {
        Some(pinned) if pinned != locked => Err(format!(
            "Trunk.toml pins wasm_bindgen = \"{pinned}\" but Cargo.lock has wasm-bindgen {locked}; \
             make them equal (Cargo.toml pins the crate with `=`)"
        )),
        _ => Ok(locked),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "wasm-bindgen-backend"
version = "0.2.99"
"#;

    #[test]
    fn finds_the_exact_package_not_a_prefix_match() {
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen"),
            Ok("0.2.130".to_string())
        );
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen-backend"),
            Ok("0.2.99".to_string())
        );
    }

    #[test]
    fn missing_or_duplicated_packages_are_errors() {
        assert!(locked_version(LOCK, "leptos").is_err());
        let twice =
            format!("{LOCK}\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.100\"\n");
        let err = locked_version(&twice, "wasm-bindgen").unwrap_err();
        assert!(err.contains("0.2.130, 0.2.100"), "{err}");
    }

    #[test]
    fn reads_tool_versions_only_from_the_tools_table() {
        let toml = "[build]\nwasm_bindgen = \"no\"\n\n[tools]\nwasm_bindgen = \"0.2.130\"\nwasm_opt = \"version_132\"\n";
        assert_eq!(
            trunk_tool_version(toml, "wasm_bindgen"),
            Some("0.2.130".to_string())
        );
        assert_eq!(
            trunk_tool_version(toml, "wasm_opt"),
            Some("version_132".to_string())
        );
        assert_eq!(
            trunk_tool_version("[build]\nwasm_opt = \"x\"\n", "wasm_opt"),
            None
        );
    }
}
