//! A refused plain form comes back with what was typed, kept in the session, never in the
//! address (issue 16: a message sent before the page was interactive was lost).

use axum::http::StatusCode;

use crate::{
    documents::{Part, multipart},
    support::{BACKENDS, body_text, header, start_on},
};

const PDF: &[u8] = include_bytes!("../../../app/tests/fixtures/contract.pdf");

#[tokio::test]
async fn a_refused_message_comes_back_with_its_text_once_and_never_in_the_address() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let maria = server.demo("maria.santos").await;
        // A long Japanese text: as a query string it would be an ~14 KB address.
        let text = format!(
            "{} Sinisigawan ako ng supervisor.",
            "上司に毎日どなられます。".repeat(120)
        );
        let body = multipart(&[
            Part::Text("category", "harassment"),
            Part::Text("urgent", "1"),
            Part::Text("body", &text),
            Part::File {
                name: "photo",
                file_name: "contract.pdf",
                content_type: "application/pdf",
                bytes: PDF,
            },
        ]);
        let response = server.send_message_body(body, &maria, false).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{backend:?}");
        let location = header(&response, "location").to_owned();
        assert_eq!(
            location,
            "/me/consultations?error=consultation_error.not_image"
        );

        let page = body_text(server.page(&location, Some(&maria)).await).await;
        assert!(
            page.contains(&text),
            "{backend:?}: the text is back: {page}"
        );
        assert!(
            page.contains(r#"<option value="harassment" selected"#),
            "{page}"
        );
        assert!(
            page.contains(r#"name="urgent" value="1" checked"#),
            "{page}"
        );
        // Read once: the next visit of the page starts empty.
        let again = body_text(server.page("/me/consultations", Some(&maria)).await).await;
        assert!(!again.contains("Sinisigawan ako ng supervisor."), "{again}");
        assert!(!again.contains(r#"value="harassment" selected"#));
        server.stop().await;
    }
}
