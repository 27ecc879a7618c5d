//! `GET /interviews/{id}/calendar.ics`: a booked interview as a calendar file, in the
//! reader's language, for whoever may see that booking: the worker (their own interview),
//! the company (its supervisor interview), staff. Downloaded again after a change, it
//! updates the same calendar entry (see `ics.rs`).

use std::str::FromStr;

use axum::{
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use http::header;
use leptos_i18n::td_string;
use tower_sessions::Session;

use crate::interviews::{
    db,
    routes::ics::{CalendarEntry, ics},
};
use crate::{
    auth::{Caller, WorkerScope, may_see_worker, user_of_request},
    domain::BookingId,
    error::AppError,
    i18n::Locale,
    state::AppState,
};

pub async fn calendar_file(
    State(state): State<AppState>,
    session: Session,
    parts: http::request::Parts,
    Path(id): Path<BookingId>,
) -> Response {
    match entry(&state, &session, &parts, id).await {
        Ok(text) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"interview.ics\"",
                ),
                (header::CACHE_CONTROL, "private, no-store"),
            ],
            text,
        )
            .into_response(),
        Err(error) => (error.status(), error.code().to_owned()).into_response(),
    }
}

async fn entry(
    state: &AppState,
    session: &Session,
    parts: &http::request::Parts,
    id: BookingId,
) -> Result<String, AppError> {
    let user = user_of_request(parts, session, state)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let row = db::calendar_row(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let worker = WorkerScope {
        worker_id: row.worker_id,
        company_id: row.company_id,
    };
    // Of what the caller may see, a worker has their own interview, a company its
    // supervisor's.
    let allowed = may_see_worker(&user, &worker)
        && match user.caller {
            Caller::Staff | Caller::Admin => true,
            Caller::Worker { .. } => row.kind == "worker",
            Caller::Company { .. } => row.kind == "supervisor",
        };
    if !allowed {
        return Err(AppError::NotFound);
    }
    let locale = db::user_locale(&state.db, user.id)
        .await?
        .and_then(|code| Locale::from_str(&code).ok())
        .unwrap_or_default();
    let title = if row.kind == "supervisor" {
        td_string!(
            locale,
            interview.ics_supervisor_title,
            worker = row.worker_name.clone()
        )
        .to_string()
    } else {
        td_string!(locale, interview.ics_title).to_string()
    };
    let description = td_string!(
        locale,
        interview.ics_description,
        staff = row.staff_name.clone()
    )
    .to_string();
    let reminder = td_string!(locale, interview.ics_reminder).to_string();
    Ok(ics(&CalendarEntry {
        uid: &row.calendar_uid,
        sequence: u32::try_from(row.calendar_sequence).unwrap_or(0),
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        title: &title,
        description: &description,
        location: row.place.as_deref(),
        video_url: row.video_url.as_deref(),
        reminder: &reminder,
        cancelled: row.status == "cancelled",
        changed_at: row.updated_at,
    }))
}
