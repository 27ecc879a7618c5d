//! The dashboard's queries: every one reads a range of an index in due order, never a
//! whole table, and none runs per row. An interview's live booking comes in the same
//! query (a left join on the one booking a worker may hold per kind), so that a booked
//! interview is shown as booked, not overdue (`domain::interview_standing`).

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::db::{Db, fetch, search_condition};
use crate::domain::{CompanyId, OrganizationId, SupportKind, UserId, WorkerId};

/// The dashboard's filters; `None` is "all". `pattern` is the search's escaped `LIKE`
/// pattern (the worker's name, login id or company).
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter<'a> {
    pub company_id: Option<CompanyId>,
    pub field: Option<&'a str>,
    pub officer_id: Option<UserId>,
    pub pattern: Option<&'a str>,
    /// Workers whose contract ended before this day are former workers: off the lists
    /// (the default, 1970-01-01, keeps everybody).
    pub employed_on: NaiveDate,
}

/// Former workers (whose contract ended before `$8`) leave the due lists.
const EMPLOYED: &str = "(w.contract_ended_on IS NULL OR w.contract_ended_on >= $8)";

/// Former workers leave the lists of supports too, except job-change support (support 9),
/// which is owed precisely because their employment ended.
const EMPLOYED_OR_JOB_CHANGE: &str =
    "(w.contract_ended_on IS NULL OR w.contract_ended_on >= $8 OR s.kind = 'job_change')";

/// The filters on the worker `w`: `$3` company, `$4` field, `$5` staff member, `$7` the
/// search, and `employed` (one of the conditions above, or "1 = 1"). The company's name
/// and the login id come from subqueries, so that the counts, which join neither, are
/// searched alike.
fn filters(employed: &str) -> String {
    let search = search_condition(
        &[
            "w.family_name || ' ' || w.given_name",
            "w.given_name || ' ' || w.family_name",
            "(SELECT sc.name FROM companies sc WHERE sc.id = w.company_id)",
            "(SELECT su.login_id FROM users su WHERE su.id = w.user_id)",
        ],
        "$7",
    );
    format!(
        "($3 IS NULL OR w.company_id = $3)
    AND ($4 IS NULL OR w.field = $4)
    AND ($5 IS NULL OR w.support_officer_id = $5)
    AND {employed}
    AND {search}"
    )
}

#[derive(Debug, sqlx::FromRow)]
pub struct DueRow {
    /// The support's id; for an interview report, the interview booking's.
    pub item_id: Option<Uuid>,
    pub kind: Option<String>,
    pub title: Option<String>,
    pub due_on: NaiveDate,
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub company_name: String,
    /// When the interview this line is about is booked to start (a live booking: neither
    /// cancelled nor held yet); `None` for everything else.
    pub booked_at: Option<DateTime<Utc>>,
}

/// The live booking of support 10 (the interview with the worker) of support `s`, as `b`
/// with its slot `bs`. The database holds at most one live booking per worker and kind
/// (`interview_bookings_one_per_kind_idx`), so this never multiplies a line.
const WORKER_INTERVIEW_BOOKING: &str = "LEFT JOIN interview_bookings b
        ON s.kind = 'periodic_interview' AND b.organization_id = s.organization_id
       AND b.worker_id = s.worker_id AND b.kind = 'worker' AND b.status = 'booked'
    LEFT JOIN interview_slots bs ON bs.id = b.slot_id";

/// The live booking of worker `w`'s supervisor interview, as `b` with its slot `bs`.
const SUPERVISOR_INTERVIEW_BOOKING: &str = "LEFT JOIN interview_bookings b
        ON b.organization_id = w.organization_id AND b.worker_id = w.id
       AND b.kind = 'supervisor' AND b.status = 'booked'
    LEFT JOIN interview_slots bs ON bs.id = b.slot_id";

fn due_supports_sql() -> String {
    let filters = filters(EMPLOYED_OR_JOB_CHANGE);
    format!(
        "SELECT s.id AS item_id, s.kind, s.title, s.due_on, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name,
                bs.starts_at AS booked_at
         FROM supports s
         JOIN workers w ON w.id = s.worker_id
         JOIN companies c ON c.id = w.company_id
         {WORKER_INTERVIEW_BOOKING}
         WHERE s.organization_id = $1 AND s.status = 'planned'
           AND s.due_on IS NOT NULL AND s.due_on <= $2 AND {filters}
         ORDER BY s.due_on, s.id
         LIMIT $6"
    )
}

/// The query plan of the dashboard's list of due supports, as the database reports it
/// (`EXPLAIN QUERY PLAN` on SQLite, `EXPLAIN` on PostgreSQL), for the benchmark to show
/// which indexes serve it.
pub async fn explain_due_supports(
    db: &Db,
    organization_id: OrganizationId,
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
                    .bind(None::<&str>)
                    .bind(NaiveDate::default())
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
                .bind(None::<&str>)
                .bind(NaiveDate::default())
                .fetch_all(pool)
                .await
        }
    }
}

/// The `limit` most urgent planned supports due on or before `until` (overdue ones
/// included), support 10 with the start of its live booking. Served by
/// `supports_org_status_due_idx` (one status, a range of due dates, in due order, so the
/// limit stops the scan), then a primary-key lookup each for the worker and the company,
/// and for support 10 one into `interview_bookings_one_per_kind_idx`.
pub async fn due_supports(
    db: &Db,
    organization_id: OrganizationId,
    until: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    due_rows(
        db,
        &due_supports_sql(),
        organization_id,
        until,
        filter,
        limit,
    )
    .await
}

/// Runs a query of due lines with the dashboard's placeholders: `$1` the organization,
/// `$2` the day it is about, the filters (`$3`–`$5`, `$7`, `$8`) and `$6` the limit.
async fn due_rows(
    db: &Db,
    sql: &str,
    organization_id: OrganizationId,
    day: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    fetch!(all DueRow, db,
        sql,
        organization_id, day, filter.company_id, filter.field, filter.officer_id, limit,
        filter.pattern, filter.employed_on,
    )
}

/// A company's count. `overdue` and `booked` apply `domain::interview_standing` in SQL:
/// a booked interview is never overdue.
#[derive(Debug, sqlx::FromRow)]
pub struct CountRow {
    pub company_id: CompanyId,
    /// Past the due date and not booked.
    pub overdue: i64,
    /// Interviews booked (whatever their due date): neither overdue nor due soon.
    pub booked: i64,
    pub total: i64,
}

/// Per company: planned supports due by `until`, how many of them are interviews already
/// booked, and how many of the others are overdue (before `today`). Reads the due range
/// of `supports_org_status_due_idx` and, per row, the covering `workers_dashboard_idx`
/// (no company) and, for support 10, its live booking.
pub async fn due_support_counts(
    db: &Db,
    organization_id: OrganizationId,
    today: NaiveDate,
    until: NaiveDate,
    filter: Filter<'_>,
) -> Result<Vec<CountRow>, sqlx::Error> {
    let filters = filters(EMPLOYED_OR_JOB_CHANGE);
    let sql = format!(
        "SELECT w.company_id,
                SUM(CASE WHEN s.due_on < $6 AND b.id IS NULL THEN 1 ELSE 0 END) AS overdue,
                SUM(CASE WHEN b.id IS NULL THEN 0 ELSE 1 END) AS booked,
                COUNT(*) AS total
         FROM supports s
         JOIN workers w ON w.id = s.worker_id
         {WORKER_INTERVIEW_BOOKING}
         WHERE s.organization_id = $1 AND s.status = 'planned'
           AND s.due_on IS NOT NULL AND s.due_on <= $2 AND {filters}
         GROUP BY w.company_id"
    );
    fetch!(all CountRow, db,
        &sql,
        organization_id, until, filter.company_id, filter.field, filter.officer_id, today,
        filter.pattern, filter.employed_on,
    )
}

/// Per company: residence cards expiring (or supervisor interviews due) by `until`, how
/// many supervisor interviews of them are booked, and how many of the others are past.
pub async fn worker_date_counts(
    db: &Db,
    what: Expiring,
    organization_id: OrganizationId,
    today: NaiveDate,
    until: NaiveDate,
    filter: Filter<'_>,
) -> Result<Vec<CountRow>, sqlx::Error> {
    let column = what.column();
    let Booking { join, booked, .. } = what.booking();
    let filters = filters(EMPLOYED);
    let sql = format!(
        "SELECT w.company_id,
                SUM(CASE WHEN w.{column} < $6 AND NOT ({booked}) THEN 1 ELSE 0 END) AS overdue,
                SUM(CASE WHEN {booked} THEN 1 ELSE 0 END) AS booked,
                COUNT(*) AS total
         FROM workers w
         {join}
         WHERE w.organization_id = $1 AND w.{column} IS NOT NULL
           AND w.{column} <= $2 AND {filters}
         GROUP BY w.company_id"
    );
    fetch!(all CountRow, db,
        &sql,
        organization_id, until, filter.company_id, filter.field, filter.officer_id, today,
        filter.pattern, filter.employed_on,
    )
}

/// Fragments of SQL (fixed text, never user input) for a date's live booking.
struct Booking {
    join: &'static str,
    starts_at: &'static str,
    booked: &'static str,
}

/// A date kept on the worker that the dashboard lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expiring {
    ResidenceCard,
    Passport,
    /// The supervisor interview's due date (the worker interview's is support 10's).
    SupervisorInterview,
    /// The last day of the 5 years on 特定技能1号 (kept on the worker by `workers`).
    TotalStay,
}

impl Expiring {
    /// The worker column: one of these fixed names, never user input.
    fn column(self) -> &'static str {
        match self {
            Self::ResidenceCard => "residence_card_expiry",
            Self::Passport => "passport_expiry",
            Self::SupervisorInterview => "supervisor_interview_due_on",
            Self::TotalStay => "total_stay_ends_on",
        }
    }

    /// What the date's live booking adds to a query: the join, the booked start, and
    /// the condition "is booked". Only a supervisor interview is booked; a document never.
    fn booking(self) -> Booking {
        match self {
            Self::SupervisorInterview => Booking {
                join: SUPERVISOR_INTERVIEW_BOOKING,
                starts_at: "bs.starts_at",
                booked: "b.id IS NOT NULL",
            },
            Self::ResidenceCard | Self::Passport | Self::TotalStay => Booking {
                join: "",
                starts_at: "CAST(NULL AS TIMESTAMPTZ)",
                booked: "1 = 0",
            },
        }
    }

    /// What the row's `kind` says, as SQL (fixed text): a card whose renewal is applied
    /// for is "under review", not expiring (the special period).
    fn kind(self) -> &'static str {
        match self {
            Self::ResidenceCard => {
                "CASE WHEN w.renewal_applied_on IS NULL THEN 'residence_card'
                      ELSE 'renewal_under_review' END"
            }
            Self::Passport => "'passport'",
            Self::SupervisorInterview => "'supervisor_interview'",
            Self::TotalStay => "'total_stay'",
        }
    }
}

/// The `limit` soonest residence cards (or passports, or supervisor interviews) expiring
/// (falling due) on or before `until` (past ones included); a supervisor interview with
/// the start of its live booking. Served by `workers_org_card_expiry_idx`,
/// `workers_org_passport_expiry_idx` and `workers_org_supervisor_due_idx`, and for a
/// supervisor interview a lookup into `interview_bookings_one_per_kind_idx`.
pub async fn expiring(
    db: &Db,
    what: Expiring,
    organization_id: OrganizationId,
    until: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    let (column, kind) = (what.column(), what.kind());
    let Booking {
        join, starts_at, ..
    } = what.booking();
    let filters = filters(EMPLOYED);
    let sql = format!(
        "SELECT CAST(NULL AS UUID) AS item_id, CAST({kind} AS TEXT) AS kind,
                CAST(NULL AS TEXT) AS title,
                w.{column} AS due_on, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name,
                {starts_at} AS booked_at
         FROM workers w
         JOIN companies c ON c.id = w.company_id
         {join}
         WHERE w.organization_id = $1 AND w.{column} IS NOT NULL
           AND w.{column} <= $2 AND {filters}
         ORDER BY w.{column}, w.id
         LIMIT $6"
    );
    fetch!(all DueRow, db,
        &sql,
        organization_id, until, filter.company_id, filter.field, filter.officer_id, limit,
        filter.pattern, filter.employed_on,
    )
}

/// The support kinds whose due day the worker's dates decide, as an SQL list.
fn dated_kinds() -> String {
    SupportKind::ALL
        .into_iter()
        .filter(|k| k.dated())
        .map(|k| format!("'{}'", k.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Workers whose plan cannot say when a support is due: a dated support planned without
/// a due day (the contract, the application or the entry was never entered). Listed as
/// due `today`, by name. Served by `supports_org_status_due_idx` (planned, no due day).
pub async fn dates_missing(
    db: &Db,
    organization_id: OrganizationId,
    today: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    let filters = filters(EMPLOYED);
    let sql = format!(
        "SELECT CAST(NULL AS UUID) AS item_id, CAST('dates_missing' AS TEXT) AS kind,
                CAST(NULL AS TEXT) AS title, $2 AS due_on, w.id AS worker_id,
                w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name,
                CAST(NULL AS TIMESTAMPTZ) AS booked_at
         FROM workers w
         JOIN companies c ON c.id = w.company_id
         WHERE w.organization_id = $1
           AND w.id IN (SELECT s.worker_id FROM supports s
                        WHERE s.organization_id = $1 AND s.status = 'planned'
                          AND s.due_on IS NULL AND s.kind IN ({}))
           AND {filters}
         ORDER BY worker_name, w.id
         LIMIT $6",
        dated_kinds()
    );
    due_rows(db, &sql, organization_id, today, filter, limit).await
}

/// Deliveries given after their due day since `since`, oldest first: each stays listed a
/// year, for staff to explain it. The kind comes as `late:<kind>`. Served by
/// `support_deliveries_late_idx`.
pub async fn late_deliveries(
    db: &Db,
    organization_id: OrganizationId,
    since: NaiveDate,
    filter: Filter<'_>,
    limit: i64,
) -> Result<Vec<DueRow>, sqlx::Error> {
    let filters = filters(EMPLOYED);
    let sql = format!(
        "SELECT s.id AS item_id, 'late:' || s.kind AS kind, s.title, d.delivered_on AS due_on,
                w.id AS worker_id, w.family_name || ' ' || w.given_name AS worker_name,
                c.name AS company_name, CAST(NULL AS TIMESTAMPTZ) AS booked_at
         FROM support_deliveries d
         JOIN supports s ON s.id = d.support_id
         JOIN workers w ON w.id = s.worker_id
         JOIN companies c ON c.id = w.company_id
         WHERE d.organization_id = $1 AND d.late AND d.superseded_at IS NULL
           AND d.delivered_on >= $2 AND {filters}
         ORDER BY d.delivered_on, d.id
         LIMIT $6"
    );
    due_rows(db, &sql, organization_id, since, filter, limit).await
}

mod interview_lines;

pub use interview_lines::{face_to_face_missed, reports_to_send};

#[cfg(test)]
mod tests;
