//! Reminders, made by a scheduled job (`server::jobs`): an interview within 24 hours; a
//! residence card that expires within 3 months, and again within 2 weeks; a supervisor
//! interview due within 2 weeks and not booked.
//!
//! The job composes what the features offer (`interviews`, `workers`) and writes it
//! through `notifications`, which keeps each reminder once (`notifications::Reminder`).
//! It sits on top, so that `notifications` needs no feature.

use chrono::{DateTime, Utc};

use crate::{
    db::Db,
    domain::tokyo,
    interviews::{interviews_soon, supervisors_due},
    notifications::write_reminders,
    workers::cards_expiring,
};

/// What one run wrote (reminders that already existed are not counted).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReminderRun {
    pub interviews: usize,
    pub cards: usize,
    pub supervisors: usize,
}

/// Runs every kind of reminder as of `now`.
pub async fn run(db: &Db, now: DateTime<Utc>) -> Result<ReminderRun, sqlx::Error> {
    let today = tokyo::date(now);
    Ok(ReminderRun {
        interviews: write_reminders(db, interviews_soon(db, now).await?).await?,
        cards: write_reminders(db, cards_expiring(db, today).await?).await?,
        supervisors: write_reminders(db, supervisors_due(db, today).await?).await?,
    })
}

#[cfg(test)]
mod tests;
