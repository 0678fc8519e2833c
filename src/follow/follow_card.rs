//! The follow panel in the chart column: who is followed, where they are in the cycle, their own
//! chart, their answer to the NPS question, what they ordered, the programmes that hold them, their
//! phase changes and, once they left, why. Without anyone followed: how to pick someone.

use super::leaving_view::LeavingView;
use super::person_chart::PersonChart;
use super::pick_controls::PickControls;
use crate::cycle::phase_style::PHASE_COLOR_VARS;
use crate::i18n::{follow_texts, texts};
use crate::session::use_session;
use crate::state::follow_panel::{FollowPanel, NpsGroup};
use leptos::prelude::*;

#[component]
pub fn FollowCard() -> impl IntoView {
    let session = use_session();
    let column = super::use_column_view();
    let f = follow_texts();
    let notice = RwSignal::new(String::new());
    let panel = Memo::new(move |_| {
        session.latest.track();
        // A lever changed while paused changes their programmes and chance of leaving.
        session.policy.track();
        let index = session.followed.get()?;
        session.with_live(|live| {
            let sim = live.simulation();
            let followed = sim.followed().filter(|f| f.index() == index)?;
            let now = sim.customer(index)?;
            // The programmes as this person receives them: their tier's factors and channel.
            let felt = sim
                .scenario()
                .rules
                .channels
                .felt_policy(sim.policy(), now.tier);
            Some(FollowPanel::of(followed, &now, |lever| felt.get(lever)))
        })
    });
    let followed_index = Memo::new(move |_| panel.with(|p| p.as_ref().map(|p| p.index)));
    // Said when the followed person changes phase (not every week).
    let latest_change = Memo::new(move |_| {
        panel.with(|p| {
            p.as_ref()
                .and_then(|p| p.changes.first().copied().map(|c| (p.index, c)))
        })
    });
    let announcement = move || {
        latest_change
            .get()
            .map_or(String::new(), |(index, change)| {
                let person = (f.person)(&texts().numbers.format(index as f64 + 1.0, 0));
                (f.moved)(&person, f.phase_one[change.to.index()], change.week)
            })
    };
    let other = move |_| {
        let phase = panel.with_untracked(|p| p.as_ref().map(|p| p.phase));
        super::follow_someone(session, column, phase);
    };
    let stop = move |_| {
        session.stop_following();
        crate::focus::focus_after_render("volg-knop");
    };
    view! {
        <section
            class="follow-card card"
            id="volg-klant"
            aria-labelledby="volg-titel"
            data-index=move || panel.with(|p| p.as_ref().map(|p| p.index.to_string()))
            data-phase=move || panel.with(|p| p.as_ref().map(|p| p.phase.key()))
            data-week=move || panel.with(|p| p.as_ref().map(|p| p.week.to_string()))
        >
            <div class="follow-head">
                <h2 id="volg-titel">{f.heading}</h2>
                <Show when=move || panel.with(Option::is_some)>
                    <div class="follow-actions">
                        <button type="button" class="button" id="volg-ander" on:click=other>
                            {f.other_button}
                        </button>
                        <button type="button" class="button" id="volg-stop" on:click=stop>
                            {f.stop_button}
                        </button>
                    </div>
                </Show>
            </div>
            <p class="visually-hidden" aria-live="polite" id="volg-melding">{announcement}</p>
            {move || match followed_index.get() {
                None => view! {
                    <p class="follow-intro">{f.intro}</p>
                    <PickControls notice/>
                    <p class="follow-notice" role="status">{move || notice.get()}</p>
                }
                .into_any(),
                Some(_) => view! { <Followed panel/> }.into_any(),
            }}
        </section>
    }
}

/// The panel for someone followed; built once per person, its parts follow the weeks.
#[component]
fn Followed(panel: Memo<Option<FollowPanel>>) -> impl IntoView {
    let f = follow_texts();
    let t = texts();
    let n = t.numbers;
    let read = move |part: fn(&FollowPanel) -> Option<String>| {
        move || panel.with(|p| p.as_ref().and_then(part))
    };
    let who = read(|p| {
        let f = follow_texts();
        Some(format!(
            "{} · {} · {}",
            (f.person)(&texts().numbers.format(p.index as f64 + 1.0, 0)),
            if p.business { f.business } else { f.consumer },
            f.tier_one[p.tier.index()],
        ))
    });
    let phase = Memo::new(move |_| panel.with(|p| p.as_ref().map(|p| p.phase)));
    let now = read(|p| {
        let f = follow_texts();
        let tenure = if p.phase.is_customer() {
            format!(" · {}", (f.weeks_customer)(p.weeks_in_phase_group))
        } else if p.phase == model::Phase::FormerCustomer {
            format!(" · {}", (f.weeks_gone)(p.weeks_in_phase_group))
        } else {
            String::new()
        };
        Some(format!(
            "{}: {}{tenure}",
            f.now,
            f.phase_one[p.phase.index()]
        ))
    });
    let since = read(|p| {
        Some(format!(
            " · {}",
            (follow_texts().followed_since)(p.since_week)
        ))
    });
    let experience = read(|p| {
        let f = follow_texts();
        let n = texts().numbers;
        let w = p.last_experience?;
        let value = |v: Option<f64>| v.map_or("–".to_string(), |v| n.format(v, 1));
        let when = if p.phase.is_customer() {
            String::new()
        } else {
            format!(" ({})", (f.last_week_of)(w.week))
        };
        // In a buying centre the users' experience and the buyer's judgement differ.
        let (experienced, buyer) = match w.buyer_judged {
            Some(judged) => (
                f.users_experienced,
                format!(" · {} {}", f.buyer_judged, n.format(judged, 1)),
            ),
            None => (f.experienced, String::new()),
        };
        Some(format!(
            "{} {} · {experienced} {}{buyer} · {} {}{when}",
            f.expected,
            value(w.expected),
            value(w.performance),
            f.satisfied,
            value(w.satisfaction)
        ))
    });
    let never = move || panel.with(|p| p.as_ref().is_some_and(|p| p.last_experience.is_none()));
    let figure =
        move |label: &'static str, key: &'static str, value: fn(&FollowPanel) -> Option<String>| {
            let value = read(value);
            view! {
                <Show when=move || value().is_some()>
                    <div class="follow-figure" data-figure=key>
                        <dt>{label}</dt>
                        <dd>{value}</dd>
                    </div>
                </Show>
            }
        };
    let leaving = Memo::new(move |_| {
        panel.with(|p| {
            p.as_ref()
                .and_then(|p| p.leaving.map(|c| (c, p.leaving_week)))
        })
    });
    let programmes = Memo::new(move |_| {
        panel.with(|p| {
            p.as_ref()
                .map(|p| (p.phase.is_customer(), p.programmes.clone()))
        })
    });
    let changes = Memo::new(move |_| {
        panel.with(|p| p.as_ref().map(|p| (p.changes.clone(), p.older_changes)))
    });
    view! {
        <p class="follow-who" id="volg-wie">
            {who}
            <span class="follow-since">{since}</span>
        </p>
        <p
            class="follow-now"
            style=move || phase.get().map(|p| format!("--node: var({})", PHASE_COLOR_VARS[p.index()]))
        >
            <span class="follow-dot" aria-hidden="true"></span>
            <strong>{now}</strong>
        </p>
        {move || leaving.get().map(|(change, that_week)| view! { <LeavingView change that_week/> })}
        <PersonChart/>
        <Show when=never>
            <p class="follow-muted">{f.never_customer}</p>
        </Show>
        <p class="follow-experience">{experience}</p>
        <dl class="follow-figures">
            {figure(f.recommend, "nps", |p| {
                let f = follow_texts();
                p.nps.map(|(answer, group)| {
                    let group = match group {
                        NpsGroup::Promoter => f.nps_groups[0],
                        NpsGroup::Passive => f.nps_groups[1],
                        NpsGroup::Detractor => f.nps_groups[2],
                    };
                    format!("{answer} ({group})")
                })
            })}
            {figure(f.customer_type, "type", |p| {
                p.customer_type.map(|kind| follow_texts().customer_types[kind.index()].to_string())
            })}
            {figure(f.orders, "orders", |p| Some(texts().numbers.format(p.orders as f64, 0)))}
            {figure(f.value, "value", |p| Some(texts().numbers.euros(p.value_eur)))}
            {figure(f.share_of_wallet, "wallet", |p| {
                p.share_of_wallet.map(|s| format!("{} %", texts().numbers.format(s * 100.0, 0)))
            })}
            {figure(f.churn_chance, "churn", |p| {
                p.weekly_churn.map(|c| format!("{} %", texts().numbers.format(c * 100.0, 2)))
            })}
        </dl>
        <h3 class="follow-subhead">{f.programmes}</h3>
        {move || match programmes.get() {
            Some((false, _)) | None => view! { <p class="follow-muted">{f.not_in_programmes}</p> }.into_any(),
            Some((true, list)) if list.is_empty() => {
                view! { <p class="follow-muted">{f.no_programmes}</p> }.into_any()
            }
            Some((true, list)) => view! {
                <ul class="follow-programmes">
                    {list
                        .into_iter()
                        .map(|p| {
                            view! {
                                <li data-lever=p.lever.key()>
                                    <span>{format!("{} ({} %)", t.levers[p.lever.index()].name, n.format(p.level * 100.0, 0))}</span>
                                    <span class="factor">{(f.programme_effect)(&n.format(p.churn_factor, 2))}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any(),
        }}
        <h3 class="follow-subhead">{f.history}</h3>
        {move || match changes.get() {
            Some((list, older)) if !list.is_empty() => view! {
                <ol class="follow-changes">
                    {list
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li data-to=c.to.key() data-week=c.week.to_string()>
                                    <span class="follow-week">{(f.week)(c.week)}</span>
                                    {format!("{} → {}", f.phase_one[c.from.index()], f.phase_one[c.to.index()])}
                                </li>
                            }
                        })
                        .collect_view()}
                    {(older > 0).then(|| view! { <li class="follow-muted">{(f.older)(older)}</li> })}
                </ol>
            }
            .into_any(),
            _ => view! { <p class="follow-muted">{f.no_changes}</p> }.into_any(),
        }}
    }
}
