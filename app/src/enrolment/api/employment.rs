//! Recording a worker's employment contract: its start, and its end with the reason.

use leptos::prelude::*;

use crate::domain::WorkerId;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// Staff record the start of a worker's contract and, when it ends, the last day and the
/// reason; empty end and reason mean "still employed" (a mistaken ending is undone so,
/// with the audit row keeping what it was).
#[server(endpoint = "update_worker_employment")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn update_worker_employment(
    id: WorkerId,
    contract_started_on: String,
    contract_ended_on: String,
    employment_end_reason: String,
) -> Result<(), AppError> {
    let form = crate::workers::EmploymentForm {
        contract_started_on: &contract_started_on,
        contract_ended_on: &contract_ended_on,
        employment_end_reason: &employment_end_reason,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        crate::enrolment::service::update_employment(&user, id, &form).await
    }
    .await;
    let page = paths::worker(id);
    crate::form::answer(result, &page, &paths::saved(&page, "employment"), &[]).await
}
