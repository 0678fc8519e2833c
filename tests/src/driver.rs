//! chromedriver and headless Debian Chromium: started per page, stopped on drop.

use fantoccini::wd::Capabilities;
use serde_json::json;
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// How the browser window looks to the page.
#[derive(Clone, Debug)]
pub struct Window {
    /// Window width and height in CSS pixels.
    pub width: u32,
    pub height: u32,
    /// `window.devicePixelRatio`; 2.0 imitates a HiDPI ("retina") screen.
    pub device_scale_factor: f64,
}

/// A running chromedriver, with its own scratch directory for the browser profile and logs.
pub struct ChromeDriver {
    child: Child,
    port: u16,
    scratch: PathBuf,
}

impl ChromeDriver {
    /// Starts chromedriver on a free loopback port and waits until it accepts connections.
    pub fn start() -> Result<ChromeDriver, String> {
        for program in [CHROMEDRIVER, CHROMIUM] {
            if !std::path::Path::new(program).exists() {
                return Err(format!(
                    "{program} not found: install Debian's chromium and chromium-driver \
                     (`cargo xtask tools` does)"
                ));
            }
        }
        let scratch = scratch_dir()?;
        let port = free_port()?;
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .arg(format!(
                "--log-path={}",
                scratch.join("chromedriver.log").display()
            ))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|err| format!("cannot start {CHROMEDRIVER}: {err}"))?;
        let mut driver = ChromeDriver {
            child,
            port,
            scratch,
        };
        driver.wait_until_listening(Duration::from_secs(20))?;
        Ok(driver)
    }

    /// The WebDriver endpoint, e.g. `http://127.0.0.1:9515`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Session capabilities: headless Chromium with a fresh profile and all console output logged.
    pub fn capabilities(&self, window: &Window) -> Capabilities {
        let profile = self.scratch.join("profile");
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--hide-scrollbars",
            "--mute-audio",
            // Exact heap figures and a gc() to call, for the memory checks of long tests.
            "--enable-precise-memory-info",
            "--js-flags=--expose-gc",
        ]
        .map(String::from)
        .into_iter()
        .chain([
            format!("--user-data-dir={}", profile.display()),
            format!("--window-size={},{}", window.width, window.height),
            format!("--force-device-scale-factor={}", window.device_scale_factor),
        ])
        .collect::<Vec<_>>();
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": CHROMIUM, "args": args },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        match caps {
            serde_json::Value::Object(map) => map,
            _ => unreachable!("capabilities are a JSON object"),
        }
    }

    /// The last lines of chromedriver's log, for error messages.
    pub fn log_tail(&self) -> String {
        let log =
            std::fs::read_to_string(self.scratch.join("chromedriver.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(15)..].join("\n")
    }

    fn wait_until_listening(&mut self, timeout: Duration) -> Result<(), String> {
        let started = Instant::now();
        while started.elapsed() < timeout {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "chromedriver exited at start ({status}):\n{}",
                    self.log_tail()
                ));
            }
            if TcpStream::connect((Ipv4Addr::LOCALHOST, self.port)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        Err(format!(
            "chromedriver did not listen on port {} within {timeout:?}",
            self.port
        ))
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|err| format!("no free port: {err}"))?;
    listener
        .local_addr()
        .map(|addr| addr.port())
        .map_err(|err| err.to_string())
}

fn scratch_dir() -> Result<PathBuf, String> {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "klantcyclus-e2e-{}-{}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)
        .map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    Ok(dir)
}
