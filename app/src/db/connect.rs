//! Opening the pool, with the per-connection settings each backend needs.

use std::{str::FromStr, time::Duration};

use sqlx::{
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};

use super::Db;

/// Why the database could not be opened; shown to the operator as one line.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("cannot create the folder for the SQLite file {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot open the database: {0}")]
    Open(#[from] sqlx::Error),
}

/// How long start-up waits for an unreachable database before giving up.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens a pool for `url`: `postgres://…`/`postgresql://…` for PostgreSQL, otherwise
/// `sqlite://path` (the file and its folder are created when missing).
pub async fn connect(url: &str, max_connections: u32) -> Result<Db, ConnectError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(CONNECT_TIMEOUT)
            .connect(url)
            .await?;
        return Ok(Db::Postgres(pool));
    }

    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        // WAL lets readers run while one writer writes; busy_timeout makes a second writer
        // wait instead of failing; sqlx applies these on every pooled connection.
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(5))
        .foreign_keys(true);
    let file = options.get_filename();
    if let Some(folder) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|source| ConnectError::Folder {
            path: file.display().to_string(),
            source,
        })?;
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(CONNECT_TIMEOUT)
        .connect_with(options)
        .await?;
    Ok(Db::Sqlite(pool))
}
