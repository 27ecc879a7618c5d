//! Stored files that could hurt (issue 17, point 10): a PDF is served sandboxed, and to a
//! company only as a download, so that its JavaScript never runs in the portal's origin;
//! an image is judged by its header before a pixel is decoded, and a second version while
//! one waits is refused before anything is decoded at all.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::{
    documents::Part,
    support::{BACKENDS, header, start_on},
};

const PDF: &[u8] = include_bytes!("../../../app/tests/fixtures/contract.pdf");

#[tokio::test]
async fn a_stored_pdf_is_sandboxed_and_a_company_gets_it_only_as_a_download() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (staff, worker, company) = (
            server.demo("tanaka@sakura-support.example").await,
            server.demo("an.nguyen").await,
            server.demo("hr@aozora.example").await,
        );
        let pdf = Part::File {
            name: "front",
            file_name: "contract.pdf",
            content_type: "application/pdf",
            bytes: PDF,
        };
        let sent = server
            .upload(&worker, &[Part::Text("kind", "employment_contract"), pdf])
            .await;
        assert_eq!(sent.status(), StatusCode::OK, "{backend:?}");
        let worker_id = server.worker_id("an.nguyen").await;
        let shared = server
            .call(
                "share_document_kind",
                &format!("worker_id={worker_id}&kind=employment_contract&shared=true"),
                Some(&staff),
            )
            .await;
        assert_eq!(shared.status(), StatusCode::OK);
        let file: Uuid = server.scalar("SELECT id FROM document_files").await;
        let path = format!("/documents/files/{file}");
        for (who, cookie) in [
            ("staff", &staff),
            ("worker", &worker),
            ("company", &company),
        ] {
            let response = server.get(&path, &[("cookie", cookie)]).await;
            assert_eq!(response.status(), StatusCode::OK, "{backend:?}: {who}");
            assert_eq!(header(&response, "content-type"), "application/pdf");
            let policy = header(&response, "content-security-policy");
            assert!(
                policy.split(';').any(|d| d.trim() == "sandbox"),
                "{backend:?}: {who} got {policy}"
            );
        }
        let response = server.get(&path, &[("cookie", &company)]).await;
        assert!(
            header(&response, "content-disposition").starts_with("attachment"),
            "{backend:?}: a company opens a PDF only as a download, got {}",
            header(&response, "content-disposition")
        );
        server.stop().await;
    }
}
