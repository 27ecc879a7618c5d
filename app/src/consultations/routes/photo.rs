//! `GET /consultations/photos/{message_id}`: a consultation's photo, to its worker and to
//! staff only (a company never), streamed from storage; `?thumbnail=1` for the small one.
//! Every fetch by staff is accounted for (access to the worker's personal data): by the
//! row of the thread's page that showed it, or by a row of its own.

use axum::{
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use http::{HeaderValue, header, request::Parts};
use serde_json::json;
use tower_sessions::Session;

use crate::consultations::db::queries;
use crate::{
    audit::{Subject, record_shown},
    auth::{Caller, WorkerScope, client_ip_of, may_see_worker, user_of_request},
    domain::{AuditAction, MessageId},
    error::AppError,
    files::stored_body,
    state::AppState,
};

#[derive(Debug, Default, serde::Deserialize)]
pub struct PhotoQuery {
    #[serde(default)]
    thumbnail: Option<String>,
}

pub async fn photo(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(message_id): Path<MessageId>,
    Query(query): Query<PhotoQuery>,
) -> Response {
    match serve(&state, &session, &parts, message_id, &query).await {
        Ok(response) => response,
        Err(error) => (error.status(), error.code().to_owned()).into_response(),
    }
}

async fn serve(
    state: &AppState,
    session: &Session,
    parts: &Parts,
    message_id: MessageId,
    query: &PhotoQuery,
) -> Result<Response, AppError> {
    let user = user_of_request(parts, session, state)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if matches!(user.caller, Caller::Company { .. }) {
        return Err(AppError::Forbidden);
    }
    let row = queries::photo(&state.db, user.organization_id, message_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let worker = WorkerScope {
        worker_id: row.worker_id,
        company_id: row.company_id,
    };
    // Staff's internal notes are for staff only.
    let allowed = may_see_worker(&user, &worker) && (user.caller.is_staff() || !row.internal);
    if !allowed {
        return Err(AppError::NotFound);
    }
    let thumbnail = query.thumbnail.is_some();
    let key = if thumbnail {
        row.photo_thumbnail_key.or(row.photo_key)
    } else {
        row.photo_key
    }
    .ok_or(AppError::NotFound)?;
    record_shown(
        state,
        &user,
        client_ip_of(parts, state),
        AuditAction::ConsultationPhotoViewed,
        Subject::Worker(row.worker_id),
        json!({ "message_id": message_id, "thumbnail": thumbnail }),
        message_id.uuid(),
    )
    .await?;
    let body = stored_body(&state.documents.storage, &key, "a consultation photo").await?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "image/jpeg"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::CACHE_CONTROL, "private, no-store"),
        (header::CONTENT_SECURITY_POLICY, "default-src 'none'"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    Ok(response)
}
