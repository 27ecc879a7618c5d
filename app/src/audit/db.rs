//! Reading the audit log, always within one organization. The names a line needs (who,
//! whose record, which kind of record) are joined in the one query, whatever the entity.

use chrono::{DateTime, Days, NaiveTime, Utc};
use uuid::Uuid;

use super::{AuditFilter, AuditLine, AuditRecord};
use crate::db::{Db, fetch};
use crate::domain::{
    AuditAction, ConsultationCategory, DocumentKind, InterviewKind, OrganizationId, SupportKind,
    UserId, WorkerId, tokyo,
};

/// The page shows the latest lines; older ones stay in the database.
const LINES_SHOWN: i64 = 200;

#[derive(Debug, sqlx::FromRow)]
struct LineRow {
    at: DateTime<Utc>,
    actor: Option<String>,
    action: String,
    detail: String,
    /// The account's name, for a line about an account.
    account: Option<String>,
    /// The company's name, for a line about a company's record.
    company: Option<String>,
    /// The worker whose record it is, through whichever entity the line names.
    worker: Option<String>,
    document_kind: Option<String>,
    support_kind: Option<String>,
    support_title: Option<String>,
    interview_kind: Option<String>,
    consultation_category: Option<String>,
    ip: Option<String>,
}

/// Each entity's table, joined only for its own lines and within the line's organization;
/// the worker is reached through it (or is the entity, or owns the account).
const LINES: &str = "
    SELECT a.at, actor.display_name AS actor, a.action, a.detail, account.display_name AS account,
           co.name AS company,
           w.family_name || ' ' || w.given_name AS worker,
           ds.kind AS document_kind, s.kind AS support_kind, s.title AS support_title,
           ib.kind AS interview_kind, c.category AS consultation_category, a.ip
    FROM audit_log a
    LEFT JOIN users actor ON actor.id = a.actor_user_id
    LEFT JOIN users account ON a.entity = 'user' AND account.id = a.entity_id
                            AND account.organization_id = a.organization_id
    LEFT JOIN companies co ON a.entity = 'company' AND co.id = a.entity_id
                           AND co.organization_id = a.organization_id
    LEFT JOIN document_submissions ds ON a.entity = 'document' AND ds.id = a.entity_id
                                      AND ds.organization_id = a.organization_id
    LEFT JOIN supports s ON a.entity = 'support' AND s.id = a.entity_id
                         AND s.organization_id = a.organization_id
    LEFT JOIN interview_bookings ib ON a.entity = 'interview' AND ib.id = a.entity_id
                                    AND ib.organization_id = a.organization_id
    LEFT JOIN consultations c ON a.entity = 'consultation' AND c.id = a.entity_id
                              AND c.organization_id = a.organization_id
    LEFT JOIN workers w ON w.organization_id = a.organization_id
        AND (w.id = CASE a.entity WHEN 'worker' THEN a.entity_id WHEN 'document' THEN ds.worker_id
                                  WHEN 'support' THEN s.worker_id WHEN 'interview' THEN ib.worker_id
                                  WHEN 'consultation' THEN c.worker_id END
             OR (a.entity = 'user' AND w.user_id = a.entity_id))
    WHERE a.organization_id = $1
      AND ($2 IS NULL OR a.actor_user_id = $2)
      AND ($3 IS NULL OR w.id = $3)
      AND ($4 IS NULL OR a.action = $4)
      AND ($5 IS NULL OR a.at >= $5)
      AND ($6 IS NULL OR a.at < $6)
    ORDER BY a.at DESC, a.id DESC
    LIMIT $7";

pub async fn lines(
    db: &Db,
    organization_id: OrganizationId,
    filter: &AuditFilter,
) -> Result<Vec<AuditLine>, sqlx::Error> {
    let start_of = |day| tokyo::to_utc(day, NaiveTime::MIN);
    let from = filter.from.map(start_of);
    let until = filter
        .to
        .and_then(|day| day.checked_add_days(Days::new(1)))
        .map(start_of);
    let rows = fetch!(all LineRow, db, LINES,
        organization_id, filter.person, filter.worker, filter.action.map(AuditAction::code),
        from, until, LINES_SHOWN,
    )?;
    Ok(rows.into_iter().map(line).collect())
}

fn line(r: LineRow) -> AuditLine {
    let record = record(&r);
    AuditLine {
        at: r.at,
        actor: r.actor,
        action: r.action,
        subject: r.worker.or(r.account).or(r.company),
        record,
        ip: r.ip,
    }
}

/// The kind of record, from its table; for a view written about the worker, from the
/// kind the row's detail names (a document's review page, a support, an interview record).
fn record(r: &LineRow) -> Option<AuditRecord> {
    if let Some(kind) = r.document_kind.as_deref() {
        return DocumentKind::from_code(kind)
            .ok()
            .map(AuditRecord::Document);
    }
    if let Some(kind) = r.support_kind.as_deref() {
        return match SupportKind::from_code(kind) {
            Ok(kind) => Some(AuditRecord::Support(kind)),
            Err(_) => r.support_title.clone().map(AuditRecord::VoluntarySupport),
        };
    }
    if let Some(kind) = r.interview_kind.as_deref() {
        return InterviewKind::from_code(kind)
            .ok()
            .map(AuditRecord::Interview);
    }
    if let Some(category) = r.consultation_category.as_deref() {
        return ConsultationCategory::from_code(category)
            .ok()
            .map(AuditRecord::Consultation);
    }
    let detail: serde_json::Value = serde_json::from_str(&r.detail).ok()?;
    let kind = detail.get("kind")?.as_str()?;
    use AuditAction as A;
    match AuditAction::from_code(&r.action).ok()? {
        A::DocumentReviewViewed | A::DocumentShared | A::DocumentUnshared => {
            DocumentKind::from_code(kind)
                .ok()
                .map(AuditRecord::Document)
        }
        A::SupportViewed => SupportKind::from_code(kind).ok().map(AuditRecord::Support),
        A::InterviewRecordViewed => InterviewKind::from_code(kind)
            .ok()
            .map(AuditRecord::Interview),
        _ => None,
    }
}

pub async fn people(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<Vec<(UserId, String)>, sqlx::Error> {
    fetch!(
        all(UserId, String),
        db,
        "SELECT id, display_name FROM users WHERE organization_id = $1 ORDER BY display_name, id",
        organization_id,
    )
}

pub async fn workers(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<Vec<(WorkerId, String)>, sqlx::Error> {
    fetch!(
        all(WorkerId, String),
        db,
        "SELECT id, family_name || ' ' || given_name AS name FROM workers
         WHERE organization_id = $1 ORDER BY family_name, given_name, id",
        organization_id,
    )
}

/// Whether a page view by `actor` since `since` named `shown` (a file's or a message's id)
/// among the files it showed.
pub async fn named_by_page_view(
    db: &Db,
    organization_id: OrganizationId,
    actor: UserId,
    since: DateTime<Utc>,
    shown: Uuid,
) -> Result<bool, sqlx::Error> {
    let [a, b, c, d] = AuditAction::SHOWING_FILES.map(AuditAction::code);
    // The row's detail holds the ids as JSON strings; a UUID's text cannot be part of
    // another's, so the match is exact.
    let named = format!("%\"{shown}\"%");
    let rows = fetch!(scalar i64, db,
        "SELECT COUNT(*) FROM audit_log
         WHERE organization_id = $1 AND actor_user_id = $2 AND at >= $3
           AND action IN ($4, $5, $6, $7) AND detail LIKE $8",
        organization_id, actor, since, a, b, c, d, named,
    )?;
    Ok(rows > 0)
}
