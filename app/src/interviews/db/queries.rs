//! The interview pages' reads: slots in a time range, a worker's bookings, one booking with
//! its record. Each reads a range of an index (`interview_slots_org_start_idx`,
//! `interview_bookings_worker_idx`), never a whole table.

use chrono::{DateTime, NaiveDate, Utc};

use crate::db::{Db, fetch};
use crate::domain::{BookingId, CompanyId, OrganizationId, SlotId, UserId, WorkerId};

/// A slot with its staff member's name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SlotLine {
    pub id: SlotId,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub mode: String,
    pub place: Option<String>,
    pub video_url: Option<String>,
    pub languages: String,
    pub interpreter: bool,
    pub staff_name: String,
}

const SLOT_COLUMNS: &str = "s.id, s.starts_at, s.ends_at, s.mode, s.place, s.video_url,
    s.languages, s.interpreter, u.display_name AS staff_name";

/// Slots still offered, starting in [from, until), earliest first; `free_only` leaves out
/// those with a live booking.
pub async fn slots(
    db: &Db,
    organization_id: OrganizationId,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
    free_only: bool,
) -> Result<Vec<SlotLine>, sqlx::Error> {
    let free = if free_only {
        "AND NOT EXISTS (SELECT 1 FROM interview_bookings b
                         WHERE b.slot_id = s.id AND b.status = 'booked')"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {SLOT_COLUMNS} FROM interview_slots s JOIN users u ON u.id = s.staff_id
         WHERE s.organization_id = $1 AND s.withdrawn_at IS NULL
           AND s.starts_at >= $2 AND s.starts_at < $3 {free}
         ORDER BY s.starts_at, s.id"
    );
    fetch!(all SlotLine, db, &sql, organization_id, from, until)
}

/// A booking with its slot and, once recorded, what anyone but staff may read of it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BookingLine {
    pub id: BookingId,
    pub version: i64,
    pub kind: String,
    pub status: String,
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub company_id: CompanyId,
    pub cancel_reason: Option<String>,
    pub slot_id: SlotId,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub mode: String,
    pub place: Option<String>,
    pub video_url: Option<String>,
    pub languages: String,
    pub interpreter: bool,
    pub staff_id: UserId,
    pub staff_name: String,
    pub held_on: Option<NaiveDate>,
    pub record_mode: Option<String>,
    pub summary: Option<String>,
}

const BOOKING_FROM: &str = "SELECT b.id, b.version, b.kind, b.status, b.worker_id,
        w.family_name || ' ' || w.given_name AS worker_name, w.company_id, b.cancel_reason,
        s.id AS slot_id, s.starts_at, s.ends_at, s.mode, s.place, s.video_url, s.languages,
        s.interpreter, s.staff_id, u.display_name AS staff_name,
        r.held_on, r.mode AS record_mode, r.summary
    FROM interview_bookings b
    JOIN interview_slots s ON s.id = b.slot_id
    JOIN workers w ON w.id = b.worker_id
    JOIN users u ON u.id = s.staff_id
    LEFT JOIN interview_records r ON r.booking_id = b.id";

/// A worker's bookings, newest first.
pub async fn worker_bookings(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<BookingLine>, sqlx::Error> {
    let sql = format!(
        "{BOOKING_FROM} WHERE b.organization_id = $1 AND b.worker_id = $2
         ORDER BY s.starts_at DESC, b.id"
    );
    fetch!(all BookingLine, db, &sql, organization_id, worker_id)
}

/// The bookings (cancelled ones left out) of the slots starting in [from, until).
pub async fn bookings_between(
    db: &Db,
    organization_id: OrganizationId,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<BookingLine>, sqlx::Error> {
    let sql = format!(
        "{BOOKING_FROM} WHERE b.organization_id = $1 AND b.status <> 'cancelled'
           AND s.starts_at >= $2 AND s.starts_at < $3
         ORDER BY s.starts_at, b.id"
    );
    fetch!(all BookingLine, db, &sql, organization_id, from, until)
}

/// One booking of the organization.
pub async fn booking_line(
    db: &Db,
    organization_id: OrganizationId,
    id: BookingId,
) -> Result<Option<BookingLine>, sqlx::Error> {
    let sql = format!("{BOOKING_FROM} WHERE b.organization_id = $1 AND b.id = $2");
    fetch!(optional BookingLine, db, &sql, organization_id, id)
}

/// A whole record, for staff.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecordRow {
    pub held_on: NaiveDate,
    pub mode: String,
    pub attendees: String,
    pub interpreter: Option<String>,
    pub topics: String,
    pub problems: Option<String>,
    pub action_taken: Option<String>,
    pub summary: String,
    pub report_labour_office: bool,
    pub report_immigration: bool,
    pub report_done_at: Option<DateTime<Utc>>,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
    pub faces_visible: bool,
    pub room_shown: bool,
    pub no_third_party: bool,
    pub no_earphones: bool,
    pub face_to_face_missed: Option<String>,
    pub consent_given_at: Option<DateTime<Utc>>,
}

pub async fn record(
    db: &Db,
    organization_id: OrganizationId,
    booking_id: BookingId,
) -> Result<Option<RecordRow>, sqlx::Error> {
    fetch!(optional RecordRow, db,
        "SELECT r.held_on, r.mode, r.attendees, r.interpreter, r.topics, r.problems,
                r.action_taken, r.summary, r.report_labour_office, r.report_immigration,
                r.report_done_at, u.display_name AS recorded_by, r.recorded_at,
                r.faces_visible, r.room_shown, r.no_third_party, r.no_earphones,
                r.face_to_face_missed, c.given_at AS consent_given_at
         FROM interview_records r JOIN users u ON u.id = r.recorded_by
         LEFT JOIN interview_consents c ON c.id = r.consent_id
         WHERE r.organization_id = $1 AND r.booking_id = $2",
        organization_id, booking_id,
    )
}

/// The worker interview's due date (support 10's) and the supervisor interview's.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DueDates {
    pub worker_due: Option<NaiveDate>,
    pub supervisor_due: Option<NaiveDate>,
}

pub async fn due_dates(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<DueDates, sqlx::Error> {
    fetch!(optional DueDates, db,
        "SELECT (SELECT s.due_on FROM supports s
                 WHERE s.worker_id = w.id AND s.kind = 'periodic_interview') AS worker_due,
                w.supervisor_interview_due_on AS supervisor_due
         FROM workers w WHERE w.organization_id = $1 AND w.id = $2",
        organization_id, worker_id,
    )
    .map(|row| {
        row.unwrap_or(DueDates {
            worker_due: None,
            supervisor_due: None,
        })
    })
}
