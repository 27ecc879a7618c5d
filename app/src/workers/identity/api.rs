//! The identity's server function: a plain form post from the worker's page (staff),
//! answering with the page again (what was typed kept when it is refused).
#![expect(clippy::too_many_arguments, reason = "one argument per form field")]

use leptos::prelude::*;

use crate::domain::WorkerId;
use crate::error::AppError;

/// Staff set the worker's identity and status: every field at once, an empty one cleared.
#[server(endpoint = "update_worker_identity")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn update_worker_identity(
    id: WorkerId,
    name_katakana: String,
    birth_date: String,
    #[server(default)] sex: String,
    residence_card_number: String,
    passport_number: String,
    passport_expiry: String,
    postal_code: String,
    address: String,
    #[server(default)] job_category: String,
    languages: String,
    #[server(default)] workplace_id: String,
) -> Result<(), AppError> {
    use crate::paths;
    let form = super::form::IdentityForm {
        name_katakana: &name_katakana,
        birth_date: &birth_date,
        sex: &sex,
        residence_card_number: &residence_card_number,
        passport_number: &passport_number,
        passport_expiry: &passport_expiry,
        postal_code: &postal_code,
        address: &address,
        job_category: &job_category,
        languages: &languages,
        workplace_id: &workplace_id,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::update(&user, id, &form).await
    }
    .await;
    let page = paths::worker(id);
    crate::form::answer(
        result,
        &page,
        &paths::saved(&page, "identity"),
        &form.fields(),
    )
    .await
}
