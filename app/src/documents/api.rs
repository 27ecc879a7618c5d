//! The document pages' server functions. Each asks `current_user()` first and leaves the
//! rules to `read` and `service`; forms post to them and come back to their page.
//! (Uploads and downloads are plain HTTP handlers: `routes/`.)

use leptos::prelude::*;

use super::{DocumentSet, QueueView, ReviewDetail};
#[cfg(feature = "ssr")]
use crate::domain::CompanyId;
use crate::domain::{DocumentId, WorkerId};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// The signed-in worker's documents.
#[server(endpoint = "my_documents", input = server_fn::codec::GetUrl)]
pub async fn my_documents() -> Result<DocumentSet, AppError> {
    let user = crate::auth::current_user().await?;
    super::read::mine(&user).await
}

/// A worker's documents: staff, the worker's company (files only where shared), the
/// worker. The one read of `/workers/:id/documents`, so it writes the page's audit row.
#[server(endpoint = "worker_documents", input = server_fn::codec::GetUrl)]
pub async fn worker_documents(worker_id: WorkerId) -> Result<DocumentSet, AppError> {
    use crate::audit::{Subject, viewed};
    let user = crate::auth::current_user().await?;
    let set = super::read::of_worker(&user, worker_id).await?;
    let about = Subject::Worker(worker_id);
    let what = serde_json::json!({ "files": super::read::files_of(&set.kinds) });
    viewed(
        &user,
        crate::domain::AuditAction::DocumentsViewed,
        about,
        what,
    )
    .await?;
    Ok(set)
}

/// Staff: versions waiting for review, oldest first unless sorted by another column,
/// searched by the worker's name, login id or company, 50 a page; empty filters mean all.
/// An unknown sort column is the default, a search too long finds nothing: no error.
/// The one read of `/staff/documents`, so it writes the page's audit row (its thumbnails
/// are that view).
#[server(endpoint = "review_queue", input = server_fn::codec::GetUrl)]
pub async fn review_queue(
    company: Option<String>,
    kind: Option<String>,
    q: Option<String>,
    sort: Option<String>,
    dir: Option<String>,
    page: Option<String>,
) -> Result<QueueView, AppError> {
    let user = crate::auth::current_user().await?;
    let columns: Vec<&'static str> = super::db::queries::QUEUE_SORTS
        .iter()
        .map(|(name, _)| *name)
        .collect();
    let ask = crate::layout::DeskAsk::read(
        q.as_deref(),
        sort.as_deref(),
        dir.as_deref(),
        page.as_deref(),
        &columns,
        false,
    );
    let company = match company.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(
            text.parse::<CompanyId>()
                .map_err(|_| AppError::BadRequest(format!("not an id: {text}")))?,
        ),
    };
    let kind = match kind.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(code) => Some(
            crate::domain::DocumentKind::from_code(code)
                .map_err(|_| AppError::BadRequest(format!("unknown kind {code}")))?,
        ),
    };
    let queue = super::read::queue(&user, &ask, company, kind).await?;
    // The queue shows a thumbnail of each worker's paper: one row for the page, naming
    // them, instead of one per thumbnail.
    let files: Vec<_> = queue
        .items
        .iter()
        .filter_map(|i| i.first_file.as_ref().map(|f| f.id))
        .collect();
    let about = crate::audit::Subject::Organization(user.organization_id);
    let what =
        serde_json::json!({ "company": company, "kind": kind.map(|k| k.code()), "files": files });
    crate::audit::viewed(
        &user,
        crate::domain::AuditAction::DocumentQueueViewed,
        about,
        what,
    )
    .await?;
    Ok(queue)
}

/// Staff: one version to review. The one read of `/staff/documents/:id`, so it writes the
/// page's audit row (each file the page shows is a row of its own, from the file route).
#[server(endpoint = "document_review", input = server_fn::codec::GetUrl)]
pub async fn document_review(id: DocumentId) -> Result<ReviewDetail, AppError> {
    use crate::audit::{Subject, viewed};
    let user = crate::auth::current_user().await?;
    let detail = super::read::review(&user, id).await?;
    let about = Subject::Worker(detail.worker_id);
    let shown =
        std::iter::once(&detail.version).chain(detail.others.iter().flat_map(|l| &l.versions));
    let files: Vec<_> = shown.flat_map(|v| v.files.iter().map(|f| f.id)).collect();
    let what = serde_json::json!({
        "document_id": id,
        "kind": detail.version.kind.code(),
        "files": files,
    });
    viewed(
        &user,
        crate::domain::AuditAction::DocumentReviewViewed,
        about,
        what,
    )
    .await?;
    Ok(detail)
}

#[cfg(feature = "ssr")]
fn review_page(id: DocumentId) -> String {
    paths::review(id)
}

/// Staff accept a version; cards and passports need the number's last 4 characters and
/// the expiry date, recent certificates their day of issue.
#[server(endpoint = "accept_document")]
pub async fn accept_document(
    id: DocumentId,
    version: i64,
    #[server(default)] number_tail: String,
    #[server(default)] expires_on: String,
    #[server(default)] issued_on: String,
    #[server(default)] masking_confirmed: Option<String>,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let form = super::service::Acceptance {
            number_tail: &number_tail,
            expires_on: &expires_on,
            issued_on: &issued_on,
            masking_confirmed: masking_confirmed.is_some(),
        };
        super::service::accept(&user, id, version, &form).await
    }
    .await;
    crate::form::answer(
        result,
        &review_page(id),
        "/staff/documents?saved=accepted",
        &[
            ("number_tail", number_tail.trim()),
            ("expires_on", expires_on.trim()),
            ("issued_on", issued_on.trim()),
        ],
    )
    .await
}

/// Staff ask the worker to send the document again, with a reason.
#[server(endpoint = "ask_document_again")]
pub async fn ask_document_again(
    id: DocumentId,
    version: i64,
    #[server(default)] reason: String,
    #[server(default)] comment: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::ask_again(&user, id, version, &reason, &comment).await
    }
    .await;
    crate::form::answer(
        result,
        &review_page(id),
        "/staff/documents?saved=asked_again",
        &[("comment", comment.trim())],
    )
    .await
}

/// Staff refuse a version for good, saying why.
#[server(endpoint = "reject_document")]
pub async fn reject_document(
    id: DocumentId,
    version: i64,
    #[server(default)] comment: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::reject(&user, id, version, &comment).await
    }
    .await;
    crate::form::answer(
        result,
        &review_page(id),
        "/staff/documents?saved=rejected",
        &[],
    )
    .await
}

/// The worker takes back a version still waiting for review.
#[server(endpoint = "withdraw_document")]
pub async fn withdraw_document(id: DocumentId, version: i64) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::withdraw(&user, id, version).await
    }
    .await;
    let done = match &result {
        Ok(kind) => format!("/me/documents/{kind}?saved=withdrawn"),
        Err(_) => "/me/documents".to_owned(),
    };
    crate::form::answer(result.map(|_| ()), "/me/documents", &done, &[]).await
}

/// Staff let the worker's company open the files of a kind (`shared` = "true"), or stop.
#[server(endpoint = "share_document_kind")]
pub async fn share_document_kind(
    worker_id: WorkerId,
    kind: String,
    shared: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::share(&user, worker_id, &kind, shared == "true").await
    }
    .await;
    let page = paths::worker_documents(worker_id);
    crate::form::answer(result, &page, &paths::saved(&page, "shared"), &[]).await
}
