//! The login a refused sign-in typed, kept for the sign-in page it returns to: in a
//! short-lived cookie of the browser, not in the address (issue 17: typed text in a
//! `Location` ends up in history and proxy logs) and not in a server-side session, so
//! that a failed sign-in stores nothing on the server and a flood of them fills nothing.

use super::cookies::{request_cookie, set_cookie};
use crate::{domain::EMAIL_MAX_CHARS, error::AppError};

const LOGIN_COOKIE: &str = "shien_typed_login";
/// Long enough to read the message and try again.
const KEPT_SECONDS: u32 = 10 * 60;

/// Keeps `login` for the sign-in page (percent-encoded: a cookie value takes no spaces,
/// commas or semicolons).
pub fn keep(login: &str, secure: bool) -> Result<(), AppError> {
    let login: String = login.trim().chars().take(EMAIL_MAX_CHARS).collect();
    let encoded: String = form_urlencoded::byte_serialize(login.as_bytes()).collect();
    set_cookie(LOGIN_COOKIE, &encoded, KEPT_SECONDS, "Strict", secure)
}

/// The kept login, read once: the page's answer removes the cookie.
pub fn take(secure: bool) -> String {
    let Some(encoded) = request_cookie(LOGIN_COOKIE) else {
        return String::new();
    };
    // Without the removal the login only shows once more; nothing else depends on it.
    let _removed = set_cookie(LOGIN_COOKIE, "", 0, "Strict", secure);
    let query = format!("login={encoded}");
    form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "login")
        .map(|(_, value)| value.chars().take(EMAIL_MAX_CHARS).collect())
        .unwrap_or_default()
}
