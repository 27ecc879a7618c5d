//! Opening hours in the database: one row per open weekday, replaced whole.

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
