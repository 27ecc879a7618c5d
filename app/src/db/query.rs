//! One query on whichever backend, without the bind-and-fetch boilerplate.
//!
//! Each call names what it fetches, the pool or transaction, the SQL and the values of its
//! `$N` placeholders in order:
//!
//! ```ignore
//! let rows = fetch!(all WorkerRow, db, SELECT_WORKERS, organization_id, company_id)?;
//! let taken = fetch!(scalar i64, tx: tx, "SELECT COUNT(*) FROM users WHERE login_id = $1", login)?;
//! let changed = execute!(tx: tx, "UPDATE workers SET … WHERE id = $1", id)?;
//! ```
//!
//! They expand to [`on_db!`](crate::on_db) / [`on_tx!`](crate::on_tx) around one sqlx
//! query, so each query is still type-checked against both backends. A query whose shape
//! differs by backend, or that streams, is written with `on_db!` directly.

/// Runs one `SELECT`: `all` (a `Vec`), `optional` (an `Option`), `one` (exactly one row),
/// each of a `FromRow` type, or `scalar` (the first column of exactly one row) and
/// `scalar_optional`. On a pool (`db`) or in a transaction (`tx: tx`).
#[macro_export]
macro_rules! fetch {
    (all $row:ty, tx: $tx:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_tx!($tx, conn => sqlx::query_as::<_, $row>($sql)$(.bind($arg))*.fetch_all(conn).await)
    };
    (optional $row:ty, tx: $tx:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_tx!($tx, conn => sqlx::query_as::<_, $row>($sql)$(.bind($arg))*.fetch_optional(conn).await)
    };
    (one $row:ty, tx: $tx:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_tx!($tx, conn => sqlx::query_as::<_, $row>($sql)$(.bind($arg))*.fetch_one(conn).await)
    };
    (scalar $t:ty, tx: $tx:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_tx!($tx, conn => sqlx::query_scalar::<_, $t>($sql)$(.bind($arg))*.fetch_one(conn).await)
    };
    (scalar_optional $t:ty, tx: $tx:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_tx!($tx, conn => sqlx::query_scalar::<_, $t>($sql)$(.bind($arg))*.fetch_optional(conn).await)
    };
    (all $row:ty, $db:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_db!($db, pool => sqlx::query_as::<_, $row>($sql)$(.bind($arg))*.fetch_all(pool).await)
    };
    (optional $row:ty, $db:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_db!($db, pool => sqlx::query_as::<_, $row>($sql)$(.bind($arg))*.fetch_optional(pool).await)
    };
    (one $row:ty, $db:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_db!($db, pool => sqlx::query_as::<_, $row>($sql)$(.bind($arg))*.fetch_one(pool).await)
    };
    (scalar $t:ty, $db:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_db!($db, pool => sqlx::query_scalar::<_, $t>($sql)$(.bind($arg))*.fetch_one(pool).await)
    };
    (scalar_optional $t:ty, $db:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_db!($db, pool => sqlx::query_scalar::<_, $t>($sql)$(.bind($arg))*.fetch_optional(pool).await)
    };
}

/// Runs one `INSERT`, `UPDATE` or `DELETE` and answers how many rows it touched. On a pool
/// (`db`) or in a transaction (`tx: tx`).
#[macro_export]
macro_rules! execute {
    (tx: $tx:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_tx!($tx, conn => {
            sqlx::query($sql)$(.bind($arg))*.execute(conn).await.map(|done| done.rows_affected())
        })
    };
    ($db:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::on_db!($db, pool => {
            sqlx::query($sql)$(.bind($arg))*.execute(pool).await.map(|done| done.rows_affected())
        })
    };
}
