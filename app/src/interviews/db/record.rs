//! The writes after an interview: the booking's outcome, the record, the report sent and
//! the consent to online interviews. The next due dates are written by their owners:
//! support 10 by `supports`, the supervisor's by `workers`.

use chrono::{DateTime, NaiveDate, Utc};

use crate::db::{Tx, execute, fetch};
use crate::domain::{BookingId, OrganizationId, UserId, WorkerId};

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
    pub recorded_by: UserId,
}

pub async fn insert_record(tx: &mut Tx, new: &NewRecord<'_>) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "INSERT INTO interview_records (booking_id, organization_id, worker_id, kind,
             held_on, mode, attendees, interpreter, topics, problems, action_taken, summary,
             report_labour_office, report_immigration, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
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

/// Records the worker's consent to online interviews (once).
pub async fn give_consent(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    given_by: UserId,
    locale: &str,
) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "INSERT INTO interview_consents (worker_id, organization_id, given_by, locale, given_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (worker_id) DO NOTHING",
        worker_id, organization_id, given_by, locale, Utc::now(),
    )
    .map(|_| ())
}
