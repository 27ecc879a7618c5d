//! The staff dashboard: across all workers, what is overdue and what is due soon
//! (supports in the next 14 days, residence cards in the next 3 months), filterable by
//! company, field and staff member, most urgent first, with a count per company.

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::{components::A, hooks::use_query_map};
use serde::{Deserialize, Serialize};

use crate::supports::labels::kind_name;
use crate::{
    domain::{BookingId, CompanyId, SswField, SupportId, SupportKind, UserId, WorkerId},
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, guarded, options_html},
    locale::format_date_time,
    paths,
    workers::CompanyOption,
};

/// What is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DueWhat {
    Support {
        id: SupportId,
        kind: Option<SupportKind>,
        title: Option<String>,
    },
    CardExpiry,
    PassportExpiry,
    /// The interview with the worker's supervisor (the worker's own is support 10).
    SupervisorInterview,
    /// An interview showed that a report to the authorities is needed.
    InterviewReport {
        booking_id: BookingId,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueItem {
    pub what: DueWhat,
    pub due_on: NaiveDate,
    /// Past the due date and not done; a booked interview never is.
    pub overdue: bool,
    /// A card or passport expiring within 2 weeks.
    pub urgent: bool,
    /// An interview (support 10 or the supervisor's) booked to start then: listed as
    /// booked, not as due.
    pub booked_at: Option<DateTime<Utc>>,
    /// The booked interview starts after its due date.
    pub late: bool,
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub company_name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyCount {
    pub company_id: CompanyId,
    pub company_name: String,
    pub overdue: i64,
    pub due_soon: i64,
    /// Interviews due (or overdue) that are booked.
    pub booked: i64,
    pub cards_expiring: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardFilter {
    pub company: Option<CompanyId>,
    pub field: Option<String>,
    pub officer: Option<UserId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffDashboard {
    pub today: NaiveDate,
    /// Everything due, of which `items` holds the most urgent.
    pub total: usize,
    pub items: Vec<DueItem>,
    pub per_company: Vec<CompanyCount>,
    pub companies: Vec<CompanyOption>,
    pub officers: Vec<(UserId, String)>,
}

/// An empty choice ("all") or an id.
#[cfg(feature = "ssr")]
fn optional_id<I: std::str::FromStr>(value: Option<String>) -> Result<Option<I>, AppError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => text
            .parse()
            .map(Some)
            .map_err(|_| AppError::BadRequest(format!("not an id: {text}"))),
    }
}

/// The dashboard (staff). Empty filters mean "all".
#[server(endpoint = "support_dashboard", input = server_fn::codec::GetUrl)]
pub async fn support_dashboard(
    company: Option<String>,
    field: Option<String>,
    officer: Option<String>,
) -> Result<StaffDashboard, AppError> {
    let user = crate::auth::current_user().await?;
    let field = field.filter(|f| !f.trim().is_empty());
    if let Some(code) = &field
        && !SswField::ALL.iter().any(|f| f.code() == code)
    {
        return Err(AppError::BadRequest(format!("unknown field {code}")));
    }
    let filter = DashboardFilter {
        company: optional_id(company)?,
        field,
        officer: optional_id(officer)?,
    };
    crate::supports::read::dashboard(&user, &filter).await
}

/// `/staff/dashboard`.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let (company, field, officer) = (
        query.get("company").unwrap_or_default(),
        query.get("field").unwrap_or_default(),
        query.get("officer").unwrap_or_default(),
    );
    let load = support_dashboard(
        Some(company.clone()),
        Some(field.clone()),
        Some(officer.clone()),
    );
    guarded(load, move |board| {
        let all = t_string!(i18n, dashboard.all).to_string();
        let with_all = |options: Vec<(String, String)>, selected: &str| {
            options_html(
                std::iter::once((String::new(), all.clone())).chain(options),
                selected,
            )
        };
        let company_html = with_all(
            board
                .companies
                .iter()
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect(),
            &company,
        );
        let field_html = with_all(
            SswField::ALL
                .iter()
                .map(|f| (f.code().to_owned(), f.name_ja().to_owned()))
                .collect(),
            &field,
        );
        let officer_html = with_all(
            board
                .officers
                .iter()
                .map(|(id, name)| (id.to_string(), name.clone()))
                .collect(),
            &officer,
        );
        let empty = board.items.is_empty();
        let shown = board.items.len();
        let more = (board.total > shown).then(|| {
            view! {
                <p class="hint">
                    {t!(i18n, dashboard.showing, shown = shown.to_string(), total = board.total.to_string())}
                </p>
            }
        });
        view! {
            <PageTitle page=t_string!(i18n, dashboard.title).to_string()/>
            <section class="card stack">
                <h1>{t!(i18n, dashboard.title)}</h1>
                <p>{t!(i18n, dashboard.intro, today = board.today.to_string())}</p>
                <form class="filters" method="get" action="/staff/dashboard">
                    <div class="field">
                        <label for="company">{t!(i18n, workers.company)}</label>
                        <select id="company" name="company" inner_html=company_html></select>
                    </div>
                    <div class="field">
                        <label for="field">{t!(i18n, dashboard.field)}</label>
                        <select id="field" name="field" inner_html=field_html></select>
                    </div>
                    <div class="field">
                        <label for="officer">{t!(i18n, dashboard.officer)}</label>
                        <select id="officer" name="officer" inner_html=officer_html></select>
                    </div>
                    <button type="submit" class="button secondary">{t!(i18n, dashboard.show)}</button>
                </form>
            </section>
            <section class="card" aria-labelledby="due-title">
                <h2 id="due-title">{t!(i18n, dashboard.due_title)}</h2>
                {empty.then(|| view! { <p>{t!(i18n, dashboard.none)}</p> })}
                {more}
                <ul class="list due">
                    {board.items.into_iter().map(|item| view! { <DueLine item/> }).collect_view()}
                </ul>
            </section>
            <section class="card" aria-labelledby="per-company-title">
                <h2 id="per-company-title">{t!(i18n, dashboard.per_company)}</h2>
                <table class="record-table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, workers.company)}</th>
                            <th scope="col">{t!(i18n, dashboard.overdue)}</th>
                            <th scope="col">{t!(i18n, dashboard.due_soon)}</th>
                            <th scope="col">{t!(i18n, dashboard.booked)}</th>
                            <th scope="col">{t!(i18n, dashboard.cards)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {board.per_company.into_iter().map(|c| view! {
                            <tr>
                                <th scope="row">{c.company_name}</th>
                                <td>{c.overdue}</td>
                                <td>{c.due_soon}</td>
                                <td>{c.booked}</td>
                                <td>{c.cards_expiring}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        }
    })
}

#[component]
pub(crate) fn DueLine(item: DueItem) -> impl IntoView {
    let i18n = use_i18n();
    let (what, href) = match &item.what {
        // Support 10 is the interview with the worker: booked and recorded there.
        DueWhat::Support {
            kind: Some(SupportKind::PeriodicInterview),
            ..
        } => (
            t_string!(i18n, dashboard.worker_interview).to_string(),
            paths::worker_interviews(item.worker_id),
        ),
        DueWhat::Support { id, kind, title } => (
            kind.map_or_else(|| title.clone().unwrap_or_default(), |k| kind_name(i18n, k)),
            paths::support(*id),
        ),
        DueWhat::SupervisorInterview => (
            t_string!(i18n, dashboard.supervisor_interview).to_string(),
            paths::worker_interviews(item.worker_id),
        ),
        DueWhat::InterviewReport { booking_id } => (
            t_string!(i18n, dashboard.interview_report).to_string(),
            paths::staff_interview(*booking_id),
        ),
        DueWhat::CardExpiry => (
            t_string!(i18n, dashboard.card_expiry).to_string(),
            paths::worker_documents(item.worker_id),
        ),
        DueWhat::PassportExpiry => (
            t_string!(i18n, dashboard.passport_expiry).to_string(),
            paths::worker_documents(item.worker_id),
        ),
    };
    let date = item.due_on.to_string();
    // A booked interview says when it is, never "overdue" (`domain::interview_standing`).
    let (when, class) = match item.booked_at.map(format_date_time) {
        Some(at) if item.late => (
            t_string!(i18n, dashboard.booked_late, at, date).to_string(),
            "badge waiting",
        ),
        Some(at) => (
            t_string!(i18n, dashboard.booked_for, at).to_string(),
            "badge ok",
        ),
        None if item.overdue => (
            t_string!(i18n, dashboard.overdue_since, date).to_string(),
            "badge overdue",
        ),
        None => (
            t_string!(i18n, dashboard.due_by, date).to_string(),
            if item.urgent {
                "badge overdue"
            } else {
                "badge planned"
            },
        ),
    };
    view! {
        <li>
            <A href=href>{item.worker_name.clone()} " · " {what}</A>
            <span class="hint">{item.company_name.clone()}</span>
            <span class=class>{when}</span>
        </li>
    }
}
