//! `POST /documents/upload`: a worker's photos or PDF, streamed in as `multipart/form-data`.
//!
//! The form sends `kind` (and for staff `worker_id`) before the files, so the caller is
//! authorized before a single byte is stored. Each file streams to storage (see
//! `files`); the submission, its files and the audit row are then written in one
//! transaction. Anything that fails deletes what was stored, so an upload is kept whole or
//! not at all. The island sends it with `XMLHttpRequest` (for the progress bar) and reads
//! JSON; a phone without JavaScript posts the same form and is sent back to the page.

use axum::{
    Json,
    extract::{Multipart, State, multipart::Field},
    response::{IntoResponse, Response},
};
use http::request::Parts;
use serde_json::json;
use tower_sessions::Session;

use crate::documents::{
    db::{self, NewFile, NewSubmission},
    read::access,
};
use crate::{
    auth::{Caller, CurrentUser, client_ip_of, user_of_request},
    db::{AuditEntry, write_audit},
    domain::{AuditAction, DocumentId, DocumentKind, Side, WorkerId},
    error::AppError,
    files::{self, Declared, Pending, TakenFile},
    form::multipart::{back_with_error, see_other, wants_json},
    paths,
    state::AppState,
    workers::WorkerTarget,
};

/// What a successful upload answers to the island.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Uploaded {
    pub id: DocumentId,
}

/// Where a form post goes back to.
struct Pages {
    page: String,
}

impl Pages {
    fn for_user(user: Option<&CurrentUser>) -> Self {
        let page = match user.map(|u| u.caller) {
            Some(Caller::Worker { .. }) => "/me/documents",
            Some(Caller::Staff | Caller::Admin) => "/staff/documents",
            Some(Caller::Company { .. }) | None => "/",
        };
        Self {
            page: page.to_owned(),
        }
    }

    fn aim(&mut self, user: &CurrentUser, worker_id: WorkerId, kind: DocumentKind) {
        self.page = if matches!(user.caller, Caller::Worker { .. }) {
            paths::my_document(kind)
        } else {
            paths::worker_documents(worker_id)
        };
    }
}

pub async fn upload(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    mut multipart: Multipart,
) -> Response {
    let wants_json = wants_json(&parts.headers);
    let user = match user_of_request(&parts, &session, &state).await {
        Ok(user) => user,
        Err(error) => return answer(Err(error), wants_json, &Pages::for_user(None)),
    };
    let mut pages = Pages::for_user(user.as_ref());
    let Some(user) = user else {
        return answer(Err(AppError::Unauthorized), wants_json, &pages);
    };
    let mut pending = Pending::new(state.documents.storage.clone());
    let result = receive(
        &state,
        &user,
        &parts,
        &mut multipart,
        &mut pending,
        &mut pages,
    )
    .await;
    pending.settle(result.is_ok(), &mut multipart).await;
    answer(result, wants_json, &pages)
}

async fn receive(
    state: &AppState,
    user: &CurrentUser,
    parts: &Parts,
    multipart: &mut Multipart,
    pending: &mut Pending,
    pages: &mut Pages,
) -> Result<DocumentId, AppError> {
    let (mut worker_id, mut kind) = (None, None);
    let mut target = None;
    let mut files: Vec<TakenFile> = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(broken)? {
        match field.name().unwrap_or_default() {
            "worker_id" => {
                let text = field.text().await.map_err(broken)?;
                worker_id = Some(
                    text.trim()
                        .parse::<WorkerId>()
                        .map_err(|_| AppError::NotFound)?,
                );
            }
            "kind" => {
                let text = field.text().await.map_err(broken)?;
                kind =
                    Some(DocumentKind::from_code(text.trim()).map_err(|_| {
                        AppError::validation("kind", "document_error.unknown_kind")
                    })?);
            }
            name => {
                let side = Side::from_code(name)
                    .map_err(|_| AppError::BadRequest(format!("unexpected field {name}")))?;
                let Some(kind) = kind else {
                    return Err(AppError::BadRequest(
                        "kind must come before the files".into(),
                    ));
                };
                if target.is_none() {
                    let found = access::upload_target(&state.db, user, worker_id).await?;
                    pages.aim(user, found.id, kind);
                    // The one-waiting-version rule before a byte is stored or a pixel
                    // decoded: a refused second version costs no CPU (issue 17).
                    if db::has_waiting(&state.db, user.organization_id, found.id, kind.code())
                        .await?
                    {
                        return Err(already_waiting());
                    }
                    target = Some(found);
                }
                // A file input left empty sends a part with no name and no bytes; without
                // JavaScript each side sends two (camera and file chooser).
                if field.file_name().is_some_and(str::is_empty) {
                    continue;
                }
                if !kind.sides().contains(&side) || files.iter().any(|f| f.side == side) {
                    return Err(AppError::BadRequest(format!("unexpected side {name}")));
                }
                let file = take(state, pending, side, field).await?;
                files.push(file);
            }
        }
    }
    let (Some(kind), Some(target)) = (kind, target) else {
        return Err(AppError::validation("file", "document_error.no_file"));
    };
    if files.len() < kind.sides().len() {
        let key = if files.is_empty() {
            "document_error.no_file"
        } else {
            "document_error.side_missing"
        };
        return Err(AppError::validation("file", key));
    }
    save(state, user, parts, &target, kind, &files).await
}

async fn take(
    state: &AppState,
    pending: &mut Pending,
    side: Side,
    field: Field<'_>,
) -> Result<TakenFile, AppError> {
    let name = field.file_name().map(str::to_owned);
    let content_type = field.content_type().map(str::to_owned);
    let declared = Declared {
        file_name: name.as_deref(),
        content_type: content_type.as_deref(),
    };
    files::take(&state.documents, pending, side, &declared, Box::pin(field)).await
}

/// The submission, its files and the audit row, in one transaction.
async fn save(
    state: &AppState,
    user: &CurrentUser,
    parts: &Parts,
    target: &WorkerTarget,
    kind: DocumentKind,
    files: &[TakenFile],
) -> Result<DocumentId, AppError> {
    let rows: Vec<NewFile<'_>> = files
        .iter()
        .map(|f| NewFile {
            side: f.side.code(),
            storage_key: &f.storage_key,
            thumbnail_key: f.thumbnail_key.as_deref(),
            content_type: f.content_type,
            size_bytes: f.size_bytes,
            sha256: &f.sha256,
            width: f.width,
            height: f.height,
        })
        .collect();
    let mut tx = state.db.begin().await?;
    let id = db::insert_submission(
        &mut tx,
        &NewSubmission {
            organization_id: user.organization_id,
            worker_id: target.id,
            kind: kind.code(),
            uploaded_by: user.id,
            files: &rows,
        },
    )
    .await
    .map_err(|error| {
        if db::is_second_waiting(&error) {
            already_waiting()
        } else {
            error.into()
        }
    })?;
    let detail = json!({
        "kind": kind.code(),
        "worker_id": target.id,
        "files": files.iter().map(|f| json!({
            "side": f.side.code(),
            "content_type": f.content_type,
            "size": f.size_bytes,
            "sha256": f.sha256,
        })).collect::<Vec<_>>(),
    });
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::DocumentUploaded,
            entity: "document",
            entity_id: Some(id.uuid()),
            detail,
            ip: client_ip_of(parts, state),
        },
    )
    .await?;
    // Staff hear of a worker's upload; what staff upload for a worker they know of.
    if matches!(user.caller, Caller::Worker { .. }) {
        use crate::notifications::{self as notify, Notice};
        let staff = notify::staff_of(&mut tx, user.organization_id).await?;
        let notice = Notice::DocumentUploaded {
            worker: target.name.clone(),
            document: kind,
        };
        let link = paths::review(id);
        notify::notify_all(&mut tx, user.organization_id, &staff, &notice, &link).await?;
    }
    tx.commit().await?;
    Ok(id)
}

fn already_waiting() -> AppError {
    AppError::validation("file", "document_error.already_waiting")
}

fn broken(error: axum::extract::multipart::MultipartError) -> AppError {
    tracing::info!(%error, "a broken upload");
    AppError::validation("file", "document_error.interrupted")
}

/// JSON for the island (the error encoded as server functions encode it); for a plain
/// form, back to the page (see `form`).
fn answer(result: Result<DocumentId, AppError>, wants_json: bool, pages: &Pages) -> Response {
    match (result, wants_json) {
        (Ok(id), true) => Json(Uploaded { id }).into_response(),
        (Err(error), true) => (error.status(), Json(error)).into_response(),
        (Ok(_), false) => see_other(&paths::saved(&pages.page, "uploaded")),
        (Err(error), false) => back_with_error(&pages.page, &error),
    }
}
