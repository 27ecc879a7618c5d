//! `GET /documents/files/{id}`: a stored file, only to those who may open it (the worker,
//! staff, a company where the kind is shared), streamed from storage. Every view by staff
//! or a company is accounted for (APPI: access to personal data is logged): by the row of
//! the page that showed the file, or by a row of its own.

use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use http::{HeaderValue, StatusCode, header, request::Parts};
use serde_json::json;
use tower_sessions::Session;

use crate::documents::{db, read::access};
use crate::{
    audit::{Subject, record_shown, record_view},
    auth::{Caller, client_ip_of, user_of_request},
    domain::{AuditAction, FileId},
    error::AppError,
    files::stored_body,
    state::AppState,
};

#[derive(Debug, Default, serde::Deserialize)]
pub struct FileQuery {
    #[serde(default)]
    thumbnail: Option<String>,
    #[serde(default)]
    download: Option<String>,
}

pub async fn download(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(file_id): Path<FileId>,
    Query(query): Query<FileQuery>,
) -> Response {
    match serve(&state, &session, &parts, file_id, &query).await {
        Ok(response) => response,
        Err(error) => (error.status(), error.code().to_owned()).into_response(),
    }
}

async fn serve(
    state: &AppState,
    session: &Session,
    parts: &Parts,
    file_id: FileId,
    query: &FileQuery,
) -> Result<Response, AppError> {
    let user = user_of_request(parts, session, state)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let file = db::file(&state.db, user.organization_id, file_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !access::may_open(&state.db, &user, &file).await? {
        return Err(AppError::NotFound);
    }
    let thumbnail = query.thumbnail.is_some();
    let (key, content_type) = match (&file.thumbnail_key, thumbnail) {
        (Some(key), true) => (key.as_str(), "image/jpeg"),
        (None, true) => return Err(AppError::NotFound),
        (_, false) => (file.storage_key.as_str(), file.content_type.as_str()),
    };
    // A worker opening their own papers is not an access to be accounted for.
    let action = if query.download.is_some() {
        AuditAction::DocumentDownloaded
    } else {
        AuditAction::DocumentViewed
    };
    let detail = json!({
        "file_id": file.id,
        "worker_id": file.worker_id,
        "kind": file.kind,
        "side": file.side,
        "thumbnail": thumbnail,
    });
    let subject = Subject::Document {
        submission: file.submission_id,
        worker: file.worker_id,
    };
    let ip = client_ip_of(parts, state);
    if query.download.is_some() {
        // Taking a copy away is an act of its own, whatever page offered it.
        record_view(state, &user, ip, action, subject, detail).await?;
    } else {
        record_shown(state, &user, ip, action, subject, detail, file.id.uuid()).await?;
    }
    let body = stored_body(&state.documents.storage, key, "a document file").await?;
    let pdf = content_type == "application/pdf";
    let extension = if pdf { "pdf" } else { "jpg" };
    // A PDF can carry JavaScript. A company user gets it only as a download, to open in
    // their own reader; staff may open it in the browser, sandboxed (below).
    let attachment =
        query.download.is_some() || (pdf && matches!(user.caller, Caller::Company { .. }));
    let disposition = format!(
        "{}; filename=\"{}-{}.{extension}\"",
        if attachment { "attachment" } else { "inline" },
        file.kind,
        file.side,
    );
    let mut response = body.into_response();
    *response.status_mut() = StatusCode::OK;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, content_type.to_owned()),
        (header::CONTENT_DISPOSITION, disposition),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
        (header::CACHE_CONTROL, "private, no-store".to_owned()),
        // Shown inside our own review page, never in anyone else's; nothing in it runs.
        (header::X_FRAME_OPTIONS, "SAMEORIGIN".to_owned()),
        // `sandbox`: whatever a stored file carries (a PDF's JavaScript) runs, if at all,
        // in an opaque origin of its own, never with the portal's cookies or pages.
        (
            header::CONTENT_SECURITY_POLICY,
            "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; \
             frame-ancestors 'self'"
                .to_owned(),
        ),
    ] {
        let value = HeaderValue::from_str(&value).map_err(|_| AppError::Internal)?;
        headers.insert(name, value);
    }
    Ok(response)
}
