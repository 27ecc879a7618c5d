//! Data-layer tests, each run on SQLite and PostgreSQL.

use chrono::{DateTime, SubsecRound, Utc};
use uuid::Uuid;

use super::testing::each_backend;
use crate::db::execute;

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

async fn count(db: &super::Db, table: &str) -> i64 {
    let sql = format!("SELECT COUNT(*) AS n FROM {table}");
    let row: CountRow =
        on_db!(db, pool => sqlx::query_as(&sql).fetch_one(pool).await).expect("count rows");
    row.n
}

#[tokio::test]
async fn migrations_create_the_core_tables_and_types_round_trip() {
    for test in each_backend().await {
        let db = &test.db;
        db.ping().await.expect("ping");
        for table in [
            "organizations",
            "companies",
            "users",
            "staff",
            "workers",
            "audit_log",
        ] {
            assert_eq!(count(db, table).await, 0, "{table} on {}", db.backend());
        }

        // UUID, TIMESTAMPTZ and DATE written and read back by the same code on both.
        let id = Uuid::now_v7();
        let at: DateTime<Utc> = Utc::now().trunc_subsecs(6);
        execute!(db,
            "INSERT INTO organizations (id, slug, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)",
            id, "t", "T", at,
        )
            .expect("insert organization");

        #[derive(sqlx::FromRow)]
        struct OrgRow {
            id: Uuid,
            created_at: DateTime<Utc>,
        }
        let row: OrgRow = on_db!(db, pool => sqlx::query_as(
            "SELECT id, created_at FROM organizations WHERE created_at <= $1 AND slug = $2")
            .bind(Utc::now()).bind("t").fetch_one(pool).await)
        .expect("read organization");
        assert_eq!((row.id, row.created_at), (id, at), "on {}", db.backend());

        test.drop_db().await;
    }
}

#[tokio::test]
async fn foreign_keys_and_unique_constraints_are_enforced() {
    for test in each_backend().await {
        let db = &test.db;
        let now = Utc::now();
        let orphan = execute!(
            db,
            "INSERT INTO companies (id, organization_id, name, field, created_at, updated_at)
             VALUES ($1, $2, 'X', 'construction', $3, $3)",
            Uuid::now_v7(),
            Uuid::now_v7(),
            now,
        );
        let err = orphan.expect_err("a company of an unknown organization must be refused");
        assert!(
            err.as_database_error()
                .is_some_and(|e| e.is_foreign_key_violation()),
            "on {}: {err}",
            db.backend()
        );

        for slug in ["same", "same"] {
            let res = execute!(
                db,
                "INSERT INTO organizations (id, slug, name, created_at, updated_at) VALUES ($1, $2, 'O', $3, $3)",
                Uuid::now_v7(),
                slug,
                now,
            );
            if let Err(err) = res {
                assert!(
                    err.as_database_error()
                        .is_some_and(|e| e.is_unique_violation())
                );
            }
        }
        assert_eq!(count(db, "organizations").await, 1);
        test.drop_db().await;
    }
}

#[tokio::test]
async fn sqlite_connections_use_wal_busy_timeout_and_foreign_keys() {
    let test = super::testing::sqlite().await;
    let super::Db::Sqlite(pool) = &test.db else {
        unreachable!("sqlite() makes SQLite")
    };
    // Several pooled connections: every one must carry the settings.
    let mut conns = Vec::new();
    for _ in 0..3 {
        conns.push(pool.acquire().await.expect("acquire"));
    }
    for conn in &mut conns {
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut **conn)
            .await
            .expect("mode");
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&mut **conn)
            .await
            .expect("fk");
        let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
            .fetch_one(&mut **conn)
            .await
            .expect("busy");
        assert_eq!((mode.as_str(), fk), ("wal", 1));
        assert!(busy >= 1000, "busy_timeout {busy}");
    }
    drop(conns);
    test.drop_db().await;
}

/// A test that panics before `drop_db` leaves no PostgreSQL database behind.
#[tokio::test]
async fn a_test_that_panics_leaves_no_database_behind() {
    let (named, done) = tokio::sync::oneshot::channel();
    let panicked = tokio::spawn(async move {
        let test = super::testing::postgres().await;
        let _ = named.send(test.postgres_name().map(str::to_owned));
        panic!("a failing test, on purpose");
    })
    .await;
    assert!(panicked.is_err_and(|e| e.is_panic()));
    let name = done.await.ok().flatten().expect("the test's database name");
    let admin_url = std::env::var("SHIEN_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| super::testing::DEFAULT_POSTGRES_URL.to_owned());
    let mut admin = <sqlx::PgConnection as sqlx::Connection>::connect(&admin_url)
        .await
        .expect("PostgreSQL");
    let left: Option<i32> = sqlx::query_scalar("SELECT 1 FROM pg_database WHERE datname = $1")
        .bind(&name)
        .fetch_optional(&mut admin)
        .await
        .expect("pg_database");
    assert_eq!(left, None, "{name} is still there");
}

/// Two writers at once on SQLite: a transaction that read before another one committed
/// must still write. With a deferred `BEGIN`, WAL answers its first write with
/// SQLITE_BUSY_SNAPSHOT at once (busy_timeout does not wait for it): two staff importing
/// sheets at the same moment got "Something went wrong" (seen in the import's e2e test).
#[tokio::test]
async fn a_sqlite_transaction_that_read_first_still_writes_after_another_commits() {
    let test = super::testing::sqlite().await;
    let db = test.db.clone();
    let insert = |slug: &'static str| {
        format!(
            "INSERT INTO organizations (id, slug, name, created_at, updated_at) \
             VALUES (X'{}', '{slug}', '{slug}', '2026-12-03T00:00:00Z', '2026-12-03T00:00:00Z')",
            Uuid::now_v7().simple()
        )
    };
    let mut first = db.begin().await.expect("first begins");
    let seen: i64 = on_tx!(&mut first, tx => {
        sqlx::query_scalar("SELECT COUNT(*) FROM organizations").fetch_one(tx).await
    })
    .expect("first reads");
    assert_eq!(seen, 0);
    let second = tokio::spawn({
        let (db, sql) = (db.clone(), insert("second"));
        async move {
            let mut tx = db.begin().await?;
            on_tx!(&mut tx, conn => sqlx::query(&sql).execute(conn).await.map(|_| ()))?;
            tx.commit().await
        }
    });
    // Time for the second to commit, if it can while the first is open.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let sql = insert("first");
    on_tx!(&mut first, conn => sqlx::query(&sql).execute(conn).await.map(|_| ()))
        .expect("the first writes after reading");
    first.commit().await.expect("the first commits");
    second
        .await
        .expect("the second ran")
        .expect("the second commits after the first");
    assert_eq!(count(&db, "organizations").await, 2);
    test.drop_db().await;
}
