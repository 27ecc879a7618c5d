//! The reminders the worker record offers the reminder job (`crate::reminders`): a
//! residence card that expires within 3 months, and again within 2 weeks.

use chrono::{Days, Months, NaiveDate};

use crate::{
    db::{Db, fetch},
    domain::{EXPIRY_NOTICE_MONTHS, EXPIRY_URGENT_DAYS, OrganizationId, UserId, WorkerId},
    notifications::{Notice, Reminder},
};

#[derive(sqlx::FromRow)]
struct CardRow {
    organization_id: OrganizationId,
    worker_id: WorkerId,
    user_id: UserId,
    expires_on: NaiveDate,
}

/// Workers whose residence card expires within 3 months: one reminder at 3 months, one
/// at 2 weeks (a card entered late gets only the one that applies).
pub async fn cards_expiring(db: &Db, today: NaiveDate) -> Result<Vec<Reminder>, sqlx::Error> {
    let horizon = today
        .checked_add_months(Months::new(EXPIRY_NOTICE_MONTHS))
        .unwrap_or(today);
    let last = today
        .checked_add_days(Days::new(EXPIRY_URGENT_DAYS))
        .unwrap_or(today);
    let rows = fetch!(all CardRow, db,
        "SELECT w.organization_id, w.id AS worker_id, u.id AS user_id,
                w.residence_card_expiry AS expires_on
         FROM workers w JOIN users u ON u.id = w.user_id
         WHERE w.residence_card_expiry >= $1 AND w.residence_card_expiry <= $2
           AND u.disabled_at IS NULL
           AND (w.contract_ended_on IS NULL OR w.contract_ended_on >= $1)",
        today, horizon,
    )?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let stage = if r.expires_on <= last { "2w" } else { "3m" };
            Reminder {
                organization_id: r.organization_id,
                user_id: r.user_id,
                notice: Notice::CardExpiring {
                    expires_on: r.expires_on,
                },
                link: "/me/documents/residence_card".to_owned(),
                key: format!("card_expiring_{stage}:{}:{}", r.worker_id, r.expires_on),
            }
        })
        .collect())
}
