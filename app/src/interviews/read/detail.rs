//! `/staff/interviews/:id`: one booking with its whole record, and for an online
//! interview the consent it rests on and its recording. Staff only.

use crate::interviews::{
    BookingDetail, BookingStatus, RecordView, RecordingView,
    db::{online, queries},
};
use crate::{
    auth::CurrentUser,
    domain::{Attestations, BookingId, ConsentPerson, FaceToFaceReason, InterviewTopic},
    error::AppError,
    state::app_state,
};

use super::{Moment, booking_view, mode};

const MEGABYTE: u64 = 1024 * 1024;

pub async fn booking_detail(user: &CurrentUser, id: BookingId) -> Result<BookingDetail, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let line = queries::booking_line(&state.db, org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let at = Moment::now()?;
    let started = line.starts_at <= at.now;
    let worker_id = line.worker_id;
    let booking = booking_view(user, line, at).ok_or(AppError::NotFound)?;
    let record = queries::record(&state.db, org, id)
        .await?
        .map(|r| RecordView {
            held_on: r.held_on,
            mode: mode(&r.mode),
            attendees: r.attendees,
            interpreter: r.interpreter,
            topics: InterviewTopic::parse_list(&r.topics).unwrap_or_default(),
            problems: r.problems,
            action_taken: r.action_taken,
            summary: r.summary,
            report_labour_office: r.report_labour_office,
            report_immigration: r.report_immigration,
            report_done_at: r.report_done_at,
            recorded_by: r.recorded_by,
            recorded_at: r.recorded_at,
            attestations: Attestations {
                faces_visible: r.faces_visible,
                room_shown: r.room_shown,
                no_third_party: r.no_third_party,
                no_earphones: r.no_earphones,
            },
            consent_given_at: r.consent_given_at,
            face_to_face_missed: r
                .face_to_face_missed
                .as_deref()
                .and_then(|code| FaceToFaceReason::from_code(code).ok()),
        });
    let person = ConsentPerson::of(booking.kind);
    let consent = online::current_consent(&state.db, worker_id, person).await?;
    let recording = online::recording(&state.db, org, id)
        .await?
        .map(|r| RecordingView {
            stored: r.storage_key.is_some(),
            file_name: r.file_name,
            content_type: r.content_type,
            size_bytes: r.size_bytes,
            external_ref: r.external_ref,
            sha256: r.sha256,
            added_at: r.added_at,
        });
    Ok(BookingDetail {
        may_record: started && booking.status == BookingStatus::Booked,
        booking,
        record,
        consent_given_at: consent.map(|c| c.given_at),
        recording,
        recording_max_mb: state.interviews.recording_max_bytes / MEGABYTE,
    })
}
