//! Views of personal data are audit rows too (APPI: access to another person's data is
//! accounted for, issue 17). One row per page view, never per line of a list: each page
//! names the one server function that represents it, and that function writes the row
//! after its read succeeded. A person looking at their own data is no access to account
//! for, so it writes nothing.
//!
//! A page that shows files (thumbnails, a document under review, a consultation's photos)
//! names them in its row; the browser then fetches each, and those fetches are that page
//! view, not views of their own (issue 19: a review wrote about five "viewed" rows). A file
//! fetched otherwise, or downloaded, or long after the page, is a row of its own.

use chrono::{Duration, Utc};
use uuid::Uuid;

use crate::{
    auth::{CurrentUser, client_ip},
    db::{AuditEntry, Tx, write_audit},
    domain::{AuditAction, DocumentId, OrganizationId, UserId, WorkerId},
    error::AppError,
    state::{AppState, app_state},
};

/// Whose data was viewed: the audit row's entity and id, so that the audit log's filter
/// by person finds the view (a worker's id is matched to their account there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Worker(WorkerId),
    User(UserId),
    /// Data about many people at once (the whole audit log).
    Organization(OrganizationId),
    /// One of a worker's documents (the row names the document, as the log always has).
    Document {
        submission: DocumentId,
        worker: WorkerId,
    },
}

impl Subject {
    fn entity(self) -> &'static str {
        match self {
            Self::Worker(_) => "worker",
            Self::User(_) => "user",
            Self::Organization(_) => "organization",
            Self::Document { .. } => "document",
        }
    }

    fn id(self) -> Uuid {
        match self {
            Self::Worker(id) => id.uuid(),
            Self::User(id) => id.uuid(),
            Self::Organization(id) => id.uuid(),
            Self::Document { submission, .. } => submission.uuid(),
        }
    }

    /// Whether `viewer` is the person the data is about.
    fn is(self, viewer: &CurrentUser) -> bool {
        match self {
            Self::Worker(id) | Self::Document { worker: id, .. } => {
                viewer.caller.worker_id() == Some(id)
            }
            Self::User(id) => viewer.id == id,
            Self::Organization(_) => false,
        }
    }
}

/// One view of `subject`'s data by `viewer`, inside a server function (the request's
/// state and client address come from its context).
pub async fn viewed(
    viewer: &CurrentUser,
    action: AuditAction,
    subject: Subject,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = client_ip(&state);
    record_view(&state, viewer, ip, action, subject, detail).await
}

/// Ends a change made in `tx` by `user`: its audit row (`detail` holds the values before),
/// then the commit, so that the change and its row are written together or not at all.
/// Inside a server function (the client address comes from its context).
pub async fn commit_change(
    mut tx: Tx,
    user: &CurrentUser,
    action: AuditAction,
    entity: &'static str,
    entity_id: Uuid,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    write_change(&mut tx, user, action, entity, entity_id, detail).await?;
    tx.commit().await?;
    Ok(())
}

/// The audit row of one change among several of a transaction that commits later (an
/// import's companies and workers).
pub async fn write_change(
    tx: &mut Tx,
    user: &CurrentUser,
    action: AuditAction,
    entity: &'static str,
    entity_id: Uuid,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    let state = app_state()?;
    write_audit(
        tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action,
            entity,
            entity_id: Some(entity_id),
            detail,
            ip: client_ip(&state),
        },
    )
    .await?;
    Ok(())
}

/// [`viewed`] for the file routes, which run outside the Leptos context.
pub async fn record_view(
    state: &AppState,
    viewer: &CurrentUser,
    ip: Option<String>,
    action: AuditAction,
    subject: Subject,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    if subject.is(viewer) {
        return Ok(());
    }
    let mut tx = state.db.begin().await?;
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(viewer.organization_id),
            actor_user_id: Some(viewer.id),
            action,
            entity: subject.entity(),
            entity_id: Some(subject.id()),
            detail,
            ip,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// How long after a page view the files it showed are still that view: a page stays open,
/// and its lazy thumbnails load as the reader scrolls.
const PAGE_VIEW_LASTS_MINUTES: i64 = 30;

/// [`record_view`] of a file or photo `shown` (its id) that `viewer`'s own page view of the
/// last [`PAGE_VIEW_LASTS_MINUTES`] named: then the fetch is part of that view, and writes
/// nothing. Only a row by the same person, in the same organization, of a page that shows
/// files counts, so no one can fetch a file unaccounted for that no page of theirs showed.
pub async fn record_shown(
    state: &AppState,
    viewer: &CurrentUser,
    ip: Option<String>,
    action: AuditAction,
    subject: Subject,
    detail: serde_json::Value,
    shown: Uuid,
) -> Result<(), AppError> {
    if subject.is(viewer) {
        return Ok(());
    }
    let since = Utc::now() - Duration::minutes(PAGE_VIEW_LASTS_MINUTES);
    let shown_by_a_page =
        super::db::named_by_page_view(&state.db, viewer.organization_id, viewer.id, since, shown)
            .await?;
    if shown_by_a_page {
        return Ok(());
    }
    record_view(state, viewer, ip, action, subject, detail).await
}
