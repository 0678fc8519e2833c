//! Deploying the one dist/: it runs at the site root and in a sub-folder without a rebuild,
//! starts and runs a lesson offline after one visit, asks for nothing beyond its own files
//! (its Content-Security-Policy forbids every other connection and inline script), and prints
//! the time to the first drawn chart.

mod ui;

use e2e::{Page, Served};
use std::time::Instant;
use ui::{pause, wait_for_week, week};

/// Collects every Content-Security-Policy violation of the document before the app starts.
const RECORD_CSP_VIOLATIONS: &str = "window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});";

/// A list of strings the page's `js` returns (a non-string item shows as "").
fn strings(page: &Page, js: &str) -> Vec<String> {
    page.eval(js)
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|item| item.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn csp_violations(page: &Page) -> Vec<String> {
    strings(
        page,
        "return window.__cspViolations || ['the recorder did not run'];",
    )
}

/// Every URL the document fetched or tried to (the page, scripts, styles, wasm, images, ...).
fn fetched_urls(page: &Page) -> Vec<String> {
    strings(
        page,
        "return [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];",
    )
}

/// Picks a lesson in the scenario picker, starts it and plays it to week 3.
fn run_a_lesson(page: &Page) {
    page.click("#scenario-kiezen");
    page.wait_for("#scenario-kiezer[open]");
    page.click("[data-scenario=overpromising]");
    page.wait_for("#scenario-intro[open]");
    page.click("#les-starten");
    page.wait_for_text("#scenario-naam", "Vleugels beloofd");
    page.click("button[data-action=play]");
    wait_for_week(page, 3);
    pause(page);
}

#[test]
fn the_same_build_runs_at_the_root_and_in_a_sub_folder_asking_only_for_its_own_files() {
    for prefix in ["/", "/any/sub/path/"] {
        let page = Page::builder()
            .serve_at(prefix)
            .path(prefix)
            .before_load(RECORD_CSP_VIOLATIONS)
            .open();
        page.wait_for("canvas");
        run_a_lesson(&page);
        assert!(week(&page) >= 3);

        // The share link keeps the folder.
        let link = page.eval("return location.origin + location.pathname;");
        assert_eq!(
            link.as_str(),
            Some(format!("{}{prefix}", page.origin()).as_str())
        );

        let requests = page.requests();
        let foreign: Vec<&Served> = requests
            .iter()
            .filter(|served| !served.found || !served.url.starts_with(prefix))
            .collect();
        assert!(
            foreign.is_empty(),
            "at {prefix}: requests outside the app's files: {foreign:?}"
        );
        assert!(
            requests.iter().any(|served| served.url.ends_with(".wasm")),
            "at {prefix}: the wasm came from somewhere else: {requests:?}"
        );
        let elsewhere: Vec<String> = fetched_urls(&page)
            .into_iter()
            .filter(|url| !url.starts_with(&format!("{}{prefix}", page.origin())))
            .collect();
        assert!(
            elsewhere.is_empty(),
            "at {prefix}: the page fetched from elsewhere: {elsewhere:?}"
        );
        assert_eq!(csp_violations(&page), Vec::<String>::new(), "at {prefix}");
        page.assert_clean_console();
    }
}

#[test]
fn the_policy_refuses_inline_script_and_other_hosts() {
    let page = Page::builder().before_load(RECORD_CSP_VIOLATIONS).open();
    page.wait_for("canvas");
    let policy = page
        .attr("meta[http-equiv=Content-Security-Policy]", "content")
        .unwrap_or_default();
    for directive in [
        "default-src 'none'",
        "connect-src 'self'",
        "object-src 'none'",
    ] {
        assert!(policy.contains(directive), "{directive} missing: {policy}");
    }
    let script_src = policy
        .split(';')
        .map(str::trim)
        .find(|directive| directive.starts_with("script-src"))
        .unwrap_or_default();
    assert_eq!(script_src, "script-src 'self' 'wasm-unsafe-eval'");
    // What a hostile text slipped into the page would try: run inline script, call home.
    page.eval(
        "const s = document.createElement('script');
         s.textContent = 'window.__inlineRan = true;';
         document.body.appendChild(s);
         fetch('http://example.invalid/x').catch(() => {});
         return null;",
    );
    page.wait_until("both refusals recorded", |p| csp_violations(p).len() >= 2);
    let violations = csp_violations(&page);
    assert!(
        violations.iter().any(|v| v.starts_with("script-src")),
        "{violations:?}"
    );
    assert!(
        violations.iter().any(|v| v.starts_with("connect-src")),
        "{violations:?}"
    );
    assert_eq!(
        page.eval("return window.__inlineRan === true;").as_bool(),
        Some(false)
    );
}

#[test]
fn after_one_visit_the_app_starts_and_runs_a_lesson_without_the_server() {
    let page = Page::open();
    page.wait_for("canvas");
    page.wait_until("a service worker controls the page", |p| {
        p.eval("return !!navigator.serviceWorker.controller;")
            .as_bool()
            == Some(true)
    });
    let caches = || page.eval("return caches.keys();");
    let first = caches();
    let names: Vec<&str> = first
        .as_array()
        .map(|list| list.iter().filter_map(|name| name.as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names.len(), 1, "one cache for this build: {first}");
    assert!(
        names[0].starts_with("klantcyclus-klantcyclus-app-"),
        "the cache is named after the build: {first}"
    );
    let kept = page.eval(&format!(
        "return caches.open('{}').then((c) => c.keys()).then((k) => k.map((r) => r.url));",
        names[0]
    ));
    let kept = kept.to_string();
    for file in ["_bg.wasm", "start.js", ".css", "klantcyclus-app-"] {
        assert!(kept.contains(file), "{file} is not kept: {kept}");
    }

    page.stop_server();
    let started = Instant::now();
    page.reload();
    page.wait_for("canvas");
    run_a_lesson(&page);
    assert!(week(&page) >= 3);
    assert!(
        page.requests().is_empty(),
        "the stopped server answered something"
    );
    eprintln!(
        "offline start and a lesson to week 3: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    page.screenshot("offline-lesson");
    page.assert_clean_console();
}

#[test]
fn a_new_build_replaces_the_cache_of_the_old_one() {
    let page = Page::open();
    page.wait_for("canvas");
    page.wait_until("this build's files are kept", |p| {
        p.eval("return caches.keys();")
            .to_string()
            .contains("klantcyclus-klantcyclus-app-")
    });
    // A new build names another worker URL (start.js puts the hashed file name in it).
    page.eval(
        "return navigator.serviceWorker.register('./sw.js?build=next-build').then(() => null);",
    );
    page.wait_until("the next build's cache replaced this one", |p| {
        p.eval("return caches.keys();") == serde_json::json!(["klantcyclus-next-build"])
    });
    page.assert_clean_console();
}

#[test]
fn first_paint_is_measured_from_navigation_start_to_the_first_drawn_chart() {
    let page = Page::open();
    page.wait_until("the first chart is marked", |p| {
        p.eval("return performance.getEntriesByName('klantcyclus-eerste-grafiek').length;")
            .as_u64()
            == Some(1)
    });
    let first_chart = page
        .eval("return performance.getEntriesByName('klantcyclus-eerste-grafiek')[0].startTime;")
        .as_f64()
        .unwrap_or(f64::NAN);
    let dom_ready = page
        .eval("return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;")
        .as_f64()
        .unwrap_or(f64::NAN);
    assert!(
        first_chart.is_finite() && first_chart > 0.0,
        "{first_chart}"
    );
    // A figure, not a timing test: printed for docs/performance.md (goal: under 500 ms).
    eprintln!(
        "first paint (navigation start → first drawn chart): {first_chart:.0} ms \
         (DOM ready at {dom_ready:.0} ms)"
    );
}
