//! Sharing is per worker and kind (issue 17: "let the company open them" on one worker's
//! page opened that kind for every worker of the company, future uploads included), and a
//! company reads of a kind not shared with it only the status and the dates.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::{
    document_review::send_passport,
    support::{BACKENDS, TestServer, body_text, start_on},
};

/// The worker's passport line as `caller` gets it from `worker_documents`, and the raw
/// answer (to check what it must not hold).
async fn passport(server: &TestServer, worker: Uuid, caller: &str) -> (serde_json::Value, String) {
    let response = server
        .call_get(
            "worker_documents",
            &format!("worker_id={worker}"),
            Some(caller),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let text = body_text(response).await;
    let set: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let line = set["kinds"]
        .as_array()
        .and_then(|k| k.iter().find(|l| l["kind"] == "passport").cloned())
        .expect("passport line");
    (line, text)
}

async fn share(server: &TestServer, staff: &str, worker: Uuid, shared: bool) {
    let response = server
        .call(
            "share_document_kind",
            &format!("worker_id={worker}&kind=passport&shared={shared}"),
            Some(staff),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
}

async fn open(server: &TestServer, file: &str, cookie: &str) -> StatusCode {
    server
        .get(&format!("/documents/files/{file}"), &[("cookie", cookie)])
        .await
        .status()
}

#[tokio::test]
async fn sharing_opens_one_workers_kind_and_a_company_reads_only_the_status_of_the_rest() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let hr = server.demo("hr@aozora.example").await;
        // Two workers of the same company, あおぞら会.
        let an = server.demo("an.nguyen").await;
        let siti = server.demo("siti.rahmawati").await;
        let (an_id, siti_id) = (
            server.worker_id("an.nguyen").await,
            server.worker_id("siti.rahmawati").await,
        );
        send_passport(&server, &an).await;
        send_passport(&server, &siti).await;
        let (line, _) = passport(&server, siti_id, &staff).await;
        let siti_first = line["versions"][0]["id"].as_str().expect("id").to_owned();
        let asked = server
            .call(
                "ask_document_again",
                &format!("id={siti_first}&version=1&reason=glare&comment=Glare%20on%20page%202"),
                Some(&staff),
            )
            .await;
        assert_eq!(asked.status(), StatusCode::OK, "{backend:?}");

        // Not shared: the status and the dates, nothing staff wrote, nor who.
        let (line, text) = passport(&server, siti_id, &hr).await;
        assert_eq!(line["versions"][0]["status"], "resubmission_requested");
        for secret in ["Glare on page 2", "glare", "田中"] {
            assert!(!text.contains(secret), "{backend:?}: {secret} in {text}");
        }
        assert_eq!(line["versions"][0]["comment"], serde_json::Value::Null);
        assert_eq!(line["versions"][0]["files"], serde_json::json!([]));

        // Staff share an.nguyen's passports, from her page: hers open, siti's do not.
        share(&server, &staff, an_id, true).await;
        let (line, _) = passport(&server, an_id, &hr).await;
        assert_eq!(line["shared"], true);
        let an_file = line["versions"][0]["files"][0]["id"]
            .as_str()
            .expect("an.nguyen's file, shared")
            .to_owned();
        assert_eq!(
            open(&server, &an_file, &hr).await,
            StatusCode::OK,
            "{backend:?}"
        );
        let (staff_view, _) = passport(&server, siti_id, &staff).await;
        let siti_file = staff_view["versions"][0]["files"][0]["id"]
            .as_str()
            .expect("siti's file")
            .to_owned();
        assert_eq!(
            open(&server, &siti_file, &hr).await,
            StatusCode::NOT_FOUND,
            "{backend:?}: another worker's passport stays closed"
        );
        let (line, _) = passport(&server, siti_id, &hr).await;
        assert_eq!(line["shared"], false);
        assert_eq!(line["versions"][0]["files"], serde_json::json!([]));

        // siti sends again: her new version stays closed to the company too.
        send_passport(&server, &siti).await;
        let (staff_view, _) = passport(&server, siti_id, &staff).await;
        let newest = staff_view["versions"][0]["files"][0]["id"]
            .as_str()
            .expect("siti's new file")
            .to_owned();
        assert_eq!(open(&server, &newest, &hr).await, StatusCode::NOT_FOUND);

        // Another company never opens an.nguyen's, shared or not.
        let minato = server.demo("hr@minato.example").await;
        assert_eq!(
            open(&server, &an_file, &minato).await,
            StatusCode::NOT_FOUND
        );

        // Withdrawn: closed again.
        share(&server, &staff, an_id, false).await;
        assert_eq!(open(&server, &an_file, &hr).await, StatusCode::NOT_FOUND);
        let audited: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM audit_log WHERE entity_id = $1
                 AND action IN ('document.shared', 'document.unshared')",
                an_id,
            )
            .await;
        assert_eq!(
            audited, 2,
            "{backend:?}: one row per change, about the worker"
        );
        server.stop().await;
    }
}
