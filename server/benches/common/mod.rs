//! What the benchmarks share: signing the staff member in through the real router.

use axum::{Router, body::Body, http::Request};
use tower::ServiceExt;

/// Signs in the demo staff member; returns the session cookie (`name=value`).
pub async fn staff_cookie(router: &Router) -> String {
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("login", "tanaka@sakura-support.example")
        .append_pair("password", app::demo::DEMO_PASSWORD)
        .finish();
    let response = router
        .clone()
        .oneshot(
            Request::post("/api/sign_in")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("content-length", body.len())
                .header("accept", "application/json")
                .body(Body::from(body))
                .expect("request"),
        )
        .await
        .expect("sign in");
    assert_eq!(response.status(), 200, "staff sign-in");
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(server::SESSION_COOKIE))
        .and_then(|c| c.split(';').next())
        .expect("session cookie")
        .to_owned()
}
