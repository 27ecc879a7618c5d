//! The review of a document, end to end through the server functions, on both backends:
//! staff ask again with a reason, the worker sees it and sends a new version, staff accept
//! it with the expiry, which reaches the worker's record; every decision is one audit row.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::{
    documents::{PHOTO, Part, photo},
    support::{BACKENDS, TestServer, body_text, json, start_on},
};

pub async fn send_passport(server: &TestServer, cookie: &str) -> Uuid {
    let response = server
        .upload(
            cookie,
            &[Part::Text("kind", "passport"), photo("front", PHOTO)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    json(response).await["id"]
        .as_str()
        .expect("id")
        .parse()
        .expect("uuid")
}

/// The worker's passport line as `my_documents` answers it.
async fn passport_line(server: &TestServer, cookie: &str) -> serde_json::Value {
    let set = json(server.call_get("my_documents", "", Some(cookie)).await).await;
    set["kinds"]
        .as_array()
        .expect("kinds")
        .iter()
        .find(|k| k["kind"] == "passport")
        .cloned()
        .expect("passport line")
}

#[tokio::test]
async fn staff_ask_again_the_worker_sends_again_and_staff_accept_with_the_expiry() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let worker = server.demo("an.nguyen").await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let first = send_passport(&server, &worker).await;

        // The queue lists it, oldest first.
        let queue = json(server.call_get("review_queue", "", Some(&staff)).await).await;
        assert_eq!(queue["items"][0]["id"], first.to_string());

        // A decision from a stale version changes nothing.
        let stale = server
            .call(
                "ask_document_again",
                &format!("id={first}&version=7&reason=glare"),
                Some(&staff),
            )
            .await;
        assert_eq!(stale.status(), StatusCode::CONFLICT);
        let asked = server
            .call(
                "ask_document_again",
                &format!("id={first}&version=1&reason=glare&comment=Near%20the%20window"),
                Some(&staff),
            )
            .await;
        assert_eq!(asked.status(), StatusCode::OK, "{}", body_text(asked).await);
        let line = passport_line(&server, &worker).await;
        assert_eq!(line["versions"][0]["status"], "resubmission_requested");
        assert_eq!(line["versions"][0]["reason"], "glare");
        assert_eq!(line["versions"][0]["comment"], "Near the window");

        // Decided once: a second decision on the same version is refused.
        let again = server
            .call(
                "reject_document",
                &format!("id={first}&version=2&comment=x"),
                Some(&staff),
            )
            .await;
        assert_eq!(again.status(), StatusCode::BAD_REQUEST);

        let second = send_passport(&server, &worker).await;
        // Accepting a passport needs the number's end and a future expiry.
        for (body, key) in [
            (
                format!("id={second}&version=1&number_tail=12&expires_on=2031-05-31"),
                "document_error.number_tail",
            ),
            (
                format!("id={second}&version=1&number_tail=AB12&expires_on="),
                "document_error.expiry_missing",
            ),
            (
                format!("id={second}&version=1&number_tail=AB12&expires_on=2020-01-01"),
                "document_error.expiry_past",
            ),
        ] {
            let refused = server.call("accept_document", &body, Some(&staff)).await;
            assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
            assert!(body_text(refused).await.contains(key), "{key}");
        }
        let accepted = server
            .call(
                "accept_document",
                &format!("id={second}&version=1&number_tail=ab12&expires_on=2031-05-31"),
                Some(&staff),
            )
            .await;
        assert_eq!(
            accepted.status(),
            StatusCode::OK,
            "{}",
            body_text(accepted).await
        );
        let line = passport_line(&server, &worker).await;
        assert_eq!(line["versions"][0]["status"], "accepted");
        assert_eq!(line["versions"][0]["number_tail"], "AB12");
        assert_eq!(line["expires_on"], "2031-05-31");
        assert_eq!(
            line["versions"].as_array().map(Vec::len),
            Some(2),
            "every version is kept"
        );
        let expiry: Option<chrono::NaiveDate> = server
            .scalar("SELECT w.passport_expiry FROM workers w JOIN users u ON u.id = w.user_id WHERE u.login_id = 'an.nguyen'")
            .await;
        assert_eq!(expiry.map(|d| d.to_string()).as_deref(), Some("2031-05-31"));
        let decisions: i64 = server
            .scalar("SELECT COUNT(*) FROM audit_log WHERE action IN ('document.resubmission_requested', 'document.accepted')")
            .await;
        assert_eq!(decisions, 2);
        server.stop().await;
    }
}

#[tokio::test]
async fn a_worker_takes_back_a_version_waiting_for_review_and_may_send_again() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let worker = server.demo("an.nguyen").await;
        let id = send_passport(&server, &worker).await;
        assert_eq!(
            server.stored_files().len(),
            2,
            "the photo and its thumbnail"
        );
        let taken = server
            .call(
                "withdraw_document",
                &format!("id={id}&version=1"),
                Some(&worker),
            )
            .await;
        assert_eq!(taken.status(), StatusCode::OK, "{}", body_text(taken).await);
        let line = passport_line(&server, &worker).await;
        assert_eq!(line["versions"][0]["status"], "withdrawn");
        // Taken back, the files go: it may have been the wrong, private paper.
        assert!(server.stored_files().is_empty());
        assert_eq!(line["versions"][0]["files"], serde_json::json!([]));
        // Nothing waits any more: a new version may be sent.
        send_passport(&server, &worker).await;
        // A decided version cannot be taken back.
        let again = server
            .call(
                "withdraw_document",
                &format!("id={id}&version=2"),
                Some(&worker),
            )
            .await;
        assert_eq!(again.status(), StatusCode::BAD_REQUEST);
        server.stop().await;
    }
}

#[tokio::test]
async fn a_company_sees_status_and_expiry_and_files_only_once_shared() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let worker = server.demo("an.nguyen").await;
    send_passport(&server, &worker).await;
    let worker_id: Uuid = server.worker_id("an.nguyen").await;
    let hr = server.demo("hr@aozora.example").await;
    let passport = |set: serde_json::Value| {
        set["kinds"]
            .as_array()
            .and_then(|k| k.iter().find(|l| l["kind"] == "passport").cloned())
            .expect("passport")
    };
    let query = format!("worker_id={worker_id}");
    let seen = passport(json(server.call_get("worker_documents", &query, Some(&hr)).await).await);
    assert_eq!(seen["versions"][0]["status"], "waiting_for_review");
    assert_eq!(
        seen["versions"][0]["files"],
        serde_json::json!([]),
        "no files unless shared"
    );

    let staff = server.demo("tanaka@sakura-support.example").await;
    let shared = server
        .call(
            "share_document_kind",
            &format!("worker_id={worker_id}&kind=passport&shared=true"),
            Some(&staff),
        )
        .await;
    assert_eq!(shared.status(), StatusCode::OK);
    let seen = passport(json(server.call_get("worker_documents", &query, Some(&hr)).await).await);
    let file = seen["versions"][0]["files"][0]["id"]
        .as_str()
        .expect("a file")
        .to_owned();
    let response = server
        .get(&format!("/documents/files/{file}"), &[("cookie", &hr)])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn an_accepted_passport_expiring_soon_is_urgent_on_the_dashboard() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let worker = server.demo("an.nguyen").await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    let id = send_passport(&server, &worker).await;
    let soon = app::locale::today_in_japan() + chrono::Days::new(10);
    let accepted = server
        .call(
            "accept_document",
            &format!("id={id}&version=1&number_tail=TK01&expires_on={soon}"),
            Some(&staff),
        )
        .await;
    assert_eq!(accepted.status(), StatusCode::OK);
    let board = json(server.call_get("support_dashboard", "", Some(&staff)).await).await;
    let line = board["items"]
        .as_array()
        .and_then(|items| {
            items
                .iter()
                .find(|i| i["what"] == "PassportExpiry")
                .cloned()
        })
        .expect("the passport is listed");
    assert_eq!(line["due_on"], soon.to_string());
    assert_eq!(line["urgent"], true);
    assert_eq!(line["worker_name"], "NGUYEN VAN AN");
}
