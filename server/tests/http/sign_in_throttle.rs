//! Guesses sent at the same moment are counted as they arrive (issue 17: the wait was
//! checked before the password hash and the failure counted after it, so 100 parallel
//! guesses got 59 checked).

use std::sync::Arc;

use axum::http::StatusCode;

use crate::support::start_with_demo;

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
