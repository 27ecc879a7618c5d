//! Workers: who they are, where they work, and their account.

use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{CompanyId, Employment, UserId, WorkerId};
use crate::error::AppError;
use crate::layout::DeskAnswer;

/// A line of a worker list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkerSummary {
    pub id: WorkerId,
    pub name: String,
    pub company_name: String,
    pub nationality: String,
    pub login_id: Option<String>,
    /// Whether the worker has set a password (accepted an invitation).
    pub active: bool,
    pub residence_card_expiry: Option<NaiveDate>,
    /// The employment contract's last day, once an ending is recorded.
    pub contract_ended_on: Option<NaiveDate>,
}

/// A line of the staff worker list (`/staff/workers`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkerLine {
    pub id: WorkerId,
    pub name: String,
    pub login_id: Option<String>,
    pub company_name: String,
    pub nationality: String,
    /// Whether the worker has set a password (accepted an invitation).
    pub active: bool,
    pub residence_card_expiry: Option<NaiveDate>,
    pub contract_ended_on: Option<NaiveDate>,
}

/// One page of the staff worker list, with the companies to filter by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkerSearch {
    pub lines: Vec<WorkerLine>,
    pub answer: DeskAnswer,
    pub companies: Vec<CompanyOption>,
}

/// One worker, as the worker, their company or staff see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkerRecord {
    pub summary: WorkerSummary,
    pub user_id: Option<UserId>,
    pub family_name: String,
    pub given_name: String,
    pub preferred_locale: String,
    pub field: String,
    pub entry_date: Option<NaiveDate>,
    /// Whether the caller may manage the worker's account (staff).
    pub can_manage: bool,
    /// The dates the support plan follows.
    pub dates: WorkerDates,
    /// The employment contract: start, and end with its reason.
    pub employment: Employment,
    /// The period of stay, renewals, leave and the 5-year count.
    pub stay: super::StayRecord,
    /// Identity and status, as the caller may read them.
    pub identity: super::IdentityRecord,
    /// Staff who can be put in charge (for staff only; empty for everybody else).
    pub officers: Vec<(UserId, String)>,
}

/// The dates of a worker's situation that the support plan's due dates follow.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkerDates {
    pub changed_status_in_japan: bool,
    /// A former technical intern or student staying with the same employer.
    pub former_intern_same_employer: bool,
    pub contract_signed_on: Option<NaiveDate>,
    pub visa_applied_on: Option<NaiveDate>,
    pub entry_date: Option<NaiveDate>,
    pub settled_on: Option<NaiveDate>,
    pub support_officer_id: Option<UserId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyOption {
    pub id: CompanyId,
    pub name: String,
}

/// The workers the caller may see: all of the organization for staff, the company's own
/// for a company user. Workers have no list.
#[server(endpoint = "list_workers", input = server_fn::codec::GetUrl)]
pub async fn list_workers() -> Result<Vec<WorkerSummary>, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::list(&user).await
}

/// Staff: the organization's workers, searched by name, login id or company, filtered by
/// company and employment (`employed`, `ended`), sorted and paged. Whatever the address
/// says is no error: an unknown column sorts by name, a search too long finds nothing.
#[server(endpoint = "search_workers", input = server_fn::codec::GetUrl)]
pub async fn search_workers(
    q: Option<String>,
    sort: Option<String>,
    dir: Option<String>,
    page: Option<String>,
    company: Option<String>,
    employment: Option<String>,
) -> Result<WorkerSearch, AppError> {
    let user = crate::auth::current_user().await?;
    let columns: Vec<&'static str> = super::db::search::SORTS.iter().map(|(n, _)| *n).collect();
    let ask = crate::layout::DeskAsk::read(
        q.as_deref(),
        sort.as_deref(),
        dir.as_deref(),
        page.as_deref(),
        &columns,
        false,
    );
    super::service::search(&user, &ask, company.as_deref(), employment.as_deref()).await
}

/// One worker: staff see any of their organization, a company user its own workers, a
/// worker only themselves. Anything else is "not found", so ids reveal nothing. This is
/// the one read of the `/workers/:id` page, so it writes the page's audit row.
#[server(endpoint = "worker_detail", input = server_fn::codec::GetUrl)]
pub async fn worker_detail(id: WorkerId) -> Result<WorkerRecord, AppError> {
    use crate::audit::{Subject, viewed};
    let user = crate::auth::current_user().await?;
    let record = super::service::detail(&user, id).await?;
    viewed(
        &user,
        crate::domain::AuditAction::WorkerViewed,
        Subject::Worker(id),
        serde_json::json!({}),
    )
    .await?;
    Ok(record)
}

/// The signed-in worker's own record (their start page).
#[server(endpoint = "my_worker_record", input = server_fn::codec::GetUrl)]
pub async fn my_worker_record() -> Result<WorkerRecord, AppError> {
    let user = crate::auth::current_user().await?;
    let id = user.caller.worker_id().ok_or(AppError::Forbidden)?;
    super::service::detail(&user, id).await
}

/// The companies a new worker can be placed at (staff).
#[server(endpoint = "company_options", input = server_fn::codec::GetUrl)]
pub async fn company_options() -> Result<Vec<CompanyOption>, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::company_options(&user).await
}
