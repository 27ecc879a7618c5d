//! Browsers that signed in to an account before (issue 17: after five wrong passwords
//! anyone could lock an account out for up to 15 minutes, and workers' login ids are easy
//! to guess). A successful sign-in leaves a device cookie; the next sign-in to the same
//! account from that browser is throttled on the device's own count, so that guesses made
//! elsewhere delay only the guessers. This is OWASP's "device cookie" defence against
//! lockout (OWASP, Slow Down Online Guessing Attacks with Device Cookies).

use chrono::{Duration, Utc};
use uuid::Uuid;

use super::{cookies, hash_token, looks_like_token, new_token};
use crate::{
    db::{Db, execute, fetch, on_db},
    domain::UserId,
    error::AppError,
};

/// The cookie's name.
pub const DEVICE_COOKIE: &str = "shien_device";
/// A device is remembered for 400 days after its last sign-in (the longest cookie life
/// browsers allow: RFC 6265bis §5.6.2).
const REMEMBERED_DAYS: i64 = 400;
/// Each account keeps its most recent devices; an older one signs in as a new browser.
const DEVICES_PER_ACCOUNT: i64 = 20;

/// The device of this request's cookie, if it signed in to `user_id` before.
pub async fn recognise(db: &Db, user_id: UserId) -> Result<Option<Uuid>, AppError> {
    let Some(token) = cookies::request_cookie(DEVICE_COOKIE).filter(|t| looks_like_token(t)) else {
        return Ok(None);
    };
    let since = Utc::now() - Duration::days(REMEMBERED_DAYS);
    let found = fetch!(scalar_optional Uuid, db,
        "SELECT id FROM sign_in_devices
         WHERE token_hash = $1 AND user_id = $2 AND last_used_at > $3",
        hash_token(&token), user_id, since,
    )?;
    Ok(found)
}

/// After a correct password: the known device is used again, a new browser becomes one
/// (its cookie set on this response), and the account forgets its oldest devices.
pub async fn remember(
    db: &Db,
    user_id: UserId,
    known: Option<Uuid>,
    secure: bool,
) -> Result<(), AppError> {
    let now = Utc::now();
    let max_age_seconds =
        u32::try_from(Duration::days(REMEMBERED_DAYS).num_seconds()).unwrap_or(u32::MAX);
    let token = match known {
        Some(device) => {
            execute!(
                db,
                "UPDATE sign_in_devices SET last_used_at = $2 WHERE id = $1",
                device,
                now,
            )
            .map(|_| ())?;
            // The same token again, for another 400 days.
            cookies::request_cookie(DEVICE_COOKIE)
        }
        None => {
            let (token, token_hash) = new_token();
            on_db!(db, pool => {
                sqlx::query(
                    "INSERT INTO sign_in_devices (id, user_id, token_hash, created_at, last_used_at)
                     VALUES ($1, $2, $3, $4, $4)",
                )
                .bind(Uuid::now_v7())
                .bind(user_id)
                .bind(&token_hash)
                .bind(now)
                .execute(pool)
                .await?;
                sqlx::query(
                    "DELETE FROM sign_in_devices WHERE user_id = $1 AND id NOT IN (
                         SELECT id FROM sign_in_devices WHERE user_id = $1
                         ORDER BY last_used_at DESC LIMIT $2)",
                )
                .bind(user_id)
                .bind(DEVICES_PER_ACCOUNT)
                .execute(pool)
                .await
                .map(|_| ())
            })?;
            Some(token)
        }
    };
    match token {
        // Lax: the cookie must come with the sign-in form's own post.
        Some(token) => cookies::set_cookie(DEVICE_COOKIE, &token, max_age_seconds, "Lax", secure),
        None => Ok(()),
    }
}
