//! The stay's rules on the server: who may read and change it, each change checked by the
//! domain's rules and written in one transaction with an audit row holding the values
//! before. Each change finds its record before it reads the form, so that another
//! organization's staff learn nothing from a message (404 whatever they send). The 5-year limit kept on the worker is recomputed with every change it depends on.

use chrono::NaiveDate;
use serde_json::json;

use super::{
    LeaveLine, RenewalLine, StayRecord,
    db::{self, LeaveRow, RenewalRow, StayColumns},
};
use crate::{
    audit::commit_change,
    auth::CurrentUser,
    db::Tx,
    domain::{
        AuditAction, Leave, LeaveId, LeaveKind, OrganizationId, Renewal, RenewalId, RenewalResult,
        StayProblem, WorkerId, check_leaves, check_period_of_stay, check_renewal, excluded_span,
        grant_passes_limit, stay_standing, total_stay, total_stay_alert,
    },
    error::AppError,
    locale::today_in_japan,
    state::app_state,
};

fn internal(what: &str, error: impl std::fmt::Display) -> AppError {
    tracing::error!(%error, what, "stored stay");
    AppError::Internal
}

fn renewal_of(row: &RenewalRow) -> Result<Renewal, AppError> {
    let decided = match (row.decided_on, row.result.as_deref()) {
        (Some(on), Some(code)) => Some((
            on,
            RenewalResult::from_code(code).map_err(|e| internal("renewal result", e))?,
        )),
        _ => None,
    };
    Ok(Renewal {
        applied_on: row.applied_on,
        decided,
    })
}

fn leave_of(row: &LeaveRow) -> Result<Leave, AppError> {
    Ok(Leave {
        kind: LeaveKind::from_code(&row.kind).map_err(|e| internal("leave kind", e))?,
        starts_on: row.starts_on,
        ends_on: row.ends_on,
    })
}

/// The stay of a worker the caller may already see (the caller checked it); a company
/// does not read the kinds of leave.
pub async fn read(user: &CurrentUser, worker_id: WorkerId) -> Result<StayRecord, AppError> {
    let state = app_state()?;
    let org = user.organization_id;
    let columns = db::columns(&state.db, org, worker_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let renewal_rows = db::renewals(&state.db, org, worker_id).await?;
    let leave_rows = db::leaves(&state.db, org, worker_id).await?;
    let leaves = leave_rows
        .iter()
        .map(leave_of)
        .collect::<Result<Vec<_>, _>>()?;
    let renewals = renewal_rows
        .iter()
        .map(|r| renewal_of(r).map(|renewal| (r, renewal)))
        .collect::<Result<Vec<_>, _>>()?;
    let today = today_in_japan();
    // The renewal that applies to the current expiry is the latest one.
    let latest = renewals
        .last()
        .filter(|(row, _)| Some(row.expiry) == columns.residence_card_expiry)
        .map(|(_, renewal)| *renewal);
    let standing = stay_standing(today, columns.residence_card_expiry, latest.as_ref());
    let total = columns
        .ssw_first_entered_on
        .and_then(|first| total_stay(first, &leaves, today));
    let hides_kinds = matches!(user.caller, crate::auth::Caller::Company { .. });
    Ok(StayRecord {
        granted_on: columns.stay_granted_on,
        expiry: columns.residence_card_expiry,
        first_entered_on: columns.ssw_first_entered_on,
        standing,
        total_alert: total.as_ref().and_then(|t| total_stay_alert(t, today)),
        grant_passes_limit: match (columns.residence_card_expiry, total.as_ref()) {
            (Some(expiry), Some(count)) => grant_passes_limit(expiry, count),
            _ => false,
        },
        total,
        pending_renewal: renewals
            .iter()
            .find(|(_, r)| r.decided.is_none())
            .map(|(row, _)| row.id),
        renewals: renewals
            .iter()
            .map(|(row, r)| RenewalLine {
                id: row.id,
                expiry: row.expiry,
                applied_on: r.applied_on,
                decided: r.decided,
            })
            .collect(),
        leaves: leave_rows
            .iter()
            .zip(&leaves)
            .map(|(row, leave)| LeaveLine {
                id: row.id,
                kind: (!hides_kinds).then_some(leave.kind),
                starts_on: leave.starts_on,
                ends_on: leave.ends_on,
                excluded: excluded_span(leave).is_some(),
            })
            .collect(),
    })
}

fn date(text: &str, field: &str) -> Result<Option<NaiveDate>, AppError> {
    match text.trim() {
        "" => Ok(None),
        text => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| AppError::validation(field, "stay.err_date")),
    }
}

fn required(text: &str, field: &str) -> Result<NaiveDate, AppError> {
    date(text, field)?.ok_or_else(|| AppError::validation(field, "stay.err_date"))
}

fn stay_problem(field: &str, problem: StayProblem) -> AppError {
    AppError::validation(field, problem.message_key())
}

fn columns_json(c: &StayColumns) -> serde_json::Value {
    json!({
        "stay_granted_on": c.stay_granted_on,
        "residence_card_expiry": c.residence_card_expiry,
        "ssw_first_entered_on": c.ssw_first_entered_on,
        "total_stay_ends_on": c.total_stay_ends_on,
        "renewal_applied_on": c.renewal_applied_on,
    })
}

/// The 5-year limit of a first day and the leave: what the worker row keeps.
fn limit_of(first: Option<NaiveDate>, leaves: &[Leave]) -> Option<NaiveDate> {
    let today = today_in_japan();
    first
        .and_then(|first| total_stay(first, leaves, today))
        .map(|t| t.limit_on)
}

async fn stored_leaves(
    tx: &mut Tx,
    org: OrganizationId,
    worker_id: WorkerId,
) -> Result<Vec<Leave>, AppError> {
    db::leaves_in(tx, org, worker_id)
        .await?
        .iter()
        .map(leave_of)
        .collect()
}

/// A change of one worker's stay, begun: staff only; the transaction, and the stay's
/// columns as they were (another organization's worker is "not found").
async fn begin(user: &CurrentUser, worker_id: WorkerId) -> Result<(Tx, StayColumns), AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let before = db::columns_in(&mut tx, user.organization_id, worker_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((tx, before))
}

/// Ends a change: its audit row (with the values before, in `detail`), then the commit.
async fn finish(
    tx: Tx,
    user: &CurrentUser,
    action: AuditAction,
    worker_id: WorkerId,
    detail: serde_json::Value,
) -> Result<(), AppError> {
    commit_change(tx, user, action, "worker", worker_id.uuid(), detail).await
}

/// The stay's own form as posted.
pub struct StayForm<'a> {
    pub stay_granted_on: &'a str,
    pub residence_card_expiry: &'a str,
    pub ssw_first_entered_on: &'a str,
}

/// Staff set the period of stay granted and the first day on 特定技能1号.
pub async fn update(
    user: &CurrentUser,
    worker_id: WorkerId,
    form: &StayForm<'_>,
) -> Result<(), AppError> {
    let (mut tx, before) = begin(user, worker_id).await?;
    let org = user.organization_id;
    let granted = date(form.stay_granted_on, "stay_granted_on")?;
    let expiry = date(form.residence_card_expiry, "residence_card_expiry")?;
    let first = date(form.ssw_first_entered_on, "ssw_first_entered_on")?;
    if let (Some(granted), Some(expiry)) = (granted, expiry) {
        check_period_of_stay(granted, expiry)
            .map_err(|p| stay_problem("residence_card_expiry", p))?;
    }
    if first.is_some_and(|f| f > today_in_japan()) {
        return Err(AppError::validation(
            "ssw_first_entered_on",
            "stay.err_in_future",
        ));
    }
    let leaves = stored_leaves(&mut tx, org, worker_id).await?;
    let after = StayColumns {
        stay_granted_on: granted,
        residence_card_expiry: expiry,
        ssw_first_entered_on: first,
        total_stay_ends_on: limit_of(first, &leaves),
        // A new expiry is a new period: a pending renewal was of the old one.
        renewal_applied_on: before
            .renewal_applied_on
            .filter(|_| expiry == before.residence_card_expiry),
    };
    db::set_columns(&mut tx, org, worker_id, &after).await?;
    let detail = json!({ "before": columns_json(&before), "after": columns_json(&after) });
    finish(tx, user, AuditAction::StayChanged, worker_id, detail).await?;
    Ok(())
}

/// Staff record that the worker applied for renewal of the current period.
pub async fn apply_for_renewal(
    user: &CurrentUser,
    worker_id: WorkerId,
    applied_on: &str,
) -> Result<(), AppError> {
    let (mut tx, before) = begin(user, worker_id).await?;
    let org = user.organization_id;
    let applied_on = required(applied_on, "applied_on")?;
    if applied_on > today_in_japan() {
        return Err(AppError::validation("applied_on", "stay.err_in_future"));
    }
    let expiry = before
        .residence_card_expiry
        .ok_or_else(|| AppError::validation("applied_on", "stay.err_no_expiry"))?;
    if before.renewal_applied_on.is_some() {
        return Err(AppError::validation(
            "applied_on",
            "stay.err_renewal_pending",
        ));
    }
    let renewal = Renewal {
        applied_on,
        decided: None,
    };
    check_renewal(&renewal, expiry).map_err(|p| stay_problem("applied_on", p))?;
    let id = db::insert_renewal(&mut tx, org, worker_id, expiry, applied_on).await?;
    let after = StayColumns {
        renewal_applied_on: Some(applied_on),
        ..before
    };
    db::set_columns(&mut tx, org, worker_id, &after).await?;
    let detail = json!({ "renewal": id, "expiry": expiry, "applied_on": applied_on,
                         "before": columns_json(&before) });
    finish(tx, user, AuditAction::RenewalApplied, worker_id, detail).await?;
    Ok(())
}

/// The decision on a renewal as posted.
pub struct DecisionForm<'a> {
    pub decided_on: &'a str,
    pub result: &'a str,
    /// The new expiry, for a renewal granted.
    pub new_expiry: &'a str,
}

/// Staff record immigration's decision; a renewal granted starts the new period.
pub async fn decide_renewal(
    user: &CurrentUser,
    id: RenewalId,
    form: &DecisionForm<'_>,
) -> Result<WorkerId, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let (worker_id, row) = db::renewal_in(&mut tx, org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let decided_on = required(form.decided_on, "decided_on")?;
    let result = RenewalResult::from_code(form.result.trim())
        .map_err(|_| AppError::validation("result", "stay.err_result"))?;
    let new_expiry = date(form.new_expiry, "new_expiry")?;
    if row.decided_on.is_some() {
        return Err(AppError::Conflict);
    }
    let renewal = Renewal {
        applied_on: row.applied_on,
        decided: Some((decided_on, result)),
    };
    check_renewal(&renewal, row.expiry).map_err(|p| stay_problem("decided_on", p))?;
    if decided_on > today_in_japan() {
        return Err(AppError::validation("decided_on", "stay.err_in_future"));
    }
    let before = db::columns_in(&mut tx, org, worker_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut after = StayColumns {
        renewal_applied_on: None,
        ..before
    };
    if result == RenewalResult::Granted {
        let expiry =
            new_expiry.ok_or_else(|| AppError::validation("new_expiry", "stay.err_new_expiry"))?;
        check_period_of_stay(decided_on, expiry).map_err(|p| stay_problem("new_expiry", p))?;
        after.stay_granted_on = Some(decided_on);
        after.residence_card_expiry = Some(expiry);
    }
    if !db::decide_renewal(&mut tx, org, id, decided_on, result.code()).await? {
        return Err(AppError::Conflict);
    }
    db::set_columns(&mut tx, org, worker_id, &after).await?;
    let detail = json!({ "renewal": id, "decided_on": decided_on, "result": result.code(),
                         "before": columns_json(&before), "after": columns_json(&after) });
    finish(tx, user, AuditAction::RenewalDecided, worker_id, detail).await?;
    Ok(worker_id)
}

/// A leave as posted.
pub struct LeaveForm<'a> {
    pub kind: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
}

/// Staff add a leave; it must not overlap another. The 5-year limit follows.
pub async fn add_leave(
    user: &CurrentUser,
    worker_id: WorkerId,
    form: &LeaveForm<'_>,
) -> Result<(), AppError> {
    let (mut tx, before) = begin(user, worker_id).await?;
    let org = user.organization_id;
    let kind = LeaveKind::from_code(form.kind.trim())
        .map_err(|_| AppError::validation("kind", "stay.err_leave_kind"))?;
    let leave = Leave {
        kind,
        starts_on: required(form.starts_on, "starts_on")?,
        ends_on: required(form.ends_on, "ends_on")?,
    };
    let mut leaves = stored_leaves(&mut tx, org, worker_id).await?;
    leaves.push(leave);
    check_leaves(&leaves).map_err(|p| AppError::validation("starts_on", p.message_key()))?;
    let id = db::insert_leave(
        &mut tx,
        org,
        worker_id,
        kind.code(),
        leave.starts_on,
        leave.ends_on,
    )
    .await?;
    let after = StayColumns {
        total_stay_ends_on: limit_of(before.ssw_first_entered_on, &leaves),
        ..before
    };
    db::set_columns(&mut tx, org, worker_id, &after).await?;
    let detail = json!({ "leave": id, "kind": kind.code(), "starts_on": leave.starts_on,
                         "ends_on": leave.ends_on, "before": columns_json(&before) });
    finish(tx, user, AuditAction::LeaveAdded, worker_id, detail).await?;
    Ok(())
}

/// Staff remove a leave entered by mistake; the audit row keeps it.
pub async fn remove_leave(user: &CurrentUser, id: LeaveId) -> Result<WorkerId, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let worker_id = db::leave_worker(&mut tx, org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = db::leaves_in(&mut tx, org, worker_id).await?;
    let removed = rows
        .iter()
        .find(|r| r.id == id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let before = db::columns_in(&mut tx, org, worker_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !db::delete_leave(&mut tx, org, id).await? {
        return Err(AppError::NotFound);
    }
    let leaves = rows
        .iter()
        .filter(|r| r.id != id)
        .map(leave_of)
        .collect::<Result<Vec<_>, _>>()?;
    let after = StayColumns {
        total_stay_ends_on: limit_of(before.ssw_first_entered_on, &leaves),
        ..before
    };
    db::set_columns(&mut tx, org, worker_id, &after).await?;
    let detail = json!({ "leave": id, "kind": removed.kind, "starts_on": removed.starts_on,
                         "ends_on": removed.ends_on, "before": columns_json(&before) });
    finish(tx, user, AuditAction::LeaveRemoved, worker_id, detail).await?;
    Ok(worker_id)
}
