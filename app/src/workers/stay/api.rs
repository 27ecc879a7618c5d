//! The stay's server functions: plain form posts from the worker's page (staff), each
//! answering with the page again.

use leptos::prelude::*;

use crate::domain::{LeaveId, RenewalId, WorkerId};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// Back to the worker's page: saved, or with the error for the stay card to word.
#[cfg(feature = "ssr")]
async fn back(result: Result<(), AppError>, worker: WorkerId) -> Result<(), AppError> {
    let page = paths::worker(worker);
    crate::form::answer(result, &page, &paths::saved(&page, "stay"), &[]).await
}

/// Staff set the period of stay granted (許可年月日 and 在留期間満了日) and the first day on
/// 特定技能1号, from which the 5 years count.
#[server(endpoint = "update_worker_stay")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn update_worker_stay(
    id: WorkerId,
    stay_granted_on: String,
    residence_card_expiry: String,
    ssw_first_entered_on: String,
) -> Result<(), AppError> {
    let form = super::service::StayForm {
        stay_granted_on: &stay_granted_on,
        residence_card_expiry: &residence_card_expiry,
        ssw_first_entered_on: &ssw_first_entered_on,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::update(&user, id, &form).await
    }
    .await;
    back(result, id).await
}

/// Staff record that the worker applied for renewal (在留期間更新許可申請).
#[server(endpoint = "apply_for_renewal")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn apply_for_renewal(id: WorkerId, applied_on: String) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::apply_for_renewal(&user, id, &applied_on).await
    }
    .await;
    back(result, id).await
}

/// Staff record immigration's decision on a renewal; granted, with the new expiry.
#[server(endpoint = "decide_renewal")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn decide_renewal(
    id: RenewalId,
    worker_id: WorkerId,
    decided_on: String,
    result: String,
    new_expiry: String,
) -> Result<(), AppError> {
    let form = super::service::DecisionForm {
        decided_on: &decided_on,
        result: &result,
        new_expiry: &new_expiry,
    };
    let outcome = async {
        let user = crate::auth::current_user().await?;
        super::service::decide_renewal(&user, id, &form).await
    }
    .await;
    // The page the form was on (the renewal's own worker, unless the form lies: then only
    // the redirect is wrong, never what is written).
    back(outcome.map(|_| ()), worker_id).await
}

/// Staff add a leave (maternity, childcare, sickness or injury, work injury).
#[server(endpoint = "add_worker_leave")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn add_worker_leave(
    id: WorkerId,
    kind: String,
    starts_on: String,
    ends_on: String,
) -> Result<(), AppError> {
    let form = super::service::LeaveForm {
        kind: &kind,
        starts_on: &starts_on,
        ends_on: &ends_on,
    };
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::add_leave(&user, id, &form).await
    }
    .await;
    back(result, id).await
}

/// Staff remove a leave entered by mistake.
#[server(endpoint = "remove_worker_leave")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn remove_worker_leave(id: LeaveId, worker_id: WorkerId) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::remove_leave(&user, id).await.map(|_| ())
    }
    .await;
    back(result, worker_id).await
}
