//! The reactive face of the run: the one place that owns the [`LiveRun`] and tells the views
//! what changed. Data flows one way: controls call these methods, the views read the signals.

use crate::state::frame_stats::FrameStats;
use crate::state::live_run::LiveRun;
use crate::state::playback::{FrameWork, Playback, Speed};
use crate::state::run_end::RunEnd;
use crate::state::run_state::RunState;
use crate::state::runs::{Keep, Runs};
use leptos::prelude::*;
use model::{Lever, Phase, Policy, Scenario, Snapshot, WEEKS_MAX};

/// Charts redraw at most this often while time runs (the diagram and figures follow every frame).
pub const CHART_REDRAW_INTERVAL_MS: f64 = 125.0;

/// Upper bound on weeks per frame at maximum speed, whatever the clock says.
const MAX_WEEKS_PER_FRAME: u32 = 10_000;

/// Handle to the session; cheap to copy into closures and provided as context by the app.
#[derive(Clone, Copy)]
pub struct Session {
    live: StoredValue<Runs, LocalStorage>,
    /// The snapshot of the week on screen.
    pub latest: RwSignal<Snapshot>,
    /// The policy in force for the next week (what the sliders show), derived from the run state.
    pub policy: Memo<Policy>,
    /// Play/pause and speed.
    pub playback: RwSignal<Playback>,
    /// Bumped whenever the charts should redraw (bounded rate while playing).
    pub chart_version: RwSignal<u64>,
    /// Weeks at which the learner changed the policy (chart markers), derived from the run state.
    pub change_weeks: Memo<Vec<u32>>,
    /// While comparing ("Wat als?"): the week run B was forked from run A.
    pub fork_week: Memo<Option<u32>>,
    /// Counts every change to the run itself (lever, reset, another lesson, an opened run): what
    /// autosave watches besides the week.
    pub edits: RwSignal<u64>,
    /// Frame-time measurements of the animation loop.
    pub frame_stats: RwSignal<FrameStats, LocalStorage>,
    /// The person followed ("Volg een klant"), by their place in the population.
    pub followed: RwSignal<Option<usize>>,
    /// How many people were picked to follow so far: spreads the picks over the market.
    picks: StoredValue<u64>,
    last_chart_draw_ms: StoredValue<f64>,
}

impl Session {
    /// A session showing `state` (a fresh run at week 0, or a reopened one).
    pub fn new(state: RunState) -> Session {
        let live = StoredValue::new_local(Runs::single(LiveRun::restore(state)));
        let edits = RwSignal::new(0);
        // The run state is the policy's one home; these follow it whenever the run is edited.
        let policy = Memo::new(move |_| {
            edits.track();
            live.with_value(|runs| runs.current().policy())
        });
        let change_weeks = Memo::new(move |_| {
            edits.track();
            live.with_value(|runs| runs.current().state().change_weeks())
        });
        let fork_week = Memo::new(move |_| {
            edits.track();
            live.with_value(Runs::fork_week)
        });
        Session {
            latest: RwSignal::new(live.with_value(|runs| *runs.current().latest())),
            policy,
            playback: RwSignal::new(Playback::default()),
            chart_version: RwSignal::new(0),
            change_weeks,
            fork_week,
            edits,
            frame_stats: RwSignal::new_local(FrameStats::default()),
            followed: RwSignal::new(None),
            picks: StoredValue::new(0),
            last_chart_draw_ms: StoredValue::new(f64::NEG_INFINITY),
            live,
        }
    }

    /// Read the live run (history, simulation, run state) without tracking.
    pub fn with_live<R>(&self, f: impl FnOnce(&LiveRun) -> R) -> R {
        self.live.with_value(|runs| f(runs.current()))
    }

    /// Read run A of a comparison ("Wat als?"), `None` when not comparing, without tracking.
    pub fn with_original<R>(&self, f: impl FnOnce(Option<&LiveRun>) -> R) -> R {
        self.live.with_value(|runs| f(runs.original()))
    }

    /// A copy of the run state: scenario, seed, policy timeline and week.
    pub fn run_state(&self) -> RunState {
        self.with_live(|live| live.state().clone())
    }

    /// The length of the scenario being played, in weeks.
    pub fn scenario_weeks(&self) -> u32 {
        self.with_live(|live| live.state().run().scenario.weeks)
    }

    /// Whether the run is as long as any run may be ([`WEEKS_MAX`], ten years): time cannot go on.
    pub fn at_week_limit(&self) -> bool {
        self.with_live(|live| live.state().week() >= WEEKS_MAX)
    }

    /// Simulate exactly one week (the step button); nothing at the week limit.
    pub fn step_once(&self) {
        if self.at_week_limit() {
            return;
        }
        self.live.update_value(|runs| {
            runs.step();
        });
        self.publish(true);
    }

    /// Simulate what one animation frame asks for; `now_ms` is the frame's time stamp.
    /// Time stops by itself when the scenario's last week is reached (pressing play again goes
    /// on past it) and in the first week of each of the lesson's events. Returns the number of weeks simulated.
    pub fn advance_frame(&self, work: FrameWork, now_ms: f64) -> u32 {
        let (week, end) = self.with_live(|live| {
            let state = live.state();
            (
                state.week(),
                RunEnd {
                    scenario_weeks: state.run().scenario.weeks,
                    next_event: RunEnd::next_event_after(
                        &state.run().scenario.events,
                        state.week(),
                    ),
                },
            )
        });
        let limit = end.weeks_allowed(week);
        let weeks = match work {
            FrameWork::Weeks(0) => 0,
            FrameWork::Weeks(n) => {
                let n = n.min(limit);
                self.live.update_value(|runs| {
                    for _ in 0..n {
                        runs.step();
                    }
                });
                n
            }
            FrameWork::Budget { milliseconds } => {
                let start = now();
                let mut n = 0;
                self.live.update_value(|runs| {
                    while n < limit
                        && (n == 0 || (now() - start < milliseconds && n < MAX_WEEKS_PER_FRAME))
                    {
                        runs.step();
                        n += 1;
                    }
                });
                n
            }
        };
        let reached_end = end.reached(week, weeks);
        if reached_end {
            self.playback.update(Playback::pause);
        }
        if weeks > 0 {
            let due = reached_end
                || now_ms - self.last_chart_draw_ms.get_value() >= CHART_REDRAW_INTERVAL_MS;
            self.publish(due);
            if due {
                self.last_chart_draw_ms.set_value(now_ms);
            }
        }
        weeks
    }

    /// Change a lever from the next week on. Refused changes leave everything as it was.
    pub fn change_lever(&self, lever: Lever, value: f64) {
        self.change_setting(lever.into(), value);
    }

    /// Change any setting (a lever, or a tier's treatment) from the next week on. Refused changes
    /// leave everything as it was.
    pub fn change_setting(&self, setting: model::Setting, value: f64) {
        let changed = self
            .live
            .try_update_value(|runs| runs.change_setting(setting, value))
            .flatten();
        if changed.is_some() {
            self.edits.update(|e| *e += 1);
            self.chart_version.update(|v| *v += 1);
        }
    }

    /// Back to week 0 with the starting policy; time stops. A followed person stays followed
    /// (the same seed makes the same people).
    pub fn reset(&self) {
        let mut state = self.run_state();
        state.reset();
        let followed = self.followed.get_untracked();
        self.replace(state);
        if let Some(index) = followed {
            self.follow(index);
        }
    }

    /// Follow person `index` from now on, with their history so far; `false` (nothing changes)
    /// when there is no such person.
    pub fn follow(&self, index: usize) -> bool {
        let followed = self
            .live
            .try_update_value(|runs| runs.follow(index))
            .unwrap_or(false);
        if followed {
            self.followed.set(Some(index));
            self.chart_version.update(|v| *v += 1);
        }
        followed
    }

    /// Follow someone in `phase` (any customer when `None`): the next one after the person followed
    /// now, or else a person picked by spreading the picks over the market. `false` when nobody is
    /// in that phase.
    pub fn follow_someone(&self, phase: Option<Phase>) -> bool {
        let population = self.with_live(|live| live.simulation().population());
        let from = match self.followed.get_untracked() {
            Some(index) => index + 1,
            None => {
                let picks = self.picks.get_value();
                self.picks.set_value(picks + 1);
                crate::state::follow_panel::spread_pick(picks, population)
            }
        };
        let found = self.with_live(|live| live.simulation().find_person(phase, from));
        found.is_some_and(|index| self.follow(index))
    }

    /// Stop following.
    pub fn stop_following(&self) {
        self.live.update_value(Runs::stop_following);
        self.followed.set(None);
    }

    /// Start another scenario at week 0 with the same seed; time stops and the old run is gone.
    pub fn load_scenario(&self, scenario: Scenario) {
        let seed = self.with_live(|live| live.state().run().seed);
        self.replace(RunState::new(scenario, seed));
    }

    /// The same scenario and seed with `people` in the market, at week 0 with the starting policy
    /// (a market of another size is another run). Only at week 0, so no run under way is lost;
    /// nothing changes for a size the model refuses or after week 0.
    pub fn change_market_size(&self, people: u32) {
        let at_start = self.with_live(|live| live.state().week() == 0);
        if !at_start || !(1..=model::POPULATION_MAX).contains(&people) {
            return;
        }
        let (mut scenario, seed) =
            self.with_live(|live| (live.state().run().scenario.clone(), live.state().run().seed));
        if scenario.market.population == people {
            return;
        }
        scenario.market.population = people;
        self.replace(RunState::new(scenario, seed));
    }

    /// Show `state` instead of the run on screen (a reset, another lesson, an opened run); time
    /// stops and a comparison ends.
    pub fn replace(&self, state: RunState) {
        self.playback.update(Playback::pause);
        self.live.set_value(Runs::single(LiveRun::restore(state)));
        self.followed.set(None);
        self.edits.update(|e| *e += 1);
        self.publish(true);
    }

    /// "Wat als?": compare from this week on. The run so far goes on unchanged as A; the levers
    /// now control B, a copy on the same random numbers. Time stops so the learner can change B.
    pub fn fork(&self) {
        self.playback.update(Playback::pause);
        if self.live.try_update_value(Runs::fork) == Some(true) {
            self.edits.update(|e| *e += 1);
            self.publish(true);
        }
    }

    /// Compare again with run A `original` forked at `fork_week` (kept by autosave); `false`, and
    /// nothing changes, when it is not the partner of the run on screen.
    pub fn resume_comparison(&self, original: RunState, fork_week: u32) -> bool {
        let resumed = self
            .live
            .try_update_value(|runs| runs.resume_comparison(LiveRun::restore(original), fork_week))
            .unwrap_or(false);
        if resumed {
            self.edits.update(|e| *e += 1);
            self.publish(true);
        }
        resumed
    }

    /// End the comparison, going on with run A or run B.
    pub fn keep(&self, which: Keep) {
        self.playback.update(Playback::pause);
        self.live.update_value(|runs| runs.keep(which));
        self.edits.update(|e| *e += 1);
        self.publish(true);
    }

    pub fn toggle_play(&self) {
        let playing = self.playback.with_untracked(Playback::is_playing);
        if !playing && self.at_week_limit() {
            return;
        }
        self.playback.update(Playback::toggle);
        if !self.playback.get_untracked().is_playing() {
            // Show the exact state time stopped at.
            self.chart_version.update(|v| *v += 1);
        }
    }

    pub fn set_speed(&self, speed: Speed) {
        self.playback.update(|p| p.set_speed(speed));
    }

    /// Tell the views a new week is on screen; charts too when `charts` is set.
    fn publish(&self, charts: bool) {
        self.latest.set(self.with_live(|live| *live.latest()));
        if charts {
            self.chart_version.update(|v| *v += 1);
        }
    }
}

/// Milliseconds from the page's performance clock.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// The session of the surrounding app.
pub fn use_session() -> Session {
    expect_context::<Session>()
}
