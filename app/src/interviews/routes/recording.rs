//! `POST /interviews/:id/recording`: staff upload the recording of an online interview
//! (`multipart/form-data`, one field `recording`), streamed to storage within its limit
//! (`SHIEN_RECORDING_MAX_MB`, 2 GB by default); `GET` the same path streams it back to
//! staff. Never to the company or the worker: a recording shows the person and their
//! room. Staff are authorized from the path before a byte is stored; the row and its
//! audit row are one transaction, and a refused or broken upload leaves nothing behind.

use axum::{
    Json,
    extract::{Multipart, Path, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use chrono::Utc;
use http::request::Parts;
use serde_json::json;
use tower_sessions::Session;

use crate::interviews::db::{
    online::{self, NewRecording, RecordingPlace},
    queries,
};
use crate::{
    audit::{Subject, record_shown},
    auth::{CurrentUser, client_ip_of, user_of_request},
    db::{AuditEntry, write_audit},
    domain::{AuditAction, BookingId},
    error::AppError,
    files::{Declared, MediaProblem, Pending, TakenMedia, stored_body, take_media},
    form::multipart::{back_with_error, see_other, wants_json},
    paths,
    state::AppState,
};

fn refuse(key: &str) -> AppError {
    AppError::validation("recording", &format!("interview_error.{key}"))
}

fn problem(problem: MediaProblem) -> AppError {
    match problem {
        MediaProblem::BadName => refuse("recording_name"),
        MediaProblem::Empty => refuse("recording_empty"),
        MediaProblem::TooLarge => refuse("recording_too_large"),
        MediaProblem::Interrupted => refuse("recording_interrupted"),
        MediaProblem::NotMedia => refuse("recording_not_media"),
        MediaProblem::Storage => AppError::Internal,
    }
}

/// Staff of the booking's organization, for a booking still to record that has started.
async fn staff_and_booking(
    state: &AppState,
    session: &Session,
    parts: &Parts,
    id: BookingId,
) -> Result<(CurrentUser, queries::BookingLine), AppError> {
    let user = user_of_request(parts, session, state)
        .await?
        .ok_or(AppError::Unauthorized)?;
    user.require_staff()?;
    let line = queries::booking_line(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((user, line))
}

pub async fn upload_recording(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<BookingId>,
    mut multipart: Multipart,
) -> Response {
    let json = wants_json(&parts.headers);
    let page = paths::staff_interview(id);
    let mut pending = Pending::new(state.documents.storage.clone());
    let result = receive(&state, &session, &parts, id, &mut multipart, &mut pending).await;
    pending.settle(result.is_ok(), &mut multipart).await;
    match (result, json) {
        (Ok(()), true) => Json(json!({ "ok": true })).into_response(),
        (Err(error), true) => (error.status(), Json(error)).into_response(),
        (Ok(()), false) => see_other(&paths::saved(&page, "recording_added")),
        (Err(error @ (AppError::Unauthorized | AppError::Forbidden)), false) => {
            (error.status(), error.code().to_owned()).into_response()
        }
        (Err(error), false) => back_with_error(&page, &error),
    }
}

async fn receive(
    state: &AppState,
    session: &Session,
    parts: &Parts,
    id: BookingId,
    multipart: &mut Multipart,
    pending: &mut Pending,
) -> Result<(), AppError> {
    let (user, line) = staff_and_booking(state, session, parts, id).await?;
    // Before the interview there is nothing to record; once recorded, the record stands
    // on what it was recorded with.
    if line.status != "booked" {
        return Err(refuse("recording_closed"));
    }
    if line.starts_at > Utc::now() {
        return Err(AppError::validation(
            "booking",
            "interview_error.not_started",
        ));
    }
    let mut taken: Option<(TakenMedia, Option<String>)> = None;
    while let Some(field) = multipart.next_field().await.map_err(broken)? {
        if field.name() != Some("recording") || taken.is_some() {
            return Err(AppError::BadRequest("unexpected field".into()));
        }
        let name = field.file_name().map(str::to_owned);
        if name.as_deref().is_some_and(str::is_empty) {
            continue;
        }
        let content_type = field.content_type().map(str::to_owned);
        let declared = Declared {
            file_name: name.as_deref(),
            content_type: content_type.as_deref(),
        };
        let max = state.interviews.recording_max_bytes;
        let media = take_media(&state.documents.storage, pending, max, &declared, field)
            .await
            .map_err(problem)?;
        taken = Some((media, name));
    }
    let Some((media, name)) = taken else {
        return Err(refuse("recording_missing"));
    };
    let mut tx = state.db.begin().await?;
    let replaced = online::put_recording(
        &mut tx,
        &NewRecording {
            booking_id: id,
            organization_id: user.organization_id,
            worker_id: line.worker_id,
            place: RecordingPlace::Stored {
                key: &media.storage_key,
                content_type: media.content_type,
                size_bytes: media.size_bytes,
                file_name: name.as_deref(),
            },
            sha256: &media.sha256,
            added_by: user.id,
        },
    )
    .await?;
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::InterviewRecordingAdded,
            entity: "interview",
            entity_id: Some(id.uuid()),
            detail: json!({
                "content_type": media.content_type, "size": media.size_bytes,
                "sha256": media.sha256, "replaced": replaced.is_some(),
            }),
            ip: client_ip_of(parts, state),
        },
    )
    .await?;
    tx.commit().await?;
    if let Some(key) = replaced
        && let Err(error) = state.documents.storage.delete(&key).await
    {
        tracing::warn!(%error, "a replaced recording stays until the next start");
    }
    Ok(())
}

fn broken(error: axum::extract::multipart::MultipartError) -> AppError {
    tracing::info!(%error, "a broken recording upload");
    refuse("recording_interrupted")
}

/// `GET /interviews/:id/recording`: the stored recording, to staff, with its audit row.
pub async fn recording_file(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    Path(id): Path<BookingId>,
) -> Response {
    match serve(&state, &session, &parts, id).await {
        Ok(response) => response,
        Err(error) => (error.status(), error.code().to_owned()).into_response(),
    }
}

async fn serve(
    state: &AppState,
    session: &Session,
    parts: &Parts,
    id: BookingId,
) -> Result<Response, AppError> {
    let (user, line) = staff_and_booking(state, session, parts, id).await?;
    let row = online::recording(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (Some(key), Some(content_type)) = (row.storage_key, row.content_type) else {
        return Err(AppError::NotFound);
    };
    record_shown(
        state,
        &user,
        client_ip_of(parts, state),
        AuditAction::InterviewRecordingViewed,
        Subject::Worker(line.worker_id),
        json!({ "booking_id": id, "sha256": row.sha256 }),
        id.uuid(),
    )
    .await?;
    let body = stored_body(&state.documents.storage, &key, "an interview recording").await?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    let typed = HeaderValue::from_str(&content_type)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, typed);
    for (name, value) in [
        (header::CONTENT_DISPOSITION, "attachment"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::CACHE_CONTROL, "private, no-store"),
        (header::CONTENT_SECURITY_POLICY, "default-src 'none'"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if let Some(size) = row
        .size_bytes
        .and_then(|s| HeaderValue::from_str(&s.to_string()).ok())
    {
        headers.insert(header::CONTENT_LENGTH, size);
    }
    Ok(response)
}
