//! After an interview: staff record it (the items of reports 5-5 and 5-6) or mark that
//! nobody came, and later mark a report to the authorities as sent. A record moves the next
//! due date: support 10 of the plan for the worker interview, the worker's supervisor due
//! date for the supervisor's. Each is one transaction with its audit row.

use chrono::{NaiveDate, Utc};
use serde_json::json;

use crate::interviews::{
    db::{
        online::{self as online_db, NewRecording, RecordingPlace},
        record::{self, NewRecord},
    },
    service::{
        audit,
        online::{self, ElsewhereForm, Held},
        refuse,
    },
};
use crate::{
    auth::CurrentUser,
    domain::{
        Attestations, AuditAction, BookingId, FaceToFaceReason, InterviewKind, InterviewMode,
        InterviewRecordProblem, InterviewTopic, RecordTexts, check_interview_record,
        next_interview_due, tokyo,
    },
    error::AppError,
    locale::today_in_japan,
    state::app_state,
    supports::HeldInterview,
};

/// The record form as posted.
pub struct RecordForm<'a> {
    pub held_on: &'a str,
    pub mode: &'a str,
    pub attendees: &'a str,
    pub interpreter: &'a str,
    /// Topic codes checked.
    pub topics: Vec<&'a str>,
    pub problems: &'a str,
    pub action_taken: &'a str,
    pub summary: &'a str,
    pub report_labour_office: bool,
    pub report_immigration: bool,
    /// What staff attest about a video interview.
    pub attestations: Attestations,
    /// A recording kept outside Shien (for a video interview without an upload).
    pub elsewhere: ElsewhereForm<'a>,
}

fn optional(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

/// A booking staff may close: still booked at `version`, and already started.
async fn started_booking(
    user: &CurrentUser,
    id: BookingId,
    version: i64,
) -> Result<crate::interviews::db::queries::BookingLine, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let row = crate::interviews::db::queries::booking_line(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.version != version || row.status != "booked" {
        return Err(AppError::Conflict);
    }
    if row.starts_at > Utc::now() {
        return Err(refuse("booking", "not_started"));
    }
    Ok(row)
}

/// Staff record a held interview.
pub async fn record(
    user: &CurrentUser,
    id: BookingId,
    version: i64,
    form: &RecordForm<'_>,
) -> Result<(), AppError> {
    let row = started_booking(user, id, version).await?;
    let kind = InterviewKind::from_code(&row.kind).map_err(|_| AppError::Internal)?;
    let held_on = NaiveDate::parse_from_str(form.held_on.trim(), "%Y-%m-%d")
        .map_err(|_| refuse("held_on", "date"))?;
    let mode = InterviewMode::from_code(form.mode.trim()).map_err(|_| refuse("mode", "mode"))?;
    let topics = InterviewTopic::parse_list(&form.topics.join(","))
        .map_err(|_| AppError::BadRequest("unknown interview topic".into()))?;
    let texts = RecordTexts {
        attendees: form.attendees,
        interpreter: form.interpreter,
        problems: form.problems,
        action_taken: form.action_taken,
        summary: form.summary,
    };
    check_interview_record(
        held_on,
        tokyo::date(row.starts_at),
        today_in_japan(),
        &texts,
    )
    .map_err(|problem| match problem {
        InterviewRecordProblem::HeldOn => refuse("held_on", "held_on"),
        InterviewRecordProblem::AttendeesMissing => refuse("attendees", "attendees_missing"),
        InterviewRecordProblem::SummaryMissing => refuse("summary", "summary_missing"),
        InterviewRecordProblem::ActionMissing => refuse("action_taken", "action_missing"),
        InterviewRecordProblem::TooLong => refuse("problems", "record_too_long"),
    })?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    if !record::close_booking(&mut tx, user.organization_id, id, version, "completed").await? {
        return Err(AppError::Conflict);
    }
    let held = Held {
        booking_id: id,
        worker_id: row.worker_id,
        kind,
        mode,
        held_on,
        staff_id: row.staff_id,
    };
    let evidence = online::evidence(&mut tx, &held, form.attestations, &form.elsewhere).await?;
    if let Some((reference, sha256)) = &evidence.elsewhere {
        online_db::put_recording(
            &mut tx,
            &NewRecording {
                booking_id: id,
                organization_id: user.organization_id,
                worker_id: row.worker_id,
                place: RecordingPlace::Elsewhere { reference },
                sha256,
                added_by: user.id,
            },
        )
        .await?;
    }
    let video = mode == InterviewMode::Video;
    let topics_text = InterviewTopic::join(&topics);
    record::insert_record(
        &mut tx,
        &NewRecord {
            booking_id: id,
            organization_id: user.organization_id,
            worker_id: row.worker_id,
            kind: kind.code(),
            held_on,
            mode: mode.code(),
            attendees: form.attendees.trim(),
            interpreter: optional(form.interpreter),
            topics: &topics_text,
            problems: optional(form.problems),
            action_taken: optional(form.action_taken),
            summary: form.summary.trim(),
            report_labour_office: form.report_labour_office,
            report_immigration: form.report_immigration,
            consent_id: evidence.consent_id,
            attestations: if video {
                form.attestations
            } else {
                Attestations::default()
            },
            face_to_face_missed: evidence.face_to_face_missed.map(FaceToFaceReason::code),
            recorded_by: user.id,
        },
    )
    .await?;
    // The next one is due 3 months after the latest held (this one, unless a later one
    // was recorded first).
    let last = record::last_held(&mut tx, row.worker_id, kind.code())
        .await?
        .unwrap_or(held_on)
        .max(held_on);
    let next_due = next_interview_due(Some(last), last);
    match kind {
        InterviewKind::Worker => {
            let minutes = (row.ends_at - row.starts_at).num_minutes();
            // The slot's first language: the one it was offered in first.
            let language = row.languages.split([',', ' ']).next().unwrap_or_default();
            // Support 10 is the supports feature's to write (through its status machine):
            // this interview is one more delivery of its log; the next is due from the
            // latest held.
            crate::supports::hold_again(
                &mut tx,
                &HeldInterview {
                    organization_id: user.organization_id,
                    worker_id: row.worker_id,
                    held_on,
                    next_due,
                    mode: match mode {
                        InterviewMode::InPerson => "in_person",
                        InterviewMode::Video => "online",
                    },
                    duration_minutes: i32::try_from(minutes).unwrap_or(i32::MAX).max(1),
                    delivered_by: &row.staff_name,
                    language,
                    recorded_by: user.id,
                },
            )
            .await?;
        }
        InterviewKind::Supervisor => {
            // The supervisor's due date is kept on the worker, whose record `workers` writes.
            crate::workers::set_supervisor_due(
                &mut tx,
                user.organization_id,
                row.worker_id,
                Some(next_due),
            )
            .await?;
        }
    }
    audit(
        &mut tx,
        user,
        AuditAction::InterviewRecorded,
        id,
        json!({
            "worker_id": row.worker_id, "kind": kind.code(), "held_on": held_on,
            "mode": mode.code(), "topics": topics_text, "next_due": next_due,
            "report_labour_office": form.report_labour_office,
            "report_immigration": form.report_immigration,
            "consent_id": evidence.consent_id,
            "face_to_face_missed": evidence.face_to_face_missed.map(FaceToFaceReason::code),
            "recording_elsewhere": evidence.elsewhere.as_ref().map(|(r, _)| r),
        }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Staff mark that nobody came; the interview is still due.
pub async fn no_show(user: &CurrentUser, id: BookingId, version: i64) -> Result<(), AppError> {
    let row = started_booking(user, id, version).await?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    if !record::close_booking(&mut tx, user.organization_id, id, version, "no_show").await? {
        return Err(AppError::Conflict);
    }
    audit(
        &mut tx,
        user,
        AuditAction::InterviewNoShow,
        id,
        json!({ "worker_id": row.worker_id, "kind": row.kind, "starts_at": row.starts_at }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Staff mark the report to the authorities as sent: it leaves the dashboard.
pub async fn report_done(user: &CurrentUser, id: BookingId) -> Result<(), AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    if !record::report_done(&mut tx, user.organization_id, id, user.id, Utc::now()).await? {
        return Err(AppError::NotFound);
    }
    audit(
        &mut tx,
        user,
        AuditAction::InterviewReportSent,
        id,
        json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
