//! Pages over HTTP: language choice on the first response, 404, health, headers.

use crate::support::{body_text, header, start};
use axum::{
    body::Body,
    http::{Request, StatusCode},
};

#[tokio::test]
async fn the_first_response_speaks_the_browsers_language() {
    let server = start(&[]).await;
    let response = server
        .get("/", &[("accept-language", "vi-VN,vi;q=0.9,en;q=0.5")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    assert!(html.contains(r#"lang="vi""#), "{html}");
    assert!(html.contains("Đăng nhập"));
}

#[tokio::test]
async fn japanese_is_the_default() {
    let server = start(&[]).await;
    let html = body_text(server.get("/", &[]).await).await;
    assert!(html.contains(r#"lang="ja""#));
    assert!(html.contains("ログイン"));
}

#[tokio::test]
async fn the_cookie_wins_over_the_header_and_a_bad_cookie_falls_back() {
    let server = start(&[]).await;
    let html = body_text(
        server
            .get(
                "/",
                &[("accept-language", "vi"), ("cookie", "i18n_pref_locale=en")],
            )
            .await,
    )
    .await;
    assert!(html.contains(r#"lang="en""#) && html.contains("Sign in"));

    let response = server
        .get(
            "/",
            &[("accept-language", "id"), ("cookie", "i18n_pref_locale=xx")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    assert!(
        html.contains(r#"lang="id""#) && html.contains("Masuk"),
        "{html}"
    );
}

#[tokio::test]
async fn unknown_routes_get_a_localized_404() {
    let server = start(&[]).await;
    let response = server
        .get("/no/such/page", &[("accept-language", "zh-CN")])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(body_text(response).await.contains("找不到页面"));
}

#[tokio::test]
async fn health_follows_the_database() {
    let server = start(&[]).await;
    let response = server.get("/healthz", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    server.state.db.close().await;
    let response = server.get("/healthz", &[]).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn pages_are_compressed_and_carry_security_headers() {
    let server = start(&[]).await;
    let response = server
        .get("/help", &[("accept-encoding", "br, gzip")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "content-encoding"), "br");
    assert_eq!(header(&response, "x-content-type-options"), "nosniff");
    assert_eq!(header(&response, "x-frame-options"), "DENY");
    let response = server.get("/help", &[("accept-encoding", "gzip")]).await;
    assert_eq!(header(&response, "content-encoding"), "gzip");
}

#[tokio::test]
async fn hashed_assets_are_cached_for_a_year() {
    let server = start(&[("LEPTOS_HASH_FILES", "true")]).await;
    let response = server.get("/pkg/shien.css", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(&response, "cache-control"),
        "public, max-age=31536000, immutable"
    );

    let server = start(&[]).await;
    let response = server.get("/pkg/shien.css", &[]).await;
    assert_eq!(header(&response, "cache-control"), "no-cache");
}

/// The islands router fetches the next page with `Accept: */*`: a page that redirects (the
/// start page of a signed-in user, a page needing a session) must answer it with a real
/// redirect, which its fetch follows, not an empty page.
#[tokio::test]
async fn a_page_redirect_reaches_the_islands_router_as_a_real_redirect() {
    let server = crate::support::start_with_demo().await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    for (uri, cookie, to) in [
        ("/", Some(staff.as_str()), "/staff"),
        ("/me/interviews", None, "/?error=unauthorized"),
    ] {
        let mut request = Request::get(uri)
            .header("accept", "*/*")
            .header("islands-router", "true");
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        let response = server
            .send(request.body(Body::empty()).expect("request"))
            .await;
        assert_eq!(response.status(), StatusCode::FOUND, "{uri}");
        assert_eq!(header(&response, "location"), to);
    }
}

/// Without JavaScript the language form sends the page's own address along; the switch
/// returns to all of it, query included (issue 16: `/help?x=1` became `/helpx=1`, a 404).
#[tokio::test]
async fn the_language_switch_without_javascript_keeps_the_whole_address() {
    let server = start(&[]).await;
    let html = body_text(server.get("/help?x=1&saved=ok", &[]).await).await;
    assert!(
        html.contains(r#"name="next" value="/help?x=1&amp;saved=ok""#),
        "{html}"
    );
    let response = server
        .get("/lang?lang=vi&next=%2Fhelp%3Fx%3D1%26saved%3Dok", &[])
        .await;
    assert!(response.status().is_redirection());
    assert_eq!(header(&response, "location"), "/help?x=1&saved=ok");
    assert!(header(&response, "set-cookie").starts_with("i18n_pref_locale=vi;"));
}
