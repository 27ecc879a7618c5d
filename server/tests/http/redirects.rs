//! No redirect leaves the site, and none is built from text that cannot be a header
//! (issue 17: `/lang?next=/%09/evil.example/` landed on `//evil.example`; `/lang?next=/%0a`
//! and an invitation token holding a newline answered 500).

use crate::support::{body_text, header, start, start_with_demo};

#[tokio::test]
async fn the_language_switch_returns_only_to_a_path_of_this_site() {
    let server = start(&[]).await;
    for (next, to) in [
        ("/help%3Fx%3D1", "/help?x=1"),
        ("/%09/evil.example/", "/"),
        ("/%0a", "/"),
        ("%2F%2Fevil.example", "/"),
        ("/%5Cevil.example", "/"),
        ("https%3A%2F%2Fevil.example", "/"),
        ("/ok%0d%0aSet-Cookie:%20x=1", "/"),
    ] {
        let response = server.get(&format!("/lang?lang=vi&next={next}"), &[]).await;
        assert!(
            response.status().is_redirection(),
            "{next}: {}",
            response.status()
        );
        assert_eq!(header(&response, "location"), to, "{next}");
    }
}

#[tokio::test]
async fn an_invitation_token_with_a_newline_is_refused_in_words() {
    let server = start_with_demo().await;
    for token in [
        "abc%0Adef",
        "x%0D%0ALocation:%20https://evil.example",
        "%09",
    ] {
        let body =
            format!("token={token}&password=a-long-new-password&confirm=a-long-new-password");
        // As the browser's form sends it (a plain post that wants the page back).
        let response = server
            .send(
                axum::http::Request::post("/api/accept_invitation")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("accept", "text/html")
                    .header("content-length", body.len())
                    .body(axum::body::Body::from(body))
                    .expect("request"),
            )
            .await;
        let status = response.status();
        let location = header(&response, "location").to_owned();
        assert!(!status.is_server_error(), "{token}: {status}");
        assert!(location.starts_with("/invite/"), "{token}: {location}");
        assert!(!location.contains(['\n', '\r', '\t']), "{location:?}");
        let page = server.page(&location, None).await;
        assert!(!page.status().is_server_error(), "{token}: {location}");
        assert!(body_text(page).await.contains("</html>"));
        // The short QR address the same.
        let short = server.get(&format!("/i/{token}"), &[]).await;
        assert!(!short.status().is_server_error(), "{token}");
        assert!(!header(&short, "location").contains(['\n', '\r', '\t']));
    }
}
