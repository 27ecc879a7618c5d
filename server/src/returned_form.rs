//! Hands a page the fields its refused form typed (`app::form::flash`), taken out of the
//! session for the page's own request before the app renders it: the page then reads them
//! from the request (`app::layout::returned_fields`), once, and a reload shows them no more.

use axum::extract::Request;
use http::Method;
use tower_sessions::Session;

/// Moves the flash for this request's path, if any, from the session into the request.
pub async fn hand_over(session: &Session, request: &mut Request) {
    if request.method() != Method::GET {
        return;
    }
    // Only the page the flash names takes it; any other request leaves it alone. A store
    // error is logged where it happened: the page still shows the refusal, without the text.
    let path = request.uri().path().to_owned();
    if let Ok(fields) = app::form::flash::take(session, &path).await {
        request.extensions_mut().insert(fields);
    }
}
