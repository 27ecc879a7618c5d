//! Adding a worker: the server function the new-worker form posts to.

pub(super) mod dates;
pub(super) mod employment;

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// Adds a worker with an account and an invitation, then shows the invitation (staff).
#[server(endpoint = "create_worker")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn create_worker(
    company_id: String,
    family_name: String,
    given_name: String,
    nationality: String,
    preferred_locale: String,
) -> Result<(), AppError> {
    let form = crate::workers::NewWorkerForm {
        company_id,
        family_name,
        given_name,
        nationality,
        preferred_locale,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::create(&user, &form).await
    }
    .await;
    let done = match &result {
        Ok(invitation) => paths::invitation(*invitation),
        Err(_) => "/staff".to_owned(),
    };
    crate::form::answer(
        result.map(|_| ()),
        "/staff/workers/new",
        &done,
        &[
            ("family_name", form.family_name.trim()),
            ("given_name", form.given_name.trim()),
            ("nationality", form.nationality.trim()),
            ("company_id", form.company_id.trim()),
            ("preferred_locale", form.preferred_locale.trim()),
        ],
    )
    .await
}
