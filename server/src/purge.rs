//! `server purge-documents [--dry-run]`: removes the documents and the interview
//! recordings of workers whose retention ended (1 year after the employment contract), and
//! prints what went. Staff run it by
//! hand or from a daily timer; every removal is also an audit row.

use app::{documents, locale::today_in_japan};
use tracing::info;

use crate::{
    config::Config,
    startup::{StartError, open_database},
};

#[derive(Debug, thiserror::Error)]
pub enum PurgeError {
    #[error("usage: purge-documents [--dry-run]; got {0:?}")]
    Usage(String),
    #[error(transparent)]
    Start(#[from] StartError),
    #[error("upload folder: {0}")]
    Storage(#[from] app::files::StorageError),
    #[error("purge failed: {0}")]
    Database(#[from] sqlx::Error),
}

pub async fn purge_documents(args: &[String]) -> Result<(), PurgeError> {
    let dry_run = match args {
        [] => false,
        [flag] if flag == "--dry-run" => true,
        other => return Err(PurgeError::Usage(other.join(" "))),
    };
    let config = Config::from_sources(|k| std::env::var(k).ok(), []).map_err(StartError::from)?;
    let db = open_database(&config).await?;
    let documents = config.documents()?;
    let today = today_in_japan();
    let purged = documents::purge(&db, &documents.storage, today, dry_run).await?;
    let verb = if dry_run { "would remove" } else { "removed" };
    for line in &purged {
        info!(
            worker = %line.worker_id,
            name = line.worker_name,
            contract_ended_on = %line.contract_ended_on,
            retained_until = ?line.retained_until,
            "{verb} {} documents ({} files)",
            line.submissions,
            line.files
        );
    }
    info!(
        "{verb} the documents of {} workers whose retention ended before {today}",
        purged.len()
    );
    // The recordings of online interviews have the same clock (contract end + 1 year).
    let recordings =
        app::interviews::purge_recordings(&db, &documents.storage, today, dry_run).await?;
    for line in &recordings {
        info!(
            worker = %line.worker_id,
            contract_ended_on = %line.contract_ended_on,
            "{verb} {} interview recordings ({} files)",
            line.recordings,
            line.files
        );
    }
    info!(
        "{verb} the interview recordings of {} workers whose retention ended before {today}",
        recordings.len()
    );
    db.close().await;
    Ok(())
}
