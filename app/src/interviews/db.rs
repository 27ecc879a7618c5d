//! Interview queries. Double booking is refused by the database itself (partial unique
//! indexes: one live booking per slot, one per worker and kind); these functions turn the
//! refusal into a clear reason. Overlapping slots of one staff member are checked in the
//! transaction that publishes them, after locking that staff member's row, so two
//! publishers cannot both pass the check.

pub(super) mod online;
pub(super) mod queries;
pub(super) mod record;
pub(super) mod requests;

use chrono::{DateTime, Utc};

use crate::{
    db::{Db, Tx, Unique, execute, fetch, on_tx, violated_unique},
    domain::{BookingId, CompanyId, OrganizationId, SlotId, Span, UserId, WorkerId},
};

/// What every slot of one publication shares.
pub struct SlotDetails<'a> {
    pub staff_id: UserId,
    pub mode: &'a str,
    pub place: Option<&'a str>,
    pub video_url: Option<&'a str>,
    pub languages: &'a str,
    pub interpreter: bool,
    pub created_by: UserId,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum PublishError {
    /// A new slot overlaps one of the staff member's own (or another new one).
    #[error("overlaps another slot of the same staff member")]
    Overlap,
    #[error(transparent)]
    Database(#[from] DbError),
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum BookError {
    /// Someone else booked the slot first.
    #[error("the slot was just taken")]
    SlotTaken,
    /// The worker already holds a booking of this kind.
    #[error("already booked")]
    AlreadyBooked,
    /// The booking changed meanwhile (version), or is no longer live.
    #[error("changed meanwhile")]
    Changed,
    #[error(transparent)]
    Database(#[from] DbError),
}

/// A database error, kept as text so the errors above compare in tests.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DbError(pub String);

impl From<sqlx::Error> for DbError {
    fn from(error: sqlx::Error) -> Self {
        Self(error.to_string())
    }
}

impl From<sqlx::Error> for PublishError {
    fn from(error: sqlx::Error) -> Self {
        Self::Database(error.into())
    }
}

/// Which of the two booking rules a unique violation broke, if it was one.
fn broken_rule(error: &sqlx::Error) -> Option<BookError> {
    violated_unique(error).map(|rule| match rule {
        Unique::BookingOnePerSlot => BookError::SlotTaken,
        _ => BookError::AlreadyBooked,
    })
}

impl From<sqlx::Error> for BookError {
    fn from(error: sqlx::Error) -> Self {
        broken_rule(&error).unwrap_or_else(|| Self::Database(error.into()))
    }
}

/// Publishes slots for one staff member; refuses all of them if any overlaps.
pub async fn publish_slots(
    tx: &mut Tx,
    organization_id: OrganizationId,
    slots: &[Span],
    details: &SlotDetails<'_>,
) -> Result<Vec<SlotId>, PublishError> {
    let (Some(first), Some(last)) = (
        slots.iter().map(|s| s.0).min(),
        slots.iter().map(|s| s.1).max(),
    ) else {
        return Ok(Vec::new());
    };
    let mut sorted = slots.to_vec();
    sorted.sort();
    if sorted
        .windows(2)
        .any(|w| crate::domain::overlaps(w[0], w[1]))
    {
        return Err(PublishError::Overlap);
    }
    let now = Utc::now();
    // The first statement writes: it locks the staff member's row (PostgreSQL) and takes
    // the write lock (SQLite), so publications for one person run one at a time.
    execute!(tx: tx,
        "UPDATE users SET updated_at = updated_at WHERE id = $1 AND organization_id = $2",
        details.staff_id, organization_id,
    )
    .map(|_| ())?;
    let existing: Vec<Span> = on_tx!(tx, conn => {
        sqlx::query_as(
            "SELECT starts_at, ends_at FROM interview_slots
             WHERE staff_id = $1 AND withdrawn_at IS NULL AND starts_at < $2 AND ends_at > $3",
        )
        .bind(details.staff_id)
        .bind(last)
        .bind(first)
        .fetch_all(&mut *conn)
        .await
    })?;
    if sorted.iter().any(|new| {
        existing
            .iter()
            .any(|old| crate::domain::overlaps(*new, *old))
    }) {
        return Err(PublishError::Overlap);
    }
    let mut ids = Vec::with_capacity(sorted.len());
    for (starts_at, ends_at) in sorted {
        let id = SlotId::new_v7();
        execute!(tx: tx,
            "INSERT INTO interview_slots (id, organization_id, staff_id, starts_at, ends_at,
                 mode, place, video_url, languages, interpreter, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            id,
            organization_id,
            details.staff_id,
            starts_at,
            ends_at,
            details.mode,
            details.place,
            details.video_url,
            details.languages,
            details.interpreter,
            details.created_by,
            now,
        )
        .map(|_| ())?;
        ids.push(id);
    }
    Ok(ids)
}

/// A booking to write.
pub struct NewBooking {
    pub organization_id: OrganizationId,
    pub slot_id: SlotId,
    pub worker_id: WorkerId,
    pub kind: &'static str,
    pub booked_by: UserId,
}

/// Books a slot; the database refuses a taken slot or a second live booking of the kind.
pub async fn book(tx: &mut Tx, new: &NewBooking) -> Result<BookingId, BookError> {
    let (id, now) = (BookingId::new_v7(), Utc::now());
    execute!(tx: tx,
        "INSERT INTO interview_bookings (id, organization_id, slot_id, worker_id, kind,
             booked_by, status, calendar_uid, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'booked', $7, $8, $8)",
        id,
        new.organization_id,
        new.slot_id,
        new.worker_id,
        new.kind,
        new.booked_by,
        format!("{id}@shien"),
        now,
    )
    .map(|_| ())?;
    Ok(id)
}

/// Moves a live booking to another slot (same calendar entry, next sequence).
pub async fn reschedule(
    tx: &mut Tx,
    organization_id: OrganizationId,
    booking_id: BookingId,
    version: i64,
    slot_id: SlotId,
) -> Result<(), BookError> {
    let moved = execute!(tx: tx,
        "UPDATE interview_bookings
         SET slot_id = $1, calendar_sequence = calendar_sequence + 1,
             version = version + 1, updated_at = $2
         WHERE organization_id = $3 AND id = $4 AND version = $5 AND status = 'booked'",
        slot_id, Utc::now(), organization_id, booking_id, version,
    )?;
    if moved == 1 {
        Ok(())
    } else {
        Err(BookError::Changed)
    }
}

/// Cancels a live booking, with the reason given.
pub async fn cancel(
    tx: &mut Tx,
    organization_id: OrganizationId,
    booking_id: BookingId,
    version: i64,
    reason: &str,
) -> Result<(), BookError> {
    let cancelled = execute!(tx: tx,
        "UPDATE interview_bookings
         SET status = 'cancelled', cancel_reason = $1, calendar_sequence = calendar_sequence + 1,
             version = version + 1, updated_at = $2
         WHERE organization_id = $3 AND id = $4 AND version = $5 AND status = 'booked'",
        reason, Utc::now(), organization_id, booking_id, version,
    )?;
    if cancelled == 1 {
        Ok(())
    } else {
        Err(BookError::Changed)
    }
}

/// Free slots of an organization starting in [from, until), earliest first: what the tests
/// check a booking or a cancellation left (the pages read through `queries`).
#[cfg(test)]
pub async fn free_slots(
    db: &Db,
    organization_id: OrganizationId,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<(SlotId, DateTime<Utc>, DateTime<Utc>)>, sqlx::Error> {
    fetch!(
        all(SlotId, DateTime<Utc>, DateTime<Utc>),
        db,
        "SELECT s.id, s.starts_at, s.ends_at FROM interview_slots s
         WHERE s.organization_id = $1 AND s.withdrawn_at IS NULL
           AND s.starts_at >= $2 AND s.starts_at < $3
           AND NOT EXISTS (SELECT 1 FROM interview_bookings b
                           WHERE b.slot_id = s.id AND b.status = 'booked')
         ORDER BY s.starts_at, s.id",
        organization_id,
        from,
        until,
    )
}

#[cfg(test)]
mod tests;

/// A slot as booking needs it.
#[derive(Debug, sqlx::FromRow)]
pub struct SlotRow {
    pub starts_at: DateTime<Utc>,
    pub mode: String,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

pub async fn slot(
    db: &Db,
    organization_id: OrganizationId,
    id: SlotId,
) -> Result<Option<SlotRow>, sqlx::Error> {
    fetch!(optional SlotRow, db,
        "SELECT starts_at, mode, withdrawn_at FROM interview_slots
         WHERE organization_id = $1 AND id = $2",
        organization_id, id,
    )
}

/// A booking with what its checks need.
#[derive(Debug, sqlx::FromRow)]
pub struct BookingRow {
    pub worker_id: WorkerId,
    pub kind: String,
    pub status: String,
    pub version: i64,
    pub slot_id: SlotId,
    pub starts_at: DateTime<Utc>,
}

pub async fn booking(
    db: &Db,
    organization_id: OrganizationId,
    id: BookingId,
) -> Result<Option<BookingRow>, sqlx::Error> {
    fetch!(optional BookingRow, db,
        "SELECT b.worker_id, b.kind, b.status, b.version, b.slot_id, s.starts_at
         FROM interview_bookings b JOIN interview_slots s ON s.id = b.slot_id
         WHERE b.organization_id = $1 AND b.id = $2",
        organization_id, id,
    )
}

/// A booking with what its calendar entry says.
#[derive(Debug, sqlx::FromRow)]
pub struct CalendarRow {
    pub worker_id: WorkerId,
    pub company_id: CompanyId,
    pub worker_name: String,
    pub kind: String,
    pub status: String,
    pub calendar_uid: String,
    pub calendar_sequence: i32,
    pub updated_at: DateTime<Utc>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: Option<String>,
    pub video_url: Option<String>,
    pub staff_name: String,
}

pub async fn calendar_row(
    db: &Db,
    organization_id: OrganizationId,
    id: BookingId,
) -> Result<Option<CalendarRow>, sqlx::Error> {
    fetch!(optional CalendarRow, db,
        "SELECT b.worker_id, w.company_id, w.family_name || ' ' || w.given_name AS worker_name,
                b.kind, b.status, b.calendar_uid, b.calendar_sequence, b.updated_at,
                s.starts_at, s.ends_at, s.place, s.video_url, u.display_name AS staff_name
         FROM interview_bookings b
         JOIN interview_slots s ON s.id = b.slot_id
         JOIN workers w ON w.id = b.worker_id
         JOIN users u ON u.id = s.staff_id
         WHERE b.organization_id = $1 AND b.id = $2",
        organization_id, id,
    )
}

/// The language a user reads in.
pub async fn user_locale(db: &Db, user_id: UserId) -> Result<Option<String>, sqlx::Error> {
    fetch!(scalar_optional String, db, "SELECT preferred_locale FROM users WHERE id = $1", user_id)
}
