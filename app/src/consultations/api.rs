//! The consultations' server functions. Each asks `current_user()` first; the rules are
//! in `service` (and `service/staff.rs`) and `read`. Messages (with their photo) are
//! posted to `routes/send.rs`, a multipart route, not here.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::{Inbox, OwnConsultations, Reachable, Thread};
use crate::domain::ConsultationId;
#[cfg(feature = "ssr")]
use crate::domain::UserId;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// `/me/consultations`: the worker's threads and when the organization answers.
#[server(endpoint = "my_consultations")]
pub async fn my_consultations() -> Result<OwnConsultations, AppError> {
    let user = crate::auth::current_user().await?;
    super::read::my_consultations(&user).await
}

/// One thread for its worker or for staff; opening it marks it read.
#[server(endpoint = "consultation")]
pub async fn consultation(id: ConsultationId) -> Result<Thread, AppError> {
    let user = crate::auth::current_user().await?;
    super::read::thread(&user, id).await
}

/// `/staff/consultations`: open threads, urgent and oldest first (`resolved` for the
/// closed ones, latest first), unless sorted by another column; searched by the worker's
/// name, login id or company, 50 a page. An unknown sort column is the default, a search
/// too long finds nothing: no error.
#[server(endpoint = "consultation_inbox")]
pub async fn consultation_inbox(
    resolved: Option<String>,
    q: Option<String>,
    sort: Option<String>,
    dir: Option<String>,
    page: Option<String>,
) -> Result<Inbox, AppError> {
    let user = crate::auth::current_user().await?;
    let resolved = resolved.is_some_and(|r| !r.is_empty());
    // The closed threads' default is the latest message first.
    let columns: &[&'static str] = if resolved {
        &["last", "priority", "opened", "worker"]
    } else {
        &["priority", "last", "opened", "worker"]
    };
    let ask = crate::layout::DeskAsk::read(
        q.as_deref(),
        sort.as_deref(),
        dir.as_deref(),
        page.as_deref(),
        columns,
        resolved,
    );
    super::read::inbox(&user, resolved, &ask).await
}

/// Hands a thread to a staff member (an empty `assignee`: to nobody).
#[server(endpoint = "assign_consultation")]
pub async fn assign_consultation(
    id: ConsultationId,
    version: i64,
    assignee: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let to = match assignee.trim() {
            "" => None,
            text => Some(
                text.parse::<UserId>()
                    .map_err(|_| AppError::validation("assignee", "consultation_error.assignee"))?,
            ),
        };
        super::service::staff::assign(&user, id, version, to).await
    }
    .await;
    let page = paths::staff_consultation(id);
    crate::form::answer(result, &page, &paths::saved(&page, "assigned"), &[]).await
}

/// Closes a thread with the consultation record (参考様式5-4).
#[server(endpoint = "resolve_consultation")]
pub async fn resolve_consultation(
    id: ConsultationId,
    version: i64,
    held_on: String,
    content: String,
    response: String,
    #[server(default)] referred_to: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let form = super::service::staff::RecordForm {
            held_on: &held_on,
            content: &content,
            response: &response,
            referred_to: &referred_to,
        };
        super::service::staff::resolve(&user, id, version, &form).await
    }
    .await;
    let page = paths::staff_consultation(id);
    crate::form::answer(result, &page, &paths::saved(&page, "resolved"), &[]).await
}

/// The worker points out a mistake in their record, from `/me/record`: a thread about the
/// record for their officer. The worker is taken to the thread, where the answer comes.
#[server(endpoint = "point_out_record_mistake")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn point_out_record_mistake(body: String) -> Result<ConsultationId, AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let state = crate::state::app_state()?;
        let ip = crate::auth::client_ip(&state);
        super::service::point_out_record_mistake(&state, &user, ip, &body).await
    }
    .await;
    crate::form::answer_with(
        result,
        paths::MY_RECORD,
        |id| paths::saved(&paths::my_consultation(*id), "opened"),
        &[("body", &body)],
    )
    .await
}

/// The opening hours, for the staff page that sets them.
#[server(endpoint = "opening_hours")]
pub async fn opening_hours() -> Result<Reachable, AppError> {
    let user = crate::auth::current_user().await?;
    user.require_staff()?;
    let state = crate::state::app_state()?;
    super::read::reachable(&state, user.organization_id).await
}

/// Staff set the week: `open[<0-6>]` ticked days with `opens[<d>]` and `closes[<d>]`
/// (HH:MM, Japan time), and the telephone number workers may call.
#[server(endpoint = "save_opening_hours")]
pub async fn save_opening_hours(
    #[server(default)] open: BTreeMap<String, String>,
    #[server(default)] opens: BTreeMap<String, String>,
    #[server(default)] closes: BTreeMap<String, String>,
    #[server(default)] phone: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        user.require_staff()?;
        let days = super::form::days(&open, &opens, &closes)?;
        let phone = super::form::phone(&phone)?;
        let state = crate::state::app_state()?;
        super::service::save_hours(&state, &user, &days, phone.as_deref()).await
    }
    .await;
    crate::form::answer(
        result,
        "/staff/consultations/hours",
        "/staff/consultations/hours?saved=hours",
        &[],
    )
    .await
}
