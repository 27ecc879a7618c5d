//! Reading consultations: a worker's own threads, the inbox, one thread's messages and
//! record, photos. The worker's reads leave staff notes out in SQL, not in the page.

use chrono::{DateTime, NaiveDate, Utc};

use crate::consultations::{ConsultationItem, MessageView, RecordView, StaffChoice};
use crate::{
    db::{Db, fetch, on_db},
    domain::{
        CompanyId, ConsultationCategory, ConsultationId, ConsultationStatus, MessageId,
        OrganizationId, UserId, WorkerId,
    },
};

#[derive(Debug, sqlx::FromRow)]
struct ItemRow {
    id: ConsultationId,
    category: String,
    about_record: bool,
    urgent: bool,
    status: String,
    opened_at: DateTime<Utc>,
    last_message_at: DateTime<Utc>,
    worker: String,
    assigned_to: Option<String>,
    unread: bool,
}

impl ItemRow {
    fn into_item(self, staff_reader: bool) -> Option<ConsultationItem> {
        Some(ConsultationItem {
            id: self.id,
            category: ConsultationCategory::from_code(&self.category).ok()?,
            about_record: self.about_record,
            urgent: self.urgent,
            status: ConsultationStatus::from_code(&self.status).ok()?,
            opened_at: self.opened_at,
            last_message_at: self.last_message_at,
            worker: staff_reader.then_some(self.worker),
            assigned_to: if staff_reader { self.assigned_to } else { None },
            unread: self.unread,
        })
    }
}

const ITEM_COLUMNS: &str =
    "c.id, c.category, c.about_record, c.urgent, c.status, c.opened_at, c.last_message_at,
    w.family_name || ' ' || w.given_name AS worker, s.display_name AS assigned_to";

/// A worker's message staff have not opened since.
const STAFF_UNREAD: &str = "(c.status = 'waiting' AND (c.staff_read_at IS NULL
    OR c.staff_read_at < c.last_message_at)) AS unread";

/// A staff reply the worker has not opened since.
const WORKER_UNREAD: &str = "(c.status = 'answered' AND (c.worker_read_at IS NULL
    OR c.worker_read_at < c.last_message_at)) AS unread";

/// The worker's own threads, latest first; unread = a staff reply they have not opened.
pub async fn of_worker(db: &Db, worker_id: WorkerId) -> Result<Vec<ConsultationItem>, sqlx::Error> {
    let sql = format!(
        "SELECT {ITEM_COLUMNS}, {WORKER_UNREAD}
         FROM consultations c JOIN workers w ON w.id = c.worker_id
         LEFT JOIN users s ON s.id = c.assigned_to
         WHERE c.worker_id = $1
         ORDER BY c.last_message_at DESC, c.id DESC"
    );
    let rows = fetch!(all ItemRow, db, &sql, worker_id)?;
    Ok(rows
        .into_iter()
        .filter_map(|r| r.into_item(false))
        .collect())
}

/// The inbox's sortable columns, by the name the address uses, and their SQL (fixed text:
/// the address only chooses among them). "priority": urgent first, then those waiting
/// for an answer; each sort goes on by the opening time, oldest first.
pub const INBOX_SORTS: &[(&str, &str)] = &[
    (
        "priority",
        "CASE WHEN c.urgent THEN 0 ELSE 2 END + CASE c.status WHEN 'waiting' THEN 0 ELSE 1 END",
    ),
    ("last", "c.last_message_at"),
    ("opened", "c.opened_at"),
    ("worker", "w.family_name || ' ' || w.given_name"),
];

/// The worker's name both ways round, login id and company, as the inbox's joins name
/// them (`c` is the consultation here).
const INBOX_PERSON: &[&str] = &[
    "w.family_name || ' ' || w.given_name",
    "w.given_name || ' ' || w.family_name",
    "wu.login_id",
    "co.name",
];

/// What the inbox is asked for; `pattern` is the escaped `LIKE` pattern or `None`.
#[derive(Clone, Copy, Debug)]
pub struct InboxQuery<'a> {
    pub resolved: bool,
    pub pattern: Option<&'a str>,
    /// An index into [`INBOX_SORTS`].
    pub sort: usize,
    pub descending: bool,
    pub limit: i64,
    pub offset: i64,
}

const INBOX_FROM: &str = "FROM consultations c JOIN workers w ON w.id = c.worker_id
    JOIN companies co ON co.id = w.company_id
    LEFT JOIN users wu ON wu.id = w.user_id
    LEFT JOIN users s ON s.id = c.assigned_to";

/// `$1` organization, `$2` resolved, `$3` pattern.
fn inbox_where() -> String {
    format!(
        "WHERE c.organization_id = $1 AND (c.status = 'resolved') = $2 AND {}",
        crate::db::search_condition(INBOX_PERSON, "$3")
    )
}

/// One page of the inbox: open threads (urgent first, then those waiting for an answer,
/// oldest first) or the resolved ones, as sorted.
pub async fn inbox(
    db: &Db,
    organization_id: OrganizationId,
    query: InboxQuery<'_>,
) -> Result<Vec<ConsultationItem>, sqlx::Error> {
    let (_, order) = INBOX_SORTS
        .get(query.sort)
        .copied()
        .unwrap_or(INBOX_SORTS[0]);
    let dir = if query.descending { "DESC" } else { "ASC" };
    let sql = format!(
        "SELECT {ITEM_COLUMNS}, {STAFF_UNREAD}
         {INBOX_FROM}
         {}
         ORDER BY {order} {dir}, c.opened_at {dir}, c.id {dir}
         LIMIT $4 OFFSET $5",
        inbox_where()
    );
    let rows = fetch!(all ItemRow, db,
        &sql,
        organization_id, query.resolved, query.pattern, query.limit, query.offset,
    )?;
    Ok(rows.into_iter().filter_map(|r| r.into_item(true)).collect())
}

/// How many threads the inbox holds in all its pages.
pub async fn inbox_count(
    db: &Db,
    organization_id: OrganizationId,
    query: InboxQuery<'_>,
) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) {INBOX_FROM} {}", inbox_where());
    fetch!(scalar i64, db, &sql, organization_id, query.resolved, query.pattern)
}

/// One thread as its reader's list shows it (`staff_reader`: the inbox's columns).
pub async fn item(
    db: &Db,
    organization_id: OrganizationId,
    id: ConsultationId,
    staff_reader: bool,
) -> Result<Option<ConsultationItem>, sqlx::Error> {
    let unread = if staff_reader {
        STAFF_UNREAD
    } else {
        WORKER_UNREAD
    };
    let sql = format!(
        "SELECT {ITEM_COLUMNS}, {unread}
         FROM consultations c JOIN workers w ON w.id = c.worker_id
         LEFT JOIN users s ON s.id = c.assigned_to
         WHERE c.organization_id = $1 AND c.id = $2"
    );
    let row = fetch!(optional ItemRow, db, &sql, organization_id, id)?;
    Ok(row.and_then(|r| r.into_item(staff_reader)))
}

#[derive(Debug, sqlx::FromRow)]
struct MessageRow {
    id: MessageId,
    from_staff: bool,
    author: String,
    body: String,
    internal: bool,
    photo: bool,
    at: DateTime<Utc>,
    seen_by_staff: bool,
}

/// A thread's messages, oldest first; staff notes only when `with_notes`.
pub async fn messages(
    db: &Db,
    id: ConsultationId,
    with_notes: bool,
) -> Result<Vec<MessageView>, sqlx::Error> {
    let rows = fetch!(all MessageRow, db,
        "SELECT m.id, (u.role <> 'worker') AS from_staff, u.display_name AS author, m.body,
                m.internal, (m.photo_key IS NOT NULL) AS photo, m.created_at AS at,
                (c.staff_read_at IS NOT NULL AND c.staff_read_at >= m.created_at) AS seen_by_staff
         FROM consultation_messages m
         JOIN users u ON u.id = m.author_id
         JOIN consultations c ON c.id = m.consultation_id
         WHERE m.consultation_id = $1 AND (m.internal = FALSE OR $2)
         ORDER BY m.created_at, m.id",
        id, with_notes,
    )?;
    Ok(rows
        .into_iter()
        .map(|r| MessageView {
            id: r.id,
            from_staff: r.from_staff,
            author: r.author,
            body: r.body,
            internal: r.internal,
            photo: r.photo,
            at: r.at,
            seen_by_staff: r.seen_by_staff && !r.from_staff,
        })
        .collect())
}

#[derive(Debug, sqlx::FromRow)]
struct RecordRow {
    held_on: Option<NaiveDate>,
    content: Option<String>,
    response: Option<String>,
    referred_to: Option<String>,
    resolved_by: Option<String>,
}

/// The consultation record, once written.
pub async fn record(db: &Db, id: ConsultationId) -> Result<Option<RecordView>, sqlx::Error> {
    let row = fetch!(optional RecordRow, db,
        "SELECT c.record_held_on AS held_on, c.record_content AS content,
                c.record_response AS response, c.record_referred_to AS referred_to,
                u.display_name AS resolved_by
         FROM consultations c LEFT JOIN users u ON u.id = c.resolved_by
         WHERE c.id = $1",
        id,
    )?;
    Ok(row.and_then(|r| {
        Some(RecordView {
            held_on: r.held_on?,
            content: r.content?,
            response: r.response?,
            referred_to: r.referred_to,
            resolved_by: r.resolved_by,
        })
    }))
}

/// The staff of the organization who can take a thread.
pub async fn staff_choices(
    db: &Db,
    organization_id: OrganizationId,
) -> Result<Vec<StaffChoice>, sqlx::Error> {
    let rows = fetch!(
        all(UserId, String),
        db,
        "SELECT id, display_name FROM users
         WHERE organization_id = $1 AND role IN ('staff', 'admin') AND disabled_at IS NULL
         ORDER BY display_name, id",
        organization_id,
    )?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| StaffChoice { id, name })
        .collect())
}

/// A message's photo, with what decides who may see it.
#[derive(Debug, sqlx::FromRow)]
pub struct PhotoRow {
    pub worker_id: WorkerId,
    pub company_id: CompanyId,
    pub internal: bool,
    pub photo_key: Option<String>,
    pub photo_thumbnail_key: Option<String>,
}

pub async fn photo(
    db: &Db,
    organization_id: OrganizationId,
    message_id: MessageId,
) -> Result<Option<PhotoRow>, sqlx::Error> {
    fetch!(optional PhotoRow, db,
        "SELECT c.worker_id, w.company_id, m.internal, m.photo_key, m.photo_thumbnail_key
         FROM consultation_messages m JOIN consultations c ON c.id = m.consultation_id
              JOIN workers w ON w.id = c.worker_id
         WHERE m.id = $1 AND m.organization_id = $2",
        message_id, organization_id,
    )
}

/// Every stored photo key (start-up clean-up keeps these).
pub async fn referenced_keys(db: &Db) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(Option<String>, Option<String>)> = on_db!(db, pool => {
        sqlx::query_as(
            "SELECT photo_key, photo_thumbnail_key FROM consultation_messages
             WHERE photo_key IS NOT NULL",
        )
        .fetch_all(pool)
        .await
    })?;
    Ok(rows
        .into_iter()
        .flat_map(|(key, thumb)| key.into_iter().chain(thumb))
        .collect())
}
