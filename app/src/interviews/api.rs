//! The interviews' server functions. Each asks `current_user()` first and leaves the rules
//! to `service` (and `service/outcomes.rs`) and `read`. The pages post to them as plain forms, which
//! come back to the page (`crate::form`).
// The macro generates both the server function and its client stub from these signatures;
// each form field is one argument, so a struct would change the field names a plain form
// posts. Hence this module allows it.
#![expect(clippy::too_many_arguments, reason = "one argument per form field")]

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::{BookingDetail, InterviewWeek, InterviewsOfWorker, OwnInterviews};
use crate::domain::{BookingId, SlotId, WorkerId};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// `/me/interviews`: the worker's due date, booking, free slots and past interviews.
#[server(endpoint = "my_interviews")]
pub async fn my_interviews() -> Result<OwnInterviews, AppError> {
    let user = crate::auth::current_user().await?;
    super::read::my_interviews(&user).await
}

/// `/workers/:id/interviews`: for staff and the worker's company. The one read of that
/// page, so it writes the page's audit row.
#[server(endpoint = "worker_interviews")]
pub async fn worker_interviews(worker_id: WorkerId) -> Result<InterviewsOfWorker, AppError> {
    use crate::audit::{Subject, viewed};
    let user = crate::auth::current_user().await?;
    let interviews = super::read::worker_interviews(&user, worker_id).await?;
    let about = Subject::Worker(worker_id);
    viewed(
        &user,
        crate::domain::AuditAction::InterviewsViewed,
        about,
        serde_json::json!({}),
    )
    .await?;
    Ok(interviews)
}

/// `/staff/interviews`: one week (`week` = any day of it, `YYYY-MM-DD`).
#[server(endpoint = "staff_interviews")]
pub async fn staff_interviews(week: Option<String>) -> Result<InterviewWeek, AppError> {
    let user = crate::auth::current_user().await?;
    super::read::staff_interviews(&user, week.as_deref()).await
}

/// `/staff/interviews/:id`: one booking with its record. The one read of that page, so it
/// writes the page's audit row.
#[server(endpoint = "interview_booking")]
pub async fn interview_booking(id: BookingId) -> Result<BookingDetail, AppError> {
    use crate::audit::{Subject, viewed};
    let user = crate::auth::current_user().await?;
    let detail = super::read::booking_detail(&user, id).await?;
    let about = Subject::Worker(detail.booking.worker_id);
    let what = serde_json::json!({
        "booking_id": id,
        "kind": detail.booking.kind.code(),
        "recorded": detail.record.is_some(),
    });
    viewed(
        &user,
        crate::domain::AuditAction::InterviewRecordViewed,
        about,
        what,
    )
    .await?;
    Ok(detail)
}

/// Where a booking form comes back to: the worker's page, or the worker's interviews.
#[cfg(feature = "ssr")]
fn booking_page(worker_id: Option<WorkerId>) -> String {
    match worker_id {
        Some(id) => paths::worker_interviews(id),
        None => "/me/interviews".to_owned(),
    }
}

/// Staff publish availability: one slot, or a weekly pattern (`weekdays` = `mon,tue,…`,
/// or the page's checkboxes `day[mon]`; `languages` = `ja,vi,…`, or `language[ja]`).
#[server(endpoint = "publish_interview_slots")]
pub async fn publish_interview_slots(
    from: String,
    weeks: u32,
    #[server(default)] weekdays: String,
    #[server(default)] day: BTreeMap<String, String>,
    start: String,
    end: String,
    length_minutes: u32,
    #[server(default)] buffer_minutes: u32,
    mode: String,
    #[server(default)] place: String,
    #[server(default)] video_url: String,
    #[server(default)] languages: String,
    #[server(default)] language: BTreeMap<String, String>,
    #[server(default)] interpreter: Option<String>,
) -> Result<usize, AppError> {
    let with_checked = |text: &str, checked: &BTreeMap<String, String>| {
        std::iter::once(text)
            .chain(checked.keys().map(String::as_str))
            .filter(|c| !c.trim().is_empty())
            .collect::<Vec<_>>()
            .join(",")
    };
    let weekdays = with_checked(&weekdays, &day);
    let languages = with_checked(&languages, &language);
    let result = async {
        let user = crate::auth::current_user().await?;
        let form = super::service::publish::PatternForm {
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
        super::service::publish::publish(&user, &form).await
    }
    .await;
    let keep = [
        ("from", from.as_str()),
        ("weekdays", weekdays.as_str()),
        ("start", start.as_str()),
        ("end", end.as_str()),
        ("place", place.as_str()),
    ];
    crate::form::answer_with(
        result,
        "/staff/interviews",
        |_| {
            paths::saved(
                &format!("{}?week={from}", paths::STAFF_INTERVIEWS),
                "published",
            )
        },
        &keep,
    )
    .await
}

#[cfg(feature = "ssr")]
fn kind_of(code: &str) -> Result<crate::domain::InterviewKind, AppError> {
    crate::domain::InterviewKind::from_code(code.trim())
        .map_err(|_| AppError::BadRequest(format!("unknown interview kind {code}")))
}

/// Books a slot: `kind` is `worker` (the worker, or staff for them) or `supervisor` (the
/// company, or staff, about `worker_id`).
/// A worker booking a video slot the first time sends `consent` (their locale).
/// A slot after the interview's due date is booked too; a form post then comes back with
/// `saved=booked_late`, and the page says the interview is late.
#[server(endpoint = "book_interview")]
pub async fn book_interview(
    #[server(default)] slot_id: Option<SlotId>,
    kind: String,
    #[server(default)] worker_id: Option<WorkerId>,
    #[server(default)] consent: Option<String>,
) -> Result<BookingId, AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let slot_id = chosen(slot_id)?;
        super::service::book(
            &user,
            slot_id,
            kind_of(&kind)?,
            worker_id,
            consent.as_deref(),
        )
        .await
    }
    .await;
    let page = booking_page(worker_id);
    crate::form::answer_with(
        result,
        &page,
        |booked| format!("{page}?saved={}", saved_code("booked", booked.late)),
        &[],
    )
    .await
    .map(|booked| booked.id)
}

/// A worker who finds no free time says so (the page's dead end): staff see it on their
/// home until the worker books.
#[server(endpoint = "ask_for_interview_time")]
pub async fn ask_for_interview_time() -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::requests::ask_for_time(&user).await
    }
    .await;
    crate::form::answer(
        result,
        paths::MY_INTERVIEWS,
        &paths::saved(paths::MY_INTERVIEWS, "time_asked"),
        &[],
    )
    .await
}

/// The slot the form chose: the chooser's radio buttons are not `required` (a browser
/// cannot point at one inside a closed day), so the server says "choose a time".
#[cfg(feature = "ssr")]
fn chosen(slot_id: Option<SlotId>) -> Result<SlotId, AppError> {
    slot_id.ok_or_else(|| AppError::validation("slot", "interview_error.choose_slot"))
}

/// The page's "saved" code, `…_late` when the interview starts after its due date.
#[cfg(feature = "ssr")]
fn saved_code(done: &str, late: bool) -> String {
    if late {
        format!("{done}_late")
    } else {
        done.to_owned()
    }
}

/// Moves a booking into another free slot, until the cut-off (`saved=moved_late` when the
/// new time is after the due date).
#[server(endpoint = "reschedule_interview")]
pub async fn reschedule_interview(
    id: BookingId,
    version: i64,
    #[server(default)] slot_id: Option<SlotId>,
    #[server(default)] worker_id: Option<WorkerId>,
    #[server(default)] consent: Option<String>,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let slot_id = chosen(slot_id)?;
        super::service::reschedule(&user, id, version, slot_id, consent.as_deref()).await
    }
    .await;
    let page = booking_page(worker_id);
    let done = saved_code("moved", result.as_ref().is_ok_and(|moved| moved.late));
    crate::form::answer(
        result.map(|_| ()),
        &page,
        &format!("{page}?saved={done}"),
        &[],
    )
    .await
}

/// Cancels a booking with a reason, until the cut-off.
#[server(endpoint = "cancel_interview")]
pub async fn cancel_interview(
    id: BookingId,
    version: i64,
    #[server(default)] reason: String,
    #[server(default)] worker_id: Option<WorkerId>,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::cancel(&user, id, version, &reason).await
    }
    .await;
    let page = booking_page(worker_id);
    crate::form::answer(result, &page, &paths::saved(&page, "cancelled"), &[]).await
}

/// Staff record a held interview (reports 5-5 and 5-6). `topics` comes from checkboxes
/// named `topics[<code>]`.
#[server(endpoint = "record_interview")]
pub async fn record_interview(
    id: BookingId,
    version: i64,
    held_on: String,
    mode: String,
    #[server(default)] attendees: String,
    #[server(default)] interpreter: String,
    #[server(default)] topics: BTreeMap<String, String>,
    #[server(default)] problems: String,
    #[server(default)] action_taken: String,
    #[server(default)] summary: String,
    #[server(default)] report_labour_office: Option<String>,
    #[server(default)] report_immigration: Option<String>,
    #[server(default)] attest: BTreeMap<String, String>,
    #[server(default)] recording_ref: String,
    #[server(default)] recording_sha256: String,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let form = super::service::outcomes::RecordForm {
            held_on: &held_on,
            mode: &mode,
            attendees: &attendees,
            interpreter: &interpreter,
            topics: topics.keys().map(String::as_str).collect(),
            problems: &problems,
            action_taken: &action_taken,
            summary: &summary,
            report_labour_office: report_labour_office.is_some(),
            report_immigration: report_immigration.is_some(),
            attestations: crate::domain::Attestations {
                faces_visible: attest.contains_key("faces_visible"),
                room_shown: attest.contains_key("room_shown"),
                no_third_party: attest.contains_key("no_third_party"),
                no_earphones: attest.contains_key("no_earphones"),
            },
            elsewhere: super::service::online::ElsewhereForm {
                reference: &recording_ref,
                sha256: &recording_sha256,
            },
        };
        super::service::outcomes::record(&user, id, version, &form).await
    }
    .await;
    let page = paths::staff_interview(id);
    // Typed text comes back with an error, through the session (never the address).
    let keep = [
        ("held_on", held_on.as_str()),
        ("attendees", attendees.as_str()),
        ("interpreter", interpreter.as_str()),
        ("problems", problems.as_str()),
        ("action_taken", action_taken.as_str()),
        ("summary", summary.as_str()),
        ("recording_ref", recording_ref.as_str()),
        ("recording_sha256", recording_sha256.as_str()),
    ];
    crate::form::answer(result, &page, &paths::saved(&page, "recorded"), &keep).await
}

/// Staff mark that nobody came.
#[server(endpoint = "mark_interview_no_show")]
pub async fn mark_interview_no_show(id: BookingId, version: i64) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::outcomes::no_show(&user, id, version).await
    }
    .await;
    let page = paths::staff_interview(id);
    crate::form::answer(result, &page, &paths::saved(&page, "no_show"), &[]).await
}

/// Staff mark the report to the authorities as sent.
#[server(endpoint = "mark_interview_report_sent")]
pub async fn mark_interview_report_sent(id: BookingId) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::outcomes::report_done(&user, id).await
    }
    .await;
    let page = paths::staff_interview(id);
    crate::form::answer(result, &page, &paths::saved(&page, "report_sent"), &[]).await
}

/// Withdraws a consent to online interviews (`person`: `worker` or `supervisor`): the
/// worker their own, the company its supervisor's, staff either when told.
#[server(endpoint = "withdraw_interview_consent")]
pub async fn withdraw_interview_consent(
    person: String,
    #[server(default)] worker_id: Option<WorkerId>,
) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let person = crate::domain::ConsentPerson::from_code(person.trim())
            .map_err(|_| AppError::BadRequest("unknown person".into()))?;
        super::service::online::withdraw(&user, person, worker_id).await
    }
    .await;
    let page = booking_page(worker_id);
    crate::form::answer(
        result,
        &page,
        &paths::saved(&page, "consent_withdrawn"),
        &[],
    )
    .await
}
