//! Random input, as a restless class would give it: clicks on any button, key presses and slider
//! moves, seeded so a failure replays. Throughout: no panic, no console error or warning, the
//! week never goes back except to the start (a reset or another lesson), the phase counts add up
//! to the market size, and the JavaScript heap stays within +20 % after warm-up.
//!
//! 60 s by default. Longer, or another seed:
//! `KLANTCYCLUS_MONKEY_SECONDS=600 KLANTCYCLUS_MONKEY_SEED=7 cargo test -p e2e --test monkey`.

mod ui;

use e2e::{Key, Page};
use std::time::{Duration, Instant};
use ui::press_alt;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// SplitMix64: a tiny seeded generator, so the same seed gives the same actions.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A batch of random actions inside the page, a frame or a few apart: clicks on enabled, visible
/// buttons (downloads and file choosers left out: they leave the page) and slider moves, with the
/// page's invariants checked after each. One WebDriver call per batch keeps the driver's own
/// bookkeeping out of the heap figures (the driver keeps every script it ran, so this one is
/// installed once as `window.monkeyBatch` and then called by a one-line script). Arguments:
/// seed, number of actions, the week before. Returns `{ actions, week, error }`.
const INSTALL_BATCH: &str = "window.monkeyBatch = (seed, count, previous) => {
    seed = seed >>> 0;
    const dice = n => {
        seed = (seed + 0x6D2B79F5) >>> 0;
        let t = seed;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return (((t ^ (t >>> 14)) >>> 0) % n);
    };
    const skip = '#sessie-opslaan, #csv-opslaan, .chart-png, #verslag-afdrukken, #scenario-exporteren, .file-open, [data-panic-reload]';
    const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, dice(40))));
    const state = () => {
        const week = parseInt((document.querySelector('#week')?.textContent || '').replace(/^Week /, ''));
        const population = parseInt(document.querySelector('[data-population]')?.dataset.population);
        const counts = [...document.querySelectorAll('[data-phase][data-count]')].map(e => parseInt(e.dataset.count));
        // The customer pyramid may stand in the diagram's place: then its four tiers hold at most
        // the whole market.
        const tiers = [...document.querySelectorAll('#piramide [data-tier][data-customers]')].map(e => parseInt(e.dataset.customers));
        const pyramid = tiers.length > 0;
        // Or the treatment per tier: four rows, three choices each.
        const treatment = document.querySelectorAll('#behandeling [data-treatment-tier]').length;
        const choices = document.querySelectorAll('#behandeling select').length;
        return { week, population, pyramid, tiers: tiers.length, customers: tiers.reduce((a, b) => a + b, 0),
                 treatment, choices, sum: counts.reduce((a, b) => a + b, 0), phases: counts.length };
    };
    const act = () => {
        const open = document.querySelector('dialog[open]');
        if (dice(10) < 6) {
            const all = [...document.querySelectorAll('button, summary, [role=button]')]
                .filter(b => !b.disabled && !b.closest(skip) && !b.matches(skip)
                             && b.getClientRects().length > 0 && !b.closest('[inert]')
                             && (!open || open.contains(b)));
            if (all.length === 0) return 'nothing to click';
            const b = all[dice(all.length)];
            b.click();
            return 'click ' + (b.id || b.dataset.action || b.className || b.textContent.trim().slice(0, 20));
        }
        if (open) return 'slider behind a dialog';
        const selects = [...document.querySelectorAll('select.treatment-select')];
        if (selects.length > 0 && dice(3) === 0) {
            const s = selects[dice(selects.length)];
            s.selectedIndex = dice(s.options.length);
            s.dispatchEvent(new Event('change', { bubbles: true }));
            return 'choose ' + s.dataset.setting + ' = ' + s.value;
        }
        const sliders = [...document.querySelectorAll('input[type=range]:not([disabled])')];
        if (sliders.length === 0) return 'no slider';
        const s = sliders[dice(sliders.length)];
        // Eleven positions: every new slider value adds to the browser's own style and paint
        // caches (bounded, but slow to fill), which would hide a real leak.
        s.value = String(dice(11) * 10);
        s.dispatchEvent(new Event('input', { bubbles: true }));
        return 'slide ' + s.id + ' to ' + s.value;
    };
    return (async () => {
        const actions = [];
        for (let i = 0; i < count; i++) {
            actions.push(act());
            await frame();
            const now = state();
            const recent = actions.slice(-8).join(' → ');
            if (!(now.week >= 0)) return { actions, week: previous, error: 'no week on screen after: ' + recent };
            if (now.week < previous && now.week !== 0)
                return { actions, week: now.week, error: `the week went back from ${previous} to ${now.week} after: ${recent}` };
            if (now.pyramid) {
                if (now.tiers !== 4 || !(now.customers <= now.population))
                    return { actions, week: now.week, error: `the pyramid shows ${now.tiers} tiers with ${now.customers} customers in a market of ${now.population}, after: ${recent}` };
                previous = now.week;
                continue;
            }
            if (now.treatment > 0) {
                if (now.treatment !== 4 || now.choices !== 12)
                    return { actions, week: now.week, error: `the treatment view shows ${now.treatment} tiers and ${now.choices} choices, after: ${recent}` };
                previous = now.week;
                continue;
            }
            if (now.phases !== 6) return { actions, week: now.week, error: 'phase counts missing after: ' + recent };
            if (now.sum !== now.population)
                return { actions, week: now.week, error: `phase counts add up to ${now.sum}, the market has ${now.population}, after: ${recent}` };
            previous = now.week;
        }
        return { actions, week: previous, error: null };
    })();
}; return true;";

/// Actions per batch. Each WebDriver round trip leaves some 25 kB in the page's heap (the
/// driver's own bookkeeping, measured: flat at 100 actions per round, rising at 20), so rounds
/// are kept few.
const BATCH_ACTIONS: u64 = 100;

const RUN_BATCH: &str = "return window.monkeyBatch(arguments[0], arguments[1], arguments[2]);";

/// The week on screen.
const WEEK_SCRIPT: &str =
    "return parseInt((document.querySelector('#week')?.textContent || '').replace(/^Week /, ''));";

const HEAP_SCRIPT: &str = "
    if (typeof gc === 'function') { gc(); }
    return performance.memory ? performance.memory.usedJSHeapSize : 0;
";

fn heap(page: &Page) -> f64 {
    page.eval(HEAP_SCRIPT).as_f64().unwrap_or(0.0)
}

#[test]
fn random_clicks_keys_and_slider_moves_break_nothing() {
    let seconds = env_or("KLANTCYCLUS_MONKEY_SECONDS", 60);
    let seed = env_or("KLANTCYCLUS_MONKEY_SEED", 20_261_203);
    println!("monkey test: seed {seed}, {seconds} s (KLANTCYCLUS_MONKEY_SEED replays it)");
    let page = Page::builder().path("/?populatie=5000").open();
    page.eval(INSTALL_BATCH);
    let mut dice = Dice(seed);
    let started = Instant::now();
    // New code paths grow the heap once (compiled code, caches): the first third warms them up.
    let warm_up = Duration::from_secs(seconds.min(90) / 3);
    let mut heap_after_warm_up = None;
    let mut heap_peak: f64 = 0.0;
    let mut previous_week = 0;
    let mut actions = 0u64;
    let mut batches = 0u64;
    while started.elapsed() < Duration::from_secs(seconds) {
        let batch_seed = dice.next() & 0xFFFF_FFFF;
        let outcome = page.eval_with(
            RUN_BATCH,
            vec![
                batch_seed.into(),
                BATCH_ACTIONS.into(),
                previous_week.into(),
            ],
        );
        let done = outcome["actions"].as_array().map_or(0, Vec::len);
        actions += done as u64;
        if let Some(error) = outcome["error"].as_str() {
            panic!("{error} (seed {seed}, batch {batches})");
        }
        previous_week = outcome["week"].as_i64().unwrap_or(previous_week);
        // Between batches, one real key press: focus moves, dialogs close, shortcuts.
        let key = match dice.below(6) {
            0 => Some(Key::Escape),
            1 => Some(Key::Tab),
            2 => Some(Key::Enter),
            3 => Some(Key::Right),
            _ => None,
        };
        match key {
            Some(key) => page.press(key),
            None => press_alt(&page, ['k', 'r'][dice.below(2) as usize]),
        }
        actions += 1;
        let week = page.eval(WEEK_SCRIPT).as_i64().unwrap_or(-1);
        assert!(
            week >= previous_week || week == 0,
            "the week went back from {previous_week} to {week} after a key press (seed {seed})"
        );
        previous_week = week;
        batches += 1;
        if started.elapsed() >= warm_up {
            let now = heap(&page);
            heap_peak = heap_peak.max(now);
            if heap_after_warm_up.is_none() {
                heap_after_warm_up = Some(now);
            }
        }
        let problems = page.console_problems();
        assert!(
            problems.is_empty(),
            "console problems (seed {seed}, batch {batches}):\n{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    page.assert_clean_console();
    let heap_end = heap(&page);
    let start = heap_after_warm_up.unwrap_or(heap_end);
    println!(
        "monkey test: {actions} actions; JS heap {:.1} MB after warm-up, {:.1} MB at the end (peak {:.1} MB)",
        start / 1e6,
        heap_end / 1e6,
        heap_peak / 1e6
    );
    assert!(start > 0.0, "performance.memory is not available");
    assert!(
        heap_end <= start * 1.2,
        "the JS heap grew from {start} to {heap_end} bytes (more than 20 %), seed {seed}"
    );
}
