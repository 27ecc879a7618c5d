//! The plan itself: made for a new worker, re-planned when the worker's dates change, and
//! read as each caller may see it (DESIGN.md §4). Changes are in `changes`.

pub(super) mod changes;
pub(super) mod periodic;

use chrono::{DateTime, Utc};

use super::{
    Abilities, DeliveryLine, HistoryLine, Stamp, SupportLine, SupportWithHistory, ToConfirm,
    WorkerPlan,
    db::{self, DeliveryRow, NewSupport, SupportRow, VOLUNTARY},
};
use crate::{
    auth::{Caller, CurrentUser, OfWorker, WorkerScope, visible},
    db::{Db, Tx},
    domain::{
        DeliveryMode, NotApplicableBecause, OrganizationId, SupportId, SupportKind, SupportStatus,
        WorkerId, WorkerSituation,
    },
    error::AppError,
    state::app_state,
};

/// Stored as the reason of a support the rules found not applicable (see
/// `SupportLine::rule_reason`).
fn rule_code(because: NotApplicableBecause) -> &'static str {
    match because {
        NotApplicableBecause::ChangedStatusInJapan => "rule:changed_status_in_japan",
        NotApplicableBecause::EmploymentContinues => "rule:employment_continues",
    }
}

/// The plan of a new worker: the 10 mandatory supports, each planned with its due date or
/// not applicable by the rules. Written in the caller's transaction (the supervisor
/// interview's due date, kept on the worker, is the caller's to set: `enrolment`).
pub async fn create_plan(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    situation: &WorkerSituation,
) -> Result<(), sqlx::Error> {
    for kind in SupportKind::ALL {
        let (status, reason) = match kind.applies(situation) {
            Ok(()) => (SupportStatus::Planned, None),
            Err(because) => (SupportStatus::NotApplicable, Some(rule_code(because))),
        };
        db::insert(
            tx,
            &NewSupport {
                organization_id,
                worker_id,
                kind: kind.code(),
                title: None,
                status: status.code(),
                due_on: kind.due(situation),
                reason,
            },
        )
        .await?;
    }
    Ok(())
}

/// Adds to every existing plan the mandatory supports it lacks, as `create_plan` would
/// have made them: the send-off of support 2 when it became a line of its own (the
/// migration cannot make ids the same way on both backends). Run at start, after the
/// migrations; a plan that has every line is left alone, so it runs again harmlessly. No
/// audit row: nobody acted, the catalogue changed.
pub async fn complete_plans(db: &Db) -> Result<u64, sqlx::Error> {
    let mut added = 0;
    for kind in SupportKind::ALL {
        let lacking = db::workers_lacking(db, kind.code()).await?;
        if lacking.is_empty() {
            continue;
        }
        let mut tx = db.begin().await?;
        for worker in &lacking {
            let situation = worker.situation();
            let (status, reason) = match kind.applies(&situation) {
                Ok(()) => (SupportStatus::Planned, None),
                Err(because) => (SupportStatus::NotApplicable, Some(rule_code(because))),
            };
            db::insert(
                &mut tx,
                &NewSupport {
                    organization_id: worker.organization_id,
                    worker_id: worker.worker_id,
                    kind: kind.code(),
                    title: None,
                    status: status.code(),
                    due_on: kind.due(&situation),
                    reason,
                },
            )
            .await?;
            added += 1;
        }
        tx.commit().await?;
    }
    Ok(added)
}

/// After the worker's dates changed: each planned support gets its new due date, and the
/// rules decide again which apply (a support the rules had excluded comes back, one they
/// now exclude is marked so). Delivered supports and staff's own decisions stay. Returns
/// the kinds that changed, for the audit row; a line changed meanwhile is a conflict.
/// Only the plan: the supervisor interview's due date is the caller's (`enrolment`).
pub async fn follow_situation(
    tx: &mut Tx,
    user: &CurrentUser,
    worker_id: WorkerId,
    situation: &WorkerSituation,
) -> Result<Vec<&'static str>, AppError> {
    let lines = db::plan_lines(tx, user.organization_id, worker_id).await?;
    let mut situation = *situation;
    // The last interview held, as recorded on support 10.
    situation.last_interview = lines
        .iter()
        .find(|l| l.kind == SupportKind::PeriodicInterview.code())
        .and_then(|l| l.delivered_on);
    let mut changed = Vec::new();
    for line in &lines {
        let Ok(kind) = SupportKind::from_code(&line.kind) else {
            continue;
        };
        let status = SupportStatus::from_code(&line.status).map_err(|_| AppError::Internal)?;
        let by_rule = line
            .reason
            .as_deref()
            .is_some_and(|r| r.starts_with("rule:"));
        let due = kind.due(&situation);
        let next = match (status, kind.applies(&situation)) {
            (SupportStatus::Planned, Ok(())) => (SupportStatus::Planned, due, None),
            (SupportStatus::Planned, Err(because)) => {
                (SupportStatus::NotApplicable, due, Some(rule_code(because)))
            }
            (SupportStatus::NotApplicable, Ok(())) if by_rule => {
                (SupportStatus::Planned, due, None)
            }
            (SupportStatus::NotApplicable, Err(because)) if by_rule => {
                (SupportStatus::NotApplicable, due, Some(rule_code(because)))
            }
            _ => continue,
        };
        let same = next.0 == status && next.1 == line.due_on && next.2 == line.reason.as_deref();
        if same {
            continue;
        }
        if !db::replan_line(tx, line, next.0.code(), next.1, next.2, user.id).await? {
            return Err(AppError::Conflict);
        }
        changed.push(kind.code());
    }
    Ok(changed)
}

/// A support is its worker's: who may see the worker may see their supports (anything
/// else is "not found").
impl OfWorker for SupportRow {
    fn worker(&self) -> WorkerScope {
        WorkerScope {
            worker_id: self.worker_id,
            company_id: self.company_id,
        }
    }
}

fn abilities(user: &CurrentUser) -> Abilities {
    Abilities {
        record: user.caller.is_staff(),
        acknowledge: matches!(user.caller, Caller::Worker { .. }),
        confirm: matches!(user.caller, Caller::Company { .. }),
    }
}

pub(super) fn kind_of(row: &SupportRow) -> Result<Option<SupportKind>, AppError> {
    if row.kind == VOLUNTARY {
        return Ok(None);
    }
    SupportKind::from_code(&row.kind).map(Some).map_err(|e| {
        tracing::error!(%e, "unknown support kind in the database");
        AppError::Internal
    })
}

pub(super) fn status_of(row: &SupportRow) -> Result<SupportStatus, AppError> {
    SupportStatus::from_code(&row.status).map_err(|e| {
        tracing::error!(%e, "unknown support status in the database");
        AppError::Internal
    })
}

/// One row as `user` may see it: the internal note only for staff.
fn line(user: &CurrentUser, row: SupportRow) -> Result<SupportLine, AppError> {
    Ok(SupportLine {
        id: row.id,
        kind: kind_of(&row)?,
        status: status_of(&row)?,
        title: row.title,
        due_on: row.due_on,
        version: row.version,
        reason: row.reason,
        not_delivered_on: row.not_delivered_on,
        delivery_id: row.delivery_id,
        delivered_on: row.delivered_on,
        duration_minutes: row.duration_minutes,
        delivered_by: row.delivered_by,
        language: row.language,
        interpreter: row.interpreter,
        mode: mode_of(row.mode.as_deref()),
        place: row.place,
        content: row.content,
        internal_note: row.internal_note.filter(|_| user.caller.is_staff()),
        sessions: row.sessions,
        late: row.late.unwrap_or(false),
        acknowledged: stamp(row.acknowledged_by_name, row.acknowledged_at),
        confirmed: stamp(row.confirmed_by_name, row.confirmed_at),
        sent_back_comment: row.sent_back_comment,
    })
}

fn mode_of(code: Option<&str>) -> Option<DeliveryMode> {
    code.and_then(|m| DeliveryMode::from_code(m).ok())
}

fn stamp(by: Option<String>, at: Option<DateTime<Utc>>) -> Option<Stamp> {
    at.map(|at| Stamp {
        by: by.unwrap_or_default(),
        at,
    })
}

/// One delivery as `user` may see it: the internal note and who recorded it only for
/// staff.
fn delivery_line(user: &CurrentUser, row: DeliveryRow) -> DeliveryLine {
    let staff = user.caller.is_staff();
    DeliveryLine {
        id: row.id,
        support_id: row.support_id,
        corrects: row.corrects_id,
        correction_reason: row.correction_reason,
        superseded: row.superseded_at.is_some(),
        delivered_on: row.delivered_on,
        duration_minutes: row.duration_minutes,
        delivered_by: row.delivered_by,
        language: row.language,
        interpreter: row.interpreter,
        mode: mode_of(row.mode.as_deref()),
        place: row.place,
        content: row.content,
        internal_note: row.internal_note.filter(|_| staff),
        sessions: row.sessions,
        late: row.late,
        recorded: staff
            .then(|| stamp(row.recorded_by_name, Some(row.created_at)))
            .flatten(),
        acknowledged: stamp(row.acknowledged_by_name, row.acknowledged_at),
        confirmed: stamp(row.confirmed_by_name, row.confirmed_at),
        sent_back_comment: row.sent_back_comment,
    }
}

/// The catalogue's order, then voluntary supports in the order they were added.
fn sort_key(row: &SupportRow) -> (u8, chrono::DateTime<chrono::Utc>) {
    let number = SupportKind::from_code(&row.kind).map_or(u8::MAX, SupportKind::number);
    (number, row.created_at)
}

pub async fn plan(user: &CurrentUser, worker_id: WorkerId) -> Result<WorkerPlan, AppError> {
    let state = app_state()?;
    let worker = crate::workers::worker_heading(user, worker_id).await?;
    let mut rows = db::plan(&state.db, user.organization_id, worker_id).await?;
    rows.sort_by_key(sort_key);
    let lines = rows
        .into_iter()
        .map(|row| line(user, row))
        .collect::<Result<_, _>>()?;
    let deliveries = db::worker_deliveries(&state.db, user.organization_id, worker_id)
        .await?
        .into_iter()
        .map(|d| delivery_line(user, d))
        .collect();
    Ok(WorkerPlan {
        deliveries,
        worker_id,
        worker_name: worker.name,
        company_name: worker.company_name,
        nationality: worker.nationality,
        entry_date: worker.entry_date,
        organization_name: db::organization_name(&state.db, user.organization_id).await?,
        can: abilities(user),
        lines,
    })
}

pub async fn my_plan(user: &CurrentUser) -> Result<WorkerPlan, AppError> {
    let worker_id = user.caller.worker_id().ok_or(AppError::Forbidden)?;
    plan(user, worker_id).await
}

pub async fn detail(user: &CurrentUser, id: SupportId) -> Result<SupportWithHistory, AppError> {
    let state = app_state()?;
    let row = visible(user, db::find(&state.db, user.organization_id, id).await?)?;
    // The history holds internal notes and who did what: staff only.
    let history = if user.caller.is_staff() {
        db::history(&state.db, user.organization_id, id)
            .await?
            .into_iter()
            .map(|h| {
                let detail: serde_json::Value = serde_json::from_str(&h.detail).unwrap_or_default();
                let status = |key: &str| {
                    detail[key]
                        .as_str()
                        .and_then(|code| SupportStatus::from_code(code).ok())
                };
                let note = ["reason", "comment"]
                    .iter()
                    .find_map(|key| detail["change"][key].as_str().map(str::to_owned));
                HistoryLine {
                    at: h.at,
                    actor: h.actor,
                    action: h.action,
                    from: status("from"),
                    to: status("to"),
                    note,
                    detail: h.detail,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let deliveries = db::deliveries(&state.db, user.organization_id, id)
        .await?
        .into_iter()
        .map(|d| delivery_line(user, d))
        .collect();
    Ok(SupportWithHistory {
        deliveries,
        worker_id: row.worker_id,
        worker_name: row.worker_name.clone(),
        company_name: row.company_name.clone(),
        can: abilities(user),
        line: line(user, row)?,
        history,
    })
}

/// The supports of the company's workers that wait for its confirmation.
pub async fn to_confirm(user: &CurrentUser) -> Result<Vec<ToConfirm>, AppError> {
    let Some(company_id) = user.caller.company_id() else {
        return Err(AppError::Forbidden);
    };
    let state = app_state()?;
    let rows = db::delivered_for_company(&state.db, user.organization_id, company_id).await?;
    let mut waiting = Vec::new();
    for row in rows {
        let (worker_id, worker_name) = (row.worker_id, row.worker_name.clone());
        let line = line(user, row)?;
        if line.awaits_company() {
            waiting.push(ToConfirm {
                worker_id,
                worker_name,
                line,
            });
        }
    }
    Ok(waiting)
}
