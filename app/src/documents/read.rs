//! The document pages' data, as the caller may see it: rows become versions per kind, with
//! files only for those who may open them, and the expiry alerts of cards and passports.

pub(super) mod access;

use std::collections::HashMap;

use crate::documents::{
    DocumentSet, FileView, KindLine, QueueItem, QueueView, ReviewDetail, db as files_db,
    db::queries::{self, FileBrief, VersionRow},
    types::DocumentVersion,
};
use crate::{
    auth::{Caller, CurrentUser},
    domain::{
        CompanyId, DocumentId, DocumentKind, DocumentStatus, FileId, ResubmitReason, Side,
        WorkerId, certificate_reference_day, certificate_too_old, expiry_alert,
    },
    error::AppError,
    layout::{DESK_LINES, DeskAsk},
    locale::today_in_japan,
    state::{AppState, app_state},
    workers::WorkerTarget,
};

fn corrupt(what: &str, code: &str) -> AppError {
    tracing::error!(what, code, "unknown code in the database");
    AppError::Internal
}

pub(super) fn status_of(code: &str) -> Result<DocumentStatus, AppError> {
    DocumentStatus::from_code(code).map_err(|_| corrupt("document status", code))
}

fn file_view(file: &FileBrief) -> FileView {
    FileView {
        id: file.id,
        side: Side::from_code(&file.side).unwrap_or(Side::Front),
        is_pdf: file.content_type == "application/pdf",
        has_thumbnail: file.has_thumbnail,
    }
}

fn version_of(row: VersionRow, files: Vec<FileView>) -> Result<DocumentVersion, AppError> {
    Ok(DocumentVersion {
        id: row.id,
        version: row.version,
        kind: DocumentKind::from_code(&row.kind)
            .map_err(|_| corrupt("document kind", &row.kind))?,
        status: status_of(&row.status)?,
        sent_at: row.created_at,
        sent_by: row.sent_by,
        reviewed_by: row.reviewed_by,
        reviewed_at: row.reviewed_at,
        reason: row
            .resubmit_reason
            .as_deref()
            .map(|code| ResubmitReason::from_code(code).map_err(|_| corrupt("reason", code)))
            .transpose()?,
        comment: row.review_comment,
        number_tail: row.number_tail,
        expires_on: row.expires_on,
        issued_on: row.issued_on,
        files,
    })
}

/// What a company sees of a kind staff did not share with it: the status and the dates
/// (sent, expiry), never what staff wrote to the worker, the number, or who reviewed it.
fn status_only(version: DocumentVersion) -> DocumentVersion {
    DocumentVersion {
        sent_by: String::new(),
        reviewed_by: None,
        reviewed_at: None,
        reason: None,
        comment: None,
        number_tail: None,
        issued_on: None,
        files: Vec::new(),
        ..version
    }
}

/// May `user` open the files (not only see the status) of this worker's `kind`?
fn opens(user: &CurrentUser, shared: &[String], kind: DocumentKind) -> bool {
    match user.caller {
        Caller::Staff | Caller::Admin | Caller::Worker { .. } => true,
        Caller::Company { .. } => shared.iter().any(|k| k == kind.code()),
    }
}

async fn kind_lines(
    state: &AppState,
    user: &CurrentUser,
    target: &WorkerTarget,
) -> Result<Vec<KindLine>, AppError> {
    let org = user.organization_id;
    let rows = queries::versions_of_worker(&state.db, org, target.id).await?;
    let mut files: HashMap<DocumentId, Vec<FileView>> = HashMap::new();
    for file in queries::files_of_worker(&state.db, org, target.id).await? {
        files
            .entry(file.submission_id)
            .or_default()
            .push(file_view(&file));
    }
    let shared = files_db::shared_kinds(&state.db, org, target.id, target.company_id).await?;
    let today = today_in_japan();
    let mut lines: Vec<KindLine> = DocumentKind::ALL
        .into_iter()
        .map(|kind| KindLine {
            kind,
            versions: Vec::new(),
            alert: None,
            expires_on: match kind {
                DocumentKind::ResidenceCard => target.residence_card_expiry,
                DocumentKind::Passport => target.passport_expiry,
                _ => None,
            },
            too_old: false,
            shared: shared.iter().any(|k| k == kind.code()),
        })
        .collect();
    for row in rows {
        let own_files = if let Ok(kind) = DocumentKind::from_code(&row.kind)
            && opens(user, &shared, kind)
        {
            files.remove(&row.id).unwrap_or_default()
        } else {
            Vec::new()
        };
        // A company never opens a version whose numbers were not confirmed masked.
        let masked =
            row.masking_confirmed_at.is_some() || !matches!(user.caller, Caller::Company { .. });
        let opened = DocumentKind::from_code(&row.kind)
            .is_ok_and(|kind| opens(user, &shared, kind) && (masked || !kind.requires_masking()));
        let version = version_of(row, own_files)?;
        let version = if opened {
            version
        } else {
            status_only(version)
        };
        if let Some(line) = lines.iter_mut().find(|l| l.kind == version.kind) {
            line.versions.push(version);
        }
    }
    for line in &mut lines {
        line.alert = line.expires_on.map(|date| expiry_alert(date, today));
        let accepted = line
            .versions
            .iter()
            .find(|v| v.status == DocumentStatus::Accepted);
        line.too_old = line.kind.must_be_recent()
            && accepted.and_then(|v| v.issued_on).is_some_and(|issued| {
                let applications = [target.visa_applied_on, target.renewal_applied_on];
                certificate_too_old(
                    issued,
                    certificate_reference_day(issued, &applications, today),
                )
            });
    }
    Ok(lines)
}

async fn documents_of(user: &CurrentUser, target: WorkerTarget) -> Result<DocumentSet, AppError> {
    let state = app_state()?;
    let kinds = kind_lines(&state, user, &target).await?;
    Ok(DocumentSet {
        worker_id: target.id,
        worker_name: target.name,
        kinds,
        card_expiry: target.residence_card_expiry,
        passport_expiry: target.passport_expiry,
        today: today_in_japan(),
        max_mb: state.documents.max_bytes / (1024 * 1024),
        can_upload: !matches!(user.caller, Caller::Company { .. }),
        can_review: user.caller.is_staff(),
        can_share: user.caller.is_staff(),
    })
}

/// The signed-in worker's documents.
pub async fn mine(user: &CurrentUser) -> Result<DocumentSet, AppError> {
    let worker_id = user.caller.worker_id().ok_or(AppError::Forbidden)?;
    of_worker(user, worker_id).await
}

/// A worker's documents: staff, the worker's company (status only unless shared), the
/// worker.
pub async fn of_worker(user: &CurrentUser, worker_id: WorkerId) -> Result<DocumentSet, AppError> {
    let state = app_state()?;
    let target = access::target(&state.db, user, worker_id).await?;
    documents_of(user, target).await
}

/// Staff: one page of the versions waiting for review (oldest first unless sorted
/// otherwise), searched by the worker's name, login id or company.
pub async fn queue(
    user: &CurrentUser,
    ask: &DeskAsk,
    company: Option<CompanyId>,
    kind: Option<DocumentKind>,
) -> Result<QueueView, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let companies = queries::companies(&state.db, org).await?;
    if ask.too_long {
        return Ok(QueueView {
            items: Vec::new(),
            companies,
            answer: ask.answer(0),
        });
    }
    let pattern = ask.pattern();
    let query = queries::QueueQuery {
        company_id: company,
        kind: kind.map(DocumentKind::code),
        pattern: pattern.as_deref(),
        sort: ask.sort,
        descending: ask.descending,
        limit: DESK_LINES,
        offset: ask.offset(),
    };
    let total = queries::queue_count(&state.db, org, query).await?;
    let rows = queries::queue(&state.db, org, query).await?;
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        items.push(QueueItem {
            id: row.id,
            kind: DocumentKind::from_code(&row.kind)
                .map_err(|_| corrupt("document kind", &row.kind))?,
            worker_id: row.worker_id,
            worker_name: row.worker_name,
            company_name: row.company_name,
            sent_at: row.created_at,
            first_file: row.file_id.map(|id| FileView {
                id,
                side: Side::Front,
                is_pdf: row.content_type.as_deref() == Some("application/pdf"),
                has_thumbnail: row.has_thumbnail.unwrap_or(false),
            }),
        });
    }
    Ok(QueueView {
        items,
        companies,
        answer: ask.answer(total),
    })
}

/// Staff: one version with the worker's other documents.
pub async fn review(user: &CurrentUser, id: DocumentId) -> Result<ReviewDetail, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let row = queries::version(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let target = access::target(&state.db, user, row.worker_id).await?;
    let mut others = kind_lines(&state, user, &target).await?;
    let mut this = None;
    for line in &mut others {
        if let Some(at) = line.versions.iter().position(|v| v.id == id) {
            this = Some(line.versions.remove(at));
        }
    }
    Ok(ReviewDetail {
        version: this.ok_or(AppError::NotFound)?,
        worker_id: target.id,
        worker_name: target.name,
        others,
    })
}

/// The files a page may show of these lines, for its audit row: the browser fetching them
/// for the page is that page view (`audit::record_shown`).
pub fn files_of<'a>(lines: impl IntoIterator<Item = &'a KindLine>) -> Vec<FileId> {
    lines
        .into_iter()
        .flat_map(|line| &line.versions)
        .flat_map(|version| version.files.iter().map(|f| f.id))
        .collect()
}
