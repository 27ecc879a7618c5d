//! Reminders, made by a scheduled job (`server::jobs`): an interview within 24 hours; a
//! residence card that expires within 3 months, and again within 2 weeks; a supervisor
//! interview due within 2 weeks and not booked.
//!
//! Each reminder has an identity (its dedupe key: what, whose, and the date it is about)
//! and the database keeps one notification per user and key. A second run, a restart or a
//! second server instance running the same job at the same moment therefore adds
//! nothing; a moved interview or a renewed card is a new reminder. Each is written with
//! its e-mail copy and its audit row in one transaction.

use chrono::{DateTime, Days, Months, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

use super::{
    Notice,
    db::{self as notify, NewNotification},
};
use crate::{
    db::{AuditEntry, Db, on_db, write_audit},
    domain::{
        DUE_SOON_DAYS, EXPIRY_NOTICE_MONTHS, EXPIRY_URGENT_DAYS, INTERVIEW_AHEAD_HOURS, tokyo,
    },
};

/// What one run wrote (reminders that already existed are not counted).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReminderRun {
    pub interviews: usize,
    pub cards: usize,
    pub supervisors: usize,
}

/// One reminder to one user.
struct Reminder {
    organization_id: Uuid,
    user_id: Uuid,
    notice: Notice,
    link: String,
    key: String,
}

/// Runs every kind of reminder as of `now`.
pub async fn run(db: &Db, now: DateTime<Utc>) -> Result<ReminderRun, sqlx::Error> {
    let today = tokyo::date(now);
    Ok(ReminderRun {
        interviews: write_all(db, interviews(db, now).await?).await?,
        cards: write_all(db, cards(db, today).await?).await?,
        supervisors: write_all(db, supervisors(db, today).await?).await?,
    })
}

/// Writes each reminder in its own transaction; returns how many were new.
async fn write_all(db: &Db, reminders: Vec<Reminder>) -> Result<usize, sqlx::Error> {
    let mut written = 0;
    for reminder in reminders {
        let mut tx = db.begin().await?;
        let new = notify::notify(
            &mut tx,
            &NewNotification {
                organization_id: reminder.organization_id,
                user_id: reminder.user_id,
                notice: &reminder.notice,
                link: &reminder.link,
                dedupe_key: Some(&reminder.key),
            },
        )
        .await?;
        if new {
            write_audit(
                &mut tx,
                AuditEntry {
                    organization_id: Some(reminder.organization_id),
                    actor_user_id: None,
                    action: "notification.reminded",
                    entity: "user",
                    entity_id: Some(reminder.user_id),
                    detail: json!({ "kind": reminder.notice.code(), "key": reminder.key }),
                    ip: None,
                },
            )
            .await?;
            written += 1;
        }
        tx.commit().await?;
    }
    Ok(written)
}

#[derive(sqlx::FromRow)]
struct SoonRow {
    organization_id: Uuid,
    booking_id: Uuid,
    worker_id: Uuid,
    kind: String,
    starts_at: DateTime<Utc>,
    user_id: Uuid,
}

/// Booked interviews that start within 24 hours: the worker for their own, the company's
/// users for the supervisor's.
async fn interviews(db: &Db, now: DateTime<Utc>) -> Result<Vec<Reminder>, sqlx::Error> {
    let until = now + chrono::Duration::hours(INTERVIEW_AHEAD_HOURS);
    let rows = on_db!(db, pool => {
        sqlx::query_as::<_, SoonRow>(
            "SELECT b.organization_id, b.id AS booking_id, b.worker_id, b.kind, s.starts_at,
                    u.id AS user_id
             FROM interview_bookings b
             JOIN interview_slots s ON s.id = b.slot_id
             JOIN workers w ON w.id = b.worker_id
             JOIN users u ON (b.kind = 'worker' AND u.id = w.user_id)
                          OR (b.kind = 'supervisor' AND u.role = 'company' AND u.company_id = w.company_id)
             WHERE b.status = 'booked' AND s.starts_at > $1 AND s.starts_at <= $2
               AND u.disabled_at IS NULL",
        )
        .bind(now)
        .bind(until)
        .fetch_all(pool)
        .await
    })?;
    Ok(rows
        .into_iter()
        .map(|r| Reminder {
            organization_id: r.organization_id,
            user_id: r.user_id,
            notice: Notice::InterviewSoon {
                starts_at: r.starts_at,
            },
            // The worker's own page; a company user's page of the worker's interviews.
            link: if r.kind == "worker" {
                "/me/interviews".to_owned()
            } else {
                format!("/workers/{}/interviews", r.worker_id)
            },
            key: format!(
                "interview_soon:{}:{}",
                r.booking_id,
                r.starts_at.timestamp()
            ),
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct CardRow {
    organization_id: Uuid,
    worker_id: Uuid,
    user_id: Uuid,
    expires_on: NaiveDate,
}

/// Workers whose residence card expires within 3 months: one reminder at 3 months, one
/// at 2 weeks (a card entered late gets only the one that applies).
async fn cards(db: &Db, today: NaiveDate) -> Result<Vec<Reminder>, sqlx::Error> {
    let horizon = today
        .checked_add_months(Months::new(EXPIRY_NOTICE_MONTHS))
        .unwrap_or(today);
    let last = today
        .checked_add_days(Days::new(EXPIRY_URGENT_DAYS))
        .unwrap_or(today);
    let rows = on_db!(db, pool => {
        sqlx::query_as::<_, CardRow>(
            "SELECT w.organization_id, w.id AS worker_id, u.id AS user_id,
                    w.residence_card_expiry AS expires_on
             FROM workers w JOIN users u ON u.id = w.user_id
             WHERE w.residence_card_expiry >= $1 AND w.residence_card_expiry <= $2
               AND u.disabled_at IS NULL",
        )
        .bind(today)
        .bind(horizon)
        .fetch_all(pool)
        .await
    })?;
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

#[derive(sqlx::FromRow)]
struct SupervisorRow {
    organization_id: Uuid,
    worker_id: Uuid,
    worker: String,
    user_id: Uuid,
    due_on: NaiveDate,
}

/// The condition on worker `w` that nobody has booked its supervisor interview yet (the
/// reminders and the company's home ask the same).
pub const SUPERVISOR_NOT_BOOKED: &str = "NOT EXISTS (SELECT 1 FROM interview_bookings b
    WHERE b.organization_id = w.organization_id AND b.worker_id = w.id
      AND b.kind = 'supervisor' AND b.status = 'booked')";

/// Supervisor interviews due within 2 weeks (or overdue) with none booked: the company.
async fn supervisors(db: &Db, today: NaiveDate) -> Result<Vec<Reminder>, sqlx::Error> {
    let horizon = today
        .checked_add_days(Days::new(DUE_SOON_DAYS))
        .unwrap_or(today);
    let sql = format!(
        "SELECT w.organization_id, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker, u.id AS user_id,
                w.supervisor_interview_due_on AS due_on
         FROM workers w
         JOIN users u ON u.role = 'company' AND u.company_id = w.company_id
         WHERE w.supervisor_interview_due_on <= $1 AND u.disabled_at IS NULL
           AND {SUPERVISOR_NOT_BOOKED}"
    );
    let rows = on_db!(db, pool => {
        sqlx::query_as::<_, SupervisorRow>(&sql)
            .bind(horizon)
            .fetch_all(pool)
            .await
    })?;
    Ok(rows
        .into_iter()
        .map(|r| Reminder {
            organization_id: r.organization_id,
            user_id: r.user_id,
            link: format!("/workers/{}/interviews", r.worker_id),
            key: format!("supervisor_due:{}:{}", r.worker_id, r.due_on),
            notice: Notice::SupervisorInterviewDue {
                worker: r.worker,
                due_on: r.due_on,
            },
        })
        .collect())
}

#[cfg(test)]
mod tests;
