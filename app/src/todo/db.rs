//! The one read the homes need that no feature has: a company's supervisor interviews due
//! soon with none booked (the reminder job asks the same, for every company at once).

use chrono::NaiveDate;
use uuid::Uuid;

use crate::{
    db::{Db, on_db},
    notifications::reminders::SUPERVISOR_NOT_BOOKED,
};

#[derive(Debug, sqlx::FromRow)]
pub struct SupervisorRow {
    pub worker_id: Uuid,
    pub worker_name: String,
    pub due_on: NaiveDate,
}

/// The company's workers whose supervisor interview is due on or before `until`
/// (overdue ones included) and not booked, soonest first. Served by
/// `workers_org_company_idx` and `interview_bookings_worker_idx`.
pub async fn supervisor_interviews_due(
    db: &Db,
    organization_id: Uuid,
    company_id: Uuid,
    until: NaiveDate,
) -> Result<Vec<SupervisorRow>, sqlx::Error> {
    let sql = format!(
        "SELECT w.id AS worker_id, w.family_name || ' ' || w.given_name AS worker_name,
                w.supervisor_interview_due_on AS due_on
         FROM workers w
         WHERE w.organization_id = $1 AND w.company_id = $2
           AND w.supervisor_interview_due_on <= $3 AND {SUPERVISOR_NOT_BOOKED}
         ORDER BY w.supervisor_interview_due_on, w.id"
    );
    on_db!(db, pool => {
        sqlx::query_as::<_, SupervisorRow>(&sql)
            .bind(organization_id)
            .bind(company_id)
            .bind(until)
            .fetch_all(pool)
            .await
    })
}

#[cfg(test)]
mod tests;
