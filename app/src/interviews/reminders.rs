//! The reminders interviews offer the reminder job (`crate::reminders`): an interview
//! within 24 hours, and a supervisor interview due within 2 weeks and not booked.

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::{
    db::{Db, fetch},
    domain::{BookingId, DUE_SOON_DAYS, INTERVIEW_AHEAD_HOURS, OrganizationId, UserId, WorkerId},
    notifications::{Notice, Reminder},
    paths,
};

#[derive(sqlx::FromRow)]
struct SoonRow {
    organization_id: OrganizationId,
    booking_id: BookingId,
    worker_id: WorkerId,
    kind: String,
    starts_at: DateTime<Utc>,
    user_id: UserId,
}

/// Booked interviews that start within 24 hours: the worker for their own, the company's
/// users for the supervisor's.
pub async fn interviews_soon(db: &Db, now: DateTime<Utc>) -> Result<Vec<Reminder>, sqlx::Error> {
    let until = now + chrono::Duration::hours(INTERVIEW_AHEAD_HOURS);
    let rows = fetch!(all SoonRow, db,
        "SELECT b.organization_id, b.id AS booking_id, b.worker_id, b.kind, s.starts_at,
                u.id AS user_id
         FROM interview_bookings b
         JOIN interview_slots s ON s.id = b.slot_id
         JOIN workers w ON w.id = b.worker_id
         JOIN users u ON (b.kind = 'worker' AND u.id = w.user_id)
                      OR (b.kind = 'supervisor' AND u.role = 'company' AND u.company_id = w.company_id)
         WHERE b.status = 'booked' AND s.starts_at > $1 AND s.starts_at <= $2
           AND u.disabled_at IS NULL",
        now, until,
    )?;
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
                paths::worker_interviews(r.worker_id)
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
struct SupervisorRow {
    organization_id: OrganizationId,
    worker_id: WorkerId,
    worker: String,
    user_id: UserId,
    due_on: NaiveDate,
}

/// The condition on worker `w` that nobody has booked its supervisor interview yet (the
/// reminders and the company's home ask the same).
pub const SUPERVISOR_NOT_BOOKED: &str = "NOT EXISTS (SELECT 1 FROM interview_bookings b
    WHERE b.organization_id = w.organization_id AND b.worker_id = w.id
      AND b.kind = 'supervisor' AND b.status = 'booked')";

/// Supervisor interviews due within 2 weeks (or overdue) with none booked: the company.
pub async fn supervisors_due(db: &Db, today: NaiveDate) -> Result<Vec<Reminder>, sqlx::Error> {
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
           AND (w.contract_ended_on IS NULL OR w.contract_ended_on >= $2)
           AND {SUPERVISOR_NOT_BOOKED}"
    );
    let rows = fetch!(all SupervisorRow, db, &sql, horizon, today)?;
    Ok(rows
        .into_iter()
        .map(|r| Reminder {
            organization_id: r.organization_id,
            user_id: r.user_id,
            link: paths::worker_interviews(r.worker_id),
            key: format!("supervisor_due:{}:{}", r.worker_id, r.due_on),
            notice: Notice::SupervisorInterviewDue {
                worker: r.worker,
                due_on: r.due_on,
            },
        })
        .collect())
}
