//! Password hashing: Argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1, the
//! `argon2` crate's defaults, which `password-auth` uses), always off the async threads.

use std::sync::LazyLock;

use tokio::sync::Semaphore;

use crate::{domain::PASSWORD_MAX_CHARS, error::AppError};

/// Each hash takes 19 MiB and a core for tens of milliseconds. A burst of sign-ins would
/// otherwise start one blocking thread per request (up to 512) and exhaust memory; this
/// queues them instead, two per core.
static HASHING: LazyLock<Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    Semaphore::new(cores * 2)
});

/// Runs one Argon2 computation off the async threads, within the limit above.
async fn hashing<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let _permit = HASHING.acquire().await.map_err(|error| {
        tracing::error!(%error, "password hashing limit closed");
        AppError::Internal
    })?;
    tokio::task::spawn_blocking(work).await.map_err(|error| {
        tracing::error!(%error, "password hashing task failed");
        AppError::Internal
    })
}

/// A hash of a random password, verified against when the login is unknown, so that an
/// unknown login costs the same time as a wrong password.
static DECOY_HASH: LazyLock<String> = LazyLock::new(|| {
    let mut secret = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut secret);
    password_auth::generate_hash(secret)
});

pub async fn hash_password(password: String) -> Result<String, AppError> {
    // The rules are checked before; this guards the hash itself against huge input.
    if password.chars().count() > PASSWORD_MAX_CHARS {
        return Err(AppError::validation("password", "password.err_too_long"));
    }
    hashing(move || password_auth::generate_hash(password)).await
}

/// Whether `password` matches `hash`. With no hash (unknown login, invitation not yet
/// accepted) it verifies against a decoy and answers `false`, taking the same time.
pub async fn verify_password(password: String, hash: Option<String>) -> Result<bool, AppError> {
    if password.chars().count() > PASSWORD_MAX_CHARS {
        return Ok(false);
    }
    hashing(move || match hash {
        Some(hash) => password_auth::verify_password(password, &hash).is_ok(),
        None => {
            let _ = password_auth::verify_password(password, &DECOY_HASH);
            false
        }
    })
    .await
}

/// Computes the decoy hash at start-up rather than during the first unknown sign-in, so
/// that the first one is not slower than the rest.
pub fn warm_up() {
    LazyLock::force(&DECOY_HASH);
}
