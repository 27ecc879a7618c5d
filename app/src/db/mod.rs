//! The database: SQLite embedded by default, PostgreSQL when `DATABASE_URL=postgres://…`.
//!
//! Why an enum over two pools rather than sqlx's `Any` driver or generics: `Any` cannot
//! decode chrono or uuid values, and code generic over `sqlx::Database` drowns every query in
//! trait bounds. With the enum each query is written once, as one SQL text with `$N`
//! placeholders and PostgreSQL type names (both accepted by SQLite through sqlx), and the
//! [`on_db!`] / [`on_tx!`] macros expand the same query code for each backend, type-checked
//! against each. Rows are `#[derive(sqlx::FromRow)]` structs, which are generic over the row.
//! Most queries are one statement, written with [`fetch!`] and [`execute!`] (`query.rs`).

mod audit;
mod connect;
mod query;
mod search;
mod unique;

pub use audit::{AuditEntry, write_audit};
pub use connect::{ConnectError, connect};
pub use search::{PERSON_COLUMNS, search_condition};
pub use unique::{Unique, violated_unique};

use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};

/// A connection pool on one of the two supported backends.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A transaction on one of the two supported backends. Dropped without `commit`, it rolls
/// back.
#[derive(Debug)]
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// The migrations in `migrations/`, compiled into the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations");

/// Runs `$body` with `$conn` bound to the pool of whichever backend `$db` is.
#[macro_export]
macro_rules! on_db {
    ($db:expr, $conn:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($conn) => $body,
            $crate::db::Db::Postgres($conn) => $body,
        }
    };
}

/// Runs `$body` with `$conn` bound to the connection of whichever backend `$tx` is on.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(tx) => {
                let $conn = &mut **tx;
                $body
            }
            $crate::db::Tx::Postgres(tx) => {
                let $conn = &mut **tx;
                $body
            }
        }
    };
}

pub use crate::{execute, fetch, on_db, on_tx};

impl Db {
    /// Which backend this is, for logs.
    pub fn backend(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }

    /// A transaction that writes. On SQLite it takes the write lock at its start
    /// (`BEGIN IMMEDIATE`), waiting for another writer within the busy timeout: a
    /// deferred transaction that read first is refused its first write at once
    /// (SQLITE_BUSY_SNAPSHOT) when another one committed meanwhile.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Self::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Self::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// A transaction that only reads (one snapshot for several queries): it takes no
    /// write lock on SQLite, so it never waits for a writer.
    pub async fn begin_read(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Self::Sqlite(pool) => Tx::Sqlite(pool.begin().await?),
            Self::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Applies the migrations that have not run yet.
    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        on_db!(self, pool => MIGRATOR.run(pool).await)
    }

    /// Whether the database answers a trivial query (for `/healthz`).
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        on_db!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(|_| ()))
    }

    pub async fn close(&self) {
        on_db!(self, pool => pool.close().await)
    }
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(tx) => tx.commit().await,
            Self::Postgres(tx) => tx.commit().await,
        }
    }

    /// Ends a transaction that only read (a dropped one would roll back as well, later).
    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(tx) => tx.rollback().await,
            Self::Postgres(tx) => tx.rollback().await,
        }
    }
}

#[cfg(test)]
pub mod testing;
#[cfg(test)]
mod tests;
