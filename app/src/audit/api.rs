//! The audit log page's server function (staff of the organization only).

use leptos::prelude::*;

use super::AuditPage;
use crate::domain::{UserId, WorkerId};
use crate::error::AppError;

/// The latest lines of the organization's audit log, optionally by one person, about one
/// worker's records, of one action (a code) and within Japan dates `from`–`to`
/// (`YYYY-MM-DD`, both included). An empty value is no filter; anything else that is not
/// a known code or a date is refused.
#[server(endpoint = "audit_log", input = server_fn::codec::GetUrl)]
pub async fn audit_log(
    person: Option<UserId>,
    worker: Option<WorkerId>,
    action: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<AuditPage, AppError> {
    let user = crate::auth::current_user().await?;
    user.require_staff()?;
    let state = crate::state::app_state()?;
    let filter = super::read::filter(person, worker, action, from, to)?;
    let page = super::read::page(&state.db, user.organization_id, filter).await?;
    // The log names people and where they signed in from: reading it is accounted for
    // too, as about the worker or the person filtered on, or about everyone of the
    // organization (also when staff filter on themselves: their own lines name the people
    // they acted on). Someone of another organization is nobody here: the row names none.
    let f = &page.filter;
    let worker = f
        .worker
        .filter(|w| page.workers.iter().any(|(id, _)| id == w));
    let person = f
        .person
        .filter(|p| *p != user.id && page.people.iter().any(|(id, _)| id == p));
    let about = match (worker, person) {
        (Some(worker), _) => super::Subject::Worker(worker),
        (None, Some(person)) => super::Subject::User(person),
        (None, None) => super::Subject::Organization(user.organization_id),
    };
    let what = serde_json::json!({
        "person": f.person,
        "worker": f.worker,
        "action": f.action.map(|a| a.code()),
        "from": f.from,
        "to": f.to,
    });
    super::viewed(
        &user,
        crate::domain::AuditAction::AuditLogViewed,
        about,
        what,
    )
    .await?;
    Ok(page)
}
