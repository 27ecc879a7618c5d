//! Signing in and out, sessions, throttling, and the protections around them.

use std::time::{Duration, Instant};

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use tower::ServiceExt;

use crate::support::{
    BACKENDS, body_text, header, session_cookie, start, start_on, start_with_demo,
};

const PASSWORD: &str = app::demo::DEMO_PASSWORD;

fn sign_in_body(login: &str, password: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("login", login)
        .append_pair("password", password)
        .finish()
}

async fn who(server: &crate::support::TestServer, cookie: &str) -> String {
    body_text(server.call_get("me", "", Some(cookie)).await).await
}

#[tokio::test]
async fn sessions_live_in_the_database_rotate_and_survive_a_restart() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let response = server
            .call("sign_in", &sign_in_body("an.nguyen", PASSWORD), None)
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        let set_cookie = crate::support::session_set_cookie(&response).expect("a session cookie");
        assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
        assert!(set_cookie.contains("SameSite=Lax"), "{set_cookie}");
        assert!(!set_cookie.contains("Secure"), "{set_cookie}");
        // A worker's session lasts 30 days without use.
        assert!(set_cookie.contains("Max-Age=2592000"), "{set_cookie}");
        let first = session_cookie(&response).expect("cookie");
        assert!(who(&server, &first).await.contains("NGUYEN VAN AN"));

        // Signing in again on the same browser gives a new session id; the old one is gone.
        let response = server
            .call(
                "sign_in",
                &sign_in_body("tanaka@sakura-support.example", PASSWORD),
                Some(&first),
            )
            .await;
        let second = session_cookie(&response).expect("cookie");
        assert_ne!(first, second);
        assert!(
            crate::support::session_set_cookie(&response)
                .expect("a session cookie")
                .contains("Max-Age=28800"),
            "staff: 8 hours"
        );
        assert_eq!(who(&server, &first).await, "null");
        assert!(who(&server, &second).await.contains("田中"));

        // A new server process over the same database knows the session.
        let restarted = server.restarted();
        let request = Request::get("/api/me")
            .header("accept", "application/json")
            .header("cookie", &second)
            .body(Body::empty())
            .expect("request");
        let response = restarted.oneshot(request).await.expect("infallible");
        assert!(body_text(response).await.contains("田中"), "{backend:?}");
        server.stop().await;
    }
}

#[tokio::test]
async fn secure_cookies_when_served_over_https() {
    let server = start(&[
        ("SHIEN_SECURE_COOKIES", "true"),
        ("SHIEN_PUBLIC_URL", "https://shien.example.jp"),
    ])
    .await;
    app::demo::seed(&server.state.db).await.expect("demo");
    let response = server
        .call("sign_in", &sign_in_body("an.nguyen", PASSWORD), None)
        .await;
    assert!(
        crate::support::session_set_cookie(&response)
            .expect("a session cookie")
            .contains("; Secure")
    );
    // The device cookie of the sign-in too.
    let device = crate::support::with_set_cookies("", &response);
    assert!(device.contains("shien_device="), "{device}");
    assert!(
        response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .all(|c| c.contains("; Secure") && c.contains("HttpOnly"))
    );
}

#[tokio::test]
async fn sign_out_here_and_everywhere() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let phone = server.demo("binh.tran").await;
        let laptop = server.demo("binh.tran").await;
        let response = server.call("sign_out", "", Some(&phone)).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(who(&server, &phone).await, "null");
        assert!(
            who(&server, &laptop).await.contains("TRAN"),
            "other devices stay"
        );

        let tablet = server.demo("binh.tran").await;
        let response = server.call("sign_out_everywhere", "", Some(&tablet)).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(who(&server, &laptop).await, "null", "{backend:?}");
        assert_eq!(who(&server, &tablet).await, "null");
        // Signing in again still works.
        let again = server.demo("binh.tran").await;
        assert!(who(&server, &again).await.contains("TRAN"));

        let actions: Vec<String> = {
            let db = &server.state.db;
            app::on_db!(db, pool => sqlx::query_scalar(
                "SELECT action FROM audit_log WHERE action LIKE 'auth.%' ORDER BY at, id")
                .fetch_all(pool).await)
            .expect("audit")
        };
        assert_eq!(
            actions,
            [
                "auth.signed_in",
                "auth.signed_in",
                "auth.signed_out",
                "auth.signed_in",
                "auth.signed_out_everywhere",
                "auth.signed_in"
            ]
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn a_disabled_account_is_signed_out_at_once_and_cannot_sign_in() {
    let server = start_with_demo().await;
    let cookie = server.demo("hr@minato.example").await;
    assert!(who(&server, &cookie).await.contains("伊藤"));
    let db = &server.state.db;
    app::on_db!(db, pool => sqlx::query(
        "UPDATE users SET disabled_at = $1 WHERE email = 'hr@minato.example'")
        .bind(chrono::Utc::now())
        .execute(pool).await.map(|_| ()))
    .expect("disable");
    assert_eq!(who(&server, &cookie).await, "null");
    let response = server
        .call(
            "sign_in",
            &sign_in_body("hr@minato.example", PASSWORD),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(body_text(response).await.contains("sign_in.err_invalid"));
}

#[tokio::test]
async fn unknown_user_and_wrong_password_look_the_same() {
    let server = start_with_demo().await;
    let mut answers = Vec::new();
    let mut times = Vec::new();
    for login in ["an.nguyen", "nobody.here", "AN.NGUYEN"] {
        let started = Instant::now();
        let response = server
            .call("sign_in", &sign_in_body(login, "wrong-password-1"), None)
            .await;
        times.push(started.elapsed());
        answers.push((response.status(), body_text(response).await));
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0], answers[2]);
    assert_eq!(answers[0].0, StatusCode::BAD_REQUEST);
    // Both run one Argon2 verification: the unknown login is not answered early.
    let (known, unknown) = (times[0], times[1]);
    assert!(
        unknown * 3 > known && known * 3 > unknown,
        "known {known:?}, unknown {unknown:?}"
    );
    assert!(
        unknown > Duration::from_millis(5),
        "{unknown:?}: no hash was computed"
    );
}

#[tokio::test]
async fn repeated_failures_are_throttled_per_account() {
    let server = start_with_demo().await;
    for attempt in 1..=5 {
        let response = server
            .call(
                "sign_in",
                &sign_in_body("siti.rahmawati", "not-the-password"),
                None,
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::BAD_REQUEST,
            "attempt {attempt}"
        );
    }
    // Now even the right password waits; the answer says so, not whether it was right.
    let response = server
        .call("sign_in", &sign_in_body("Siti.Rahmawati", PASSWORD), None)
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    // An unknown login is throttled the same way.
    for _ in 1..=5 {
        server
            .call("sign_in", &sign_in_body("ghost", "not-the-password"), None)
            .await;
    }
    let response = server
        .call("sign_in", &sign_in_body("ghost", "not-the-password"), None)
        .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    // Other accounts are not affected.
    server.demo("budi.putra").await;
}

#[tokio::test]
async fn oversized_input_is_refused_before_hashing() {
    let server = start_with_demo().await;
    let huge = "a".repeat(1024 * 1024);
    let started = Instant::now();
    let response = server
        .call("sign_in", &sign_in_body("an.nguyen", &huge), None)
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(started.elapsed() < Duration::from_secs(1));
    // Long but under the body limit: refused like any wrong password.
    let long = "a".repeat(2000);
    let response = server
        .call("sign_in", &sign_in_body("an.nguyen", &long), None)
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_tampered_or_stale_cookie_counts_as_signed_out() {
    let server = start_with_demo().await;
    for cookie in [
        "shien_session=garbage",
        "shien_session=AAAAAAAAAAAAAAAAAAAAAA",
        "shien_session=",
    ] {
        let response = server.page("/", Some(cookie)).await;
        assert_eq!(response.status(), StatusCode::OK, "{cookie}");
        let response = server.page("/me", Some(cookie)).await;
        assert_eq!(response.status(), StatusCode::FOUND, "{cookie}");
        assert_eq!(header(&response, "location"), "/?error=unauthorized");
    }
    let page = server.page("/?error=unauthorized", None).await;
    assert!(
        body_text(page)
            .await
            .contains("このページを見るにはログインしてください。")
    );
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let server = start_with_demo().await;
    let cookie = server.demo("an.nguyen").await;
    for (name, value) in [
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
        ("origin", "https://evil.example"),
        ("origin", "null"),
    ] {
        let request = Request::post("/api/sign_out_everywhere")
            .header("host", "shien.example")
            .header("cookie", &cookie)
            .header(name, value)
            .body(Body::empty())
            .expect("request");
        let response = server.send(request).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{name}: {value}");
    }
    assert!(
        who(&server, &cookie).await.contains("NGUYEN"),
        "still signed in"
    );
    let request = Request::post("/api/sign_out")
        .header("host", "shien.example")
        .header("origin", "http://shien.example")
        .header("sec-fetch-site", "same-origin")
        .header("cookie", &cookie)
        .body(Body::empty())
        .expect("request");
    assert_eq!(server.send(request).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn security_headers_on_every_response() {
    let server = start_with_demo().await;
    let cookie = server.demo("an.nguyen").await;
    let response = server.page("/me", Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let csp = header(&response, "content-security-policy").to_owned();
    assert!(csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"));
    assert_eq!(header(&response, "x-content-type-options"), "nosniff");
    assert_eq!(header(&response, "referrer-policy"), "same-origin");
    assert_eq!(header(&response, "cache-control"), "no-store");
    // The inline scripts carry the nonce the policy names, and no script lacks it.
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce")
        .to_owned();
    let html = body_text(response).await;
    // leptos_i18n leaves an empty `<script></script>`; browsers never run (nor check) an
    // empty inline script.
    let scripts = html.matches("<script").count() - html.matches("<script></script>").count();
    assert!(scripts > 0);
    assert_eq!(
        html.matches(&format!("nonce=\"{nonce}\"")).count(),
        scripts,
        "{html}"
    );

    // Another response, another nonce; server functions and errors get the headers too.
    let other = server.page("/help", None).await;
    assert_ne!(header(&other, "content-security-policy"), csp);
    let api = server.call_get("me", "", Some(&cookie)).await;
    assert_eq!(header(&api, "cache-control"), "no-store");
    assert!(!header(&api, "content-security-policy").is_empty());
}

#[tokio::test]
async fn admins_invite_staff_and_disable_accounts_and_staff_read_the_audit_log() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let admin = server.demo("admin@sakura-support.example").await;
        let company: uuid::Uuid = server
            .scalar("SELECT id FROM companies WHERE name = '株式会社ふじ建設'")
            .await;
        let body = format!(
            "email=Kato%40Fuji.example&display_name=%E5%8A%A0%E8%97%A4&role=company&company_id={company}"
        );
        let response = server.call("invite_account", &body, Some(&admin)).await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        let role: String = server
            .scalar("SELECT role FROM users WHERE email = 'kato@fuji.example'")
            .await;
        assert_eq!(role, "company");
        // The same address again is refused with a reason.
        let response = server.call("invite_account", &body, Some(&admin)).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(
            body_text(response)
                .await
                .contains("accounts.err_email_taken")
        );

        // Disabling ends the person's sessions at once; they cannot sign in until enabled.
        let worker = server.demo("li.wei").await;
        let user: uuid::Uuid = server
            .scalar("SELECT id FROM users WHERE login_id = 'li.wei'")
            .await;
        let response = server
            .call(
                "set_account_disabled",
                &format!("user_id={user}&disabled=true"),
                Some(&admin),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(who(&server, &worker).await, "null");
        let response = server
            .call("sign_in", &sign_in_body("li.wei", PASSWORD), None)
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        server
            .call(
                "set_account_disabled",
                &format!("user_id={user}&disabled=false"),
                Some(&admin),
            )
            .await;
        server.demo("li.wei").await;
        // Nobody disables themselves.
        let me: uuid::Uuid = server
            .scalar("SELECT id FROM users WHERE email = 'admin@sakura-support.example'")
            .await;
        let response = server
            .call(
                "set_account_disabled",
                &format!("user_id={me}&disabled=true"),
                Some(&admin),
            )
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);

        // Staff read it all in the audit log: by person, what she did; about her record,
        // everything done to her account too; and by action.
        let staff = server.demo("lan@sakura-support.example").await;
        let actions = |query: String| {
            let (server, staff) = (&server, &staff);
            async move {
                let log = body_text(server.call_get("audit_log", &query, Some(staff)).await).await;
                let log: serde_json::Value = serde_json::from_str(&log).expect("json");
                log["lines"]
                    .as_array()
                    .map(|l| {
                        l.iter()
                            .filter_map(|x| x["action"].as_str().map(str::to_owned))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            }
        };
        assert_eq!(
            actions(format!("person={user}")).await,
            ["auth.signed_in", "auth.signed_in"],
            "{backend:?}"
        );
        let worker: uuid::Uuid = server
            .scalar_about("SELECT id FROM workers WHERE user_id = $1", user)
            .await;
        assert_eq!(
            actions(format!("worker={worker}")).await,
            [
                // Reading her lines just before is about her too.
                "audit_log.viewed",
                "auth.signed_in",
                "account.enabled",
                "auth.sign_in_failed",
                "account.disabled",
                "auth.signed_in"
            ],
            "{backend:?}"
        );
        let log = body_text(
            server
                .call_get("audit_log", "action=account.created", Some(&staff))
                .await,
        )
        .await;
        assert!(log.contains("加藤") && log.contains("佐藤 恵美"), "{log}");
        server.stop().await;
    }
}

#[tokio::test]
async fn repeated_failures_from_one_address_are_throttled_and_audited_with_it() {
    let server = start_with_demo().await;
    let from =
        |ip: [u8; 4], login: &str| {
            let body = sign_in_body(login, "not-the-password");
            let mut request = Request::post("/api/sign_in")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("content-length", body.len())
                .header("accept", "application/json")
                .body(Body::from(body))
                .expect("request");
            request.extensions_mut().insert(axum::extract::ConnectInfo(
                std::net::SocketAddr::from((ip, 40000)),
            ));
            request
        };
    // 20 failures on 20 different logins from one address (a shared dormitory router
    // gets that much room), then the address waits, whatever the login.
    for n in 0..20 {
        let response = server
            .send(from([203, 0, 113, 7], &format!("guess{n}")))
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "attempt {n}");
    }
    let response = server.send(from([203, 0, 113, 7], "an.nguyen")).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    // Another address is not affected.
    let response = server.send(from([198, 51, 100, 9], "an.nguyen")).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let ip: String = server
        .scalar("SELECT ip FROM audit_log WHERE action = 'auth.sign_in_failed' ORDER BY at DESC, id DESC")
        .await;
    assert_eq!(ip, "198.51.100.9");
}

#[tokio::test]
async fn the_audit_and_accounts_pages_render_for_their_roles() {
    let server = start_with_demo().await;
    server.demo("an.nguyen").await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    let page = server
        .page("/staff/audit?action=auth.signed_in&person=", Some(&staff))
        .await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = body_text(page).await;
    assert!(
        html.contains("監査ログ")
            && html.contains(r#"<span class="audit-sentence">NGUYEN VAN ANがログインしました"#),
        "{html}"
    );
    assert!(
        !html.contains(r#"<span class="audit-sentence">デモ用のデータを作成しました"#),
        "filtered by action"
    );
    // Accounts are for admins.
    assert_eq!(
        server.page("/staff/accounts", Some(&staff)).await.status(),
        StatusCode::FORBIDDEN
    );
    let admin = server.demo("admin@sakura-support.example").await;
    let page = server.page("/staff/accounts", Some(&admin)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = body_text(page).await;
    assert!(html.contains("hr@aozora.example") && html.contains("an.nguyen"));
}
