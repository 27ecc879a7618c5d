//! The support plan's server functions. Each asks `current_user()` first and leaves the
//! rules to `service`; forms post to them and come back to their page (see `form`).

pub(super) mod record;

use leptos::prelude::*;

use super::{SupportWithHistory, ToConfirm, WorkerPlan};
use crate::domain::{SupportId, WorkerId};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// A worker's plan: staff any worker of their organization, a company its own workers, a
/// worker their own. The one read of `/workers/:id/supports`, so it writes its audit row.
#[server(endpoint = "support_plan", input = server_fn::codec::GetUrl)]
pub async fn support_plan(worker_id: WorkerId) -> Result<WorkerPlan, AppError> {
    let user = crate::auth::current_user().await?;
    let plan = super::service::plan(&user, worker_id).await?;
    plan_viewed(
        &user,
        crate::domain::AuditAction::SupportPlanViewed,
        worker_id,
    )
    .await?;
    Ok(plan)
}

/// The same plan for the printable support record (`/workers/:id/record`): a function of
/// its own, so that the audit row says the record was printed, not the plan looked at.
#[server(endpoint = "support_record", input = server_fn::codec::GetUrl)]
pub async fn support_record(worker_id: WorkerId) -> Result<WorkerPlan, AppError> {
    let user = crate::auth::current_user().await?;
    let plan = super::service::plan(&user, worker_id).await?;
    plan_viewed(
        &user,
        crate::domain::AuditAction::SupportRecordPrinted,
        worker_id,
    )
    .await?;
    Ok(plan)
}

#[cfg(feature = "ssr")]
async fn plan_viewed(
    user: &crate::auth::CurrentUser,
    action: crate::domain::AuditAction,
    worker_id: WorkerId,
) -> Result<(), AppError> {
    use crate::audit::{Subject, viewed};
    viewed(
        user,
        action,
        Subject::Worker(worker_id),
        serde_json::json!({}),
    )
    .await
}

/// The signed-in worker's own plan ("My supports").
#[server(endpoint = "my_support_plan", input = server_fn::codec::GetUrl)]
pub async fn my_support_plan() -> Result<WorkerPlan, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::my_plan(&user).await
}

/// One support; its history for staff. The one read of `/supports/:id`, so it writes
/// its audit row.
#[server(endpoint = "support_detail", input = server_fn::codec::GetUrl)]
pub async fn support_detail(id: SupportId) -> Result<SupportWithHistory, AppError> {
    use crate::audit::{Subject, viewed};
    let user = crate::auth::current_user().await?;
    let detail = super::service::detail(&user, id).await?;
    let about = Subject::Worker(detail.worker_id);
    viewed(
        &user,
        crate::domain::AuditAction::SupportViewed,
        about,
        // The kind names the support in the audit log's sentence.
        serde_json::json!({ "support_id": id, "kind": detail.line.kind.map(|k| k.code()) }),
    )
    .await?;
    Ok(detail)
}

/// A company's list "waiting for your confirmation".
#[server(endpoint = "supports_to_confirm", input = server_fn::codec::GetUrl)]
pub async fn supports_to_confirm() -> Result<Vec<ToConfirm>, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::to_confirm(&user).await
}

/// Staff mark a support "not applicable"; a reason is required.
#[server(endpoint = "mark_support_not_applicable")]
pub async fn mark_support_not_applicable(
    id: SupportId,
    version: i64,
    reason: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::changes::not_applicable(&user, id, version, &reason).await
    }
    .await;
    let page = paths::support(id);
    crate::form::answer(
        result,
        &page,
        &paths::saved(&page, "not_applicable"),
        &[("reason", reason.trim())],
    )
    .await
}

/// Staff record that a support could not be delivered; a reason and a day are required.
#[server(endpoint = "mark_support_not_delivered")]
pub async fn mark_support_not_delivered(
    id: SupportId,
    version: i64,
    not_delivered_reason: String,
    not_delivered_on: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::changes::not_delivered(
            &user,
            id,
            version,
            &not_delivered_reason,
            &not_delivered_on,
        )
        .await
    }
    .await;
    let page = paths::support(id);
    crate::form::answer(
        result,
        &page,
        &paths::saved(&page, "not_delivered"),
        &[
            ("not_delivered_reason", not_delivered_reason.trim()),
            ("not_delivered_on", not_delivered_on.trim()),
        ],
    )
    .await
}

/// Staff plan again a support that was marked "not applicable" or "not delivered".
#[server(endpoint = "replan_support")]
pub async fn replan_support(id: SupportId, version: i64) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::changes::replan(&user, id, version).await
    }
    .await;
    let page = paths::support(id);
    crate::form::answer(result, &page, &paths::saved(&page, "replanned"), &[]).await
}

/// Staff add a voluntary support to a worker's plan.
#[server(endpoint = "add_voluntary_support")]
pub async fn add_voluntary_support(
    worker_id: WorkerId,
    title: String,
    due_on: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::changes::add_voluntary(&user, worker_id, &title, &due_on).await
    }
    .await;
    let page = paths::worker_supports(worker_id);
    let done = match &result {
        Ok(id) => paths::saved(&paths::support(*id), "added"),
        Err(_) => page.clone(),
    };
    crate::form::answer(
        result.map(|_| ()),
        &page,
        &done,
        &[("title", title.trim()), ("due_on", due_on.trim())],
    )
    .await
}

/// The worker: "I received this support".
#[server(endpoint = "acknowledge_support")]
pub async fn acknowledge_support(id: SupportId, version: i64) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::changes::acknowledge(&user, id, version).await
    }
    .await;
    crate::form::answer(
        result,
        "/me/supports",
        "/me/supports?saved=acknowledged",
        &[],
    )
    .await
}

/// The company confirms the chosen supports (`item` values are `<id>:<version>`), all in
/// one transaction.
#[server(endpoint = "confirm_supports")]
pub async fn confirm_supports(item: Option<Vec<String>>) -> Result<(), AppError> {
    let result = async {
        let items = item
            .unwrap_or_default()
            .iter()
            .map(|value| parse_item(value))
            .collect::<Result<Vec<_>, _>>()?;
        let user = crate::auth::current_user().await?;
        super::service::changes::confirm(&user, &items).await
    }
    .await;
    crate::form::answer(
        result,
        "/company/confirmations",
        "/company/confirmations?saved=confirmed",
        &[],
    )
    .await
}

/// `<uuid>:<version>`, as the confirmation list's checkboxes send them.
#[cfg(feature = "ssr")]
fn parse_item(value: &str) -> Result<(SupportId, i64), AppError> {
    let bad = || AppError::BadRequest(format!("not a support item: {value}"));
    let (id, version) = value.split_once(':').ok_or_else(bad)?;
    Ok((
        id.parse().map_err(|_| bad())?,
        version.parse().map_err(|_| bad())?,
    ))
}

/// The company sends a record back to staff with a comment.
#[server(endpoint = "send_back_support")]
pub async fn send_back_support(
    id: SupportId,
    version: i64,
    comment: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::changes::send_back(&user, id, version, &comment).await
    }
    .await;
    crate::form::answer(
        result,
        &paths::support(id),
        "/company/confirmations?saved=sent_back",
        &[("comment", comment.trim())],
    )
    .await
}
