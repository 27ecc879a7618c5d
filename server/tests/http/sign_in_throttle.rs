//! Guesses sent at the same moment are counted as they arrive (issue 17: the wait was
//! checked before the password hash and the failure counted after it, so 100 parallel
//! guesses got 59 checked), and delay only the guessers: a browser that signed in to the
//! account before is not locked out by guesses made elsewhere.

use std::sync::Arc;

use axum::http::StatusCode;

use crate::support::{BACKENDS, body_text, start_on, start_with_demo, with_set_cookies};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_parallel_guesses_get_five_checked_and_the_rest_wait() {
    let server = Arc::new(start_with_demo().await);
    let mut guesses = Vec::new();
    for i in 0..100 {
        let server = Arc::clone(&server);
        guesses.push(tokio::spawn(async move {
            let body = format!("login=an.nguyen&password=wrong-guess-{i}");
            server.call("sign_in", &body, None).await.status()
        }));
    }
    let mut checked = 0;
    let mut waited = 0;
    for guess in guesses {
        match guess.await.expect("task") {
            StatusCode::TOO_MANY_REQUESTS => waited += 1,
            // "Login or password is wrong": the guess was checked.
            refused if refused.is_client_error() => checked += 1,
            other => panic!("a guess answered {other}"),
        }
    }
    assert_eq!((checked, waited), (5, 95));
    let audited: i64 = server
        .scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.sign_in_failed'")
        .await;
    assert_eq!(audited, 5, "one row per checked guess");
}

/// The cookie of the device a sign-in leaves in the browser.
fn device_cookie(response: &axum::response::Response) -> String {
    with_set_cookies("", response)
        .split("; ")
        .find(|c| c.starts_with("shien_device="))
        .map(str::to_owned)
        .expect("a device cookie")
}

#[tokio::test]
async fn guesses_made_elsewhere_never_lock_out_a_browser_that_signed_in_before() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let right = "login=an.nguyen&password=shien-demo-2026";
        // An's own phone signs in once, and keeps its device cookie.
        let first = server.call("sign_in", right, None).await;
        assert_eq!(first.status(), StatusCode::OK, "{backend:?}");
        let phone = device_cookie(&first);
        let stored: String = server
            .scalar("SELECT token_hash FROM sign_in_devices")
            .await;
        assert!(!phone.contains(&stored), "only a hash is stored");

        // Someone else guesses at the predictable login until the account is throttled.
        let mut statuses = Vec::new();
        for i in 0..8 {
            let body = format!("login=an.nguyen&password=guess-{i}");
            statuses.push(server.call("sign_in", &body, None).await.status().as_u16());
        }
        assert_eq!(&statuses[5..], [429, 429, 429], "{backend:?}: {statuses:?}");
        // Without the cookie even the right password waits; with it, An gets in.
        let stranger = server.call("sign_in", right, None).await;
        assert_eq!(stranger.status(), StatusCode::TOO_MANY_REQUESTS);
        let again = server.call("sign_in", right, Some(&phone)).await;
        assert_eq!(
            again.status(),
            StatusCode::OK,
            "{backend:?}: {}",
            body_text(again).await
        );

        // Guesses from the known browser are still slowed down, on its own count.
        let mut from_phone = Vec::new();
        for i in 0..6 {
            let body = format!("login=an.nguyen&password=phone-guess-{i}");
            let status = server.call("sign_in", &body, Some(&phone)).await.status();
            from_phone.push(status.as_u16());
        }
        assert_eq!(from_phone, [400, 400, 400, 400, 400, 429], "{backend:?}");
        // A cookie of another account's device counts for nothing on this one.
        let other = server
            .call("sign_in", "login=binh.tran&password=shien-demo-2026", None)
            .await;
        let other_device = device_cookie(&other);
        let borrowed = server.call("sign_in", right, Some(&other_device)).await;
        assert_eq!(
            borrowed.status(),
            StatusCode::TOO_MANY_REQUESTS,
            "{backend:?}"
        );
        server.stop().await;
    }
}
