//! Opening hours in the database: one row per open weekday, replaced whole; and the
//! telephone number shown beside them (`organization_contacts`).

use chrono::{DateTime, Utc};

use crate::{
    db::{Db, Tx, execute, fetch},
    domain::{OpeningDay, OrganizationId, UserId, parse_time},
};

pub async fn load(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<Vec<OpeningDay>, sqlx::Error> {
    let rows = fetch!(
        all(i32, String, String),
        db,
        "SELECT weekday, opens, closes FROM opening_hours
         WHERE organization_id = $1 ORDER BY weekday",
        organization_id,
    )?;
    Ok(rows
        .into_iter()
        .filter_map(|(weekday, opens, closes)| {
            Some(OpeningDay {
                weekday: u8::try_from(weekday).ok()?,
                opens: parse_time(&opens)?,
                closes: parse_time(&closes)?,
            })
        })
        .collect())
}

/// Replaces the week's hours.
pub async fn save(
    tx: &mut Tx,
    organization_id: OrganizationId,
    days: &[OpeningDay],
    by: Option<UserId>,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "DELETE FROM opening_hours WHERE organization_id = $1",
        organization_id,
    )
    .map(|_| ())?;
    for day in days {
        execute!(tx: tx,
            "INSERT INTO opening_hours (organization_id, weekday, opens, closes, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            organization_id,
            i32::from(day.weekday),
            day.opens.format("%H:%M").to_string(),
            day.closes.format("%H:%M").to_string(),
            by,
            now,
        ).map(|_| ())?;
    }
    Ok(())
}

/// The telephone number workers may call, if staff gave one.
pub async fn load_phone(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<Option<String>, sqlx::Error> {
    Ok(fetch!(
        scalar_optional Option<String>,
        db,
        "SELECT phone FROM organization_contacts WHERE organization_id = $1",
        organization_id,
    )?
    .flatten())
}

/// Sets (or clears) the telephone number.
pub async fn save_phone(
    tx: &mut Tx,
    organization_id: OrganizationId,
    phone: Option<&str>,
    by: Option<UserId>,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    execute!(tx: tx,
        "INSERT INTO organization_contacts (organization_id, phone, updated_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (organization_id)
         DO UPDATE SET phone = excluded.phone, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        organization_id,
        phone,
        by,
        now,
    )
    .map(|_| ())
}
