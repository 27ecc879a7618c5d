//! What an online interview rests on: the consents (given to a wording, withdrawable, one
//! in force per person), the interviews held before (for the face-to-face rule) and the
//! recordings, uploaded or kept elsewhere.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::db::{Db, Tx, execute, fetch};
use crate::domain::{
    BookingId, CONSENT_TEXT_VERSION, ConsentPerson, ConsentState, InterviewMode, OrganizationId,
    PastInterview, UserId, WorkerId,
};

/// A consent in force.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    pub id: Uuid,
    pub text_version: i32,
    pub given_at: DateTime<Utc>,
}

/// The consent of `person` about `worker_id` as it stands, and the one in force (to the
/// current wording) the record will point at.
pub async fn consent_state(
    tx: &mut Tx,
    worker_id: WorkerId,
    person: ConsentPerson,
) -> Result<(ConsentState, Option<ConsentRow>), sqlx::Error> {
    let live: Option<ConsentRow> = fetch!(optional ConsentRow, tx: tx,
        "SELECT id, text_version, given_at FROM interview_consents
         WHERE worker_id = $1 AND person = $2 AND withdrawn_at IS NULL",
        worker_id, person.code(),
    )?;
    if let Some(row) = live {
        return Ok(if row.text_version >= CONSENT_TEXT_VERSION {
            (ConsentState::Given, Some(row))
        } else {
            (ConsentState::Outdated, None)
        });
    }
    let withdrawn: i64 = fetch!(scalar i64, tx: tx,
        "SELECT COUNT(*) FROM interview_consents WHERE worker_id = $1 AND person = $2",
        worker_id, person.code(),
    )?;
    Ok((
        if withdrawn > 0 {
            ConsentState::Withdrawn
        } else {
            ConsentState::Never
        },
        None,
    ))
}

/// The consent in force to the current wording, for the pages (`None`: none, or only an
/// outdated one).
pub async fn current_consent(
    db: &Db,
    worker_id: WorkerId,
    person: ConsentPerson,
) -> Result<Option<ConsentRow>, sqlx::Error> {
    fetch!(optional ConsentRow, db,
        "SELECT id, text_version, given_at FROM interview_consents
         WHERE worker_id = $1 AND person = $2 AND withdrawn_at IS NULL AND text_version >= $3",
        worker_id, person.code(), CONSENT_TEXT_VERSION,
    )
}

/// Records a consent to the current wording; one given to an earlier wording is closed
/// first (the new one replaces it). One given meanwhile (two bookings at once) stands:
/// the one in force is unique (`interview_consents_live_idx`).
pub async fn give_consent(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    person: ConsentPerson,
    given_by: UserId,
    locale: &str,
) -> Result<Uuid, sqlx::Error> {
    let now = Utc::now();
    execute!(tx: tx,
        "UPDATE interview_consents SET withdrawn_at = $1, withdrawn_by = $2
         WHERE worker_id = $3 AND person = $4 AND withdrawn_at IS NULL AND text_version < $5",
        now, given_by, worker_id, person.code(), CONSENT_TEXT_VERSION,
    )?;
    let id = Uuid::now_v7();
    execute!(tx: tx,
        "INSERT INTO interview_consents (id, organization_id, worker_id, person, text_version,
             locale, given_by, given_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (worker_id, person) WHERE withdrawn_at IS NULL DO NOTHING",
        id, organization_id, worker_id, person.code(), CONSENT_TEXT_VERSION, locale, given_by, now,
    )?;
    Ok(id)
}

/// Withdraws the consent in force; false when there was none.
pub async fn withdraw_consent(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    person: ConsentPerson,
    by: UserId,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE interview_consents SET withdrawn_at = $1, withdrawn_by = $2
         WHERE organization_id = $3 AND worker_id = $4 AND person = $5 AND withdrawn_at IS NULL",
        Utc::now(), by, organization_id, worker_id, person.code(),
    )
    .map(|done| done > 0)
}

#[derive(sqlx::FromRow)]
struct PastRow {
    held_on: NaiveDate,
    mode: String,
    staff_id: UserId,
}

/// The interviews of `kind` held with the worker, with who held them.
pub async fn past_interviews(
    tx: &mut Tx,
    worker_id: WorkerId,
    kind: &str,
) -> Result<Vec<PastInterview<UserId>>, sqlx::Error> {
    let rows: Vec<PastRow> = fetch!(all PastRow, tx: tx,
        "SELECT r.held_on, r.mode, s.staff_id
         FROM interview_records r
         JOIN interview_bookings b ON b.id = r.booking_id
         JOIN interview_slots s ON s.id = b.slot_id
         WHERE r.worker_id = $1 AND r.kind = $2",
        worker_id, kind,
    )?;
    Ok(rows
        .into_iter()
        .map(|r| PastInterview {
            held_on: r.held_on,
            mode: InterviewMode::from_code(&r.mode).unwrap_or(InterviewMode::InPerson),
            staff: r.staff_id,
        })
        .collect())
}

/// A recording, as the record page shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecordingRow {
    pub storage_key: Option<String>,
    pub content_type: Option<String>,
    pub size_bytes: Option<i64>,
    pub file_name: Option<String>,
    pub external_ref: Option<String>,
    pub sha256: String,
    pub added_at: DateTime<Utc>,
}

pub async fn recording(
    db: &Db,
    organization_id: OrganizationId,
    booking_id: BookingId,
) -> Result<Option<RecordingRow>, sqlx::Error> {
    fetch!(optional RecordingRow, db,
        "SELECT storage_key, content_type, size_bytes, file_name, external_ref, sha256, added_at
         FROM interview_recordings WHERE organization_id = $1 AND booking_id = $2",
        organization_id, booking_id,
    )
}

/// Whether the booking has a recording, read in the record's transaction.
pub async fn has_recording(tx: &mut Tx, booking_id: BookingId) -> Result<bool, sqlx::Error> {
    fetch!(scalar i64, tx: tx,
        "SELECT COUNT(*) FROM interview_recordings WHERE booking_id = $1",
        booking_id,
    )
    .map(|n| n > 0)
}

/// Where a recording is, and what proves it is the same file.
pub enum RecordingPlace<'a> {
    Stored {
        key: &'a str,
        content_type: &'a str,
        size_bytes: i64,
        file_name: Option<&'a str>,
    },
    Elsewhere {
        reference: &'a str,
    },
}

/// A recording to keep.
pub struct NewRecording<'a> {
    pub booking_id: BookingId,
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    pub place: RecordingPlace<'a>,
    pub sha256: &'a str,
    pub added_by: UserId,
}

/// Keeps a recording, replacing one the booking had; the replaced file's key, for the
/// caller to delete once this commits.
pub async fn put_recording(
    tx: &mut Tx,
    new: &NewRecording<'_>,
) -> Result<Option<String>, sqlx::Error> {
    let replaced: Option<Option<String>> = fetch!(scalar_optional Option<String>, tx: tx,
        "SELECT storage_key FROM interview_recordings WHERE booking_id = $1",
        new.booking_id,
    )?;
    execute!(tx: tx,
        "DELETE FROM interview_recordings WHERE booking_id = $1",
        new.booking_id,
    )?;
    let (key, content_type, size, name, reference) = match new.place {
        RecordingPlace::Stored {
            key,
            content_type,
            size_bytes,
            file_name,
        } => (
            Some(key),
            Some(content_type),
            Some(size_bytes),
            file_name,
            None,
        ),
        RecordingPlace::Elsewhere { reference } => (None, None, None, None, Some(reference)),
    };
    execute!(tx: tx,
        "INSERT INTO interview_recordings (booking_id, organization_id, worker_id, storage_key,
             content_type, size_bytes, file_name, external_ref, sha256, added_by, added_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        new.booking_id, new.organization_id, new.worker_id, key, content_type, size, name,
        reference, new.sha256, new.added_by, Utc::now(),
    )?;
    Ok(replaced.flatten())
}

/// Every stored recording's key (the start-up clean-up keeps these).
pub async fn referenced_keys(db: &Db) -> Result<Vec<String>, sqlx::Error> {
    fetch!(
        all(String,),
        db,
        "SELECT storage_key FROM interview_recordings WHERE storage_key IS NOT NULL",
    )
    .map(|rows| rows.into_iter().map(|(key,)| key).collect())
}

/// Removes the recordings of a worker (the retention purge); their stored keys.
pub async fn remove_recordings(
    tx: &mut Tx,
    worker_id: WorkerId,
) -> Result<(usize, Vec<String>), sqlx::Error> {
    let rows: Vec<(Option<String>,)> = fetch!(all (Option<String>,), tx: tx,
        "SELECT storage_key FROM interview_recordings WHERE worker_id = $1",
        worker_id,
    )?;
    execute!(tx: tx,
        "DELETE FROM interview_recordings WHERE worker_id = $1",
        worker_id,
    )?;
    Ok((
        rows.len(),
        rows.into_iter().filter_map(|(key,)| key).collect(),
    ))
}
