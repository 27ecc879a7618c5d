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

/// Staff record a delivered support, or correct a recorded one.
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
) -> Result<(), AppError> {
    let fields = crate::domain::DeliveryFields {
        delivered_on: &delivered_on,
        duration_minutes: &duration_minutes,
        delivered_by: &delivered_by,
        language: &language,
        mode: &mode,
        place: &place,
        content: &content,
        internal_note: &internal_note,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        crate::supports::service::changes::record(&user, id, version, &fields).await
    }
    .await;
    let page = paths::support(id);
    crate::form::answer(
        result,
        &page,
        &paths::saved(&page, "recorded"),
        &[
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
