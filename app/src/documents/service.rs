//! Every change to a document version (staff accept, ask again, reject; the worker takes
//! it back) and to what a company may open: checked, then written with its audit row in
//! one transaction. A version is decided once, from the version number it was read at.

pub(super) mod purge;

use chrono::NaiveDate;
use serde_json::json;

use crate::documents::{
    db as files_db,
    db::queries::{self, Decision, VersionRow},
    read::access,
    read::status_of,
};
use crate::{
    auth::{Caller, CurrentUser, client_ip},
    db::{AuditEntry, write_audit},
    domain::{
        AuditAction, DocumentAction, DocumentId, DocumentKind, OrganizationId, ResubmitReason,
        WorkerId, certificate_reference_day, certificate_too_old, check_number_tail,
    },
    error::AppError,
    locale::today_in_japan,
    paths,
    state::app_state,
};

/// The longest comment staff may write for the worker.
const MAX_COMMENT_CHARS: usize = 1000;

fn refuse(field: &str, key: &str) -> AppError {
    AppError::validation(field, &format!("document_error.{key}"))
}

/// The version as `user` may act on it, still at `version`, and the status `action`
/// leads to. Read outside the transaction, which then starts with its write (see
/// `supports::changes`).
async fn load(
    user: &CurrentUser,
    id: DocumentId,
    version: i64,
    action: DocumentAction,
) -> Result<(VersionRow, &'static str), AppError> {
    let state = app_state()?;
    let row = queries::version(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    access::target(&state.db, user, row.worker_id).await?;
    let allowed = match action {
        DocumentAction::Withdraw => matches!(user.caller, Caller::Worker { .. }),
        _ => user.caller.is_staff(),
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    if row.version != version {
        return Err(AppError::Conflict);
    }
    let to = status_of(&row.status)?
        .after(action)
        .map_err(|_| refuse("status", "decided"))?;
    Ok((row, to.code()))
}

/// An accepted card's or passport's expiry, copied to the worker's record.
struct Expiry {
    passport: bool,
    on: NaiveDate,
}

async fn write(
    user: &CurrentUser,
    row: &VersionRow,
    decision: &Decision<'_>,
    action: AuditAction,
    detail: serde_json::Value,
    expiry: Option<Expiry>,
) -> Result<(), AppError> {
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let reviewed = decision.status != "withdrawn";
    if !queries::decide(
        &mut tx,
        user.organization_id,
        row.id,
        row.version,
        decision,
        reviewed,
    )
    .await?
    {
        return Err(AppError::Conflict);
    }
    if let Some(expiry) = expiry {
        crate::workers::set_expiry(&mut tx, row.worker_id, expiry.passport, expiry.on).await?;
    }
    // A version taken back is gone for good: it may be the wrong, private paper.
    let removed = if reviewed {
        Vec::new()
    } else {
        queries::remove_files(&mut tx, user.organization_id, &[row.id]).await?
    };
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action,
            entity: "document",
            entity_id: Some(row.id.uuid()),
            detail,
            ip: client_ip(&state),
        },
    )
    .await?;
    tell_worker(&mut tx, user.organization_id, row, decision.status).await?;
    tx.commit().await?;
    for key in removed {
        if let Err(error) = state.documents.storage.delete(&key).await {
            tracing::warn!(%error, key, "a withdrawn file stays until the next start");
        }
    }
    Ok(())
}

/// The worker hears of a review: accepted, or to send again. A version the worker took
/// back is no news to them.
async fn tell_worker(
    tx: &mut crate::db::Tx,
    organization_id: OrganizationId,
    row: &VersionRow,
    status: &str,
) -> Result<(), AppError> {
    use crate::notifications::{self as notify, Notice};
    let Ok(document) = crate::domain::DocumentKind::from_code(&row.kind) else {
        return Ok(());
    };
    let notice = match status {
        "accepted" => Notice::DocumentAccepted { document },
        "withdrawn" => return Ok(()),
        _ => Notice::DocumentReturned { document },
    };
    if let Some(worker_user) = notify::user_of_worker(tx, row.worker_id).await? {
        let link = paths::my_document(document);
        notify::notify_all(tx, organization_id, &[worker_user], &notice, &link).await?;
    }
    Ok(())
}

fn parse_date(text: &str, field: &str) -> Result<Option<NaiveDate>, AppError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| refuse(field, "date"))
}

fn comment(text: &str) -> Result<Option<&str>, AppError> {
    let text = text.trim();
    if text.chars().count() > MAX_COMMENT_CHARS {
        return Err(refuse("comment", "comment_too_long"));
    }
    Ok((!text.is_empty()).then_some(text))
}

/// What staff typed when accepting.
pub struct Acceptance<'a> {
    pub number_tail: &'a str,
    pub expires_on: &'a str,
    pub issued_on: &'a str,
    /// The reviewer ticked that the insurer and pension numbers are masked.
    pub masking_confirmed: bool,
}

pub async fn accept(
    user: &CurrentUser,
    id: DocumentId,
    version: i64,
    form: &Acceptance<'_>,
) -> Result<(), AppError> {
    let (row, to) = load(user, id, version, DocumentAction::Accept).await?;
    let kind = DocumentKind::from_code(&row.kind).map_err(|_| AppError::Internal)?;
    let today = today_in_japan();
    let (mut number_tail, mut expires_on, mut issued_on) = (None, None, None);
    if kind.tracks_expiry() {
        number_tail =
            Some(check_number_tail(form.number_tail).ok_or(refuse("number_tail", "number_tail"))?);
        let date = parse_date(form.expires_on, "expires_on")?
            .ok_or(refuse("expires_on", "expiry_missing"))?;
        if date < today {
            return Err(refuse("expires_on", "expiry_past"));
        }
        expires_on = Some(date);
    }
    if kind.must_be_recent() {
        let date = parse_date(form.issued_on, "issued_on")?
            .ok_or(refuse("issued_on", "issued_missing"))?;
        if date > today {
            return Err(refuse("issued_on", "issued_future"));
        }
        // Its age counts to the application it goes with, else to today.
        let worker = access::target(&app_state()?.db, user, row.worker_id).await?;
        let applications = [worker.visa_applied_on, worker.renewal_applied_on];
        let reference = certificate_reference_day(date, &applications, today);
        if certificate_too_old(date, reference) {
            return Err(if reference == today {
                refuse("issued_on", "issued_too_old")
            } else {
                refuse("issued_on", "issued_too_old_for_application")
            });
        }
        issued_on = Some(date);
    }
    // Insurer and pension numbers must not reach anyone unmasked (番号の取扱い).
    if kind.requires_masking() && !form.masking_confirmed {
        return Err(refuse("masking_confirmed", "masking_unconfirmed"));
    }
    let decision = Decision {
        status: to,
        by: user.id,
        reason: None,
        comment: None,
        number_tail: number_tail.as_deref(),
        expires_on,
        issued_on,
        masking_confirmed: kind.requires_masking(),
    };
    let detail = json!({
        "from": row.status, "to": to, "kind": row.kind, "worker_id": row.worker_id,
        "expires_on": expires_on, "issued_on": issued_on,
        "masking_confirmed": kind.requires_masking(),
    });
    let expiry = expires_on.map(|on| Expiry {
        passport: kind == DocumentKind::Passport,
        on,
    });
    write(
        user,
        &row,
        &decision,
        AuditAction::DocumentAccepted,
        detail,
        expiry,
    )
    .await
}

pub async fn ask_again(
    user: &CurrentUser,
    id: DocumentId,
    version: i64,
    reason: &str,
    note: &str,
) -> Result<(), AppError> {
    let (row, to) = load(user, id, version, DocumentAction::RequestResubmission).await?;
    let reason =
        ResubmitReason::from_code(reason.trim()).map_err(|_| refuse("reason", "reason_missing"))?;
    let note = comment(note)?;
    let decision = Decision {
        status: to,
        by: user.id,
        reason: Some(reason.code()),
        comment: note,
        number_tail: None,
        expires_on: None,
        issued_on: None,
        masking_confirmed: false,
    };
    let detail = json!({
        "from": row.status, "to": to, "kind": row.kind, "worker_id": row.worker_id,
        "reason": reason.code(), "comment": note,
    });
    write(
        user,
        &row,
        &decision,
        AuditAction::DocumentResubmissionRequested,
        detail,
        None,
    )
    .await
}

pub async fn reject(
    user: &CurrentUser,
    id: DocumentId,
    version: i64,
    note: &str,
) -> Result<(), AppError> {
    let (row, to) = load(user, id, version, DocumentAction::Reject).await?;
    let note = comment(note)?.ok_or(refuse("comment", "comment_missing"))?;
    let decision = Decision {
        status: to,
        by: user.id,
        reason: None,
        comment: Some(note),
        number_tail: None,
        expires_on: None,
        issued_on: None,
        masking_confirmed: false,
    };
    let detail = json!({
        "from": row.status, "to": to, "kind": row.kind, "worker_id": row.worker_id,
        "comment": note,
    });
    write(
        user,
        &row,
        &decision,
        AuditAction::DocumentRejected,
        detail,
        None,
    )
    .await
}

/// The worker takes back a version still waiting for review (to send the right one).
pub async fn withdraw(
    user: &CurrentUser,
    id: DocumentId,
    version: i64,
) -> Result<String, AppError> {
    let (row, to) = load(user, id, version, DocumentAction::Withdraw).await?;
    let decision = Decision {
        status: to,
        by: user.id,
        reason: None,
        comment: None,
        number_tail: None,
        expires_on: None,
        issued_on: None,
        masking_confirmed: false,
    };
    let detail =
        json!({ "from": row.status, "to": to, "kind": row.kind, "worker_id": row.worker_id });
    write(
        user,
        &row,
        &decision,
        AuditAction::DocumentWithdrawn,
        detail,
        None,
    )
    .await?;
    Ok(row.kind)
}

/// Staff let the worker's company open this worker's files of `kind`, or stop. Only this
/// worker's: the company's other workers' files of the kind stay closed.
pub async fn share(
    user: &CurrentUser,
    worker_id: WorkerId,
    kind: &str,
    shared: bool,
) -> Result<(), AppError> {
    user.require_staff()?;
    let kind = DocumentKind::from_code(kind.trim())
        .map_err(|_| AppError::BadRequest("unknown document kind".into()))?;
    let state = app_state()?;
    let target = access::target(&state.db, user, worker_id).await?;
    // A kind whose numbers must be masked reaches the company only once a reviewer
    // confirmed the masking of an accepted version.
    if shared
        && kind.requires_masking()
        && !files_db::has_confirmed_masking(&state.db, user.organization_id, target.id, kind.code())
            .await?
    {
        return Err(refuse("masking_confirmed", "masking_unconfirmed_share"));
    }
    let mut tx = state.db.begin().await?;
    let sharing = files_db::Sharing {
        organization_id: user.organization_id,
        worker_id: target.id,
        company_id: target.company_id,
        kind: kind.code(),
        by: user.id,
    };
    let changed = files_db::set_sharing(&mut tx, &sharing, shared).await?;
    if changed {
        write_audit(
            &mut tx,
            AuditEntry {
                organization_id: Some(user.organization_id),
                actor_user_id: Some(user.id),
                action: if shared {
                    AuditAction::DocumentShared
                } else {
                    AuditAction::DocumentUnshared
                },
                entity: "worker",
                entity_id: Some(target.id.uuid()),
                detail: json!({ "kind": kind.code(), "company_id": target.company_id }),
                ip: client_ip(&state),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
