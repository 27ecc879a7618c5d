//! Fresh, migrated databases for data-layer tests: every test runs on SQLite **and**
//! PostgreSQL. PostgreSQL is found at `SHIEN_TEST_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`); each test gets a database of its own.

use sqlx::{Connection, Executor, PgConnection};
use uuid::Uuid;

use super::{Db, connect};

use crate::domain::{BookingId, CompanyId, OrganizationId, SlotId, UserId, WorkerId};

pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// A database made for one test; call [`TestDb::drop_db`] at the end.
pub struct TestDb {
    pub db: Db,
    /// Taken by [`TestDb::drop_db`]; what is left is done on drop (a test that panicked).
    cleanup: Option<Cleanup>,
}

enum Cleanup {
    SqliteFile(std::path::PathBuf),
    PostgresDatabase { admin_url: String, name: String },
}

/// One fresh database per backend, migrated.
pub async fn each_backend() -> Vec<TestDb> {
    vec![sqlite().await, postgres().await]
}

pub async fn sqlite() -> TestDb {
    let path = std::env::temp_dir().join(format!("shien-test-{}.db", Uuid::now_v7().simple()));
    let db = connect(&format!("sqlite://{}", path.display()), 4)
        .await
        .expect("open a SQLite test database");
    db.migrate().await.expect("migrate SQLite");
    TestDb {
        db,
        cleanup: Some(Cleanup::SqliteFile(path)),
    }
}

pub async fn postgres() -> TestDb {
    let admin_url = std::env::var("SHIEN_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_owned());
    let name = format!("shien_test_{}", Uuid::now_v7().simple());
    let mut admin = PgConnection::connect(&admin_url)
        .await
        .expect("PostgreSQL for the data-layer tests (see README: tests)");
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create a PostgreSQL test database");
    let url = match admin_url.rsplit_once('/') {
        Some((server, _)) => format!("{server}/{name}"),
        None => panic!("SHIEN_TEST_POSTGRES_URL has no database part: {admin_url}"),
    };
    let db = connect(&url, 4)
        .await
        .expect("open the PostgreSQL test database");
    db.migrate().await.expect("migrate PostgreSQL");
    TestDb {
        db,
        cleanup: Some(Cleanup::PostgresDatabase { admin_url, name }),
    }
}

impl TestDb {
    pub async fn drop_db(mut self) {
        self.db.close().await;
        if let Some(cleanup) = self.cleanup.take() {
            cleanup.run().await;
        }
    }

    /// The PostgreSQL database's name, if it is one.
    pub fn postgres_name(&self) -> Option<&str> {
        match &self.cleanup {
            Some(Cleanup::PostgresDatabase { name, .. }) => Some(name),
            _ => None,
        }
    }
}

/// A test that panicked before [`TestDb::drop_db`] leaves no database behind either.
impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(cleanup) = self.cleanup.take() {
            // Drop runs inside the test's runtime, which cannot be blocked on: a thread
            // with a runtime of its own does the work, and the drop waits for it.
            let done = std::thread::spawn(move || {
                if let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    runtime.block_on(cleanup.run());
                }
            });
            let _ = done.join();
        }
    }
}

impl Cleanup {
    async fn run(self) {
        match self {
            Cleanup::SqliteFile(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let mut file = path.clone().into_os_string();
                    file.push(suffix);
                    let _ = std::fs::remove_file(file);
                }
            }
            Cleanup::PostgresDatabase { admin_url, name } => {
                // FORCE ends the connections a panicking test's pool still holds.
                if let Ok(mut admin) = PgConnection::connect(&admin_url).await {
                    let _ = admin
                        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                        .await;
                }
            }
        }
    }
}

/// (organization, company, worker) of a demo worker, by login id.
pub async fn demo_worker(db: &Db, login: &str) -> (OrganizationId, CompanyId, WorkerId) {
    crate::fetch!(
        one(OrganizationId, CompanyId, WorkerId),
        db,
        "SELECT w.organization_id, w.company_id, w.id FROM workers w
         JOIN users u ON u.id = w.user_id WHERE u.login_id = $1",
        login,
    )
    .expect("a demo worker")
}

/// Moves a worker's supervisor interview due date.
pub async fn set_supervisor_due(db: &Db, worker: WorkerId, on: chrono::NaiveDate) {
    crate::execute!(
        db,
        "UPDATE workers SET supervisor_interview_due_on = $2 WHERE id = $1",
        worker,
        on,
    )
    .map(|_| ())
    .expect("supervisor due date");
}

/// A 30-minute slot of tanaka (demo staff) at `starts_at`, published and booked for
/// `worker` as `kind` (`worker` or `supervisor`) by `booked_by` (staff when `None`), as
/// the interviews feature writes them; the booking's id. For any feature's tests.
pub async fn demo_booking(
    db: &Db,
    organization_id: OrganizationId,
    worker: WorkerId,
    kind: &'static str,
    booked_by: Option<UserId>,
    starts_at: chrono::DateTime<chrono::Utc>,
) -> BookingId {
    let staff: UserId = crate::on_db!(db, pool => {
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'tanaka@sakura-support.example'")
            .fetch_one(pool)
            .await
    })
    .expect("demo staff");
    let (slot, booking, now) = (SlotId::new_v7(), BookingId::new_v7(), chrono::Utc::now());
    let mut tx = db.begin().await.expect("begin");
    crate::execute!(tx: &mut tx,
        "INSERT INTO interview_slots (id, organization_id, staff_id, starts_at, ends_at,
             mode, place, video_url, languages, interpreter, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, 'in_person', '本社 3F', NULL, 'tl,ja', FALSE, $3, $6)",
        slot, organization_id, staff, starts_at, starts_at + chrono::Duration::minutes(30), now,
    )
    .map(|_| ())
    .expect("publish");
    crate::execute!(tx: &mut tx,
        "INSERT INTO interview_bookings (id, organization_id, slot_id, worker_id, kind,
             booked_by, status, calendar_uid, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'booked', $7, $8, $8)",
        booking,
        organization_id,
        slot,
        worker,
        kind,
        booked_by.unwrap_or(staff),
        format!("{booking}@shien"),
        now,
    )
    .map(|_| ())
    .expect("book");
    tx.commit().await.expect("commit");
    booking
}
