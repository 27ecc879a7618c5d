//! `POST /consultations/messages`: a message, with an optional photo, as
//! `multipart/form-data` (a phone's camera works without JavaScript). A worker opens a
//! thread (no `consultation_id`) or writes in their own; staff reply, or note (`internal`).
//!
//! The text fields come before the photo, so the caller is authorized and the text checked
//! before a byte of the photo is stored. The photo is cleaned as document photos are
//! (upright, no EXIF or GPS); anything but a photo is refused. A failure deletes what was
//! stored, so a message is kept whole or not at all.

use axum::{
    Json,
    extract::{Multipart, State, multipart::Field},
    response::{IntoResponse, Response},
};
use http::request::Parts;
use tower_sessions::Session;

use crate::consultations::{
    db::{Head, Photo},
    service::{self, Incoming},
};
use crate::{
    auth::{Caller, CurrentUser, client_ip_of, user_of_request},
    domain::{ConsultationCategory, ConsultationId, MESSAGE_MAX_CHARS, Side},
    error::AppError,
    files::{self, Declared, Pending, TakenFile},
    form::{
        flash,
        multipart::{back_with_error, see_other, wants_json},
    },
    paths,
    state::AppState,
};

/// A text field is read up to this many bytes (the longest message in 4-byte characters,
/// and room for the form's own encoding); a longer one is "too long", not read on.
const TEXT_LIMIT_BYTES: usize = MESSAGE_MAX_CHARS * 4 + 1024;

/// The fields as they arrive.
#[derive(Default)]
struct Form {
    consultation_id: Option<ConsultationId>,
    category: Option<String>,
    urgent: bool,
    internal: bool,
    body: String,
}

/// What the form came to: the thread, or the page to go back to with the error.
struct Answer {
    page: String,
    /// The `?saved=` code: `sent`, `opened` for a new thread, `noted` for a staff note.
    saved: &'static str,
}

pub async fn send(
    State(state): State<AppState>,
    session: Session,
    parts: Parts,
    mut multipart: Multipart,
) -> Response {
    let wants_json = wants_json(&parts.headers);
    let user = match user_of_request(&parts, &session, &state).await {
        Ok(Some(user)) => user,
        Ok(None) => return answer(Err(AppError::Unauthorized), wants_json, &Answer::home()),
        Err(error) => return answer(Err(error), wants_json, &Answer::home()),
    };
    let mut back = Answer {
        page: match user.caller {
            Caller::Worker { .. } => "/me/consultations".to_owned(),
            Caller::Company { .. } | Caller::Staff | Caller::Admin => {
                "/staff/consultations".to_owned()
            }
        },
        saved: "sent",
    };
    let mut pending = Pending::new(state.documents.storage.clone());
    let mut form = Form::default();
    let result = receive(
        &state,
        &user,
        &parts,
        &mut multipart,
        &mut pending,
        &mut form,
        &mut back,
    )
    .await;
    pending.settle(result.is_ok(), &mut multipart).await;
    if result.is_err() && !wants_json {
        // A refused form comes back with what was typed (a photo must be chosen again).
        let urgent = if form.urgent { "1" } else { "" };
        let category = form.category.as_deref().unwrap_or_default();
        let fields = [
            ("body", form.body.as_str()),
            ("category", category),
            ("urgent", urgent),
        ];
        flash::keep(&session, &back.page, &fields).await;
    }
    answer(result, wants_json, &back)
}

impl Answer {
    fn home() -> Self {
        Self {
            page: "/".to_owned(),
            saved: "sent",
        }
    }
}

async fn receive(
    state: &AppState,
    user: &CurrentUser,
    parts: &Parts,
    multipart: &mut Multipart,
    pending: &mut Pending,
    form: &mut Form,
    back: &mut Answer,
) -> Result<ConsultationId, AppError> {
    if matches!(user.caller, Caller::Company { .. }) {
        return Err(AppError::Forbidden);
    }
    let mut head: Option<Head> = None;
    let mut photo: Option<TakenFile> = None;
    while let Some(field) = multipart.next_field().await.map_err(broken)? {
        match field.name().unwrap_or_default() {
            "consultation_id" => {
                let text = read_text(field).await?;
                let id = text
                    .trim()
                    .parse::<ConsultationId>()
                    .map_err(|_| AppError::NotFound)?;
                let found = service::target(state, user, id).await?;
                back.page = page_of(user, id);
                form.consultation_id = Some(id);
                head = Some(found);
            }
            "category" => form.category = Some(read_text(field).await?),
            "urgent" => form.urgent = !read_text(field).await?.is_empty(),
            "internal" => form.internal = !read_text(field).await?.is_empty(),
            "body" => form.body = read_text(field).await?,
            "photo" => {
                // An empty file input still sends a part, with no name and no bytes.
                if field.file_name().is_none_or(str::is_empty) || photo.is_some() {
                    continue;
                }
                // Everything is checked before the photo is stored.
                ready(user, form)?;
                photo = Some(take(state, pending, field).await?);
            }
            other => return Err(AppError::BadRequest(format!("unexpected field {other}"))),
        }
    }
    let category = ready(user, form)?;
    let stored = photo.as_ref().map(|p| Photo {
        key: &p.storage_key,
        thumbnail_key: p.thumbnail_key.as_deref(),
        sha256: &p.sha256,
        size_bytes: p.size_bytes,
    });
    let message = Incoming {
        body: &form.body,
        photo: stored,
    };
    let ip = client_ip_of(parts, state);
    match (head, category) {
        (Some(head), _) => {
            if form.internal {
                back.saved = "noted";
            }
            service::add_message(state, user, ip, &head, form.internal, &message).await?;
            Ok(head.id)
        }
        (None, Some(category)) => {
            let id = service::open(state, user, ip, category, form.urgent, &message).await?;
            back.page = page_of(user, id);
            back.saved = "opened";
            Ok(id)
        }
        (None, None) => Err(AppError::validation(
            "category",
            "consultation_error.category",
        )),
    }
}

/// Checks what came so far: who may write what, and the text. A new thread (no
/// `consultation_id`) needs a worker and a category.
fn ready(user: &CurrentUser, form: &Form) -> Result<Option<ConsultationCategory>, AppError> {
    let category = match (form.consultation_id, user.caller) {
        (Some(_), _) => None,
        (None, Caller::Worker { .. }) => Some(
            form.category
                .as_deref()
                .map(str::trim)
                .and_then(|c| ConsultationCategory::from_code(c).ok())
                .ok_or_else(|| AppError::validation("category", "consultation_error.category"))?,
        ),
        (None, _) => return Err(AppError::BadRequest("staff answer in a thread".into())),
    };
    if form.internal && !user.caller.is_staff() {
        return Err(AppError::Forbidden);
    }
    service::checked_body(&form.body)?;
    Ok(category)
}

fn page_of(user: &CurrentUser, id: ConsultationId) -> String {
    if matches!(user.caller, Caller::Worker { .. }) {
        paths::my_consultation(id)
    } else {
        paths::staff_consultation(id)
    }
}

/// A text field, bounded: beyond the limit it is a message too long.
async fn read_text(mut field: Field<'_>) -> Result<String, AppError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(broken)? {
        if bytes.len() + chunk.len() > TEXT_LIMIT_BYTES {
            return Err(AppError::validation("body", "consultation_error.too_long"));
        }
        bytes.extend_from_slice(&chunk);
    }
    String::from_utf8(bytes).map_err(|_| AppError::BadRequest("text is not UTF-8".into()))
}

/// Streams the photo in and cleans it; a PDF or anything that is not a photo is refused.
async fn take(
    state: &AppState,
    pending: &mut Pending,
    field: Field<'_>,
) -> Result<TakenFile, AppError> {
    let name = field.file_name().map(str::to_owned);
    let content_type = field.content_type().map(str::to_owned);
    let declared = Declared {
        file_name: name.as_deref(),
        content_type: content_type.as_deref(),
    };
    // A consultation photo has one side; the file intake names it the front.
    let taken = files::take(
        &state.documents,
        pending,
        Side::Front,
        &declared,
        Box::pin(field),
    )
    .await
    .map_err(|error| match error.code() {
        "document_error.wrong_type"
        | "document_error.type_mismatch"
        | "document_error.unreadable" => {
            AppError::validation("photo", "consultation_error.not_image")
        }
        _ => error,
    })?;
    if taken.thumbnail_key.is_none() {
        return Err(AppError::validation(
            "photo",
            "consultation_error.not_image",
        ));
    }
    Ok(taken)
}

fn broken(error: axum::extract::multipart::MultipartError) -> AppError {
    tracing::info!(%error, "a broken consultation message");
    AppError::validation("body", "document_error.interrupted")
}

/// JSON for scripts (`{"id": …}` or the error as server functions encode it); for the
/// form, the thread with `?saved=sent`, or back with `?error=<code>`.
fn answer(result: Result<ConsultationId, AppError>, wants_json: bool, back: &Answer) -> Response {
    let page = &back.page;
    match (result, wants_json) {
        (Ok(id), true) => Json(serde_json::json!({ "id": id })).into_response(),
        (Err(error), true) => (error.status(), Json(error)).into_response(),
        (Ok(_), false) => see_other(&format!("{page}?saved={}", back.saved)),
        (Err(error), false) => back_with_error(page, &error),
    }
}
