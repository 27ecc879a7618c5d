//! The dashboard's lines that interview records raise: a report to the authorities still
//! to send, and a video interview that should have been face to face.

use chrono::NaiveDate;

use super::{DueRow, EMPLOYED, Filter, due_rows, filters};
use crate::db::{Db, fetch};
use crate::domain::OrganizationId;

/// Reports to the authorities that interviews showed are needed and not yet sent, oldest
/// interview first. Served by `interview_records_report_idx`.
pub async fn reports_to_send(
    db: &Db,
    organization_id: OrganizationId,
    today: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    // A report owed to the authorities is owed whether or not the worker is still there.
    let filters = filters("1 = 1");
    let sql = format!(
        "SELECT r.booking_id AS item_id, CAST('interview_report' AS TEXT) AS kind,
                CAST(NULL AS TEXT) AS title, r.held_on AS due_on, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name,
                CAST(NULL AS TIMESTAMPTZ) AS booked_at
         FROM interview_records r
         JOIN workers w ON w.id = r.worker_id
         JOIN companies c ON c.id = w.company_id
         WHERE r.organization_id = $1 AND r.report_done_at IS NULL
           AND (r.report_labour_office OR r.report_immigration)
           AND r.held_on <= $2 AND {filters}
         ORDER BY r.held_on, r.booking_id
         LIMIT $6"
    );
    fetch!(all DueRow, db,
        &sql,
        organization_id, today, filter.company_id, filter.field, filter.officer_id, limit,
        filter.pattern,
    )
}

/// Video interviews held since `since` that should have been face to face (the first, the
/// first with a new staff member, or none face to face in a year), oldest first: each
/// stays listed a year. The kind comes as `face_to_face:<reason>`. Served by
/// `interview_records_face_to_face_idx`.
pub async fn face_to_face_missed(
    db: &Db,
    organization_id: OrganizationId,
    since: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    let filters = filters(EMPLOYED);
    let sql = format!(
        "SELECT r.booking_id AS item_id, 'face_to_face:' || r.face_to_face_missed AS kind,
                CAST(NULL AS TEXT) AS title, r.held_on AS due_on, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name,
                CAST(NULL AS TIMESTAMPTZ) AS booked_at
         FROM interview_records r
         JOIN workers w ON w.id = r.worker_id
         JOIN companies c ON c.id = w.company_id
         WHERE r.organization_id = $1 AND r.face_to_face_missed IS NOT NULL
           AND r.held_on >= $2 AND {filters}
         ORDER BY r.held_on, r.booking_id
         LIMIT $6"
    );
    due_rows(db, &sql, organization_id, since, filter, limit).await
}
