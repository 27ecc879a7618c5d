//! Support queries. Every query names the organization; the service decides who may see
//! which worker. Every update names the version it was read at (optimistic concurrency).

pub(super) mod dashboard;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::db::{Db, Tx, execute, fetch};
use crate::domain::{CompanyId, DeliveryId, OrganizationId, SupportId, UserId, WorkerId};

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
    pub reason: Option<String>,
    pub not_delivered_on: Option<NaiveDate>,
    /// The latest current delivery, whose fields follow (all `None` without one).
    pub delivery_id: Option<DeliveryId>,
    pub delivered_on: Option<NaiveDate>,
    pub duration_minutes: Option<i32>,
    pub delivered_by: Option<String>,
    pub language: Option<String>,
    pub interpreter: Option<String>,
    pub mode: Option<String>,
    pub place: Option<String>,
    pub content: Option<String>,
    pub internal_note: Option<String>,
    pub sessions: Option<String>,
    pub late: Option<bool>,
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
    SELECT s.id, s.worker_id, s.kind, s.title, s.status, s.due_on, s.version, s.reason,
           s.not_delivered_on, d.id AS delivery_id, d.delivered_on, d.duration_minutes,
           d.delivered_by, d.language, d.interpreter, d.mode, d.place, d.content,
           d.internal_note, d.sessions, d.late,
           ack.display_name AS acknowledged_by_name, d.acknowledged_at,
           conf.display_name AS confirmed_by_name, d.confirmed_at,
           d.sent_back_comment, s.created_at,
           w.company_id,
           w.family_name || ' ' || w.given_name AS worker_name, c.name AS company_name
    FROM supports s
    JOIN workers w ON w.id = s.worker_id
    JOIN companies c ON c.id = w.company_id
    LEFT JOIN support_deliveries d ON d.id = s.latest_delivery_id
    LEFT JOIN users ack ON ack.id = d.acknowledged_by
    LEFT JOIN users conf ON conf.id = d.confirmed_by";

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
         ORDER BY d.delivered_on, worker_name, s.id"
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
    pub reason: Option<&'a str>,
}

pub async fn insert(tx: &mut Tx, new: &NewSupport<'_>) -> Result<SupportId, sqlx::Error> {
    let (id, now) = (SupportId::new_v7(), Utc::now());
    execute!(tx: tx,
        "INSERT INTO supports (id, organization_id, worker_id, kind, title, status, due_on,
                               reason, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
        id,
        new.organization_id,
        new.worker_id,
        new.kind,
        new.title,
        new.status,
        new.due_on,
        new.reason,
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
pub struct NewDelivery<'a> {
    pub organization_id: OrganizationId,
    pub support_id: SupportId,
    /// The version this one corrects, and why.
    pub corrects: Option<(DeliveryId, &'a str)>,
    pub delivered_on: NaiveDate,
    pub duration_minutes: i32,
    pub delivered_by: &'a str,
    pub language: &'a str,
    pub interpreter: Option<&'a str>,
    pub mode: &'a str,
    pub place: &'a str,
    pub content: &'a str,
    pub internal_note: &'a str,
    pub sessions: Option<&'a str>,
    pub late: bool,
    pub recorded_by: UserId,
}

/// Adds a delivery; a correction marks the version it replaces as superseded (it stays
/// readable). The caller moves the support on in the same transaction ([`move_line`]).
pub async fn insert_delivery(tx: &mut Tx, d: &NewDelivery<'_>) -> Result<DeliveryId, sqlx::Error> {
    let (id, now) = (DeliveryId::new_v7(), Utc::now());
    let (corrects, reason) = d.corrects.unzip();
    execute!(tx: tx,
        "INSERT INTO support_deliveries (id, organization_id, support_id, corrects_id,
                correction_reason, delivered_on, duration_minutes, delivered_by, language,
                interpreter, mode, place, content, internal_note, late, recorded_by,
                created_at, sessions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
                 $18)",
        id,
        d.organization_id,
        d.support_id,
        corrects,
        reason,
        d.delivered_on,
        d.duration_minutes,
        d.delivered_by,
        d.language,
        d.interpreter,
        d.mode,
        d.place,
        d.content,
        d.internal_note,
        d.late,
        d.recorded_by,
        now,
        d.sessions,
    )?;
    if let Some(old) = corrects {
        execute!(tx: tx,
            "UPDATE support_deliveries SET superseded_at = $3
             WHERE organization_id = $1 AND id = $2 AND superseded_at IS NULL",
            d.organization_id, old, now,
        )?;
    }
    Ok(id)
}

/// The support's latest current delivery: the newest by its day, then by when it was
/// recorded (a delivery recorded late for an earlier day does not hide a newer one).
pub const LATEST_DELIVERY: &str = "(SELECT d.id FROM support_deliveries d
     WHERE d.support_id = supports.id AND d.superseded_at IS NULL
     ORDER BY d.delivered_on DESC, d.created_at DESC, d.id DESC LIMIT 1)";

/// Moves a support to its new status at the version it was read at, pointing at its
/// latest current delivery; false when it changed meanwhile.
pub async fn move_line(tx: &mut Tx, change: &Change<'_>) -> Result<bool, sqlx::Error> {
    let sql = format!(
        "UPDATE supports SET status = $4, version = version + 1,
                latest_delivery_id = {LATEST_DELIVERY}, updated_by = $5, updated_at = $6
         WHERE organization_id = $1 AND id = $2 AND version = $3"
    );
    execute!(tx: tx, &sql,
        change.organization_id,
        change.id,
        change.version,
        change.status,
        change.by,
        Utc::now(),
    )
    .map(|done| done == 1)
}

/// The changes without a new delivery: which columns they set besides the status.
pub enum Mark<'a> {
    NotApplicable {
        reason: &'a str,
    },
    NotDelivered {
        reason: &'a str,
        on: NaiveDate,
    },
    Replan,
    /// The worker's acknowledgement of the given delivery.
    Acknowledge {
        delivery: DeliveryId,
    },
    /// The company's confirmation: of every current delivery of the support that has none.
    Confirm,
    /// The company sends the given delivery back.
    SendBack {
        delivery: DeliveryId,
        comment: &'a str,
    },
}

pub async fn mark(tx: &mut Tx, change: &Change<'_>, mark: Mark<'_>) -> Result<bool, sqlx::Error> {
    // $1 status, $2 organization, $3 id, $4 by, $5 now, $6 version.
    let line = |set: &str| {
        format!(
            "UPDATE supports SET status = $1, version = version + 1, updated_by = $4,
                    updated_at = $5{set}
             WHERE organization_id = $2 AND id = $3 AND version = $6"
        )
    };
    let now = Utc::now();
    let c = change;
    let moved = match mark {
        Mark::NotApplicable { reason } => execute!(tx: tx,
            &line(", reason = $7, not_delivered_on = NULL"),
            c.status, c.organization_id, c.id, c.by, now, c.version, reason,
        )?,
        Mark::NotDelivered { reason, on } => execute!(tx: tx,
            &line(", reason = $7, not_delivered_on = $8"),
            c.status, c.organization_id, c.id, c.by, now, c.version, reason, on,
        )?,
        Mark::Replan => execute!(tx: tx,
            &line(", reason = NULL, not_delivered_on = NULL"),
            c.status, c.organization_id, c.id, c.by, now, c.version,
        )?,
        Mark::Acknowledge { delivery } => {
            execute!(tx: tx,
                "UPDATE support_deliveries SET acknowledged_by = $3, acknowledged_at = $4
                 WHERE organization_id = $1 AND id = $2",
                c.organization_id, delivery, c.by, now,
            )?;
            execute!(tx: tx, &line(""), c.status, c.organization_id, c.id, c.by, now, c.version)?
        }
        Mark::Confirm => {
            execute!(tx: tx,
                "UPDATE support_deliveries SET confirmed_by = $3, confirmed_at = $4,
                        sent_back_comment = NULL
                 WHERE organization_id = $1 AND support_id = $2 AND superseded_at IS NULL
                   AND confirmed_at IS NULL",
                c.organization_id, c.id, c.by, now,
            )?;
            execute!(tx: tx, &line(""), c.status, c.organization_id, c.id, c.by, now, c.version)?
        }
        Mark::SendBack { delivery, comment } => {
            execute!(tx: tx,
                "UPDATE support_deliveries SET sent_back_comment = $3
                 WHERE organization_id = $1 AND id = $2",
                c.organization_id, delivery, comment,
            )?;
            execute!(tx: tx, &line(""), c.status, c.organization_id, c.id, c.by, now, c.version)?
        }
    };
    Ok(moved == 1)
}

/// One delivery of a support, any version.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeliveryRow {
    pub id: DeliveryId,
    pub support_id: SupportId,
    pub corrects_id: Option<DeliveryId>,
    pub correction_reason: Option<String>,
    pub superseded_at: Option<DateTime<Utc>>,
    pub delivered_on: NaiveDate,
    pub duration_minutes: Option<i32>,
    pub delivered_by: Option<String>,
    pub language: Option<String>,
    pub interpreter: Option<String>,
    pub mode: Option<String>,
    pub place: Option<String>,
    pub content: Option<String>,
    pub internal_note: Option<String>,
    pub sessions: Option<String>,
    pub late: bool,
    pub recorded_by_name: Option<String>,
    pub acknowledged_by_name: Option<String>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub confirmed_by_name: Option<String>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub sent_back_comment: Option<String>,
    pub created_at: DateTime<Utc>,
}

const SELECT_DELIVERIES: &str = "
    SELECT d.id, d.support_id, d.corrects_id, d.correction_reason, d.superseded_at,
           d.delivered_on, d.duration_minutes, d.delivered_by, d.language, d.interpreter,
           d.mode, d.place, d.content, d.internal_note, d.sessions, d.late,
           rec.display_name AS recorded_by_name,
           ack.display_name AS acknowledged_by_name, d.acknowledged_at,
           conf.display_name AS confirmed_by_name, d.confirmed_at,
           d.sent_back_comment, d.created_at
    FROM support_deliveries d
    LEFT JOIN users rec ON rec.id = d.recorded_by
    LEFT JOIN users ack ON ack.id = d.acknowledged_by
    LEFT JOIN users conf ON conf.id = d.confirmed_by";

/// Every delivery of one support, every version, oldest first.
pub async fn deliveries(
    db: &Db,
    organization_id: OrganizationId,
    support_id: SupportId,
) -> Result<Vec<DeliveryRow>, sqlx::Error> {
    let sql = format!(
        "{SELECT_DELIVERIES}
         WHERE d.organization_id = $1 AND d.support_id = $2
         ORDER BY d.delivered_on, d.created_at, d.id"
    );
    fetch!(all DeliveryRow, db, &sql, organization_id, support_id)
}

/// The current deliveries of every support of a worker, oldest first (the record).
pub async fn worker_deliveries(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<DeliveryRow>, sqlx::Error> {
    let sql = format!(
        "{SELECT_DELIVERIES}
         JOIN supports s ON s.id = d.support_id
         WHERE s.organization_id = $1 AND s.worker_id = $2 AND d.superseded_at IS NULL
         ORDER BY d.delivered_on, d.created_at, d.id"
    );
    fetch!(all DeliveryRow, db, &sql, organization_id, worker_id)
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
    /// The latest current delivery's day.
    pub delivered_on: Option<NaiveDate>,
    pub reason: Option<String>,
}

pub async fn plan_lines(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<PlanLineRow>, sqlx::Error> {
    fetch!(all PlanLineRow, tx: tx,
        "SELECT s.id, s.kind, s.status, s.version, s.due_on, d.delivered_on, s.reason
         FROM supports s LEFT JOIN support_deliveries d ON d.id = s.latest_delivery_id
         WHERE s.organization_id = $1 AND s.worker_id = $2 AND s.kind <> 'voluntary'",
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
        "UPDATE supports SET status = $3, due_on = $4, reason = $5,
                version = version + 1, updated_by = $6, updated_at = $7
         WHERE id = $1 AND version = $2",
        line.id, line.version, status, due_on, reason, by, Utc::now(),
    )
    .map(|done| done == 1)
}

/// A worker whose plan lacks a mandatory support, with what the rules need.
#[derive(Debug, sqlx::FromRow)]
pub struct LackingRow {
    pub worker_id: WorkerId,
    pub organization_id: OrganizationId,
    pub changed_status_in_japan: bool,
    pub former_intern_same_employer: bool,
    pub contract_signed_on: Option<NaiveDate>,
    pub visa_applied_on: Option<NaiveDate>,
    pub entry_date: Option<NaiveDate>,
    pub settled_on: Option<NaiveDate>,
}

impl LackingRow {
    /// The worker's situation as far as a missing line needs it (a job-change line is
    /// never missing: every plan was made with one).
    pub fn situation(&self) -> crate::domain::WorkerSituation {
        crate::domain::WorkerSituation {
            changed_status_in_japan: self.changed_status_in_japan,
            former_intern_same_employer: self.former_intern_same_employer,
            contract_signed: self.contract_signed_on,
            visa_application: self.visa_applied_on,
            entry_or_change: self.entry_date,
            settled: self.settled_on,
            ..Default::default()
        }
    }
}

/// The workers with a plan that has no line of `kind`, in every organization.
pub async fn workers_lacking(db: &Db, kind: &str) -> Result<Vec<LackingRow>, sqlx::Error> {
    fetch!(all LackingRow, db,
        "SELECT w.id AS worker_id, w.organization_id, w.changed_status_in_japan,
                w.former_intern_same_employer, w.contract_signed_on, w.visa_applied_on, w.entry_date, w.settled_on
         FROM workers w
         WHERE EXISTS (SELECT 1 FROM supports p WHERE p.worker_id = w.id AND p.kind <> 'voluntary')
           AND NOT EXISTS (SELECT 1 FROM supports s WHERE s.worker_id = w.id AND s.kind = $1)",
        kind,
    )
}
