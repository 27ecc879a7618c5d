//! Opening hours in the database: one row per open weekday, replaced whole.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{
    db::{Db, Tx, on_db, on_tx},
    domain::{OpeningDay, parse_time},
};

pub async fn load(db: &Db, organization_id: Uuid) -> Result<Vec<OpeningDay>, sqlx::Error> {
    let rows = on_db!(db, pool => {
        sqlx::query_as::<_, (i32, String, String)>(
            "SELECT weekday, opens, closes FROM opening_hours
             WHERE organization_id = $1 ORDER BY weekday",
        )
        .bind(organization_id)
        .fetch_all(pool)
        .await
    })?;
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
    organization_id: Uuid,
    days: &[OpeningDay],
    by: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, conn => {
        sqlx::query("DELETE FROM opening_hours WHERE organization_id = $1")
            .bind(organization_id)
            .execute(&mut *conn)
            .await
            .map(|_| ())
    })?;
    for day in days {
        on_tx!(tx, conn => {
            sqlx::query(
                "INSERT INTO opening_hours (organization_id, weekday, opens, closes, updated_by, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(organization_id)
            .bind(i32::from(day.weekday))
            .bind(day.opens.format("%H:%M").to_string())
            .bind(day.closes.format("%H:%M").to_string())
            .bind(by)
            .bind(now)
            .execute(&mut *conn)
            .await
            .map(|_| ())
        })?;
    }
    Ok(())
}
