//! The invitation journey over HTTP: staff add a worker, the worker opens the link in
//! their language, sets a password, and a later invitation replaces the password.

use axum::http::StatusCode;
use serde_json::Value;

use crate::support::{
    BACKENDS, TestServer, body_text, header, json, session_cookie, start_on, start_with_demo,
    with_set_cookies,
};

/// Whether any stored session holds `text` (the store keeps MessagePack, where a string
/// is its bytes as they are).
async fn session_rows_hold(server: &TestServer, text: &str) -> bool {
    let db = &server.state.db;
    let select = match db {
        app::db::Db::Sqlite(_) => "SELECT data FROM tower_sessions",
        app::db::Db::Postgres(_) => "SELECT data FROM tower_sessions.session",
    };
    let rows: Vec<Vec<u8>> = app::on_db!(db, pool => sqlx::query_scalar(select)
        .fetch_all(pool).await)
    .expect("sessions");
    assert!(!rows.is_empty(), "the staff member's session is stored");
    rows.iter()
        .any(|row| row.windows(text.len()).any(|w| w == text.as_bytes()))
}

async fn latest_invitation(server: &TestServer) -> String {
    server
        .scalar::<uuid::Uuid>("SELECT id FROM invitations ORDER BY created_at DESC, id DESC")
        .await
        .to_string()
}

fn accept_body(token: &str, password: &str, confirm: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("token", token)
        .append_pair("password", password)
        .append_pair("confirm", confirm)
        .finish()
}

#[tokio::test]
async fn staff_invite_a_worker_who_sets_a_password_in_their_language() {
    for backend in BACKENDS {
        journey(start_on(backend).await).await;
    }
}

async fn journey(server: TestServer) {
    let staff = server.demo("tanaka@sakura-support.example").await;
    let company: uuid::Uuid = server
        .scalar("SELECT id FROM companies WHERE name = '株式会社みなと食堂'")
        .await;
    let body = format!(
        "company_id={company}&family_name=LE&given_name=VAN%20HUNG&nationality=vn&preferred_locale=vi"
    );
    let response = server.call("create_worker", &body, Some(&staff)).await;
    let made = with_set_cookies(&staff, &response);
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{}",
        body_text(response).await
    );

    // The staff member who made it sees the link and its QR code, once; other staff do not.
    let id = latest_invitation(&server).await;
    let view = json(
        server
            .call_get("invitation", &format!("id={id}"), Some(&made))
            .await,
    )
    .await;
    assert_eq!(view["login"], "hung.le");
    let link = view["link"].as_str().expect("link").to_owned();
    assert!(
        view["qr_svg"]
            .as_str()
            .is_some_and(|s| s.starts_with("<svg"))
    );
    let token = link.rsplit('/').next().expect("token").to_owned();
    assert_eq!(token.len(), 22);
    let stored: String = server.scalar("SELECT token_hash FROM invitations").await;
    assert_ne!(stored, token, "only a hash is stored");
    // Nor does the session table hold it, before or after the showing.
    assert!(!session_rows_hold(&server, &token).await);
    let shown_again = json(
        server
            .call_get("invitation", &format!("id={id}"), Some(&made))
            .await,
    )
    .await;
    assert_eq!(shown_again["link"], Value::Null, "shown once");
    let lan = server.demo("lan@sakura-support.example").await;
    let view = json(
        server
            .call_get("invitation", &format!("id={id}"), Some(&lan))
            .await,
    )
    .await;
    assert_eq!(view["link"], Value::Null);

    // The short link picks the worker's language, then shows the page in it.
    let response = server.page(&format!("/i/{token}"), None).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&response, "location"), format!("/invite/{token}"));
    assert!(header(&response, "set-cookie").starts_with("i18n_pref_locale=vi;"));
    let page = server
        .page(&format!("/invite/{token}"), Some("i18n_pref_locale=vi"))
        .await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = body_text(page).await;
    assert!(html.contains("Chào mừng bạn đến với Shien") && html.contains("hung.le"));

    // The rules are the server's too, whatever the browser did.
    for (password, confirm, code) in [
        ("short", "short", "password.err_too_short"),
        ("long-enough-1", "long-enough-2", "password.err_mismatch"),
        ("          ", "          ", "password.err_blank"),
        ("1234567890", "1234567890", "password.err_common"),
        ("password123", "password123", "password.err_common"),
        ("hung.le2026", "hung.le2026", "password.err_common"),
    ] {
        let response = server
            .call(
                "accept_invitation",
                &accept_body(&token, password, confirm),
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(body_text(response).await.contains(code));
    }
    let response = server
        .call(
            "accept_invitation",
            &accept_body(&token, "mật khẩu của tôi", "mật khẩu của tôi"),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let worker = session_cookie(&response).expect("signed in");
    let me = body_text(server.call_get("me", "", Some(&worker)).await).await;
    assert!(me.contains("LE VAN HUNG") && me.contains("worker"), "{me}");

    // Used once: the link, the page and the preview all refuse it now.
    let response = server
        .call(
            "accept_invitation",
            &accept_body(&token, "another-password", "another-password"),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let page = server
        .page(&format!("/invite/{token}"), Some("i18n_pref_locale=vi"))
        .await;
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    assert!(
        body_text(page)
            .await
            .contains("Đường link này không dùng được")
    );

    // The login id and the new password sign in.
    let again = server.sign_in("hung.le", "mật khẩu của tôi").await;

    // A forgotten password: a new invitation; once used, the old password and every old
    // session stop working.
    let user_id: uuid::Uuid = server
        .scalar("SELECT id FROM users WHERE login_id = 'hung.le'")
        .await;
    let response = server
        .call(
            "issue_invitation",
            &format!("user_id={user_id}"),
            Some(&staff),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let made = with_set_cookies(&staff, &response);
    let id = latest_invitation(&server).await;
    let view = json(
        server
            .call_get("invitation", &format!("id={id}"), Some(&made))
            .await,
    )
    .await;
    // Until the link is used, the person's password still works.
    server.sign_in("hung.le", "mật khẩu của tôi").await;
    let token = view["link"]
        .as_str()
        .and_then(|l| l.rsplit('/').next())
        .expect("token")
        .to_owned();
    assert!(
        body_text(server.call_get("me", "", Some(&again)).await)
            .await
            .contains("LE VAN HUNG")
    );
    let response = server
        .call(
            "accept_invitation",
            &accept_body(&token, "new-password-2026", "new-password-2026"),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        body_text(server.call_get("me", "", Some(&again)).await).await,
        "null"
    );
    let old = server
        .call(
            "sign_in",
            "login=hung.le&password=m%E1%BA%ADt+kh%E1%BA%A9u+c%E1%BB%A7a+t%C3%B4i",
            None,
        )
        .await;
    assert_eq!(old.status(), StatusCode::BAD_REQUEST);
    server.sign_in("hung.le", "new-password-2026").await;

    let actions: Vec<String> = {
        let db = &server.state.db;
        app::on_db!(db, pool => sqlx::query_scalar(
            "SELECT action FROM audit_log WHERE action NOT LIKE 'auth.%' AND action <> 'demo.seed'
             ORDER BY at, id")
            .fetch_all(pool).await)
        .expect("audit")
    };
    assert_eq!(
        actions,
        [
            "worker.created",
            "account.invited",
            "account.password_set",
            "account.invited",
            "account.password_set"
        ]
    );
    // A password set with a link is on the record of the staff member who made the link
    // (who held it), not of the person it was for.
    let staff_id: uuid::Uuid = server
        .scalar("SELECT id FROM users WHERE email = 'tanaka@sakura-support.example'")
        .await;
    let set_by: Vec<uuid::Uuid> = {
        let db = &server.state.db;
        app::on_db!(db, pool => sqlx::query_scalar(
            "SELECT actor_user_id FROM audit_log WHERE action = 'account.password_set'")
            .fetch_all(pool).await)
        .expect("audit")
    };
    assert_eq!(set_by, [staff_id, staff_id]);
    server.stop().await;
}

#[tokio::test]
async fn expired_replaced_and_made_up_invitations_are_refused() {
    let server = start_with_demo().await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    let user_id: uuid::Uuid = server
        .scalar("SELECT id FROM users WHERE login_id = 'aung.koko'")
        .await;
    let mut tokens = Vec::new();
    for _ in 0..2 {
        let made = server
            .call(
                "issue_invitation",
                &format!("user_id={user_id}"),
                Some(&staff),
            )
            .await;
        let made = with_set_cookies(&staff, &made);
        let id = latest_invitation(&server).await;
        let view = json(
            server
                .call_get("invitation", &format!("id={id}"), Some(&made))
                .await,
        )
        .await;
        tokens.push(
            view["link"]
                .as_str()
                .and_then(|l| l.rsplit('/').next())
                .expect("token")
                .to_owned(),
        );
    }
    let preview = |token: String| {
        let server = &server;
        async move {
            server
                .call("invite_preview", &format!("token={token}"), None)
                .await
                .status()
        }
    };
    // The first was replaced by the second.
    assert_eq!(preview(tokens[0].clone()).await, StatusCode::NOT_FOUND);
    assert_eq!(preview(tokens[1].clone()).await, StatusCode::OK);
    // Seven days later it has expired.
    let db = &server.state.db;
    app::on_db!(db, pool => sqlx::query("UPDATE invitations SET expires_at = $1")
        .bind(chrono::Utc::now() - chrono::Duration::seconds(1))
        .execute(pool).await.map(|_| ()))
    .expect("expire");
    assert_eq!(preview(tokens[1].clone()).await, StatusCode::NOT_FOUND);
    for token in ["AAAAAAAAAAAAAAAAAAAAAA", "short", "../../etc/passwd"] {
        assert_eq!(
            preview(token.to_owned()).await,
            StatusCode::NOT_FOUND,
            "{token}"
        );
    }
    // The page explains, in the visitor's language, and says what to do.
    let page = server
        .page(
            "/invite/AAAAAAAAAAAAAAAAAAAAAA",
            Some("i18n_pref_locale=my"),
        )
        .await;
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    assert!(body_text(page).await.contains("支援担当者"));
}
