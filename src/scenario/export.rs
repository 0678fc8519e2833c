//! Export the current setup as a scenario file: the scenario being played with the current lever
//! positions as its starting policy. A teacher edits the texts and hands it out.

use model::{Policy, Scenario, TIER_TREATMENT_SINCE_VERSION};

/// A file ready to download (scenario files and session files are both TOML).
#[derive(Clone, Debug, PartialEq)]
pub struct ExportFile {
    pub name: String,
    pub text: String,
    /// Its media type, e.g. [`TOML`] or [`CSV`].
    pub mime: &'static str,
}

/// The media type of scenario and session files.
pub const TOML: &str = "application/toml;charset=utf-8";
/// The media type of the CSV exports.
pub const CSV: &str = "text/csv;charset=utf-8";

/// The scenario file for `scenario` with `policy` (shown at `week`) as its starting policy.
pub fn export_file(scenario: &Scenario, policy: Policy, week: u32) -> ExportFile {
    let mut setup = scenario.clone();
    setup.start_policy = policy;
    // An export keeps the lesson's own format version (docs/scenarios.md, "Versions"): a lesson
    // without events stays version 1, readable by older programs and still the same lesson for
    // saved runs and result codes; one with events is version 2.
    // A start policy that treats the tiers apart needs version 3, and the lesson made from it
    // offers the treatment view (else the learner could not change what it starts with).
    if !policy.treatment().is_default() {
        setup.format_version = setup.format_version.max(TIER_TREATMENT_SINCE_VERSION);
        setup.tier_treatment = true;
    }
    let version = setup.format_version;
    let header = format!(
        "# Klantcyclus scenario file (format version {version}), exported in week {week}.\n\
         # start_policy holds the levers and the treatment per tier as they stood then. Every\n\
         # field is explained in docs/scenarios.md; change the id, the texts and the assignments\n\
         # before handing it out.\n\n"
    );
    ExportFile {
        name: format!("{}.toml", setup.id),
        text: header + &setup.to_toml(),
        mime: TOML,
    }
}

/// Offer `file` as a download (a temporary link to a Blob, clicked and removed again).
pub fn download(file: &ExportFile) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&file.text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(file.mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    offer_download(&url, &file.name)?;
    web_sys::Url::revoke_object_url(&url)
}

/// Offer what `url` points at (a Blob or data URL) as a download named `name`: a hidden link,
/// clicked and removed again.
pub fn offer_download(url: &str, name: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no body"))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Lever;
    use model::catalog::bundled;

    #[test]
    fn an_export_reads_back_as_the_same_lesson_with_the_new_start_policy() {
        for scenario in bundled() {
            let policy = scenario
                .start_policy
                .with(Lever::Aftersales, 0.77)
                .unwrap()
                .with(Lever::Promise, 0.12)
                .unwrap();
            let file = export_file(scenario, policy, 40);
            assert_eq!(file.name, format!("{}.toml", scenario.id));
            assert!(file.text.starts_with("# Klantcyclus scenario file"));
            let back = Scenario::from_toml(&file.text).expect("export reads back");
            assert_eq!(back.start_policy, policy);
            let mut expected = scenario.clone();
            expected.start_policy = policy;
            assert_eq!(back, expected);
        }
    }

    #[test]
    fn an_export_that_treats_tiers_apart_is_version_3_and_offers_the_view() {
        use model::{Channel, Setting, Tier};
        let scenario = Scenario::free_play();
        assert_eq!(scenario.format_version, 1);
        let mut policy = scenario.start_policy;
        policy
            .set_setting(
                Setting::Channel(Tier::Small),
                f64::from(Channel::Email.code()),
            )
            .unwrap();
        let file = export_file(&scenario, policy, 12);
        assert!(file.text.contains("format version 3"));
        let back = Scenario::from_toml(&file.text).expect("the export reads back");
        assert_eq!(back.format_version, 3);
        assert!(back.tier_treatment);
        assert_eq!(back.start_policy, policy);
        // Treating every tier alike keeps the lesson's own version.
        let plain = export_file(&scenario, scenario.start_policy, 12);
        assert_eq!(Scenario::from_toml(&plain.text).unwrap().format_version, 1);
    }
}
