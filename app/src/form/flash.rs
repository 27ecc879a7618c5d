//! What a refused plain form post typed, kept in the server-side session for the page the
//! browser is sent back to, and read there once: never in the address, where it would end
//! up in the browser's history and in proxy logs (and a long text would not fit).

use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::{error::AppError, layout::ReturnedFields};

/// The session key of the one flash a session holds at a time.
const FLASH_KEY: &str = "form.returned";

#[derive(Debug, Serialize, Deserialize)]
struct Flash {
    /// The page (path, without query) that is to show the fields again.
    page: String,
    fields: Vec<(String, String)>,
}

/// Keeps `fields` for `page`, replacing an earlier flash. A session store that fails only
/// loses the typed text, never the refusal itself: it is logged, not raised.
pub async fn keep(session: &Session, page: &str, fields: &[(&str, &str)]) {
    let flash = Flash {
        page: path_of(page).to_owned(),
        fields: fields
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect(),
    };
    if let Err(error) = session.insert(FLASH_KEY, flash).await {
        tracing::error!(%error, "cannot keep a form's fields in the session");
    }
}

/// The fields kept for `page`, removed from the session as they are read; a flash for
/// another page stays for that page.
pub async fn take(session: &Session, page: &str) -> Result<ReturnedFields, AppError> {
    let flash: Option<Flash> = session.get(FLASH_KEY).await.map_err(store_error)?;
    match flash {
        Some(flash) if flash.page == path_of(page) => {
            session
                .remove::<Flash>(FLASH_KEY)
                .await
                .map_err(store_error)?;
            Ok(ReturnedFields::new(flash.fields))
        }
        _ => Ok(ReturnedFields::default()),
    }
}

fn path_of(page: &str) -> &str {
    page.split(['?', '#']).next().unwrap_or(page)
}

fn store_error(error: tower_sessions::session::Error) -> AppError {
    tracing::error!(%error, "session store");
    AppError::Internal
}
