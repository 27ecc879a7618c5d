//! Start-up: settings, database, migrations, optional demo data, listening, serving until
//! a shutdown signal. Each failure is one error for one line in the log.

use app::{
    db::{self, ConnectError},
    demo,
    files::StorageError,
    state::AppState,
};
use tracing::{info, warn};

use crate::{
    config::{Config, ConfigError, redact_password},
    routes,
    sessions::DbSessionStore,
    shutdown,
};

/// How often expired sessions are deleted from the session table.
const SESSION_SWEEP: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// After the shutdown signal, requests in flight get their time limit and this much more.
const SHUTDOWN_SLACK: std::time::Duration = std::time::Duration::from_secs(3);

/// Brings the database up to date: the portal's migrations, the lines the support catalogue
/// gained since a plan was made, then the session table.
pub async fn prepare_database(db: &db::Db) -> Result<(), StartError> {
    db.migrate().await?;
    let added = app::supports::complete_plans(db)
        .await
        .map_err(StartError::Plans)?;
    if added > 0 {
        info!(
            added,
            "support plans completed with the catalogue's new lines"
        );
    }
    DbSessionStore::new(db).migrate().await?;
    Ok(())
}

/// Connects to the configured database and brings it up to date.
pub(crate) async fn open_database(config: &Config) -> Result<db::Db, StartError> {
    let db = db::connect(&config.database_url, config.db_max_connections)
        .await
        .map_err(|source| StartError::Database {
            url: redact_password(&config.database_url),
            source,
        })?;
    prepare_database(&db).await?;
    Ok(db)
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("configuration: {0}")]
    Config(#[from] ConfigError),
    #[error("database {url}: {source}")]
    Database { url: String, source: ConnectError },
    #[error("database migration failed, not starting: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot complete the support plans: {0}")]
    Plans(sqlx::Error),
    #[error("cannot create the session table: {0}")]
    Sessions(#[from] sqlx::Error),
    #[error("demo data: {0}")]
    Demo(#[from] demo::SeedError),
    #[error("upload store {path}: {source}")]
    UploadDir { path: String, source: StorageError },
    #[error("cannot read the stored documents to clean up: {0}")]
    Orphans(sqlx::Error),
    #[error("e-mail: {0}")]
    Mail(#[from] app::notifications::MailError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: String,
        source: std::io::Error,
    },
    #[error("server stopped with an error: {0}")]
    Serve(std::io::Error),
}

pub async fn run(args: impl IntoIterator<Item = String>) -> Result<(), StartError> {
    let config = Config::from_sources(|k| std::env::var(k).ok(), args)?;

    let db = open_database(&config).await?;
    info!(backend = db.backend(), "database ready");

    if config.demo_data {
        match demo::seed(&db).await? {
            demo::SeedOutcome::Created => warn!("demo data written (asked for with --demo-data)"),
            demo::SeedOutcome::AlreadyPresent => info!("demo data already present"),
        }
        for sign_in in demo::sign_ins() {
            info!(
                "demo sign-in: {:<8} {:<32} password: {}",
                sign_in.role,
                sign_in.login,
                demo::DEMO_PASSWORD
            );
        }
    }

    let documents = config.documents().map_err(|source| StartError::UploadDir {
        path: config.upload_place(),
        source,
    })?;
    // Before any upload runs: files whose upload never committed, and partial files of
    // uploads cut off by the last stop, go.
    let mut referenced = app::documents::referenced_keys(&db)
        .await
        .map_err(StartError::Orphans)?;
    referenced.extend(
        app::consultations::referenced_keys(&db)
            .await
            .map_err(StartError::Orphans)?,
    );
    referenced.extend(
        app::interviews::referenced_keys(&db)
            .await
            .map_err(StartError::Orphans)?,
    );
    let removed = documents
        .storage
        .remove_orphans(&referenced)
        .await
        .map_err(|source| StartError::UploadDir {
            path: config.upload_place(),
            source,
        })?;
    info!(store = config.upload_place(), "uploads ready");
    if !removed.is_empty() {
        warn!(count = removed.len(), files = ?removed, "removed uploaded files without a record");
    }

    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| StartError::Listen {
            addr: config.addr.to_string(),
            source,
        })?;
    let state = AppState::new(db.clone(), config.auth.clone(), documents)
        .with_interviews(config.interviews);
    let app = routes::router(&config, state);
    app::auth::warm_up_password_hashing();
    let sweeper = tokio::spawn(
        tower_sessions::ExpiredDeletion::continuously_delete_expired(
            DbSessionStore::new(&db),
            SESSION_SWEEP,
        ),
    );
    let mailer = mailer(&config)?;
    let jobs = tokio::spawn(crate::jobs::run(
        db.clone(),
        mailer,
        std::time::Duration::from_secs(config.mail.jobs_every_seconds),
    ));
    info!("Shien is running at http://{}", config.addr);

    let (stopping, stop_seen) = tokio::sync::watch::channel(false);
    let serve = crate::serve::serve(
        listener,
        app,
        config.limits.headers,
        shutdown::signal_then_tell(stopping),
    );
    let grace = config.limits.request + SHUTDOWN_SLACK;
    tokio::select! {
        () = serve => {},
        () = shutdown::grace_over(stop_seen, grace) => {
            warn!(seconds = grace.as_secs(), "requests still open after the shutdown signal; stopping anyway");
        }
    }
    sweeper.abort();
    jobs.abort();
    info!("in-flight requests finished; closing the database");
    // A connection still held by a request cut off above is not waited for.
    if tokio::time::timeout(SHUTDOWN_SLACK, db.close())
        .await
        .is_err()
    {
        warn!("database connections still in use; closing anyway");
    }
    Ok(())
}

/// The SMTP sender, when a server is configured; mail links use the public address.
fn mailer(config: &Config) -> Result<Option<app::notifications::Mailer>, StartError> {
    let Some(url) = &config.mail.smtp_url else {
        warn!(
            "no SMTP server (SHIEN_SMTP_URL): notifications stay in the portal, none is e-mailed"
        );
        return Ok(None);
    };
    let public_url = config
        .auth
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", config.addr));
    let mailer = app::notifications::Mailer::new(url, &config.mail.from, &public_url)?;
    info!(server = redact_password(url), "notifications are e-mailed");
    Ok(Some(mailer))
}

#[cfg(test)]
mod tests {
    use crate::config::redact_password as redact;

    #[test]
    fn passwords_never_reach_the_log() {
        assert_eq!(
            redact("postgres://shien:s3cret@db:5432/shien"),
            "postgres://shien:***@db:5432/shien"
        );
        assert_eq!(
            redact("postgres://postgres@127.0.0.1/test"),
            "postgres://postgres@127.0.0.1/test"
        );
        assert_eq!(redact("sqlite://data/shien.db"), "sqlite://data/shien.db");
    }
}
