//! Who may see and change which support (DESIGN.md §4), and every change as one
//! transaction with its audit row, refused when the record changed meanwhile.

use serde_json::json;
use uuid::Uuid;

use super::{
    Abilities, HistoryLine, Stamp, SupportLine, SupportWithHistory, ToConfirm, WorkerPlan,
    db::{self, Change, DeliveryValues, Mark, NewSupport, SupportRow, VOLUNTARY},
};
use crate::{
    auth::{CurrentUser, client_ip},
    db::{AuditEntry, Tx, write_audit},
    domain::{
        DeliveryFields, DeliveryMode, NotApplicableBecause, Role, SupportAction, SupportKind,
        SupportStatus, WorkerSituation, check_delivery, check_required_text, check_title,
    },
    error::AppError,
    locale::{is_supported, today_in_japan},
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
/// not applicable by the rules. Written in the caller's transaction.
pub async fn create_plan(
    tx: &mut Tx,
    organization_id: Uuid,
    worker_id: Uuid,
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
                not_applicable_reason: reason,
            },
        )
        .await?;
    }
    Ok(())
}

/// After the worker's dates changed: each planned support gets its new due date, and the
/// rules decide again which apply (a support the rules had excluded comes back, one they
/// now exclude is marked so). Delivered supports and staff's own decisions stay. Returns
/// the kinds that changed, for the audit row; a line changed meanwhile is a conflict.
pub async fn follow_situation(
    tx: &mut Tx,
    user: &CurrentUser,
    worker_id: Uuid,
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
            .not_applicable_reason
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
        let same = next.0 == status
            && next.1 == line.due_on
            && next.2 == line.not_applicable_reason.as_deref();
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

/// May `user` see the supports of this worker? Anything else is "not found".
fn may_see(user: &CurrentUser, row: &SupportRow) -> bool {
    match user.role {
        Role::Staff | Role::Admin => true,
        Role::Company => user.company_id == Some(row.company_id),
        Role::Worker => user.worker_id == Some(row.worker_id),
    }
}

fn abilities(user: &CurrentUser) -> Abilities {
    Abilities {
        record: user.role.is_staff(),
        acknowledge: user.role == Role::Worker,
        confirm: user.role == Role::Company,
    }
}

fn kind_of(row: &SupportRow) -> Result<Option<SupportKind>, AppError> {
    if row.kind == VOLUNTARY {
        return Ok(None);
    }
    SupportKind::from_code(&row.kind).map(Some).map_err(|e| {
        tracing::error!(%e, "unknown support kind in the database");
        AppError::Internal
    })
}

fn status_of(row: &SupportRow) -> Result<SupportStatus, AppError> {
    SupportStatus::from_code(&row.status).map_err(|e| {
        tracing::error!(%e, "unknown support status in the database");
        AppError::Internal
    })
}

/// One row as `user` may see it: the internal note only for staff.
fn line(user: &CurrentUser, row: SupportRow) -> Result<SupportLine, AppError> {
    let stamp = |by: Option<String>, at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map(|at| Stamp {
            by: by.unwrap_or_default(),
            at,
        })
    };
    Ok(SupportLine {
        id: row.id,
        kind: kind_of(&row)?,
        status: status_of(&row)?,
        title: row.title,
        due_on: row.due_on,
        version: row.version,
        delivered_on: row.delivered_on,
        duration_minutes: row.duration_minutes,
        delivered_by: row.delivered_by,
        language: row.language,
        mode: row.mode.as_deref().and_then(DeliveryMode::from_code),
        place: row.place,
        content: row.content,
        internal_note: if user.role.is_staff() {
            row.internal_note
        } else {
            None
        },
        not_applicable_reason: row.not_applicable_reason,
        acknowledged: stamp(row.acknowledged_by_name, row.acknowledged_at),
        confirmed: stamp(row.confirmed_by_name, row.confirmed_at),
        sent_back_comment: row.sent_back_comment,
    })
}

/// The catalogue's order, then voluntary supports in the order they were added.
fn sort_key(row: &SupportRow) -> (u8, chrono::DateTime<chrono::Utc>) {
    let number = SupportKind::from_code(&row.kind).map_or(u8::MAX, SupportKind::number);
    (number, row.created_at)
}

pub async fn plan(user: &CurrentUser, worker_id: Uuid) -> Result<WorkerPlan, AppError> {
    let state = app_state()?;
    let worker = crate::workers::visible_worker(user, worker_id).await?;
    let mut rows = db::plan(&state.db, user.organization_id, worker_id).await?;
    rows.sort_by_key(sort_key);
    let lines = rows
        .into_iter()
        .map(|row| line(user, row))
        .collect::<Result<_, _>>()?;
    Ok(WorkerPlan {
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
    let worker_id = user.worker_id.ok_or(AppError::Forbidden)?;
    plan(user, worker_id).await
}

pub async fn detail(user: &CurrentUser, id: Uuid) -> Result<SupportWithHistory, AppError> {
    let state = app_state()?;
    let row = db::find(&state.db, user.organization_id, id)
        .await?
        .filter(|row| may_see(user, row))
        .ok_or(AppError::NotFound)?;
    let company_name = crate::workers::visible_worker(user, row.worker_id)
        .await?
        .company_name;
    // The history holds internal notes and who did what: staff only.
    let history = if user.role.is_staff() {
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
    Ok(SupportWithHistory {
        worker_id: row.worker_id,
        worker_name: row.worker_name.clone(),
        company_name,
        can: abilities(user),
        line: line(user, row)?,
        history,
    })
}

/// The supports of the company's workers that wait for its confirmation.
pub async fn to_confirm(user: &CurrentUser) -> Result<Vec<ToConfirm>, AppError> {
    if user.role != Role::Company {
        return Err(AppError::Forbidden);
    }
    let company_id = user.company_id.ok_or(AppError::Forbidden)?;
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

/// What every change starts with: the row as `user` may see it, still at `version`, and
/// the status `action` moves it to.
///
/// Read outside the transaction on purpose: the transaction then begins with its write,
/// the `UPDATE … WHERE version = $v` that proves nothing changed since this read. (On
/// SQLite a transaction that reads first cannot always upgrade to a writer while another
/// writes; it would fail instead of waiting.)
struct Started {
    row: SupportRow,
    from: SupportStatus,
    to: SupportStatus,
}

async fn load(user: &CurrentUser, id: Uuid, version: i64) -> Result<SupportRow, AppError> {
    let state = app_state()?;
    let row = db::find(&state.db, user.organization_id, id)
        .await?
        .filter(|row| may_see(user, row))
        .ok_or(AppError::NotFound)?;
    if row.version != version {
        return Err(AppError::Conflict);
    }
    Ok(row)
}

fn transition(row: SupportRow, action: SupportAction) -> Result<Started, AppError> {
    let needs_acknowledgement =
        kind_of(&row)?.is_some_and(SupportKind::needs_worker_acknowledgement);
    let from = status_of(&row)?;
    let to = from
        .after_for(action, needs_acknowledgement)
        .map_err(|_| AppError::validation("status", "supports.err_illegal"))?;
    Ok(Started { row, from, to })
}

async fn start(
    user: &CurrentUser,
    id: Uuid,
    version: i64,
    action: SupportAction,
) -> Result<Started, AppError> {
    transition(load(user, id, version).await?, action)
}

impl Started {
    fn change(&self, user: &CurrentUser) -> Change<'static> {
        Change {
            organization_id: user.organization_id,
            id: self.row.id,
            version: self.row.version,
            status: self.to.code(),
            by: user.id,
        }
    }

    /// Writes the audit row of the change, unless the update found the row changed
    /// meanwhile (then the caller's transaction rolls back).
    async fn audit(
        &self,
        tx: &mut Tx,
        user: &CurrentUser,
        updated: bool,
        action: &str,
        extra: serde_json::Value,
    ) -> Result<(), AppError> {
        if !updated {
            return Err(AppError::Conflict);
        }
        let state = app_state()?;
        let r = &self.row;
        let detail = json!({
            "worker": r.worker_id,
            "kind": r.kind,
            "from": self.from.code(),
            "to": self.to.code(),
            "before": {
                "delivered_on": r.delivered_on,
                "duration_minutes": r.duration_minutes,
                "delivered_by": r.delivered_by,
                "language": r.language,
                "mode": r.mode,
                "place": r.place,
                "content": r.content,
                "internal_note": r.internal_note,
                "acknowledged_by": r.acknowledged_by_name,
                "confirmed_by": r.confirmed_by_name,
            },
            "change": extra,
        });
        write_audit(
            tx,
            AuditEntry {
                organization_id: Some(user.organization_id),
                actor_user_id: Some(user.id),
                action,
                entity: "support",
                entity_id: Some(r.id),
                detail,
                ip: client_ip(&state),
            },
        )
        .await?;
        Ok(())
    }
}

/// Staff record a delivery, or correct one (which reopens it for the confirmations).
pub async fn record(
    user: &CurrentUser,
    id: Uuid,
    version: i64,
    fields: &DeliveryFields<'_>,
) -> Result<(), AppError> {
    user.require_staff()?;
    let row = load(user, id, version).await?;
    let action = match status_of(&row)? {
        SupportStatus::Planned => SupportAction::RecordDone,
        _ => SupportAction::Correct,
    };
    let delivery = check_delivery(kind_of(&row)?, fields, today_in_japan(), is_supported)
        .map_err(|p| AppError::validation(p.field, p.message_key))?;
    let started = transition(row, action)?;
    let minutes = i32::try_from(delivery.duration_minutes).map_err(|_| AppError::Internal)?;
    let values = DeliveryValues {
        delivered_on: delivery.delivered_on,
        duration_minutes: minutes,
        delivered_by: &delivery.delivered_by,
        language: &delivery.language,
        mode: delivery.mode.code(),
        place: &delivery.place,
        content: &delivery.content,
        internal_note: &delivery.internal_note,
    };
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let updated = db::record_delivery(&mut tx, &started.change(user), &values).await?;
    let audit_action = match action {
        SupportAction::RecordDone => "support.recorded",
        _ => "support.corrected",
    };
    let extra = json!({
        "delivered_on": delivery.delivered_on,
        "duration_minutes": delivery.duration_minutes,
        "delivered_by": delivery.delivered_by,
        "language": delivery.language,
        "mode": delivery.mode.code(),
    });
    started
        .audit(&mut tx, user, updated, audit_action, extra)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A status change without a delivery: one transaction, one audit row.
async fn change_status(
    user: &CurrentUser,
    id: Uuid,
    version: i64,
    action: SupportAction,
    mark: Mark<'_>,
    audit_action: &str,
    extra: serde_json::Value,
) -> Result<(), AppError> {
    let started = start(user, id, version, action).await?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let updated = db::mark(&mut tx, &started.change(user), mark).await?;
    started
        .audit(&mut tx, user, updated, audit_action, extra)
        .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn not_applicable(
    user: &CurrentUser,
    id: Uuid,
    version: i64,
    reason: &str,
) -> Result<(), AppError> {
    user.require_staff()?;
    let reason = check_required_text(reason, "reason")
        .map_err(|p| AppError::validation(p.field, p.message_key))?;
    change_status(
        user,
        id,
        version,
        SupportAction::MarkNotApplicable,
        Mark::NotApplicable { reason: &reason },
        "support.not_applicable",
        json!({ "reason": reason }),
    )
    .await
}

pub async fn replan(user: &CurrentUser, id: Uuid, version: i64) -> Result<(), AppError> {
    user.require_staff()?;
    change_status(
        user,
        id,
        version,
        SupportAction::Replan,
        Mark::Replan,
        "support.replanned",
        json!({}),
    )
    .await
}

/// The worker confirms they received the support.
pub async fn acknowledge(user: &CurrentUser, id: Uuid, version: i64) -> Result<(), AppError> {
    if user.role != Role::Worker {
        return Err(AppError::Forbidden);
    }
    change_status(
        user,
        id,
        version,
        SupportAction::Acknowledge,
        Mark::Acknowledge,
        "support.acknowledged",
        json!({}),
    )
    .await
}

/// The company sends a record back to staff with a comment.
pub async fn send_back(
    user: &CurrentUser,
    id: Uuid,
    version: i64,
    comment: &str,
) -> Result<(), AppError> {
    if user.role != Role::Company {
        return Err(AppError::Forbidden);
    }
    let comment = check_required_text(comment, "comment")
        .map_err(|p| AppError::validation(p.field, p.message_key))?;
    change_status(
        user,
        id,
        version,
        SupportAction::SendBack,
        Mark::SendBack { comment: &comment },
        "support.sent_back",
        json!({ "comment": comment }),
    )
    .await
}

/// The company confirms one or several supports at once, in one transaction: all of them
/// or, when one was changed meanwhile or is not waiting, none.
pub async fn confirm(user: &CurrentUser, items: &[(Uuid, i64)]) -> Result<(), AppError> {
    if user.role != Role::Company {
        return Err(AppError::Forbidden);
    }
    if items.is_empty() {
        return Err(AppError::validation("items", "supports.err_none_chosen"));
    }
    let mut started = Vec::with_capacity(items.len());
    for &(id, version) in items {
        started.push(start(user, id, version, SupportAction::Confirm).await?);
    }
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    for one in &started {
        let updated = db::mark(&mut tx, &one.change(user), Mark::Confirm).await?;
        one.audit(&mut tx, user, updated, "support.confirmed", json!({}))
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Staff add a voluntary support (任意的支援) to a worker's plan.
pub async fn add_voluntary(
    user: &CurrentUser,
    worker_id: Uuid,
    title: &str,
    due_on: &str,
) -> Result<Uuid, AppError> {
    user.require_staff()?;
    let title = check_title(title).map_err(|p| AppError::validation(p.field, p.message_key))?;
    let due_on = match due_on.trim() {
        "" => None,
        text => Some(
            chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map_err(|_| AppError::validation("due_on", "supports.err_date"))?,
        ),
    };
    // Another tenant's or a made-up worker is "not found".
    crate::workers::visible_worker(user, worker_id).await?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let id = db::insert(
        &mut tx,
        &NewSupport {
            organization_id: user.organization_id,
            worker_id,
            kind: VOLUNTARY,
            title: Some(&title),
            status: SupportStatus::Planned.code(),
            due_on,
            not_applicable_reason: None,
        },
    )
    .await?;
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: "support.added",
            entity: "support",
            entity_id: Some(id),
            detail: json!({ "worker": worker_id, "title": title, "due_on": due_on }),
            ip: client_ip(&state),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// At most this many lines on the dashboard (the most urgent; filters narrow it down); the
/// counts per company cover everything.
const DASHBOARD_LINES: usize = 100;
/// Supports due within this many days are listed (DESIGN.md §2).
const DUE_WITHIN_DAYS: u64 = 14;
/// Residence cards expiring within this many months are listed.
const CARD_WITHIN_MONTHS: u32 = 3;

pub async fn dashboard(
    user: &CurrentUser,
    filter: &super::DashboardFilter,
) -> Result<super::StaffDashboard, AppError> {
    use super::{CompanyCount, DueItem, DueWhat};
    user.require_staff()?;
    let state = app_state()?;
    let today = today_in_japan();
    let support_until = today
        .checked_add_days(chrono::Days::new(DUE_WITHIN_DAYS))
        .ok_or(AppError::Internal)?;
    let card_until = today
        .checked_add_months(chrono::Months::new(CARD_WITHIN_MONTHS))
        .ok_or(AppError::Internal)?;
    let f = db::Filter {
        company_id: filter.company,
        field: filter.field.as_deref(),
        officer_id: filter.officer,
    };
    let org = user.organization_id;
    let lines = i64::try_from(DASHBOARD_LINES).unwrap_or(i64::MAX);
    let supports = db::due_supports(&state.db, org, support_until, f, lines).await?;
    let cards = db::expiring_cards(&state.db, org, card_until, f, lines).await?;
    let support_counts = db::due_support_counts(&state.db, org, today, support_until, f).await?;
    let card_counts = db::card_counts(&state.db, org, today, card_until, f).await?;
    let companies = crate::workers::company_choices(user).await?;

    let mut per_company: Vec<CompanyCount> = Vec::new();
    let mut total = 0;
    for (row, is_card) in support_counts
        .iter()
        .map(|r| (r, false))
        .chain(card_counts.iter().map(|r| (r, true)))
    {
        total += usize::try_from(row.total).unwrap_or(0);
        let at = match per_company
            .iter()
            .position(|c| c.company_id == row.company_id)
        {
            Some(at) => at,
            None => {
                let name = companies
                    .iter()
                    .find(|c| c.id == row.company_id)
                    .map(|c| c.name.clone())
                    .unwrap_or_default();
                per_company.push(CompanyCount {
                    company_id: row.company_id,
                    company_name: name,
                    ..CompanyCount::default()
                });
                per_company.len() - 1
            }
        };
        let count = &mut per_company[at];
        if is_card {
            count.cards_expiring = row.total;
        } else {
            count.overdue = row.overdue;
            count.due_soon = row.total - row.overdue;
        }
    }
    per_company.sort_by(|a, b| {
        (b.overdue, b.due_soon, b.cards_expiring, &a.company_name).cmp(&(
            a.overdue,
            a.due_soon,
            a.cards_expiring,
            &b.company_name,
        ))
    });

    // Both lists come sorted by date: merge them, most urgent first, up to the limit.
    let mut items: Vec<DueItem> = supports
        .into_iter()
        .chain(cards)
        .map(|row| {
            let what = match row.support_id {
                Some(id) => DueWhat::Support {
                    id,
                    kind: row
                        .kind
                        .as_deref()
                        .and_then(|k| SupportKind::from_code(k).ok()),
                    title: row.title,
                },
                None => DueWhat::CardExpiry,
            };
            DueItem {
                what,
                overdue: row.due_on < today,
                due_on: row.due_on,
                worker_id: row.worker_id,
                worker_name: row.worker_name,
                company_name: row.company_name,
            }
        })
        .collect();
    items.sort_by(|a, b| (a.due_on, &a.worker_name).cmp(&(b.due_on, &b.worker_name)));
    items.truncate(DASHBOARD_LINES);

    let officers = db::officers(&state.db, org)
        .await?
        .into_iter()
        .map(|o| (o.id, o.display_name))
        .collect();
    Ok(super::StaffDashboard {
        today,
        total,
        items,
        per_company,
        companies,
        officers,
    })
}
