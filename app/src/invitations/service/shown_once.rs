//! The link of a new invitation, shown once to the staff member who made it (issue 17:
//! the links used to wait in the maker's session, in clear, in the `tower_sessions` table,
//! where whoever reads the database or a backup could take the accounts over).
//!
//! Between the form that makes the invitation and the page that shows it, the token is
//! split in two: the session keeps it XORed with a random pad of the same length, and the
//! maker's browser keeps the pad in a short-lived, HTTP-only cookie. Either half alone is
//! random noise (a one-time pad); the page joins them once and both are gone. A lost link
//! means a new invitation, which replaces the old one.

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};

use crate::{
    auth::{request_cookie, set_cookie},
    domain::InvitationId,
    error::AppError,
    state::request_session,
};

/// The session key of the sealed tokens a session made and has not shown yet.
const SEALED_KEY: &str = "invitation_links";
/// How many unshown links a session keeps (a staff member adding workers one after the
/// other); the oldest goes first.
const KEPT: usize = 20;
/// The pad's cookie lives long enough for the redirect to the page, and a slow phone.
const PAD_SECONDS: u32 = 15 * 60;

/// Splits `token` into the sealed half (kept in the session) and the pad (for the cookie).
fn seal(token: &str) -> (String, String) {
    let mut pad = vec![0u8; token.len()];
    // ThreadRng is a CSPRNG (ChaCha12) seeded from the operating system.
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut pad);
    let sealed: Vec<u8> = token.bytes().zip(&pad).map(|(t, p)| t ^ p).collect();
    (URL_SAFE_NO_PAD.encode(sealed), URL_SAFE_NO_PAD.encode(pad))
}

/// Joins the two halves again; `None` when they do not belong together.
fn open(sealed: &str, pad: &str) -> Option<String> {
    let sealed = URL_SAFE_NO_PAD.decode(sealed).ok()?;
    let pad = URL_SAFE_NO_PAD.decode(pad).ok()?;
    if sealed.len() != pad.len() {
        return None;
    }
    String::from_utf8(sealed.iter().zip(&pad).map(|(s, p)| s ^ p).collect()).ok()
}

fn cookie_name(id: InvitationId) -> String {
    format!("shien_link_{}", id.uuid().simple())
}

/// Keeps the new invitation's token for its one showing: the sealed half in the session,
/// the pad in a cookie of this response.
pub async fn keep(id: InvitationId, token: &str, secure: bool) -> Result<(), AppError> {
    let (sealed, pad) = seal(token);
    let session = request_session()?;
    let mut links = sealed_links(&session).await;
    links.retain(|(kept, _)| *kept != id);
    links.push((id, sealed));
    let excess = links.len().saturating_sub(KEPT);
    links.drain(..excess);
    session
        .insert(SEALED_KEY, links)
        .await
        .map_err(store_error)?;
    set_cookie(&cookie_name(id), &pad, PAD_SECONDS, "Strict", secure)
}

/// The invitation's token, if this session made it and this browser holds its pad: taken,
/// so that it is shown this once.
pub async fn take(id: InvitationId, secure: bool) -> Result<Option<String>, AppError> {
    let name = cookie_name(id);
    let Some(pad) = request_cookie(&name) else {
        return Ok(None);
    };
    let session = request_session()?;
    let mut links = sealed_links(&session).await;
    let Some(at) = links.iter().position(|(kept, _)| *kept == id) else {
        return Ok(None);
    };
    let (_, sealed) = links.remove(at);
    session
        .insert(SEALED_KEY, links)
        .await
        .map_err(store_error)?;
    set_cookie(&name, "", 0, "Strict", secure)?;
    Ok(open(&sealed, &pad))
}

/// The sealed halves this session keeps, by invitation (none when it holds none, or
/// what it holds cannot be read: then those links are simply not shown).
async fn sealed_links(session: &tower_sessions::Session) -> Vec<(InvitationId, String)> {
    session
        .get(SEALED_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

fn store_error(error: tower_sessions::session::Error) -> AppError {
    tracing::error!(%error, "session store");
    AppError::Internal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_half_alone_is_not_the_token() {
        let token = "q3Wk1bVd2Yx8mPz0Lr5tAg";
        let (sealed, pad) = seal(token);
        assert_eq!(open(&sealed, &pad).as_deref(), Some(token));
        assert!(!sealed.contains(token) && !pad.contains(token));
        // A fresh pad each time: the same token never seals the same way twice.
        let (again, _) = seal(token);
        assert_ne!(sealed, again);
        // Halves of different tokens do not open each other.
        let (_, other_pad) = seal("AAAAAAAAAAAAAAAAAAAAAA");
        assert_ne!(open(&sealed, &other_pad).as_deref(), Some(token));
        assert_eq!(open(&sealed, "short"), None);
    }
}
