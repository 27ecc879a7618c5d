//! The one read the homes need that no feature has: a company's supervisor interviews due
//! soon, booked or not (the reminder job asks for the unbooked ones of every company).

use chrono::{DateTime, NaiveDate, Utc};

use crate::db::{Db, fetch};
use crate::domain::{CompanyId, OrganizationId, WorkerId};

#[derive(Debug, sqlx::FromRow)]
pub struct SupervisorRow {
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub due_on: NaiveDate,
    /// The start of its live booking, if it has one.
    pub booked_at: Option<DateTime<Utc>>,
}

/// The company's workers whose supervisor interview is due on or before `until`
/// (overdue ones included), with the start of its booking if booked, soonest due first.
/// Served by `workers_org_company_idx` and `interview_bookings_worker_idx`.
pub async fn supervisor_interviews_due(
    db: &Db,
    organization_id: OrganizationId,
    company_id: CompanyId,
    until: NaiveDate,
) -> Result<Vec<SupervisorRow>, sqlx::Error> {
    let sql = "SELECT w.id AS worker_id, w.family_name || ' ' || w.given_name AS worker_name,
                w.supervisor_interview_due_on AS due_on,
                (SELECT MIN(s.starts_at) FROM interview_bookings b
                 JOIN interview_slots s ON s.id = b.slot_id
                 WHERE b.organization_id = w.organization_id AND b.worker_id = w.id
                   AND b.kind = 'supervisor' AND b.status = 'booked') AS booked_at
         FROM workers w
         WHERE w.organization_id = $1 AND w.company_id = $2
           AND w.supervisor_interview_due_on <= $3
         ORDER BY w.supervisor_interview_due_on, w.id";
    fetch!(all SupervisorRow, db, sql, organization_id, company_id, until)
}

#[cfg(test)]
mod tests;
