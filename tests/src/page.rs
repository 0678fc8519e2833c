//! [`Page`]: the app open in headless Chromium, with blocking helpers for tests.

use crate::canvas::{CanvasStats, STATS_SCRIPT};
use crate::console::{ConsoleEntry, PostCommand, parse_entries};
use crate::dist;
use crate::driver::{ChromeDriver, Window};
use crate::server::{Served, StaticServer};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::Value;
use std::cell::RefCell;
use std::future::Future;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// One browser at a time per test binary: tests wait here instead of fighting over 2 cores.
static ONE_BROWSER: Mutex<()> = Mutex::new(());

/// The app has mounted once the body holds an element besides Trunk's script and link tags.
const MOUNTED_SELECTOR: &str = "body > :not(script):not(link):not(style):not(noscript)";

/// How to open the app; start with [`Page::builder`].
#[derive(Clone, Debug)]
pub struct PageBuilder {
    path: String,
    window: Window,
    timeout: Duration,
    ready_selector: String,
    before_load: Vec<String>,
    serve_at: String,
}

impl PageBuilder {
    /// Serves dist/ under this URL path (e.g. `"/any/sub/path/"`) instead of the site root, as a
    /// host serving the app from a sub-folder would; give `path` under it too. Default `"/"`.
    pub fn serve_at(mut self, prefix: &str) -> Self {
        self.serve_at = prefix.to_string();
        self
    }

    /// JavaScript to run in every document of this page before its own scripts (Chromium's
    /// `Page.addScriptToEvaluateOnNewDocument`): to take `localStorage` away, make it throw, or
    /// fill it, before the app starts. Can be given more than once.
    pub fn before_load(mut self, script: &str) -> Self {
        self.before_load.push(script.to_string());
        self
    }

    /// Path and query to open, relative to the site root, e.g. `"/?scenario=basis"`. Default `"/"`.
    pub fn path(mut self, path: &str) -> Self {
        self.path = path.to_string();
        self
    }

    /// Browser window size in CSS pixels. Default 1280 x 720.
    pub fn window_size(mut self, width: u32, height: u32) -> Self {
        self.window.width = width;
        self.window.height = height;
        self
    }

    /// `devicePixelRatio` the page sees; 2.0 imitates a HiDPI screen. Default 1.0.
    pub fn device_scale_factor(mut self, factor: f64) -> Self {
        self.window.device_scale_factor = factor;
        self
    }

    /// How long every wait (open, find, wait_until, ...) may take. Default 15 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// CSS selector that exists once the app is ready. Default: any element in `<body>`
    /// besides Trunk's script and link tags.
    pub fn ready_when(mut self, selector: &str) -> Self {
        self.ready_selector = selector.to_string();
        self
    }

    /// Serves dist/, starts chromedriver and Chromium, opens the path and waits for the app.
    /// Panics with the reason (no dist/, no browser, app logged errors while starting, ...).
    #[track_caller]
    pub fn open(self) -> Page {
        match Page::start(self) {
            Ok(page) => page,
            Err(err) => panic!("could not open the app: {err}"),
        }
    }
}

/// The built app (dist/) open in headless Chromium.
///
/// Helpers panic with a readable message (and the test's line, thanks to `#[track_caller]`),
/// so tests read as plain steps. Element arguments are CSS selectors; helpers that need an
/// element wait for it to appear (up to the timeout). On drop the browser, chromedriver and
/// the file server stop; if the test is failing, a screenshot and the console go to
/// `target/screenshots/FAILED-<test>.png` and stderr first.
pub struct Page {
    client: Option<Client>,
    runtime: tokio::runtime::Runtime,
    /// Kept until drop, which stops chromedriver.
    _driver: ChromeDriver,
    /// `None` once [`Page::stop_server`] took the site offline.
    server: RefCell<Option<StaticServer>>,
    origin: String,
    console: RefCell<Vec<ConsoleEntry>>,
    timeout: Duration,
    ready_selector: String,
    _one_browser: MutexGuard<'static, ()>,
}

impl Page {
    /// Opens the app at `/` with the defaults (1280 x 720, pixel ratio 1).
    #[track_caller]
    pub fn open() -> Page {
        Page::builder().open()
    }

    pub fn builder() -> PageBuilder {
        PageBuilder {
            path: "/".to_string(),
            window: Window {
                width: 1280,
                height: 720,
                device_scale_factor: 1.0,
            },
            timeout: Duration::from_secs(15),
            ready_selector: MOUNTED_SELECTOR.to_string(),
            before_load: Vec::new(),
            serve_at: "/".to_string(),
        }
    }

    fn start(options: PageBuilder) -> Result<Page, String> {
        let dist = dist::dist_dir();
        dist::check(&dist)?;
        let one_browser = ONE_BROWSER
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let server = StaticServer::start_at(dist, &options.serve_at)?;
        let origin = server.origin();
        let driver = ChromeDriver::start()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|err| format!("cannot start tokio: {err}"))?;
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = runtime
            .block_on(
                ClientBuilder::new(connector)
                    .capabilities(driver.capabilities(&options.window))
                    .connect(&driver.url()),
            )
            .map_err(|err| {
                format!(
                    "cannot start a Chromium session: {err}\nchromedriver log:\n{}",
                    driver.log_tail()
                )
            })?;
        let page = Page {
            client: Some(client),
            runtime,
            _driver: driver,
            server: RefCell::new(Some(server)),
            origin,
            console: RefCell::new(Vec::new()),
            timeout: options.timeout,
            ready_selector: options.ready_selector,
            _one_browser: one_browser,
        };
        page.fit_viewport(options.window.width, options.window.height)?;
        for script in &options.before_load {
            page.block_on(page.client().issue_cmd(PostCommand::cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                serde_json::json!({ "source": script }),
            )))
            .map_err(|err| format!("cannot add a script before load: {err}"))?;
        }
        page.try_goto(&options.path)?;
        Ok(page)
    }

    /// Emulates a CSS media feature for this page from now on, e.g.
    /// `("prefers-reduced-motion", "reduce")` (Chrome DevTools `Emulation.setEmulatedMedia`).
    #[track_caller]
    pub fn emulate_media_feature(&self, name: &str, value: &str) {
        let result = self.block_on(self.client().issue_cmd(PostCommand::cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "features": [{ "name": name, "value": value }] }),
        )));
        self.check(result, "emulate a media feature");
    }

    // ----- navigation -------------------------------------------------------------------------

    /// Opens `path` (e.g. `"/?les=3"`) and waits until the app is ready again.
    #[track_caller]
    pub fn goto(&self, path: &str) {
        if let Err(err) = self.try_goto(path) {
            self.fail(err);
        }
    }

    /// Reloads the page (stored state survives, as for a user) and waits for the app.
    #[track_caller]
    pub fn reload(&self) {
        let path = self.eval("return location.pathname + location.search + location.hash;");
        self.goto(path.as_str().unwrap_or("/"));
    }

    /// The site's origin, e.g. `http://127.0.0.1:41234`.
    pub fn origin(&self) -> String {
        self.origin.clone()
    }

    /// Stops the file server: from now on every request to the site fails, as when the
    /// network is gone. The browser stays open.
    pub fn stop_server(&self) {
        drop(self.server.borrow_mut().take());
    }

    /// Every request the file server answered so far (empty once stopped).
    pub fn requests(&self) -> Vec<Served> {
        self.server
            .borrow()
            .as_ref()
            .map(StaticServer::requests)
            .unwrap_or_default()
    }

    fn try_goto(&self, path: &str) -> Result<(), String> {
        let url = format!("{}{}", self.origin, path);
        self.block_on(self.client().goto(&url))
            .map_err(|err| format!("cannot open {url}: {err}"))?;
        // Fail early (and clearly) if the app breaks while starting, rather than time out.
        let started = Instant::now();
        loop {
            let errors: Vec<String> = self
                .console_errors()
                .iter()
                .map(ToString::to_string)
                .collect();
            if !errors.is_empty() {
                return Err(format!(
                    "the app logged errors while starting:\n  {}",
                    errors.join("\n  ")
                ));
            }
            if self.try_exists(&self.ready_selector)? {
                return Ok(());
            }
            if started.elapsed() > self.timeout {
                return Err(format!(
                    "the app did not become ready (`{}`) within {:?} at {url}",
                    self.ready_selector, self.timeout
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    // ----- reading the page -------------------------------------------------------------------

    /// `document.title`.
    #[track_caller]
    pub fn title(&self) -> String {
        self.check(self.block_on(self.client().title()), "read the title")
    }

    /// Whether an element matches `selector` right now (no waiting).
    #[track_caller]
    pub fn exists(&self, selector: &str) -> bool {
        self.check(self.try_exists(selector), "look for an element")
    }

    /// How many elements match `selector` right now.
    #[track_caller]
    pub fn count(&self, selector: &str) -> usize {
        let found = self.block_on(self.client().find_all(Locator::Css(selector)));
        self.check(found, &format!("count `{selector}`")).len()
    }

    /// Visible text of the first element matching `selector` (waits for it).
    #[track_caller]
    pub fn text(&self, selector: &str) -> String {
        let element = self.find(selector);
        self.check(
            self.block_on(element.text()),
            &format!("read the text of `{selector}`"),
        )
    }

    /// An HTML attribute of the first match (waits for the element), e.g. `attr("html", "lang")`.
    #[track_caller]
    pub fn attr(&self, selector: &str, name: &str) -> Option<String> {
        let element = self.find(selector);
        self.check(
            self.block_on(element.attr(name)),
            &format!("read `{name}` of `{selector}`"),
        )
    }

    /// A DOM property of the first match as text, e.g. `prop("#speed", "value")`, `prop(.., "checked")`.
    #[track_caller]
    pub fn prop(&self, selector: &str, name: &str) -> Option<String> {
        let element = self.find(selector);
        self.check(
            self.block_on(element.prop(name)),
            &format!("read property `{name}` of `{selector}`"),
        )
    }

    /// The first element matching `selector`, waiting for it; for anything the helpers lack
    /// (use with [`Page::block_on`]).
    #[track_caller]
    pub fn find(&self, selector: &str) -> Element {
        self.wait_for(selector);
        let found = self.block_on(self.client().find(Locator::Css(selector)));
        self.check(found, &format!("find `{selector}`"))
    }

    // ----- acting -----------------------------------------------------------------------------

    /// Clicks the first element matching `selector`, like a user (it must be visible and not covered).
    #[track_caller]
    pub fn click(&self, selector: &str) {
        let element = self.find(selector);
        self.check(
            self.block_on(element.click()),
            &format!("click `{selector}`"),
        );
    }

    /// Replaces the text in an input or textarea, typing like a user.
    #[track_caller]
    pub fn type_text(&self, selector: &str, text: &str) {
        let element = self.find(selector);
        self.check(
            self.block_on(element.clear()),
            &format!("clear `{selector}`"),
        );
        self.check(
            self.block_on(element.send_keys(text)),
            &format!("type into `{selector}`"),
        );
    }

    /// Sets the value of a range slider, select or number input, firing `input` and `change`
    /// as a user's change would (sliders cannot be typed into).
    #[track_caller]
    pub fn set_value(&self, selector: &str, value: &str) {
        self.wait_for(selector);
        let script = r#"
            const [selector, value] = arguments;
            const el = document.querySelector(selector);
            const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
            setter.call(el, value);
            el.dispatchEvent(new Event('input', { bubbles: true }));
            el.dispatchEvent(new Event('change', { bubbles: true }));
            return el.value;
        "#;
        let now = self.eval_with(script, vec![selector.into(), value.into()]);
        if now.as_str() != Some(value) {
            self.fail(format!(
                "`{selector}` refused value {value:?} (it is now {now})"
            ));
        }
    }

    /// Presses and releases a key on whatever has focus, e.g. `press(' ')` or `press(Key::Right)`.
    #[track_caller]
    pub fn press(&self, key: impl Into<char>) {
        let value = key.into();
        let actions = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        self.check(
            self.block_on(self.client().perform_actions(actions)),
            &format!("press {value:?}"),
        );
    }

    /// Moves keyboard focus to the first element matching `selector`.
    #[track_caller]
    pub fn focus(&self, selector: &str) {
        self.wait_for(selector);
        self.eval_with(
            "document.querySelector(arguments[0]).focus();",
            vec![selector.into()],
        );
    }

    // ----- waiting ----------------------------------------------------------------------------

    /// Waits until an element matches `selector`.
    #[track_caller]
    pub fn wait_for(&self, selector: &str) {
        self.wait_until(&format!("`{selector}` to appear"), |page| {
            page.exists(selector)
        });
    }

    /// Waits until the first match of `selector` shows text containing `text`.
    #[track_caller]
    pub fn wait_for_text(&self, selector: &str, text: &str) {
        self.wait_until(&format!("`{selector}` to show {text:?}"), |page| {
            page.exists(selector) && page.text(selector).contains(text)
        });
    }

    /// Waits until `condition` holds, polling every 50 ms; panics after the timeout saying
    /// it was waiting for `what`.
    #[track_caller]
    pub fn wait_until(&self, what: &str, mut condition: impl FnMut(&Page) -> bool) {
        let started = Instant::now();
        while !condition(self) {
            if started.elapsed() > self.timeout {
                self.fail(format!(
                    "timed out after {:?} waiting for {what}",
                    self.timeout
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the JavaScript expression `js` is truthy, e.g. `"window.scrollY > 0"`.
    #[track_caller]
    pub fn wait_until_js(&self, js: &str) {
        let script = format!("return !!({js});");
        self.wait_until(&format!("`{js}`"), |page| {
            page.eval(&script) == Value::Bool(true)
        });
    }

    // ----- JavaScript -------------------------------------------------------------------------

    /// Runs `script` as a function body in the page and returns what it returns
    /// (`return ...;`), as JSON.
    #[track_caller]
    pub fn eval(&self, script: &str) -> Value {
        self.eval_with(script, Vec::new())
    }

    /// Like [`Page::eval`], with `arguments[0..]` set to `args`.
    #[track_caller]
    pub fn eval_with(&self, script: &str, args: Vec<Value>) -> Value {
        self.check(
            self.block_on(self.client().execute(script, args)),
            "run a script",
        )
    }

    // ----- console ----------------------------------------------------------------------------

    /// Everything the page logged since it was opened.
    pub fn console(&self) -> Vec<ConsoleEntry> {
        if let Ok(answer) = self.block_on(self.client().issue_cmd(PostCommand::take_browser_log()))
        {
            self.console.borrow_mut().extend(parse_entries(&answer));
        }
        self.console.borrow().clone()
    }

    /// Errors logged so far: console.error, uncaught exceptions, panics, failed loads.
    pub fn console_errors(&self) -> Vec<ConsoleEntry> {
        self.console()
            .into_iter()
            .filter(ConsoleEntry::is_error)
            .collect()
    }

    /// Errors and warnings logged so far.
    pub fn console_problems(&self) -> Vec<ConsoleEntry> {
        self.console()
            .into_iter()
            .filter(|entry| entry.is_error() || entry.is_warning())
            .collect()
    }

    /// Fails the test if the page logged any error or warning.
    #[track_caller]
    pub fn assert_clean_console(&self) {
        let problems = self.console_problems();
        if !problems.is_empty() {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            self.fail(format!(
                "the browser console has errors or warnings:\n  {}",
                list.join("\n  ")
            ));
        }
    }

    // ----- canvas and pictures ----------------------------------------------------------------

    /// Pixel statistics of the `index`th canvas matching `selector`, or `None` if there is none.
    #[track_caller]
    pub fn canvas_stats(&self, selector: &str, index: usize) -> Option<CanvasStats> {
        let answer = self.eval_with(STATS_SCRIPT, vec![selector.into(), index.into()]);
        if answer.is_null() {
            return None;
        }
        match CanvasStats::from_json(&answer) {
            Ok(stats) => Some(stats),
            Err(err) => self.fail(format!("cannot read canvas `{selector}` #{index}: {err}")),
        }
    }

    /// Statistics for every canvas matching `selector`, in document order.
    #[track_caller]
    pub fn all_canvas_stats(&self, selector: &str) -> Vec<CanvasStats> {
        (0..)
            .map_while(|index| self.canvas_stats(selector, index))
            .collect()
    }

    /// Waits until the first canvas matching `selector` has something drawn, and returns its stats.
    #[track_caller]
    pub fn wait_for_drawn_canvas(&self, selector: &str) -> CanvasStats {
        let mut last = None;
        self.wait_until(&format!("a drawing on canvas `{selector}`"), |page| {
            last = page.canvas_stats(selector, 0);
            last.as_ref().is_some_and(CanvasStats::is_drawn)
        });
        last.expect("the wait ended with a drawn canvas")
    }

    /// Saves a PNG of the viewport as `target/screenshots/<name>.png` and returns its path.
    #[track_caller]
    pub fn screenshot(&self, name: &str) -> PathBuf {
        match self.try_screenshot(name) {
            Ok(path) => path,
            Err(err) => self.fail(err),
        }
    }

    fn try_screenshot(&self, name: &str) -> Result<PathBuf, String> {
        let png = self
            .block_on(self.client().screenshot())
            .map_err(|err| format!("screenshot failed: {err}"))?;
        let dir = dist::target_dir().join("screenshots");
        std::fs::create_dir_all(&dir)
            .map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        eprintln!("screenshot: {}", path.display());
        Ok(path)
    }

    // ----- escape hatches ---------------------------------------------------------------------

    /// The fantoccini client, for anything the helpers lack; run its futures with [`Page::block_on`].
    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("the client lives until drop")
    }

    /// Runs a future (e.g. a fantoccini call) to completion.
    pub fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    // ----- internals --------------------------------------------------------------------------

    /// `--window-size` sizes the whole window; grow it so the page itself gets `width x height`.
    fn fit_viewport(&self, width: u32, height: u32) -> Result<(), String> {
        let script = "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];";
        let chrome = self
            .block_on(self.client().execute(script, Vec::new()))
            .map_err(|err| format!("cannot measure the window: {err}"))?;
        let extra = |i: usize| chrome[i].as_u64().unwrap_or(0) as u32;
        self.block_on(
            self.client()
                .set_window_size(width + extra(0), height + extra(1)),
        )
        .map_err(|err| format!("cannot size the window: {err}"))
    }

    fn try_exists(&self, selector: &str) -> Result<bool, String> {
        self.block_on(self.client().find_all(Locator::Css(selector)))
            .map(|found| !found.is_empty())
            .map_err(|err| format!("cannot look for `{selector}`: {err}"))
    }

    #[track_caller]
    fn check<T, E: std::fmt::Display>(&self, result: Result<T, E>, action: &str) -> T {
        match result {
            Ok(value) => value,
            Err(err) => self.fail(format!("could not {action}: {err}")),
        }
    }

    /// Panics with `message` plus the console's errors and warnings, which often explain it.
    #[track_caller]
    fn fail(&self, message: String) -> ! {
        let problems: Vec<String> = self
            .console_problems()
            .iter()
            .map(ToString::to_string)
            .collect();
        if problems.is_empty() {
            panic!("{message}");
        }
        panic!(
            "{message}\nbrowser console errors and warnings:\n  {}",
            problems.join("\n  ")
        );
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let name = std::thread::current()
                .name()
                .unwrap_or("test")
                .replace("::", "-");
            let _ = self.try_screenshot(&format!("FAILED-{name}"));
            for entry in self.console() {
                eprintln!("browser console: {entry}");
            }
        }
        if let Some(client) = self.client.take() {
            // Ends the session, which quits Chromium; chromedriver is killed after this.
            let _ = self.runtime.block_on(async {
                tokio::time::timeout(Duration::from_secs(5), client.close()).await
            });
        }
        // Fields drop next: chromedriver is killed, the file server stops, the lock is released.
    }
}
