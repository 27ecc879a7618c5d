//! The audit log page reads as sentences in the reader's language: who did what to whose
//! record, when (issue 19, point 7); its filters by person, by record and by dates come in
//! the query string of a plain GET form and are checked on the server. On both backends.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::{
    document_review::send_passport,
    support::{BACKENDS, TestServer, body_text, start_on},
};

const STAFF: &str = "tanaka@sakura-support.example";

/// The sentences of the audit page at `query`, read in `locale`.
async fn sentences(server: &TestServer, cookie: &str, locale: &str, query: &str) -> Vec<String> {
    let cookie = format!("{cookie}; i18n_pref_locale={locale}");
    let response = server
        .page(&format!("/staff/audit{query}"), Some(&cookie))
        .await;
    assert_eq!(response.status(), StatusCode::OK, "{query}");
    let html = body_text(response).await;
    html.split(r#"<span class="audit-sentence">"#)
        .skip(1)
        .filter_map(|rest| rest.split("</span>").next())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn a_view_and_an_approval_read_as_sentences_naming_the_worker_in_each_language() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (staff, worker) = (server.demo(STAFF).await, server.demo("an.nguyen").await);
        let id = server.worker_id("an.nguyen").await;
        let document = send_passport(&server, &worker).await;
        let page = server
            .page(&format!("/workers/{id}/documents"), Some(&staff))
            .await;
        assert_eq!(page.status(), StatusCode::OK);
        let accepted = server
            .call(
                "accept_document",
                &format!("id={document}&version=1&number_tail=AB12&expires_on=2031-05-31"),
                Some(&staff),
            )
            .await;
        assert_eq!(accepted.status(), StatusCode::OK, "{backend:?}");
        for (locale, viewed, approved) in [
            (
                "en",
                "田中 健 viewed the documents of NGUYEN VAN AN",
                "田中 健 approved the Passport (旅券) of NGUYEN VAN AN",
            ),
            (
                "ja",
                "田中 健がNGUYEN VAN ANの書類を見ました",
                "田中 健がNGUYEN VAN ANの旅券（パスポート）を承認しました",
            ),
            (
                "vi",
                "田中 健 đã xem giấy tờ của NGUYEN VAN AN",
                "田中 健 đã chấp nhận Hộ chiếu (旅券) của NGUYEN VAN AN",
            ),
        ] {
            let said = sentences(&server, &staff, locale, "").await;
            assert!(
                said.iter().any(|s| s == viewed),
                "{backend:?} {locale}: {said:?}"
            );
            assert!(
                said.iter().any(|s| s == approved),
                "{backend:?} {locale}: {said:?}"
            );
            assert!(
                !said.iter().any(|s| s.contains("documents.viewed")),
                "{said:?}"
            );
        }
        // When, in Japan time, said so.
        let cookie = format!("{staff}; i18n_pref_locale=en");
        let html = body_text(server.page("/staff/audit", Some(&cookie)).await).await;
        assert!(html.contains("(Japan time)</time>"), "{html}");
        server.stop().await;
    }
}

#[tokio::test]
async fn the_filters_keep_one_persons_lines_one_workers_records_and_a_span_of_days() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let tanaka = server.demo(STAFF).await;
        let lan = server.demo("lan@sakura-support.example").await;
        let (an, binh) = (
            server.worker_id("an.nguyen").await,
            server.worker_id("binh.tran").await,
        );
        for (cookie, worker) in [(&tanaka, an), (&tanaka, binh), (&lan, an)] {
            let page = server
                .page(&format!("/workers/{worker}"), Some(cookie))
                .await;
            assert_eq!(page.status(), StatusCode::OK);
        }
        let lan_id: Uuid = server
            .scalar("SELECT id FROM users WHERE email = 'lan@sakura-support.example'")
            .await;
        let by_lan = sentences(&server, &tanaka, "en", &format!("?person={lan_id}")).await;
        assert!(!by_lan.is_empty(), "{backend:?}");
        assert!(
            by_lan.iter().all(|s| s.starts_with("Nguyễn Thị Lan ")),
            "{backend:?}: {by_lan:?}"
        );
        let about_binh = sentences(&server, &tanaka, "en", &format!("?worker={binh}")).await;
        assert_eq!(
            about_binh,
            ["田中 健 viewed the record of TRAN THI BINH"],
            "{backend:?}"
        );
        let both = format!("?person={lan_id}&worker={an}&action=worker.viewed");
        assert_eq!(
            sentences(&server, &tanaka, "en", &both).await,
            ["Nguyễn Thị Lan viewed the record of NGUYEN VAN AN"],
            "{backend:?}"
        );
        let long_ago = "?from=2001-01-01&to=2001-12-31";
        assert!(sentences(&server, &tanaka, "en", long_ago).await.is_empty());
        let today = chrono::Utc::now()
            .with_timezone(&chrono::FixedOffset::east_opt(9 * 3600).expect("JST"))
            .date_naive();
        let only_today = format!("?worker={binh}&from={today}&to={today}");
        // Reading the log about her is about her too.
        assert_eq!(
            sentences(&server, &tanaka, "en", &only_today).await,
            [
                "田中 健 viewed the audit log about TRAN THI BINH",
                "田中 健 viewed the record of TRAN THI BINH"
            ],
            "{backend:?}"
        );

        // What the form would never send is refused, never an error page of the database.
        for bad in [
            "from=yesterday",
            "to=2026-02-30",
            "action=%3Cscript%3E",
            "action=%27%3B%20DROP%20TABLE%20audit_log%3B--",
        ] {
            let response = server.call_get("audit_log", bad, Some(&tanaka)).await;
            assert_eq!(
                response.status(),
                StatusCode::BAD_REQUEST,
                "{backend:?}: {bad}"
            );
            let page = server
                .page(&format!("/staff/audit?{bad}"), Some(&tanaka))
                .await;
            assert_eq!(
                page.status(),
                StatusCode::BAD_REQUEST,
                "{backend:?}: the page at {bad}"
            );
        }
        server.stop().await;
    }
}
