//! Volume data for benchmarks: thousands of workers with support plans in every state,
//! spread over 50 companies, 16 fields and the demo staff, added to the demo organization
//! (`cargo run -p server -- seed --workers 10000`). Written with multi-row inserts in one
//! transaction, so 10,000 workers take seconds, not minutes.

use chrono::{Days, Months, NaiveDate, Utc};
use uuid::Uuid;

use crate::domain::{
    AuditAction, INTERVIEW_INTERVAL_MONTHS, SswField, SupportKind, SupportStatus, WorkerSituation,
};
use crate::{
    db::{AuditEntry, Db, Tx, execute, on_db, on_tx, write_audit},
    demo,
    domain::{CompanyId, OrganizationId, UserId, WorkerId},
};

/// The companies the volume is spread over (the 3 demo companies included).
pub const COMPANIES: usize = 50;
/// Rows per INSERT statement: 500 × 11 parameters stays under SQLite's limit of 32,766.
const BATCH: usize = 500;

const PEOPLE: [(&str, &str, &str); 6] = [
    ("VN", "vi", "NGUYEN"),
    ("ID", "id", "SARI"),
    ("MM", "my", "AUNG"),
    ("PH", "tl", "REYES"),
    ("NP", "ne", "GURUNG"),
    ("CN", "zh", "WANG"),
];

#[derive(Debug, thiserror::Error)]
pub enum VolumeError {
    #[error("demo data: {0}")]
    Demo(#[from] demo::SeedError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("date out of range")]
    Date,
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Volume {
    pub workers: usize,
    pub supports: usize,
}

struct Worker {
    id: WorkerId,
    company_id: CompanyId,
    field: &'static str,
    officer: UserId,
    nationality: &'static str,
    locale: &'static str,
    family: &'static str,
    given: String,
    entry: NaiveDate,
    card_expiry: NaiveDate,
    situation: WorkerSituation,
}

fn days(day: NaiveDate, n: i64) -> Result<NaiveDate, VolumeError> {
    let moved = if n >= 0 {
        day.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        day.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    moved.ok_or(VolumeError::Date)
}

/// A deterministic spread: the same `count` gives the same data (relative to `today`).
fn worker(
    n: usize,
    today: NaiveDate,
    companies: &[(CompanyId, &'static str)],
    officers: &[UserId],
) -> Result<Worker, VolumeError> {
    let (company_id, field) = companies[n % companies.len()];
    let (nationality, locale, family) = PEOPLE[n % PEOPLE.len()];
    let spread = |prime: usize, modulo: usize| i64::try_from((n * prime) % modulo).unwrap_or(0);
    // Entered up to 5 years ago; a few arrive in the coming weeks.
    let entry = days(today, 20 - spread(7919, 1825))?;
    // Cards expire from a month ago to two years ahead.
    let card_expiry = days(today, spread(104_729, 760) - 30)?;
    // The next interview falls from 10 days ago to 3 months ahead.
    let next_interview = days(today, spread(1_299_709, 100) - 10)?;
    let situation = WorkerSituation {
        changed_status_in_japan: n.is_multiple_of(3),
        contract_signed: Some(days(entry, -120)?),
        visa_application: Some(days(entry, -90)?),
        entry_or_change: Some(entry),
        settled: Some(days(entry, 2)?),
        employment_ended_not_own_fault: None,
        former_intern_same_employer: false,
        last_interview: (entry < days(today, -90)?)
            .then(|| next_interview.checked_sub_months(Months::new(INTERVIEW_INTERVAL_MONTHS)))
            .flatten(),
    };
    Ok(Worker {
        id: WorkerId::new_v7(),
        company_id,
        field,
        officer: officers[n % officers.len()],
        nationality,
        locale,
        family,
        given: format!("W{n:05}"),
        entry,
        card_expiry,
        situation,
    })
}

/// The status of each support of a volume worker: what is past is delivered and
/// confirmed; what is ahead is planned.
fn status(
    kind: SupportKind,
    w: &Worker,
    today: NaiveDate,
) -> (SupportStatus, Option<&'static str>) {
    if let Err(because) = kind.applies(&w.situation) {
        let reason = match because {
            crate::domain::NotApplicableBecause::ChangedStatusInJapan => {
                "rule:changed_status_in_japan"
            }
            crate::domain::NotApplicableBecause::EmploymentContinues => "rule:employment_continues",
        };
        return (SupportStatus::NotApplicable, Some(reason));
    }
    let past = kind
        .due(&w.situation)
        .is_some_and(|due| due < today && kind != SupportKind::PeriodicInterview);
    if past {
        (SupportStatus::Confirmed, None)
    } else {
        (SupportStatus::Planned, None)
    }
}

/// Adds `count` workers with plans to the demo organization (made first when missing).
pub async fn seed_workers(db: &Db, count: usize) -> Result<Volume, VolumeError> {
    demo::seed(db).await?;
    let today = crate::locale::today_in_japan();
    let org: OrganizationId = on_db!(db, pool => {
        sqlx::query_scalar("SELECT id FROM organizations WHERE slug = $1")
            .bind(demo::DEMO_ORG_SLUG)
            .fetch_one(pool)
            .await
    })?;
    let officers: Vec<UserId> = on_db!(db, pool => {
        sqlx::query_scalar(
            "SELECT id FROM users WHERE organization_id = $1 AND role IN ('staff', 'admin')
             ORDER BY id",
        )
        .bind(org)
        .fetch_all(pool)
        .await
    })?;
    let mut tx = db.begin().await?;
    let companies = companies(&mut tx, org).await?;
    let workers = (0..count)
        .map(|n| worker(n, today, &companies, &officers))
        .collect::<Result<Vec<_>, _>>()?;
    let mut supports = 0;
    for chunk in workers.chunks(BATCH) {
        insert_workers(&mut tx, org, chunk).await?;
        let rows: Vec<(&Worker, SupportKind)> = chunk
            .iter()
            .flat_map(|w| SupportKind::ALL.into_iter().map(move |k| (w, k)))
            .collect();
        for rows in rows.chunks(BATCH) {
            insert_supports(&mut tx, org, rows, today).await?;
            supports += rows.len();
        }
    }
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(org),
            actor_user_id: None,
            action: AuditAction::VolumeSeeded,
            entity: "organization",
            entity_id: Some(org.uuid()),
            detail: serde_json::json!({ "workers": count, "supports": supports }),
            ip: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Volume {
        workers: count,
        supports,
    })
}

/// The demo organization's companies, topped up to [`COMPANIES`] across the 16 fields.
async fn companies(
    tx: &mut Tx,
    org: OrganizationId,
) -> Result<Vec<(CompanyId, &'static str)>, VolumeError> {
    let existing: Vec<(CompanyId, String)> = on_tx!(tx, conn => {
        sqlx::query_as("SELECT id, field FROM companies WHERE organization_id = $1 ORDER BY name")
            .bind(org)
            .fetch_all(conn)
            .await
    })?;
    let mut companies: Vec<(CompanyId, &'static str)> = existing
        .into_iter()
        .filter_map(|(id, code)| {
            SswField::ALL
                .into_iter()
                .find(|f| f.code() == code)
                .map(|f| (id, f.code()))
        })
        .collect();
    let now = Utc::now();
    let mut n = 0;
    while companies.len() < COMPANIES {
        n += 1;
        let field = SswField::ALL[n % SswField::ALL.len()];
        let (id, name) = (CompanyId::new_v7(), format!("株式会社サンプル{n:02}"));
        let inserted = execute!(tx: tx,
            "INSERT INTO companies (id, organization_id, name, field, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT DO NOTHING",
            id, org, &name, field.code(), now,
        )?;
        if inserted == 1 {
            companies.push((id, field.code()));
        }
    }
    Ok(companies)
}

async fn insert_workers(
    tx: &mut Tx,
    org: OrganizationId,
    chunk: &[Worker],
) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    on_tx!(tx, conn => {
        let mut query = sqlx::QueryBuilder::new(
            "INSERT INTO workers (id, organization_id, company_id, family_name, given_name,
                                  nationality, preferred_locale, field, entry_date,
                                  residence_card_expiry, support_officer_id,
                                  changed_status_in_japan, created_at, updated_at) ",
        );
        query.push_values(chunk, |mut row, w| {
            row.push_bind(w.id)
                .push_bind(org)
                .push_bind(w.company_id)
                .push_bind(w.family)
                .push_bind(&w.given)
                .push_bind(w.nationality)
                .push_bind(w.locale)
                .push_bind(w.field)
                .push_bind(w.entry)
                .push_bind(w.card_expiry)
                .push_bind(w.officer)
                .push_bind(w.situation.changed_status_in_japan)
                .push_bind(now)
                .push_bind(now);
        });
        query.build().execute(conn).await.map(|done| done.rows_affected())
    })?;
    Ok(())
}

async fn insert_supports(
    tx: &mut Tx,
    org: OrganizationId,
    rows: &[(&Worker, SupportKind)],
    today: NaiveDate,
) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    // Each line with its status; a delivered one has one delivery, under the line's id.
    let lines: Vec<_> = rows
        .iter()
        .map(|(w, kind)| {
            let (status, reason) = status(*kind, w, today);
            let due = kind.due(&w.situation);
            let delivered = (status == SupportStatus::Confirmed)
                .then_some(due)
                .flatten();
            (Uuid::now_v7(), *w, *kind, status, reason, due, delivered)
        })
        .collect();
    on_tx!(tx, conn => {
        let mut query = sqlx::QueryBuilder::new(
            "INSERT INTO supports (id, organization_id, worker_id, kind, status, due_on,
                                   reason, latest_delivery_id, created_at, updated_at) ",
        );
        query.push_values(&lines, |mut row, (id, w, kind, status, reason, due, delivered)| {
            row.push_bind(*id)
                .push_bind(org)
                .push_bind(w.id)
                .push_bind(kind.code())
                .push_bind(status.code())
                .push_bind(*due)
                .push_bind(*reason)
                .push_bind(delivered.map(|_| *id))
                .push_bind(now)
                .push_bind(now);
        });
        query.build().execute(&mut *conn).await?;
        let delivered: Vec<_> = lines
            .iter()
            .filter_map(|(id, .., delivered)| delivered.map(|on| (*id, on)))
            .collect();
        if delivered.is_empty() {
            return Ok(());
        }
        let mut query = sqlx::QueryBuilder::new(
            "INSERT INTO support_deliveries (id, organization_id, support_id, delivered_on,
                                             delivered_by, created_at) ",
        );
        query.push_values(&delivered, |mut row, (id, on)| {
            row.push_bind(*id)
                .push_bind(org)
                .push_bind(*id)
                .push_bind(*on)
                .push_bind("田中 健")
                .push_bind(now);
        });
        query.build().execute(conn).await.map(|_| ())
    })
}
