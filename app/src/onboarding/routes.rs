//! The import's two routes beside its pages: `GET /staff/import/template.csv` (the sheet
//! to fill) and `POST /staff/import/upload` (the filled sheet, as `multipart/form-data`).
//!
//! The upload authorizes the caller before it reads a byte of the file, and reads at most
//! [`IMPORT_MAX_BYTES`]: a larger file is read to its end without being kept (so that the
//! browser gets the answer rather than a broken connection) and refused with its message.
//! A form post goes on to the upload's preview, or back to the import page with the
//! error's code; a script that asks for JSON gets the upload's id or the error.

use axum::{
    Json,
    extract::{Multipart, State, multipart::Field},
    response::{IntoResponse, Response},
};
use http::{HeaderValue, header, request::Parts};
use tower_sessions::Session;

use super::{IMPORT_MAX_BYTES, SheetProblem};
use crate::{
    auth::{client_ip_of, user_of_request},
    domain::SheetImportId,
    error::AppError,
    files::drain,
    form::multipart::{back_with_error, see_other, wants_json},
    paths,
    state::AppState,
};

/// What a successful upload answers a script.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Uploaded {
    pub id: SheetImportId,
}

/// The template, for staff: UTF-8 with its byte-order mark, so that Excel opens it right.
pub async fn template(State(state): State<AppState>, session: Session, parts: Parts) -> Response {
    let allowed = async {
        let user = user_of_request(&parts, &session, &state)
            .await?
            .ok_or(AppError::Unauthorized)?;
        user.require_staff()
    }
    .await;
    if let Err(error) = allowed {
        return (error.status(), error.code().to_owned()).into_response();
    }
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"shien-import.csv\""),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        super::template_csv(),
    )
        .into_response()
}

pub async fn upload(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    mut multipart: Multipart,
) -> Response {
    let wants_json = wants_json(&parts.headers);
    let result = receive(&state, &session, &parts, &mut multipart).await;
    if result.is_err() {
        drain(&mut multipart).await;
    }
    match (result, wants_json) {
        (Ok(id), true) => Json(Uploaded { id }).into_response(),
        (Err(error), true) => (error.status(), Json(error)).into_response(),
        (Ok(id), false) => see_other(&paths::sheet_import(id)),
        (Err(error), false) => back_with_error(paths::STAFF_IMPORT, &error),
    }
}

async fn receive(
    state: &AppState,
    session: &Session,
    parts: &Parts,
    multipart: &mut Multipart,
) -> Result<SheetImportId, AppError> {
    let user = user_of_request(parts, session, state)
        .await?
        .ok_or(AppError::Unauthorized)?;
    user.require_staff()?;
    while let Some(field) = multipart.next_field().await.map_err(broken)? {
        if field.name() != Some("file") {
            return Err(AppError::BadRequest("unexpected field".into()));
        }
        let file_name = field.file_name().map(str::to_owned);
        // A file input left empty sends a part with no name and no bytes.
        if file_name.as_deref().is_some_and(str::is_empty) {
            continue;
        }
        let bytes = read_capped(field).await?;
        let ip = client_ip_of(parts, state);
        return super::service::upload(state, &user, ip, file_name.as_deref(), &bytes).await;
    }
    Err(AppError::validation("file", "onboarding.err_no_file"))
}

/// The field's bytes, refused once they pass [`IMPORT_MAX_BYTES`] (what was read so far
/// is dropped; the rest is drained by the caller).
async fn read_capped(mut field: Field<'_>) -> Result<Vec<u8>, AppError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(broken)? {
        if bytes.len() + chunk.len() > IMPORT_MAX_BYTES {
            while let Ok(Some(_)) = field.chunk().await {}
            return Err(AppError::validation(
                "file",
                SheetProblem::TooLarge.message_key(),
            ));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

fn broken(error: axum::extract::multipart::MultipartError) -> AppError {
    tracing::info!(%error, "a broken import upload");
    AppError::validation("file", "document_error.interrupted")
}
