//! What each caller finds in the lists and on the pages of another role.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::support::{BACKENDS, body_text, start_on};

#[tokio::test]
async fn lists_hold_only_what_is_theirs() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        super::callers::add_other_tenant(&server).await;
        let names = |cookie: String| {
            let server = &server;
            async move {
                let text =
                    body_text(server.call_get("list_workers", "", Some(&cookie)).await).await;
                let list: serde_json::Value = serde_json::from_str(&text).expect("json");
                list.as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|w| w["name"].as_str().map(str::to_owned))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            }
        };
        let aozora = names(server.demo("hr@aozora.example").await).await;
        assert_eq!(
            aozora,
            ["NGUYEN VAN AN", "RAHMAWATI SITI", "SANTOS MARIA"],
            "{backend:?}"
        );
        let staff = names(server.demo("tanaka@sakura-support.example").await).await;
        assert_eq!(staff.len(), 9);
        assert!(!staff.iter().any(|n| n.contains("OTHER")));
        let other = names(server.demo("staff@other-support.example").await).await;
        assert_eq!(other, ["OTHER WORKER"]);
        // Nor does another tenant's audit log show anything of this one.
        let worker_user: Uuid = server
            .scalar("SELECT id FROM users WHERE login_id = 'an.nguyen'")
            .await;
        server.demo("an.nguyen").await;
        let other_staff = server.demo("staff@other-support.example").await;
        let query = format!("person={worker_user}");
        let log = body_text(
            server
                .call_get("audit_log", &query, Some(&other_staff))
                .await,
        )
        .await;
        assert!(
            log.contains(r#""lines":[]"#) && !log.contains("NGUYEN"),
            "{log}"
        );
        // Filtered on her record, by the server function or the page, the same.
        let worker: Uuid = server.worker_id("an.nguyen").await;
        let about_her = format!("worker={worker}");
        let log = body_text(
            server
                .call_get("audit_log", &about_her, Some(&other_staff))
                .await,
        )
        .await;
        assert!(
            log.contains(r#""lines":[]"#) && !log.contains("NGUYEN"),
            "{log}"
        );
        let page = server
            .page(&format!("/staff/audit?{about_her}"), Some(&other_staff))
            .await;
        assert_eq!(page.status(), StatusCode::OK);
        let html = body_text(page).await;
        assert!(
            !html.contains("NGUYEN") && !html.contains("田中"),
            "{backend:?}: {html}"
        );
        let own_staff = server.demo("tanaka@sakura-support.example").await;
        let log = body_text(server.call_get("audit_log", &query, Some(&own_staff)).await).await;
        assert!(log.contains("auth.signed_in"), "{log}");
        let page = server
            .page(&format!("/staff/audit?{about_her}"), Some(&own_staff))
            .await;
        let html = body_text(page).await;
        assert!(
            html.contains("NGUYEN VAN ANがログインしました"),
            "{backend:?}"
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn pages_of_another_role_are_refused_in_the_visitors_language() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let worker = server.demo("an.nguyen").await;
    let own: Uuid = server.worker_id("an.nguyen").await;
    let other: Uuid = server.worker_id("binh.tran").await;
    let cookie = format!("{worker}; i18n_pref_locale=vi");
    let expectations = [
        ("/staff".to_owned(), 403, "Không được phép"),
        ("/staff/workers/new".to_owned(), 403, "Không được phép"),
        ("/company".to_owned(), 403, "Không được phép"),
        (
            format!("/workers/{other}"),
            404,
            "tài khoản của bạn không thể xem",
        ),
        (format!("/workers/{own}"), 200, "NGUYEN VAN AN"),
        ("/me".to_owned(), 200, "VAN AN"),
    ];
    for (path, status, text) in expectations {
        let response = server.page(&path, Some(&cookie)).await;
        assert_eq!(response.status().as_u16(), status, "{path}");
        let html = body_text(response).await;
        assert!(html.contains(text), "{path}: {text}");
    }
    // Signed out: to the sign-in page.
    let response = server.page("/staff", None).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    // A company user sees its own worker, not another company's.
    let company = server.demo("hr@minato.example").await;
    assert_eq!(
        server
            .page(&format!("/workers/{own}"), Some(&company))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        server
            .page(&format!("/workers/{other}"), Some(&company))
            .await
            .status(),
        StatusCode::OK
    );
}
