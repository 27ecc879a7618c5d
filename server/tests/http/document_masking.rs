//! Issue 21, point 8, on both backends: a tax, pension or insurance paper is accepted only
//! once the reviewer confirms its numbers are masked, and reaches the company only then;
//! a Japanese certificate's age counts to the application it goes with (else to the day
//! it is accepted).

use axum::http::StatusCode;
use chrono::{Months, NaiveDate};
use uuid::Uuid;

use crate::{
    documents::Part,
    support::{BACKENDS, TestServer, json, start_on},
};

const STAFF: &str = "tanaka@sakura-support.example";
const PDF: &[u8] = include_bytes!("../../../app/tests/fixtures/contract.pdf");

/// an.nguyen sends her tax paper (a PDF); its id.
async fn send_tax_paper(server: &TestServer, cookie: &str) -> Uuid {
    let response = server
        .upload(
            cookie,
            &[
                Part::Text("kind", "tax_pension_insurance"),
                Part::File {
                    name: "front",
                    file_name: "nenkin.pdf",
                    content_type: "application/pdf",
                    bytes: PDF,
                },
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    json(response).await["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("the document's id")
}

fn months_ago(months: u32) -> NaiveDate {
    app::locale::today_in_japan()
        .checked_sub_months(Months::new(months))
        .expect("a date")
}

#[tokio::test]
async fn masked_numbers_are_confirmed_before_acceptance_and_sharing_and_age_counts_to_the_application()
 {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let an = server.demo("an.nguyen").await;
        let hr = server.demo("hr@aozora.example").await;
        let an_id = server.worker_id("an.nguyen").await;
        let id = send_tax_paper(&server, &an).await;
        let share = format!("worker_id={an_id}&kind=tax_pension_insurance&shared=true");
        server
            .refused(
                &staff,
                "share_document_kind",
                &share,
                "document_error.masking_unconfirmed_share",
            )
            .await;
        let accept =
            |issued: NaiveDate, extra: &str| format!("id={id}&version=1&issued_on={issued}{extra}");
        // No application recorded: 4 months old today is too old.
        server
            .refused(
                &staff,
                "accept_document",
                &accept(months_ago(4), "&masking_confirmed=on"),
                "document_error.issued_too_old",
            )
            .await;
        // Applied for 1 month ago: issued 5 months ago was too old for it.
        server
            .execute_about(
                &format!(
                    "UPDATE workers SET visa_applied_on = '{}' WHERE id = $1",
                    months_ago(1)
                ),
                an_id,
            )
            .await;
        server
            .refused(
                &staff,
                "accept_document",
                &accept(months_ago(5), "&masking_confirmed=on"),
                "document_error.issued_too_old_for_application",
            )
            .await;
        // Applied for 3 months ago: issued a month before it, 4 months old today, it
        // counts (its age is counted to its application).
        server
            .execute_about(
                &format!(
                    "UPDATE workers SET visa_applied_on = '{}' WHERE id = $1",
                    months_ago(3)
                ),
                an_id,
            )
            .await;
        let issued = months_ago(4);
        server
            .refused(
                &staff,
                "accept_document",
                &accept(issued, ""),
                "document_error.masking_unconfirmed",
            )
            .await;
        let status: String = server
            .scalar_about("SELECT status FROM document_submissions WHERE id = $1", id)
            .await;
        assert_eq!(status, "waiting_for_review", "nothing decided yet");
        server
            .accepted(
                &staff,
                "accept_document",
                &accept(issued, "&masking_confirmed=on"),
            )
            .await;
        let confirmed: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM document_submissions
                 WHERE id = $1 AND masking_confirmed_at IS NOT NULL AND masking_confirmed_by IS NOT NULL",
                id,
            )
            .await;
        assert_eq!(confirmed, 1);
        // Now it may be shared, and the company opens it.
        server.accepted(&staff, "share_document_kind", &share).await;
        let file: Uuid = server
            .scalar_about("SELECT id FROM document_files WHERE submission_id = $1", id)
            .await;
        let opened = server
            .get(&format!("/documents/files/{file}"), &[("cookie", &hr)])
            .await;
        assert_eq!(opened.status(), StatusCode::OK);

        // A version accepted before the confirmation existed stays closed to the company.
        server
            .execute_about(
                "UPDATE document_submissions SET masking_confirmed_at = NULL WHERE id = $1",
                id,
            )
            .await;
        let closed = server
            .get(&format!("/documents/files/{file}"), &[("cookie", &hr)])
            .await;
        assert_eq!(closed.status(), StatusCode::NOT_FOUND);
        server.stop().await;
    }
}

/// 外食業 takes no new applications since 2026-04-13: the company and its worker show it
/// where they are set up; other fields do not.
#[tokio::test]
async fn a_company_or_worker_in_food_service_shows_the_suspension() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let staff = server.demo(STAFF).await;
    let page = |uri: String| {
        let (server, staff) = (&server, &staff);
        async move {
            let response = server.page(&uri, Some(staff)).await;
            assert_eq!(response.status(), StatusCode::OK, "{uri}");
            crate::support::body_text(response).await
        }
    };
    let binh = server.worker_id("binh.tran").await;
    let an = server.worker_id("an.nguyen").await;
    assert!(
        page(format!("/workers/{binh}"))
            .await
            .contains("field-suspended")
    );
    assert!(
        !page(format!("/workers/{an}"))
            .await
            .contains("field-suspended")
    );
    let minato: Uuid = server
        .scalar("SELECT id FROM companies WHERE field = 'food_service'")
        .await;
    let html = page(format!("/staff/companies/{minato}")).await;
    assert!(html.contains("field-suspended"));
    assert!(html.contains("2026年4月13日"));
}
