//! The writes after an interview: the booking's outcome, the record and the report sent. The next due dates are written by their owners:
//! support 10 by `supports`, the supervisor's by `workers`.

use chrono::{DateTime, NaiveDate, Utc};

use crate::db::{Tx, execute, fetch};
use uuid::Uuid;

use crate::domain::{Attestations, BookingId, OrganizationId, UserId, WorkerId};

/// Sets a started booking's outcome (`completed` or `no_show`) if it is still booked at
/// `version`; false when it changed meanwhile.
pub async fn close_booking(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: BookingId,
    version: i64,
    status: &str,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE interview_bookings SET status = $1, version = version + 1, updated_at = $2
         WHERE organization_id = $3 AND id = $4 AND version = $5 AND status = 'booked'",
        status, Utc::now(), organization_id, id, version,
    )
    .map(|done| done == 1)
}

/// A record to write.
pub struct NewRecord<'a> {
    pub booking_id: BookingId,
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    pub kind: &'a str,
    pub held_on: NaiveDate,
    pub mode: &'a str,
    pub attendees: &'a str,
    pub interpreter: Option<&'a str>,
    pub topics: &'a str,
    pub problems: Option<&'a str>,
    pub action_taken: Option<&'a str>,
    pub summary: &'a str,
    pub report_labour_office: bool,
    pub report_immigration: bool,
    /// The consent a video interview relied on.
    pub consent_id: Option<Uuid>,
    pub attestations: Attestations,
    /// A video interview that should have been face to face (`FaceToFaceReason`).
    pub face_to_face_missed: Option<&'a str>,
    pub recorded_by: UserId,
}

pub async fn insert_record(tx: &mut Tx, new: &NewRecord<'_>) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "INSERT INTO interview_records (booking_id, organization_id, worker_id, kind,
             held_on, mode, attendees, interpreter, topics, problems, action_taken, summary,
             report_labour_office, report_immigration, recorded_by, recorded_at, consent_id,
             faces_visible, room_shown, no_third_party, no_earphones, face_to_face_missed)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
                 $18, $19, $20, $21, $22)",
        new.booking_id,
        new.organization_id,
        new.worker_id,
        new.kind,
        new.held_on,
        new.mode,
        new.attendees,
        new.interpreter,
        new.topics,
        new.problems,
        new.action_taken,
        new.summary,
        new.report_labour_office,
        new.report_immigration,
        new.recorded_by,
        Utc::now(),
        new.consent_id,
        new.attestations.faces_visible,
        new.attestations.room_shown,
        new.attestations.no_third_party,
        new.attestations.no_earphones,
        new.face_to_face_missed,
    )
    .map(|_| ())
}

/// The latest day an interview of `kind` was held with the worker.
pub async fn last_held(
    tx: &mut Tx,
    worker_id: WorkerId,
    kind: &str,
) -> Result<Option<NaiveDate>, sqlx::Error> {
    fetch!(scalar Option<NaiveDate>, tx: tx,
        "SELECT MAX(held_on) FROM interview_records WHERE worker_id = $1 AND kind = $2",
        worker_id, kind,
    )
}

/// Marks a record's report as sent; false if there is none to send.
pub async fn report_done(
    tx: &mut Tx,
    organization_id: OrganizationId,
    booking_id: BookingId,
    by: UserId,
    at: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE interview_records SET report_done_at = $1, report_done_by = $2
         WHERE organization_id = $3 AND booking_id = $4 AND report_done_at IS NULL
           AND (report_labour_office OR report_immigration)",
        at, by, organization_id, booking_id,
    )
    .map(|done| done == 1)
}
