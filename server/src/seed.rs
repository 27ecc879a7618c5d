//! `server seed --workers N`: fills the configured database with a realistic volume (the
//! demo organization plus N workers with support plans) for benchmarks and trials.

use app::demo::volume;
use tracing::info;

use crate::{
    config::Config,
    startup::{StartError, open_database},
};

/// The number of workers when `--workers` is not given: the benchmark volume.
const DEFAULT_WORKERS: usize = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("usage: seed [--workers N] (N from 1 to 1000000); got {0:?}")]
    Usage(String),
    #[error(transparent)]
    Start(#[from] StartError),
    #[error("seeding failed: {0}")]
    Volume(#[from] volume::VolumeError),
}

fn workers_argument(args: &[String]) -> Result<usize, SeedError> {
    match args {
        [] => Ok(DEFAULT_WORKERS),
        [flag, n] if flag == "--workers" => n
            .parse()
            .ok()
            .filter(|n| (1..=1_000_000).contains(n))
            .ok_or_else(|| SeedError::Usage(n.clone())),
        other => Err(SeedError::Usage(other.join(" "))),
    }
}

pub async fn seed(args: &[String]) -> Result<(), SeedError> {
    let count = workers_argument(args)?;
    let config = Config::from_sources(|k| std::env::var(k).ok(), []).map_err(StartError::from)?;
    let db = open_database(&config).await?;
    let started = std::time::Instant::now();
    let written = volume::seed_workers(&db, count).await?;
    info!(
        backend = db.backend(),
        "added {} workers and {} supports to the demo organization in {:.1} s",
        written.workers,
        written.supports,
        started.elapsed().as_secs_f64()
    );
    db.close().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_worker_count_is_read_and_checked() {
        assert_eq!(workers_argument(&[]).ok(), Some(DEFAULT_WORKERS));
        assert_eq!(
            workers_argument(&args(&["--workers", "250"])).ok(),
            Some(250)
        );
        for bad in [
            &["--workers", "0"][..],
            &["--workers", "many"],
            &["--rows", "5"],
        ] {
            assert!(workers_argument(&args(bad)).is_err(), "{bad:?}");
        }
    }
}
