//! The language switch and the sign-in server function over HTTP, with good and bad input.

use crate::support::{body_text, header, start};
use axum::{
    body::Body,
    http::{Request, StatusCode},
};

#[tokio::test]
async fn the_language_switch_sets_a_lasting_cookie_and_returns() {
    let server = start(&[]).await;
    let response = server.get("/lang?lang=vi&next=%2Fhelp%3Fx%3D1", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&response, "location"), "/help?x=1");
    let cookie = header(&response, "set-cookie");
    assert!(cookie.starts_with("i18n_pref_locale=vi;"), "{cookie}");
    assert!(cookie.contains("Max-Age=31536000") && cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"));

    let secure = start(&[
        ("SHIEN_SECURE_COOKIES", "true"),
        ("SHIEN_PUBLIC_URL", "https://shien.example.jp"),
    ])
    .await;
    let response = secure.get("/lang?lang=vi", &[]).await;
    assert!(header(&response, "set-cookie").contains("; Secure"));
}

#[tokio::test]
async fn the_language_switch_never_fails_nor_leaves_the_site() {
    let server = start(&[]).await;
    let response = server.get("/lang?lang=xx&next=//evil.example/", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&response, "location"), "/");
    assert!(response.headers().get("set-cookie").is_none());
    let response = server.get("/lang", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

fn sign_in(body: &str, accept: &str) -> Request<Body> {
    Request::post("/api/sign_in")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", accept)
        .header("referer", "http://127.0.0.1/")
        .body(Body::from(body.to_owned()))
        .expect("request")
}

#[tokio::test]
async fn a_form_post_returns_to_the_page_with_the_reason() {
    let server = start(&[]).await;
    let html = "text/html,application/xhtml+xml";
    let response = server
        .send(sign_in("login=an.nguyen&password=shien-demo-2026", html))
        .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(header(&response, "location"), "/?error=sign_in.err_invalid");
    // No session for a sign-in that did not happen (the typed login waits in a cookie of
    // the browser, not in the address); one audit row about the attempt.
    let cookies = crate::support::with_set_cookies("", &response);
    assert_eq!(cookies, "shien_typed_login=an.nguyen");
    let page = body_text(server.get("/", &[("cookie", &cookies)]).await).await;
    assert!(page.contains(r#"value="an.nguyen""#), "{page}");
    let db = &server.state.db;
    let actions: Vec<String> =
        app::on_db!(db, pool => sqlx::query_scalar("SELECT action FROM audit_log")
        .fetch_all(pool).await)
        .expect("audit");
    assert_eq!(actions, ["auth.sign_in_failed"]);

    let response = server.send(sign_in("login=+&password=x", html)).await;
    assert_eq!(
        header(&response, "location"),
        "/?error=sign_in.err_login_missing"
    );

    // The page renders the reason in the visitor's language.
    let page = server
        .get(
            "/?error=sign_in.err_login_missing",
            &[("accept-language", "ne")],
        )
        .await;
    assert!(
        body_text(page)
            .await
            .contains("आफ्नो लग इन ID वा इमेल लेख्नुहोस्।")
    );
}

#[tokio::test]
async fn a_json_caller_gets_the_error_with_its_status() {
    let server = start(&[]).await;
    let response = server
        .send(sign_in("login=an.nguyen&password=x", "application/json"))
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(body_text(response).await.contains("sign_in.err_invalid"));

    let response = server
        .send(sign_in("login=&password=x", "application/json"))
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        body_text(response)
            .await
            .contains("sign_in.err_login_missing")
    );
}

#[tokio::test]
async fn malformed_requests_get_400_not_500() {
    let server = start(&[]).await;
    for body in ["", "password=only", "%%%", "login=a&login=b&password"] {
        let response = server.send(sign_in(body, "application/json")).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "body {body:?}");
        assert!(
            body_text(response).await.contains("BadRequest"),
            "body {body:?}"
        );
    }
    // The wrong method is refused too, without reaching the function.
    let response = server.get("/api/sign_in", &[]).await;
    assert!(response.status().is_client_error());
}
