//! Views of personal data are audit rows too (APPI: access to another person's data is
//! accounted for, issue 17). One row per page view or per file fetch, never per line of a
//! list: each page names the one server function that represents it, and that function
//! writes the row after its read succeeded. A person looking at their own data is no
//! access to account for, so it writes nothing.

use uuid::Uuid;

use crate::{
    auth::{CurrentUser, client_ip},
    db::{AuditEntry, write_audit},
    domain::{DocumentId, OrganizationId, UserId, WorkerId},
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
    action: &str,
    subject: Subject,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = client_ip(&state);
    record_view(&state, viewer, ip, action, subject, detail).await
}

/// [`viewed`] for the file routes, which run outside the Leptos context.
pub async fn record_view(
    state: &AppState,
    viewer: &CurrentUser,
    ip: Option<String>,
    action: &str,
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
