//! The dashboard's queries: every one reads a range of an index in due order, never a
//! whole table, and none runs per row.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::db::{Db, on_db};

/// The dashboard's filters; `None` is "all".
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter<'a> {
    pub company_id: Option<Uuid>,
    pub field: Option<&'a str>,
    pub officer_id: Option<Uuid>,
}

const FILTERS: &str = "($3 IS NULL OR w.company_id = $3)
    AND ($4 IS NULL OR w.field = $4)
    AND ($5 IS NULL OR w.support_officer_id = $5)";

#[derive(Debug, sqlx::FromRow)]
pub struct DueRow {
    /// The support's id; for an interview report, the interview booking's.
    pub item_id: Option<Uuid>,
    pub kind: Option<String>,
    pub title: Option<String>,
    pub due_on: NaiveDate,
    pub worker_id: Uuid,
    pub worker_name: String,
    pub company_name: String,
}

fn due_supports_sql() -> String {
    format!(
        "SELECT s.id AS item_id, s.kind, s.title, s.due_on, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name
         FROM supports s
         JOIN workers w ON w.id = s.worker_id
         JOIN companies c ON c.id = w.company_id
         WHERE s.organization_id = $1 AND s.status = 'planned'
           AND s.due_on IS NOT NULL AND s.due_on <= $2 AND {FILTERS}
         ORDER BY s.due_on, s.id
         LIMIT $6"
    )
}

/// The query plan of the dashboard's list of due supports, as the database reports it
/// (`EXPLAIN QUERY PLAN` on SQLite, `EXPLAIN` on PostgreSQL), for the benchmark to show
/// which indexes serve it.
pub async fn explain_due_supports(
    db: &Db,
    organization_id: Uuid,
    until: NaiveDate,
) -> Result<Vec<String>, sqlx::Error> {
    let sql = due_supports_sql();
    let none: Option<Uuid> = None;
    let limit: i64 = 100;
    match db {
        Db::Sqlite(pool) => {
            let rows: Vec<(i64, i64, i64, String)> =
                sqlx::query_as(&format!("EXPLAIN QUERY PLAN {sql}"))
                    .bind(organization_id)
                    .bind(until)
                    .bind(none)
                    .bind(None::<&str>)
                    .bind(none)
                    .bind(limit)
                    .fetch_all(pool)
                    .await?;
            Ok(rows.into_iter().map(|(_, _, _, detail)| detail).collect())
        }
        Db::Postgres(pool) => {
            sqlx::query_scalar(&format!("EXPLAIN {sql}"))
                .bind(organization_id)
                .bind(until)
                .bind(none)
                .bind(None::<&str>)
                .bind(none)
                .bind(limit)
                .fetch_all(pool)
                .await
        }
    }
}

/// The `limit` most urgent planned supports due on or before `until` (overdue ones
/// included). Served by `supports_org_status_due_idx` (one status, a range of due dates,
/// in due order, so the limit stops the scan), then a primary-key lookup each for the
/// worker and the company.
pub async fn due_supports(
    db: &Db,
    organization_id: Uuid,
    until: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    let sql = due_supports_sql();
    on_db!(db, pool => {
        sqlx::query_as::<_, DueRow>(&sql)
            .bind(organization_id)
            .bind(until)
            .bind(filter.company_id)
            .bind(filter.field)
            .bind(filter.officer_id)
            .bind(limit)
            .fetch_all(pool)
            .await
    })
}

#[derive(Debug, sqlx::FromRow)]
pub struct CountRow {
    pub company_id: Uuid,
    pub overdue: i64,
    pub total: i64,
}

/// Per company: planned supports due by `until`, and how many are overdue (before
/// `today`). Reads the due range of `supports_org_status_due_idx` and, per row, only the
/// covering `workers_dashboard_idx`: no table row, no company.
pub async fn due_support_counts(
    db: &Db,
    organization_id: Uuid,
    today: NaiveDate,
    until: NaiveDate,
    filter: Filter<'_>,
) -> Result<Vec<CountRow>, sqlx::Error> {
    let sql = format!(
        "SELECT w.company_id, SUM(CASE WHEN s.due_on < $6 THEN 1 ELSE 0 END) AS overdue,
                COUNT(*) AS total
         FROM supports s
         JOIN workers w ON w.id = s.worker_id
         WHERE s.organization_id = $1 AND s.status = 'planned'
           AND s.due_on IS NOT NULL AND s.due_on <= $2 AND {FILTERS}
         GROUP BY w.company_id"
    );
    on_db!(db, pool => {
        sqlx::query_as::<_, CountRow>(&sql)
            .bind(organization_id)
            .bind(until)
            .bind(filter.company_id)
            .bind(filter.field)
            .bind(filter.officer_id)
            .bind(today)
            .fetch_all(pool)
            .await
    })
}

/// Per company: residence cards expiring (or supervisor interviews due) by `until`, and
/// how many are past.
pub async fn worker_date_counts(
    db: &Db,
    what: Expiring,
    organization_id: Uuid,
    today: NaiveDate,
    until: NaiveDate,
    filter: Filter<'_>,
) -> Result<Vec<CountRow>, sqlx::Error> {
    let column = what.column();
    let sql = format!(
        "SELECT w.company_id,
                SUM(CASE WHEN w.{column} < $6 THEN 1 ELSE 0 END) AS overdue,
                COUNT(*) AS total
         FROM workers w
         WHERE w.organization_id = $1 AND w.{column} IS NOT NULL
           AND w.{column} <= $2 AND {FILTERS}
         GROUP BY w.company_id"
    );
    on_db!(db, pool => {
        sqlx::query_as::<_, CountRow>(&sql)
            .bind(organization_id)
            .bind(until)
            .bind(filter.company_id)
            .bind(filter.field)
            .bind(filter.officer_id)
            .bind(today)
            .fetch_all(pool)
            .await
    })
}

/// A date kept on the worker that the dashboard lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expiring {
    ResidenceCard,
    Passport,
    /// The supervisor interview's due date (the worker interview's is support 10's).
    SupervisorInterview,
}

impl Expiring {
    /// The worker column: one of these fixed names, never user input.
    fn column(self) -> &'static str {
        match self {
            Self::ResidenceCard => "residence_card_expiry",
            Self::Passport => "passport_expiry",
            Self::SupervisorInterview => "supervisor_interview_due_on",
        }
    }

    /// What the row's `kind` says.
    fn kind(self) -> &'static str {
        match self {
            Self::ResidenceCard => "residence_card",
            Self::Passport => "passport",
            Self::SupervisorInterview => "supervisor_interview",
        }
    }
}

/// The `limit` soonest residence cards (or passports) expiring on or before `until`
/// (expired ones included); `kind` is `residence_card` or `passport`. Served by
/// `workers_org_card_expiry_idx` and `workers_org_passport_expiry_idx`.
pub async fn expiring(
    db: &Db,
    what: Expiring,
    organization_id: Uuid,
    until: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    let (column, kind) = (what.column(), what.kind());
    let sql = format!(
        "SELECT CAST(NULL AS UUID) AS item_id, CAST('{kind}' AS TEXT) AS kind,
                CAST(NULL AS TEXT) AS title,
                w.{column} AS due_on, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name
         FROM workers w
         JOIN companies c ON c.id = w.company_id
         WHERE w.organization_id = $1 AND w.{column} IS NOT NULL
           AND w.{column} <= $2 AND {FILTERS}
         ORDER BY w.{column}, w.id
         LIMIT $6"
    );
    on_db!(db, pool => {
        sqlx::query_as::<_, DueRow>(&sql)
            .bind(organization_id)
            .bind(until)
            .bind(filter.company_id)
            .bind(filter.field)
            .bind(filter.officer_id)
            .bind(limit)
            .fetch_all(pool)
            .await
    })
}

/// Reports to the authorities that interviews showed are needed and not yet sent, oldest
/// interview first. Served by `interview_records_report_idx`.
pub async fn reports_to_send(
    db: &Db,
    organization_id: Uuid,
    today: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    let sql = format!(
        "SELECT r.booking_id AS item_id, CAST('interview_report' AS TEXT) AS kind,
                CAST(NULL AS TEXT) AS title, r.held_on AS due_on, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name
         FROM interview_records r
         JOIN workers w ON w.id = r.worker_id
         JOIN companies c ON c.id = w.company_id
         WHERE r.organization_id = $1 AND r.report_done_at IS NULL
           AND (r.report_labour_office OR r.report_immigration)
           AND r.held_on <= $2 AND {FILTERS}
         ORDER BY r.held_on, r.booking_id
         LIMIT $6"
    );
    on_db!(db, pool => {
        sqlx::query_as::<_, DueRow>(&sql)
            .bind(organization_id)
            .bind(today)
            .bind(filter.company_id)
            .bind(filter.field)
            .bind(filter.officer_id)
            .bind(limit)
            .fetch_all(pool)
            .await
    })
}
