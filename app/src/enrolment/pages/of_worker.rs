//! `/workers/:id`: a worker's page, with the forms of the dates their plan follows and of
//! their employment (staff).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use super::employment::{EmploymentForm, EndedNote};
use crate::enrolment::UpdateWorkerDates;
use crate::{
    domain::{UserId, WorkerId},
    error::AppError,
    i18n::use_i18n,
    invitations::IssueInvitation,
    layout::{PageTitle, guarded, options_html},
    paths,
    workers::{IdentityCard, StayCard, WorkerDates, WorkerFacts, worker_detail},
};

/// `/workers/:id`: one worker, for staff, their company, or the worker themselves.
#[component]
pub fn WorkerPage() -> impl IntoView {
    let i18n = use_i18n();
    let id: Option<WorkerId> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    guarded(
        async move {
            match id {
                Some(id) => worker_detail(id).await,
                None => Err(AppError::NotFound),
            }
        },
        move |worker| {
            let manage = worker.can_manage.then_some(worker.user_id).flatten();
            let employment = worker
                .can_manage
                .then_some((worker.summary.id, worker.employment));
            let ended = worker.employment.ended;
            let (stay_worker, stay, can_manage) =
                (worker.summary.id, worker.stay.clone(), worker.can_manage);
            let identity = worker.identity.clone();
            let dates = worker.can_manage.then(|| {
                (
                    worker.summary.id,
                    worker.dates.clone(),
                    worker.officers.clone(),
                )
            });
            view! {
                <PageTitle page=worker.summary.name.clone()/>
                <section class="card stack">
                    <h1>{worker.summary.name.clone()}</h1>
                    {ended.map(|(on, reason)| view! { <EndedNote on reason/> })}
                    <ul class="links">
                        <li><A href=paths::worker_supports(worker.summary.id)>{t!(i18n, supports.plan_title)}</A></li>
                        <li><A href=paths::worker_record(worker.summary.id)>{t!(i18n, supports.record_link)}</A></li>
                        <li><A href=paths::worker_documents(worker.summary.id)>{t!(i18n, documents.open_list)}</A></li>
                        <li><A href=paths::worker_interviews(worker.summary.id)>{t!(i18n, interview.open_list)}</A></li>
                    </ul>
                </section>
                <WorkerFacts worker/>
                <IdentityCard worker=stay_worker identity manage=can_manage/>
                <StayCard worker=stay_worker stay=stay manage=can_manage/>
                {dates.map(|(id, dates, officers)| view! { <DatesForm id dates officers/> })}
                {employment.map(|(id, employment)| view! { <EmploymentForm id employment/> })}
                {manage.map(|user_id| view! {
                    <section class="card stack">
                        <h2>{t!(i18n, workers.account_title)}</h2>
                        <p class="hint">{t!(i18n, workers.new_invitation_hint)}</p>
                        <form method="post" action=IssueInvitation::url()>
                            <input type="hidden" name="user_id" value=user_id.to_string()/>
                            <button type="submit" class="button secondary">
                                {t!(i18n, invitation.make_new)}
                            </button>
                        </form>
                    </section>
                })}
            }
        },
    )
}

/// Staff: the dates the support plan's due dates follow, and who is in charge.
#[component]
fn DatesForm(id: WorkerId, dates: WorkerDates, officers: Vec<(UserId, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let saved = match query.get("saved").as_deref() {
        Some("dates") => Some(t_string!(i18n, workers.saved_dates).to_string()),
        Some("dates_over_caseload") => {
            Some(t_string!(i18n, organization.saved_over_caseload).to_string())
        }
        _ => None,
    };
    let locale = i18n.get_locale_untracked();
    let error = query.get("error").and_then(|code| {
        if let Some(text) = crate::organization::in_charge_error_text(locale, &code) {
            return Some(text);
        }
        Some(
            match code.as_str() {
                "workers.err_date" => t_string!(i18n, workers.err_date),
                "workers.err_officer" => t_string!(i18n, workers.err_officer),
                "conflict" => t_string!(i18n, supports.err_conflict),
                "bad_request" | "internal" => t_string!(i18n, error.generic),
                _ => return None,
            }
            .to_string(),
        )
    });
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let officer_html = options_html(
        std::iter::once((String::new(), "—".to_owned())).chain(
            officers
                .into_iter()
                .map(|(id, name)| (id.to_string(), name)),
        ),
        &dates
            .support_officer_id
            .map(|id| id.to_string())
            .unwrap_or_default(),
    );
    let date_field = move |name: &'static str, label: String, value: String| {
        view! {
            <div class="field">
                <label for=name>{label}</label>
                <input id=name name=name type="date" value=value/>
            </div>
        }
    };
    view! {
        <section class="card stack" aria-labelledby="dates-title">
            <h2 id="dates-title">{t!(i18n, workers.dates_title)}</h2>
            <p class="hint">{t!(i18n, workers.dates_hint)}</p>
            {saved.map(|m| view! { <p class="notice" role="status">{m}</p> })}
            {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
            <form class="stack" method="post" action=UpdateWorkerDates::url()>
                <input type="hidden" name="id" value=id.to_string()/>
                <label class="check" for="changed_status_in_japan">
                    <input type="checkbox" id="changed_status_in_japan" name="changed_status_in_japan"
                        value="on" checked=dates.changed_status_in_japan/>
                    <span>{t!(i18n, workers.changed_status)}</span>
                </label>
                <label class="check" for="former_intern_same_employer">
                    <input type="checkbox" id="former_intern_same_employer" name="former_intern_same_employer"
                        value="on" checked=dates.former_intern_same_employer/>
                    <span>{t!(i18n, workers.former_intern_same_employer)}</span>
                </label>
                {date_field("contract_signed_on", t_string!(i18n, workers.contract_signed_on).to_string(), day(dates.contract_signed_on))}
                {date_field("visa_applied_on", t_string!(i18n, workers.visa_applied_on).to_string(), day(dates.visa_applied_on))}
                {date_field("entry_date", t_string!(i18n, workers.entry_date).to_string(), day(dates.entry_date))}
                {date_field("settled_on", t_string!(i18n, workers.settled_on).to_string(), day(dates.settled_on))}
                <div class="field">
                    <label for="support_officer_id">{t!(i18n, workers.officer)}</label>
                    <select id="support_officer_id" name="support_officer_id" inner_html=officer_html></select>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, workers.save_dates)}</button>
            </form>
        </section>
    }
}
