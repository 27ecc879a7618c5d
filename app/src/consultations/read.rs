//! Who reads which consultation. A worker reads their own threads without staff notes;
//! staff read their organization's, and each time they open one it is an audit row
//! (access to personal data is accounted for) and the worker sees "read". A company
//! user reads none.

use chrono::Utc;
use serde_json::json;

use crate::consultations::{
    ConsultationItem, Inbox, OwnConsultations, Reachable, Thread, db,
    db::hours,
    db::queries,
    service::{self, open_now},
};
use crate::{
    auth::CurrentUser,
    domain::{AuditAction, ConsultationId, OrganizationId},
    error::AppError,
    layout::{DESK_LINES, DeskAsk},
    locale::today_in_japan,
    notifications as notify, paths,
    state::AppState,
};

pub async fn reachable(
    state: &AppState,
    organization_id: OrganizationId,
) -> Result<Reachable, AppError> {
    let hours = hours::load(&state.db, organization_id).await?;
    let phone = hours::load_phone(&state.db, organization_id).await?;
    let open_now = open_now(&hours);
    Ok(Reachable {
        hours,
        open_now,
        phone,
    })
}

pub async fn my_consultations(user: &CurrentUser) -> Result<OwnConsultations, AppError> {
    let state = crate::state::app_state()?;
    Ok(OwnConsultations {
        items: my_threads(user).await?,
        reachable: reachable(&state, user.organization_id).await?,
    })
}

/// The worker's own threads, without the opening hours their page shows beside them.
pub async fn my_threads(user: &CurrentUser) -> Result<Vec<ConsultationItem>, AppError> {
    let state = crate::state::app_state()?;
    let Some(worker_id) = user.caller.worker_id() else {
        return Err(AppError::Forbidden);
    };
    Ok(queries::of_worker(&state.db, worker_id).await?)
}

/// How many open threads the staff home looks through for those waiting for an answer.
const HOME_THREADS: i64 = 200;

/// Staff: one page of the inbox, searched by the worker's name, login id or company.
pub async fn inbox(user: &CurrentUser, resolved: bool, ask: &DeskAsk) -> Result<Inbox, AppError> {
    user.require_staff()?;
    let state = crate::state::app_state()?;
    let reachable = reachable(&state, user.organization_id).await?;
    if ask.too_long {
        return Ok(Inbox {
            items: Vec::new(),
            resolved,
            reachable,
            answer: ask.answer(0),
        });
    }
    let pattern = ask.pattern();
    let query = queries::InboxQuery {
        resolved,
        pattern: pattern.as_deref(),
        sort: sort_index(ask.column),
        descending: ask.descending,
        limit: DESK_LINES,
        offset: ask.offset(),
    };
    let org = user.organization_id;
    let total = queries::inbox_count(&state.db, org, query).await?;
    Ok(Inbox {
        items: queries::inbox(&state.db, org, query).await?,
        resolved,
        reachable,
        answer: ask.answer(total),
    })
}

/// The index in `INBOX_SORTS` of a column (the default, priority, when unknown).
fn sort_index(column: &str) -> usize {
    queries::INBOX_SORTS
        .iter()
        .position(|(name, _)| *name == column)
        .unwrap_or(0)
}

/// Staff: the open threads in the inbox's order (urgent first), for the home's to-do list.
pub async fn inbox_threads(
    user: &CurrentUser,
    resolved: bool,
) -> Result<Vec<ConsultationItem>, AppError> {
    user.require_staff()?;
    let state = crate::state::app_state()?;
    let query = queries::InboxQuery {
        resolved,
        pattern: None,
        sort: 0,
        descending: false,
        limit: HOME_THREADS,
        offset: 0,
    };
    Ok(queries::inbox(&state.db, user.organization_id, query).await?)
}

/// One thread for its reader, marked read by them.
pub async fn thread(user: &CurrentUser, id: ConsultationId) -> Result<Thread, AppError> {
    let state = crate::state::app_state()?;
    let head = service::target(&state, user, id).await?;
    let staff_reader = user.caller.is_staff();
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    if staff_reader {
        // Staff's read marker (the inbox's "unread", the worker's "seen") belongs to the
        // officer the thread is assigned to, or to any staff while it is nobody's: a
        // colleague glancing at it must not hide it from the one who answers (issue 17).
        if head.assigned_to.is_none_or(|officer| officer == user.id) {
            db::mark_read(&mut tx, id, true, now).await?;
        }
        notify::mark_read_by_link(&mut tx, user.id, &paths::staff_consultation(id)).await?;
    } else {
        db::mark_read(&mut tx, id, false, now).await?;
        notify::mark_read_by_link(&mut tx, user.id, &paths::my_consultation(id)).await?;
    }
    tx.commit().await?;
    let item = queries::item(&state.db, user.organization_id, id, staff_reader)
        .await?
        .ok_or(AppError::NotFound)?;
    let (staff, assigned_to_id, worker_id) = if staff_reader {
        (
            queries::staff_choices(&state.db, user.organization_id).await?,
            head.assigned_to,
            Some(head.worker_id),
        )
    } else {
        (Vec::new(), None, None)
    };
    let messages = queries::messages(&state.db, id, staff_reader).await?;
    if staff_reader {
        // The row names the photos the page shows: their fetches are this view.
        let photos: Vec<_> = messages.iter().filter(|m| m.photo).map(|m| m.id).collect();
        let mut tx = state.db.begin().await?;
        service::audit(
            &mut tx,
            user,
            crate::auth::client_ip(&state),
            AuditAction::ConsultationViewed,
            id,
            json!({ "photos": photos }),
        )
        .await?;
        tx.commit().await?;
    }
    Ok(Thread {
        item,
        version: head.version,
        messages,
        // The record (参考様式5-4) is staff's: no worker page shows it.
        record: if staff_reader {
            queries::record(&state.db, id).await?
        } else {
            None
        },
        staff,
        assigned_to_id,
        worker_id,
        today: today_in_japan(),
    })
}
