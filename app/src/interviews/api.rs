//! The interviews' server functions. Each asks `current_user()` first and leaves the rules
//! to `service`. (The pages that post to them come next: issue #6.)
// The macro generates both the server function and its client stub from these signatures;
// each form field is one argument, so a struct would change the field names a plain form
// posts. Hence this module allows it.
#![expect(clippy::too_many_arguments, reason = "one argument per form field")]

use leptos::prelude::*;
use uuid::Uuid;

use crate::error::AppError;

/// Staff publish availability: one slot, or a weekly pattern (`weekdays` = `mon,tue,…`).
#[server(endpoint = "publish_interview_slots")]
pub async fn publish_interview_slots(
    from: String,
    weeks: u32,
    weekdays: String,
    start: String,
    end: String,
    length_minutes: u32,
    #[server(default)] buffer_minutes: u32,
    mode: String,
    #[server(default)] place: String,
    #[server(default)] video_url: String,
    #[server(default)] languages: String,
    #[server(default)] interpreter: Option<String>,
) -> Result<usize, AppError> {
    let user = crate::auth::current_user().await?;
    let form = super::service::PatternForm {
        from: &from,
        weeks,
        weekdays: &weekdays,
        start: &start,
        end: &end,
        length_minutes,
        buffer_minutes,
        mode: &mode,
        place: &place,
        video_url: &video_url,
        languages: &languages,
        interpreter: interpreter.is_some(),
    };
    super::service::publish(&user, &form).await
}

#[cfg(feature = "ssr")]
fn kind_of(code: &str) -> Result<crate::domain::InterviewKind, AppError> {
    crate::domain::InterviewKind::from_code(code.trim())
        .map_err(|_| AppError::BadRequest(format!("unknown interview kind {code}")))
}

/// Books a slot: `kind` is `worker` (the worker, or staff for them) or `supervisor` (the
/// company, or staff, about `worker_id`).
#[server(endpoint = "book_interview")]
pub async fn book_interview(
    slot_id: Uuid,
    kind: String,
    #[server(default)] worker_id: Option<Uuid>,
) -> Result<Uuid, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::book(&user, slot_id, kind_of(&kind)?, worker_id).await
}

/// Moves a booking into another free slot, until the cut-off.
#[server(endpoint = "reschedule_interview")]
pub async fn reschedule_interview(id: Uuid, version: i64, slot_id: Uuid) -> Result<(), AppError> {
    let user = crate::auth::current_user().await?;
    super::service::reschedule(&user, id, version, slot_id).await
}

/// Cancels a booking with a reason, until the cut-off.
#[server(endpoint = "cancel_interview")]
pub async fn cancel_interview(
    id: Uuid,
    version: i64,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let user = crate::auth::current_user().await?;
    super::service::cancel(&user, id, version, &reason).await
}
