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

/// Staff's refused record of a support: the content and the internal note come back on
/// the page, never in the `Location` header (issue 17: they travelled in the address).
#[tokio::test]
async fn a_refused_support_record_keeps_its_text_and_note_out_of_the_address() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let worker = server.worker_id("an.nguyen").await;
        let support: uuid::Uuid = server
            .scalar_about(
                "SELECT id FROM supports WHERE worker_id = $1 AND kind = 'life_orientation'",
                worker,
            )
            .await;
        let version: i64 = server
            .scalar_about("SELECT version FROM supports WHERE id = $1", support)
            .await;
        // 2,000 characters of Japanese: as a query string an ~18 KB address, which common
        // proxies refuse (414).
        let content = format!(
            "{}NOTE-IN-CONTENT{}",
            "銀行の口座を一緒に作りました。".repeat(132),
            "。".repeat(5)
        );
        assert_eq!(content.chars().count(), 2000, "the form's limit");
        let note = "借金の相談あり NOTE-INTERNAL";
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("id", &support.to_string())
            .append_pair("version", &version.to_string())
            .append_pair("delivered_on", "2026-11-30")
            .append_pair("duration_minutes", "eight hours")
            .append_pair("delivered_by", "田中 健")
            .append_pair("language", "vi")
            .append_pair("mode", "in_person")
            .append_pair("place", "本部")
            .append_pair("content", &content)
            .append_pair("internal_note", note)
            .finish();
        let response = server
            .form_post("record_support", &body, Some(&staff))
            .await;
        assert!(response.status().is_redirection(), "{backend:?}");
        let location = header(&response, "location").to_owned();
        assert_eq!(
            location,
            format!("/supports/{support}?error=supports.err_duration")
        );
        let page = body_text(server.page(&location, Some(&staff)).await).await;
        assert!(
            page.contains(&content) && page.contains("NOTE-INTERNAL"),
            "{backend:?}: typed text is back, whole"
        );
        assert!(page.contains("eight hours"), "{backend:?}");
        let again = body_text(server.page(&location, Some(&staff)).await).await;
        assert!(!again.contains("NOTE-INTERNAL"), "{backend:?}: read once");
        server.stop().await;
    }
}

/// The same for an interview record's problems and summary, and a sign-in's login.
#[tokio::test]
async fn refused_interview_records_and_sign_ins_keep_what_was_typed_out_of_the_address() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    let (booking, version) = crate::interview_records::past_worker_booking(&server, &staff).await;
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("id", &booking.to_string())
        .append_pair("version", &version.to_string())
        .append_pair("held_on", "not a day")
        .append_pair("mode", "in_person")
        .append_pair("attendees", "Nguyen Van An, Tanaka")
        .append_pair("problems", "残業代が払われていない PROBLEM-TEXT")
        .append_pair("summary", "SUMMARY-TEXT")
        .finish();
    let response = server
        .form_post("record_interview", &body, Some(&staff))
        .await;
    assert!(response.status().is_redirection());
    let location = header(&response, "location").to_owned();
    assert!(
        location.starts_with("/staff/interviews/") && location.contains("?error="),
        "{location}"
    );
    assert!(
        !location.contains("TEXT") && !location.contains("%E6"),
        "{location}"
    );
    let page = body_text(server.page(&location, Some(&staff)).await).await;
    assert!(
        page.contains("PROBLEM-TEXT") && page.contains("SUMMARY-TEXT"),
        "{page}"
    );

    let response = server
        .form_post("sign_in", "login=an.nguyen&password=wrong-password", None)
        .await;
    let location = header(&response, "location").to_owned();
    assert_eq!(location, "/?error=sign_in.err_invalid");
    let cookie = crate::support::with_set_cookies("", &response);
    assert!(
        crate::support::session_cookie(&response).is_none(),
        "nothing kept on the server"
    );
    let page = server.page(&location, Some(&cookie)).await;
    let cleared = crate::support::with_set_cookies(&cookie, &page);
    let page = body_text(page).await;
    assert!(page.contains(r#"value="an.nguyen""#), "{page}");
    // Read once: the page's answer removes it.
    assert_eq!(cleared, "");
    server.stop().await;
}
