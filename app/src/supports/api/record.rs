//! Recording a delivery: one server function whose arguments are the form's fields.
// The macro generates both the server function and its client stub from this signature;
// each form field is one argument, so a struct would change the field names the
// server-rendered form posts (`form[delivered_on]`). Hence this module alone allows it.
#![expect(clippy::too_many_arguments, reason = "one argument per form field")]

use leptos::prelude::*;

use crate::domain::SupportId;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// Staff record a delivered support: the first delivery, one more (`intent` "again"), or a
/// correction of the latest (`intent` "correct", or any record on a delivered support;
/// `correction_reason` is then required).
#[server(endpoint = "record_support")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn record_support(
    id: SupportId,
    version: i64,
    delivered_on: String,
    duration_minutes: String,
    delivered_by: String,
    language: String,
    mode: String,
    place: String,
    content: String,
    internal_note: String,
    intent: Option<String>,
    correction_reason: Option<String>,
    sessions: Option<String>,
    short_confirmed: Option<String>,
) -> Result<(), AppError> {
    let sessions = sessions.unwrap_or_default();
    let intent = intent.unwrap_or_default();
    let reason = correction_reason.unwrap_or_default();
    let fields = crate::domain::DeliveryFields {
        delivered_on: &delivered_on,
        duration_minutes: &duration_minutes,
        delivered_by: &delivered_by,
        language: &language,
        mode: &mode,
        place: &place,
        content: &content,
        internal_note: &internal_note,
        sessions: &sessions,
    };
    let result = async {
        use crate::supports::service::changes::{Intent, record};
        let intent = match intent.trim() {
            "" => Intent::Record { reason: &reason },
            "again" => Intent::Again,
            "move" => Intent::Move,
            "correct" => Intent::Correct {
                corrects: None,
                reason: &reason,
            },
            other => return Err(AppError::BadRequest(format!("unknown intent: {other}"))),
        };
        let user = crate::auth::current_user().await?;
        record(
            &user,
            id,
            version,
            &fields,
            intent,
            short_confirmed.is_some(),
        )
        .await?;
        Ok(match intent {
            Intent::Again => "delivered_again",
            Intent::Move => "moved",
            Intent::Correct { .. } => "corrected",
            Intent::Record { .. } => "recorded",
        })
    }
    .await;
    let page = paths::support(id);
    let saved = paths::saved(&page, result.as_ref().copied().unwrap_or("recorded"));
    crate::form::answer(
        result.map(|_| ()),
        &page,
        &saved,
        &[
            ("intent", intent.trim()),
            ("sessions", sessions.trim()),
            ("correction_reason", reason.trim()),
            ("delivered_on", delivered_on.trim()),
            ("duration_minutes", duration_minutes.trim()),
            ("delivered_by", delivered_by.trim()),
            ("language", language.trim()),
            ("mode", mode.trim()),
            ("place", place.trim()),
            ("content", content.trim()),
            ("internal_note", internal_note.trim()),
        ],
    )
    .await
}
