//! Changing a worker's dates: one server function whose arguments are the form's fields.
// The macro generates both the server function and its client stub from this signature:
// each form field is one argument (a struct would change the names the form posts).
// Hence this module alone allows it.
#![expect(clippy::too_many_arguments, reason = "one argument per form field")]

use leptos::prelude::*;

use crate::domain::WorkerId;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// Staff change the dates the worker's support plan follows; the plan is re-planned.
#[server(endpoint = "update_worker_dates")]
pub async fn update_worker_dates(
    id: WorkerId,
    changed_status_in_japan: Option<String>,
    former_intern_same_employer: Option<String>,
    contract_signed_on: String,
    visa_applied_on: String,
    entry_date: String,
    settled_on: String,
    support_officer_id: String,
) -> Result<(), AppError> {
    let form = crate::workers::DatesForm {
        changed_status_in_japan: changed_status_in_japan.is_some(),
        former_intern_same_employer: former_intern_same_employer.is_some(),
        contract_signed_on: &contract_signed_on,
        visa_applied_on: &visa_applied_on,
        entry_date: &entry_date,
        settled_on: &settled_on,
        support_officer_id: &support_officer_id,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        crate::enrolment::service::update_dates(&user, id, &form).await
    }
    .await;
    let page = paths::worker(id);
    crate::form::answer_with(
        result,
        &page,
        |verdict| {
            let what = match verdict {
                crate::domain::CaseloadVerdict::OverWarned => "dates_over_caseload",
                _ => "dates",
            };
            paths::saved(&page, what)
        },
        &[],
    )
    .await
    .map(|_| ())
}
