//! The staff dashboard: across all workers, what is overdue and what is due soon
//! (supports in the next 14 days, residence cards in the next 3 months), filterable by
//! company, field and staff member, most urgent first, with a count per company.

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::components::A;
use serde::{Deserialize, Serialize};

use crate::supports::parts::due_parts;
use crate::{
    domain::{
        BookingId, CompanyId, FaceToFaceReason, SswField, SupportId, SupportKind, UserId, WorkerId,
    },
    error::AppError,
    i18n::{Locale, use_i18n},
    layout::{
        DeskAnswer, DeskCount, DeskLinks, DeskPager, DeskSearch, PageTitle, SortHeader, guarded,
        options_html,
    },
    paths,
    workers::CompanyOption,
};

type I18n = leptos_i18n::I18nContext<Locale>;

/// What is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DueWhat {
    Support {
        id: SupportId,
        kind: Option<SupportKind>,
        title: Option<String>,
    },
    CardExpiry,
    /// The card's period ends, and its renewal is applied for: the worker may stay until
    /// the decision, at most until the special period ends.
    RenewalUnderReview,
    PassportExpiry,
    /// The 5 years on 特定技能1号 end.
    TotalStayEnds,
    /// The interview with the worker's supervisor (the worker's own is support 10).
    SupervisorInterview,
    /// An interview showed that a report to the authorities is needed.
    InterviewReport {
        booking_id: BookingId,
    },
    /// The worker's dates were never entered: the plan cannot say when supports are due.
    DatesMissing,
    /// A video interview that should have been face to face (listed for a year).
    FaceToFaceMissed {
        booking_id: BookingId,
        reason: Option<FaceToFaceReason>,
    },
    /// A support was given after its due day (listed for a year).
    LateDelivery {
        id: SupportId,
        kind: Option<SupportKind>,
        title: Option<String>,
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
    /// Passports expiring, reports to send and the ends of the 5 years.
    pub other: i64,
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
    /// The lines found (as searched and filtered) and the page shown.
    pub answer: DeskAnswer,
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

/// The dashboard (staff). Empty filters mean "all"; searched by the worker's name, login
/// id or company, sorted by the due date (soonest first), the worker or the company, 50
/// a page. An unknown sort column is the default, a search too long finds nothing.
#[server(endpoint = "support_dashboard", input = server_fn::codec::GetUrl)]
pub async fn support_dashboard(
    company: Option<String>,
    field: Option<String>,
    officer: Option<String>,
    q: Option<String>,
    sort: Option<String>,
    dir: Option<String>,
    page: Option<String>,
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
    let ask = crate::layout::DeskAsk::read(
        q.as_deref(),
        sort.as_deref(),
        dir.as_deref(),
        page.as_deref(),
        crate::supports::read::DASHBOARD_SORTS,
        false,
    );
    crate::supports::read::dashboard(&user, &filter, &ask).await
}

/// `/staff/dashboard`.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let links = DeskLinks::from_query(paths::STAFF_DASHBOARD, &["company", "field", "officer"]);
    let (company, field, officer) = (
        links.filter("company"),
        links.filter("field"),
        links.filter("officer"),
    );
    let load = support_dashboard(
        Some(company.clone()),
        Some(field.clone()),
        Some(officer.clone()),
        Some(links.q()),
        Some(links.sort()),
        Some(links.dir()),
        Some(links.page()),
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
        let answer = board.answer.clone();
        let lines = board.items.len();
        let table = (lines > 0).then(|| due_table(i18n, &links, &answer, board.items));
        view! {
            <PageTitle page=t_string!(i18n, dashboard.title).to_string()/>
            <section class="card stack desk">
                <h1>{t!(i18n, dashboard.title)}</h1>
                <p>{t!(i18n, dashboard.intro, today = board.today.to_string())}</p>
                <DeskSearch links=links.clone() label=t_string!(i18n, desk.search_people).to_string()>
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
                </DeskSearch>
            </section>
            <section class="card stack desk" aria-labelledby="due-title">
                <h2 id="due-title">{t!(i18n, dashboard.due_title)}</h2>
                <DeskCount answer=answer.clone() lines empty=t_string!(i18n, dashboard.none).to_string()/>
                {table}
                <DeskPager links=links.clone() answer=answer.clone()/>
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
                            <th scope="col">{t!(i18n, dashboard.other)}</th>
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
                                <td>{c.other}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        }
    })
}

/// The lines due as a table: what (with the worker, linked), the company, when.
fn due_table(
    i18n: I18n,
    links: &DeskLinks,
    answer: &DeskAnswer,
    items: Vec<DueItem>,
) -> impl IntoView + use<> {
    let (what_h, company_h, when_h) = (
        t_string!(i18n, dashboard.col_what).to_string(),
        t_string!(i18n, workers.company).to_string(),
        t_string!(i18n, dashboard.col_when).to_string(),
    );
    let header = |column: &'static str, label: &String| {
        view! { <SortHeader links=links.clone() answer=answer.clone() column label=label.clone()/> }
    };
    let head = view! {
        <tr>
            {header("worker", &what_h)}
            {header("company", &company_h)}
            {header("due", &when_h)}
        </tr>
    };
    let rows = items
        .into_iter()
        .map(|item| {
            let due = due_parts(i18n, &item);
            view! {
                <tr>
                    <th scope="row" data-label=what_h.clone()>
                        <A href=due.href>{item.worker_name.clone()} " · " {due.what}</A>
                    </th>
                    <td data-label=company_h.clone()>{item.company_name.clone()}</td>
                    <td data-label=when_h.clone()><span class=due.class>{due.when}</span></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="desk-table">
            <caption>{t!(i18n, dashboard.due_title)}</caption>
            <thead>{head}</thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
