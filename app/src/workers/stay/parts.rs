//! The stay card on a worker's page: the period, where it stands, the 5 years, renewals and
//! leave; with staff's forms. Server-rendered plain forms: no wasm.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use super::labels::{alert_text, error_text, leave_kind_label, result_label, standing_text};
use super::{
    AddWorkerLeave, ApplyForRenewal, DecideRenewal, LeaveLine, RemoveWorkerLeave, RenewalLine,
    StayRecord, UpdateWorkerStay,
};
use crate::{
    domain::{LeaveKind, RenewalResult, WorkerId},
    i18n::use_i18n,
    layout::options_html,
};

fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The stay of one worker; `manage` adds staff's forms.
#[component]
pub fn StayCard(worker: WorkerId, stay: StayRecord, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let query = use_query_map().get_untracked();
    let saved =
        (query.get("saved").as_deref() == Some("stay")).then(|| t_string!(i18n, stay.saved));
    let error = query
        .get("error")
        .filter(|code| code.starts_with("stay."))
        .and_then(|code| error_text(locale, &code));
    let (standing, standing_class) = standing_text(locale, stay.standing);
    let count = stay.total.map(|t| {
        t_string!(
            i18n,
            stay.total_count,
            used = t.months_used,
            left = t.months_left,
            date = t.limit_on.to_string()
        )
        .to_string()
    });
    let alert = stay.total_alert.map(|a| alert_text(locale, a));
    let passes = stay
        .grant_passes_limit
        .then(|| t_string!(i18n, stay.grant_passes_limit));
    let dash = || "—".to_owned();
    view! {
        <section class="card stack" aria-labelledby="stay-title" id="stay">
            <h2 id="stay-title">{t!(i18n, stay.title)}</h2>
            {saved.map(|m| view! { <p class="notice" role="status">{m}</p> })}
            {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
            {alert.map(|m| view! { <p class="alert" role="status" data-testid="total-stay-alert">{m}</p> })}
            {passes.map(|m| view! { <p class="alert">{m}</p> })}
            <dl class="facts">
                <dt>{t!(i18n, stay.granted_on)}</dt>
                <dd>{stay.granted_on.map_or_else(dash, |d| d.to_string())}</dd>
                <dt>{t!(i18n, stay.expiry)}</dt>
                <dd class=standing_class data-testid="stay-standing">{standing}</dd>
                <dt>{t!(i18n, stay.first_entered_on)}</dt>
                <dd>{stay.first_entered_on.map_or_else(dash, |d| d.to_string())}</dd>
                <dt>{t!(i18n, stay.total_title)}</dt>
                <dd data-testid="total-stay">{count.unwrap_or_else(dash)}</dd>
            </dl>
            <RenewalList renewals=stay.renewals.clone()/>
            <LeaveList worker leaves=stay.leaves.clone() manage/>
            {manage.then(|| view! {
                <StayForms worker stay=stay.clone()/>
            })}
        </section>
    }
}

#[component]
fn RenewalList(renewals: Vec<RenewalLine>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    (!renewals.is_empty()).then(|| {
        let lines = renewals
            .into_iter()
            .map(|r| {
                let outcome = match r.decided {
                    Some((on, result)) => format!("{} {}", on, result_label(locale, result)),
                    None => t_string!(i18n, stay.under_review).to_string(),
                };
                view! {
                    <li>
                        {t!(i18n, stay.renewal_line, applied = r.applied_on.to_string(), expiry = r.expiry.to_string())}
                        " · " {outcome}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{t!(i18n, stay.renewals_title)}</h3>
            <ul class="list">{lines}</ul>
        }
    })
}

#[component]
fn LeaveList(worker: WorkerId, leaves: Vec<LeaveLine>, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    (!leaves.is_empty()).then(|| {
        let lines = leaves
            .into_iter()
            .map(|l| {
                let kind = l.kind.map_or_else(
                    || t_string!(i18n, stay.leave).to_string(),
                    |k| leave_kind_label(locale, k),
                );
                let counted = if l.excluded {
                    t_string!(i18n, stay.leave_excluded)
                } else {
                    t_string!(i18n, stay.leave_counted)
                };
                view! {
                    <li>
                        {kind} " " {l.starts_on.to_string()} " – " {l.ends_on.to_string()} " · " {counted}
                        {manage.then(|| view! {
                            <form method="post" action=RemoveWorkerLeave::url() class="inline">
                                <input type="hidden" name="id" value=l.id.to_string()/>
                                <input type="hidden" name="worker_id" value=worker.to_string()/>
                                <button type="submit" class="button secondary">{t!(i18n, stay.remove_leave)}</button>
                            </form>
                        })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{t!(i18n, stay.leaves_title)}</h3>
            <ul class="list" data-testid="leaves">{lines}</ul>
        }
    })
}

/// Staff's forms: the period, a renewal (applied, or its decision), a leave.
#[component]
fn StayForms(worker: WorkerId, stay: StayRecord) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let date_field = move |name: &'static str, id: &'static str, label: String, value: String| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id name=name type="date" value=value/>
            </div>
        }
    };
    let kinds = options_html(
        LeaveKind::ALL
            .into_iter()
            .map(|k| (k.code().to_owned(), leave_kind_label(locale, k))),
        "",
    );
    let results = options_html(
        RenewalResult::ALL
            .into_iter()
            .map(|r| (r.code().to_owned(), result_label(locale, r))),
        "",
    );
    let renewal = match stay.pending_renewal {
        Some(id) => view! {
            <form class="stack" method="post" action=DecideRenewal::url()>
                <h3>{t!(i18n, stay.decide_title)}</h3>
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="worker_id" value=worker.to_string()/>
                {date_field("decided_on", "decided_on", t_string!(i18n, stay.decided_on).to_string(), String::new())}
                <div class="field">
                    <label for="renewal_result">{t!(i18n, stay.result)}</label>
                    <select id="renewal_result" name="result" inner_html=results></select>
                </div>
                {date_field("new_expiry", "new_expiry", t_string!(i18n, stay.new_expiry).to_string(), String::new())}
                <button type="submit" class="button secondary">{t!(i18n, stay.save_decision)}</button>
            </form>
        }
        .into_any(),
        None => view! {
            <form class="stack" method="post" action=ApplyForRenewal::url()>
                <h3>{t!(i18n, stay.apply_title)}</h3>
                <input type="hidden" name="id" value=worker.to_string()/>
                {date_field("applied_on", "applied_on", t_string!(i18n, stay.applied_on).to_string(), String::new())}
                <button type="submit" class="button secondary">{t!(i18n, stay.save_applied)}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <form class="stack" method="post" action=UpdateWorkerStay::url()>
            <h3>{t!(i18n, stay.period_title)}</h3>
            <p class="hint">{t!(i18n, stay.period_hint)}</p>
            <input type="hidden" name="id" value=worker.to_string()/>
            {date_field("stay_granted_on", "stay_granted_on", t_string!(i18n, stay.granted_on).to_string(), day(stay.granted_on))}
            {date_field("residence_card_expiry", "stay_expiry", t_string!(i18n, stay.expiry).to_string(), day(stay.expiry))}
            {date_field("ssw_first_entered_on", "ssw_first_entered_on", t_string!(i18n, stay.first_entered_on).to_string(), day(stay.first_entered_on))}
            <button type="submit" class="button secondary">{t!(i18n, stay.save_period)}</button>
        </form>
        {renewal}
        <form class="stack" method="post" action=AddWorkerLeave::url()>
            <h3>{t!(i18n, stay.add_leave_title)}</h3>
            <p class="hint">{t!(i18n, stay.leave_hint)}</p>
            <input type="hidden" name="id" value=worker.to_string()/>
            <div class="field">
                <label for="leave_kind">{t!(i18n, stay.leave_kind)}</label>
                <select id="leave_kind" name="kind" inner_html=kinds></select>
            </div>
            {date_field("starts_on", "leave_starts_on", t_string!(i18n, stay.leave_starts_on).to_string(), String::new())}
            {date_field("ends_on", "leave_ends_on", t_string!(i18n, stay.leave_ends_on).to_string(), String::new())}
            <button type="submit" class="button secondary">{t!(i18n, stay.save_leave)}</button>
        </form>
    }
}
