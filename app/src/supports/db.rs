//! Support queries. Every query names the organization; the service decides who may see
//! which worker. Every update names the version it was read at (optimistic concurrency).

pub(super) mod dashboard;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::db::{Db, Tx, execute, fetch, on_tx};
use crate::domain::{CompanyId, OrganizationId, SupportId, UserId, WorkerId};

/// Stored as `kind` for a support staff add of their own.
pub const VOLUNTARY: &str = "voluntary";

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SupportRow {
    pub id: SupportId,
    pub worker_id: WorkerId,
    pub kind: String,
    pub title: Option<String>,
    pub status: String,
    pub due_on: Option<NaiveDate>,
    pub version: i64,
    pub delivered_on: Option<NaiveDate>,
    pub duration_minutes: Option<i32>,
    pub delivered_by: Option<String>,
    pub language: Option<String>,
    pub mode: Option<String>,
    pub place: Option<String>,
    pub content: Option<String>,
    pub internal_note: Option<String>,
    pub not_applicable_reason: Option<String>,
    pub acknowledged_by_name: Option<String>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub confirmed_by_name: Option<String>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub sent_back_comment: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The worker's company, for the access rules.
    pub company_id: CompanyId,
    pub worker_name: String,
    pub company_name: String,
}

const SELECT_SUPPORTS: &str = "
    SELECT s.id, s.worker_id, s.kind, s.title, s.status, s.due_on, s.version, s.delivered_on,
           s.duration_minutes, s.delivered_by, s.language, s.mode, s.place, s.content,
           s.internal_note, s.not_applicable_reason,
           ack.display_name AS acknowledged_by_name, s.acknowledged_at,
           conf.display_name AS confirmed_by_name, s.confirmed_at,
           s.sent_back_comment, s.created_at,
           w.company_id,
           w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name
    FROM supports s
    JOIN workers w ON w.id = s.worker_id
    JOIN companies c ON c.id = w.company_id
    LEFT JOIN users ack ON ack.id = s.acknowledged_by
    LEFT JOIN users conf ON conf.id = s.confirmed_by";

/// Supports by one condition on the column `column` (`s.worker_id` or `s.id`).
async fn select_where(
    db: &Db,
    organization_id: OrganizationId,
    column: &str,
    value: Uuid,
) -> Result<Vec<SupportRow>, sqlx::Error> {
    let sql = format!("{SELECT_SUPPORTS} WHERE s.organization_id = $1 AND {column} = $2");
    fetch!(all SupportRow, db, &sql, organization_id, value)
}

/// A worker's plan, in no particular order (the service sorts by the catalogue).
pub async fn plan(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<SupportRow>, sqlx::Error> {
    select_where(db, organization_id, "s.worker_id", worker_id.uuid()).await
}

pub async fn find(
    db: &Db,
    organization_id: OrganizationId,
    id: SupportId,
) -> Result<Option<SupportRow>, sqlx::Error> {
    Ok(select_where(db, organization_id, "s.id", id.uuid())
        .await?
        .pop())
}

/// Delivered supports of one company's workers that may wait for its confirmation; the
/// service keeps those whose status says so.
pub async fn delivered_for_company(
    db: &Db,
    organization_id: OrganizationId,
    company_id: CompanyId,
) -> Result<Vec<SupportRow>, sqlx::Error> {
    let sql = format!(
        "{SELECT_SUPPORTS}
         WHERE s.organization_id = $1 AND s.status IN ('done', 'acknowledged', 'reopened')
           AND w.company_id = $2
         ORDER BY s.delivered_on, worker_name, s.id"
    );
    fetch!(all SupportRow, db, &sql, organization_id, company_id)
}

/// A new support row (a plan line or a voluntary support).
pub struct NewSupport<'a> {
    pub organization_id: OrganizationId,
    pub worker_id: WorkerId,
    pub kind: &'a str,
    pub title: Option<&'a str>,
    pub status: &'a str,
    pub due_on: Option<NaiveDate>,
    pub not_applicable_reason: Option<&'a str>,
}

pub async fn insert(tx: &mut Tx, new: &NewSupport<'_>) -> Result<SupportId, sqlx::Error> {
    let (id, now) = (SupportId::new_v7(), Utc::now());
    execute!(tx: tx,
        "INSERT INTO supports (id, organization_id, worker_id, kind, title, status, due_on,
                               not_applicable_reason, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
        id,
        new.organization_id,
        new.worker_id,
        new.kind,
        new.title,
        new.status,
        new.due_on,
        new.not_applicable_reason,
        now,
    )?;
    Ok(id)
}

/// Which row, at which version, moves to which status.
pub struct Change<'a> {
    pub organization_id: OrganizationId,
    pub id: SupportId,
    pub version: i64,
    pub status: &'a str,
    pub by: UserId,
}

/// A delivery as stored.
pub struct DeliveryValues<'a> {
    pub delivered_on: NaiveDate,
    pub duration_minutes: i32,
    pub delivered_by: &'a str,
    pub language: &'a str,
    pub mode: &'a str,
    pub place: &'a str,
    pub content: &'a str,
    pub internal_note: &'a str,
}

/// Records (or corrects) a delivery. A correction clears the worker's and the company's
/// confirmations: they must confirm the corrected record again. Returns whether the row was
/// still at the expected version.
pub async fn record_delivery(
    tx: &mut Tx,
    change: &Change<'_>,
    d: &DeliveryValues<'_>,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE supports SET status = $4, version = version + 1, delivered_on = $5,
                duration_minutes = $6, delivered_by = $7, language = $8, mode = $9,
                place = $10, content = $11, internal_note = $12, recorded_by = $13,
                updated_by = $13,
                acknowledged_by = NULL, acknowledged_at = NULL,
                confirmed_by = NULL, confirmed_at = NULL, sent_back_comment = NULL,
                updated_at = $14
         WHERE organization_id = $1 AND id = $2 AND version = $3",
        change.organization_id,
        change.id,
        change.version,
        change.status,
        d.delivered_on,
        d.duration_minutes,
        d.delivered_by,
        d.language,
        d.mode,
        d.place,
        d.content,
        d.internal_note,
        change.by,
        Utc::now(),
    )
    .map(|done| done == 1)
}

/// The other changes: which columns they set besides the status.
pub enum Mark<'a> {
    NotApplicable { reason: &'a str },
    Replan,
    Acknowledge,
    Confirm,
    SendBack { comment: &'a str },
}

pub async fn mark(tx: &mut Tx, change: &Change<'_>, mark: Mark<'_>) -> Result<bool, sqlx::Error> {
    // Only the placeholders a statement uses are bound: PostgreSQL refuses parameters it
    // cannot type. $1 status, $2 organization, $3 id, $4 by, $5 now, $6 version, $7 text.
    let (set, text) = match mark {
        Mark::NotApplicable { reason } => ("not_applicable_reason = $7", Some(reason)),
        Mark::Replan => ("not_applicable_reason = NULL", None),
        Mark::Acknowledge => ("acknowledged_by = $4, acknowledged_at = $5", None),
        Mark::Confirm => (
            "confirmed_by = $4, confirmed_at = $5, sent_back_comment = NULL",
            None,
        ),
        Mark::SendBack { comment } => ("sent_back_comment = $7", Some(comment)),
    };
    let sql = format!(
        "UPDATE supports SET status = $1, version = version + 1, updated_by = $4,
                updated_at = $5, {set}
         WHERE organization_id = $2 AND id = $3 AND version = $6"
    );
    on_tx!(tx, conn => {
        let query = sqlx::query(&sql)
            .bind(change.status)
            .bind(change.organization_id)
            .bind(change.id)
            .bind(change.by)
            .bind(Utc::now())
            .bind(change.version);
        let query = match text {
            Some(text) => query.bind(text),
            None => query,
        };
        query
            .execute(conn)
            .await
            .map(|done| done.rows_affected() == 1)
    })
}

#[derive(Debug, sqlx::FromRow)]
pub struct HistoryRow {
    pub at: DateTime<Utc>,
    pub actor: Option<String>,
    pub action: String,
    pub detail: String,
}

/// The audit lines of one support, oldest first.
pub async fn history(
    db: &Db,
    organization_id: OrganizationId,
    id: SupportId,
) -> Result<Vec<HistoryRow>, sqlx::Error> {
    fetch!(all HistoryRow, db,
        "SELECT a.at, u.display_name AS actor, a.action, a.detail
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
         WHERE a.entity = 'support' AND a.entity_id = $2 AND a.organization_id = $1
         ORDER BY a.at, a.id",
        organization_id, id,
    )
}

/// The organization's name, for the printed record's header.
pub async fn organization_name(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<String, sqlx::Error> {
    fetch!(scalar String, db, "SELECT name FROM organizations WHERE id = $1", organization_id)
}

/// What re-planning needs of each mandatory support of a worker.
#[derive(Debug, sqlx::FromRow)]
pub struct PlanLineRow {
    pub id: SupportId,
    pub kind: String,
    pub status: String,
    pub version: i64,
    pub due_on: Option<NaiveDate>,
    pub delivered_on: Option<NaiveDate>,
    pub not_applicable_reason: Option<String>,
}

pub async fn plan_lines(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<PlanLineRow>, sqlx::Error> {
    fetch!(all PlanLineRow, tx: tx,
        "SELECT id, kind, status, version, due_on, delivered_on, not_applicable_reason
         FROM supports
         WHERE organization_id = $1 AND worker_id = $2 AND kind <> 'voluntary'",
        organization_id, worker_id,
    )
}

/// Moves a line to a new due date and status (re-planning after the worker's dates
/// changed); false when it changed meanwhile.
pub async fn replan_line(
    tx: &mut Tx,
    line: &PlanLineRow,
    status: &str,
    due_on: Option<NaiveDate>,
    reason: Option<&str>,
    by: UserId,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE supports SET status = $3, due_on = $4, not_applicable_reason = $5,
                version = version + 1, updated_by = $6, updated_at = $7
         WHERE id = $1 AND version = $2",
        line.id, line.version, status, due_on, reason, by, Utc::now(),
    )
    .map(|done| done == 1)
}
