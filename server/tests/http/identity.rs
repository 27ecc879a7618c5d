//! The worker's identity and status through HTTP on both backends (issue 20): staff keep
//! it; a company reads the numbers by their last 4 characters and none of the personal
//! facts; the worker reads it whole and can point out a mistake, which reaches their
//! officer; every bad input is refused with its message and nothing is written.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, body_text, json, start_on};

const STAFF: &str = "tanaka@sakura-support.example";

/// A full identity form for budi.putra (construction: 業務区分 "building").
fn form(worker: Uuid, card: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("id", &worker.to_string())
        .append_pair("name_katakana", "プトラ ブディ")
        .append_pair("birth_date", "1999-02-28")
        .append_pair("sex", "male")
        .append_pair("residence_card_number", card)
        .append_pair("passport_number", "c 1234567")
        .append_pair("passport_expiry", "2031-03-31")
        .append_pair("postal_code", "〒460-0008")
        .append_pair("address", "愛知県名古屋市中区栄1-2-3 メゾン栄101")
        .append_pair("job_category", "building")
        .append_pair("languages", "Bahasa Indonesia\nភាសាខ្មែរ, ภาษาไทย")
        .finish()
}

async fn identity(server: &TestServer, cookie: &str, worker: Uuid) -> serde_json::Value {
    let answer = json(
        server
            .call_get("worker_detail", &format!("id={worker}"), Some(cookie))
            .await,
    )
    .await;
    answer["identity"].clone()
}

async fn changes(server: &TestServer, worker: Uuid) -> i64 {
    server
        .scalar_about(
            "SELECT COUNT(*) FROM audit_log
             WHERE entity_id = $1 AND action = 'worker.identity_changed'",
            worker,
        )
        .await
}

async fn refused(server: &TestServer, cookie: &str, body: &str, key: &str) {
    let response = server
        .call("update_worker_identity", body, Some(cookie))
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
    let text = body_text(response).await;
    assert!(text.contains(key), "{text} lacks {key}");
}

#[tokio::test]
async fn staff_keep_the_identity_and_a_company_reads_only_the_last_four() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let company = server.demo("hr@fuji.example").await;
        let worker_cookie = server.demo("budi.putra").await;
        let worker = server.worker_id("budi.putra").await;
        let good = form(worker, "ab 1234 5678 cd");
        let card = || {
            server.scalar_about::<Option<String>>(
                "SELECT residence_card_number FROM workers WHERE id = $1",
                worker,
            )
        };
        let card_before = card().await;

        // Bad input: each refused with its message, nothing written.
        let bad = [
            (
                good.replace("ab+1234+5678+cd", "AB1234567CD"),
                "identity.err_card_number",
            ),
            (
                good.replace("birth_date=1999", "birth_date=2015"),
                "identity.err_birth_date",
            ),
            (
                good.replace("job_category=building", "job_category=nursing_care"),
                "identity.err_job_category",
            ),
            (
                good.replace("postal_code=%E3%80%92460-0008", "postal_code=460"),
                "identity.err_postal_code",
            ),
            (good.replace("sex=male", "sex=x"), "identity.err_sex"),
        ];
        for (body, key) in &bad {
            assert_ne!(body, &good, "{key}: the test's edit did not apply");
            refused(&server, &staff, body, key).await;
        }
        assert_eq!(changes(&server, worker).await, 0, "{backend:?}");
        assert_eq!(card().await, card_before, "{backend:?}");

        // A company cannot change it, and learns nothing from trying.
        let response = server
            .call("update_worker_identity", &good, Some(&company))
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{backend:?}");

        let response = server
            .call("update_worker_identity", &good, Some(&staff))
            .await;
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{}",
            body_text(response).await
        );
        assert_eq!(changes(&server, worker).await, 1, "{backend:?}");

        // Staff and the worker read it whole, as the forms print it.
        for cookie in [&staff, &worker_cookie] {
            let id = identity(&server, cookie, worker).await;
            assert_eq!(id["card_number"], "AB12345678CD", "{backend:?}: {id}");
            assert_eq!(id["passport_number"], "C1234567", "{backend:?}: {id}");
            assert_eq!(id["name_katakana"], "プトラ\u{3000}ブディ");
            assert_eq!(id["job_category"], "building");
            assert_eq!(
                id["languages"],
                serde_json::json!(["Bahasa Indonesia", "ភាសាខ្មែរ", "ภาษาไทย"])
            );
            assert_eq!(id["personal"]["postal_code"], "4600008");
            assert_eq!(id["personal"]["sex"], "male");
        }
        // The company: the last 4 characters, the expiry, the category; no personal facts.
        let id = identity(&server, &company, worker).await;
        assert_eq!(id["card_number"], "…78CD", "{backend:?}: {id}");
        assert_eq!(id["passport_number"], "…4567", "{backend:?}: {id}");
        assert_eq!(id["passport_expiry"], "2031-03-31");
        assert_eq!(id["job_category"], "building");
        assert!(id["personal"].is_null(), "{backend:?}: {id}");
        let page = body_text(
            server
                .page(&format!("/workers/{worker}"), Some(&company))
                .await,
        )
        .await;
        for secret in ["AB12345678CD", "C1234567", "1999-02-28", "メゾン栄"] {
            assert!(
                !page.contains(secret),
                "{backend:?}: the company's page shows {secret}"
            );
        }

        // The audit row holds the values before (the demo's) and after.
        let detail: String = server
            .scalar_about(
                "SELECT detail FROM audit_log
                 WHERE entity_id = $1 AND action = 'worker.identity_changed'",
                worker,
            )
            .await;
        let detail: serde_json::Value = serde_json::from_str(&detail).expect("JSON detail");
        assert_eq!(
            detail["before"]["residence_card_number"].as_str(),
            card_before.as_deref(),
            "{detail}"
        );
        assert_eq!(detail["after"]["residence_card_number"], "AB12345678CD");

        // Another worker cannot have the same card.
        let other = server.worker_id("aung.koko").await;
        let twin = form(other, "AB12345678CD").replace("job_category=building", "job_category=");
        refused(&server, &staff, &twin, "identity.err_card_taken").await;
        assert_eq!(changes(&server, other).await, 0, "{backend:?}");
    }
}

#[tokio::test]
async fn a_worker_points_out_a_mistake_and_their_officer_hears_of_it() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let worker_cookie = server.demo("budi.putra").await;
        let worker = server.worker_id("budi.putra").await;
        let company = server.demo("hr@fuji.example").await;
        let staff = server.demo(STAFF).await;

        // Nobody but the worker can send it; an empty one is refused.
        for cookie in [&company, &staff] {
            let response = server
                .call("point_out_record_mistake", "body=x", Some(cookie))
                .await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{backend:?}");
        }
        let response = server
            .call("point_out_record_mistake", "body=++", Some(&worker_cookie))
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{backend:?}");
        let opened = || {
            server.scalar_about::<i64>(
                "SELECT COUNT(*) FROM consultations WHERE worker_id = $1 AND about_record",
                worker,
            )
        };
        assert_eq!(opened().await, 0, "{backend:?}");

        let body = "body=Tanggal+lahir+saya+salah%3A+1999-03-01";
        let response = server
            .call("point_out_record_mistake", body, Some(&worker_cookie))
            .await;
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{}",
            body_text(response).await
        );
        assert_eq!(opened().await, 1, "{backend:?}");
        // Given to the officer in charge, who alone is told.
        let officer: Uuid = server
            .scalar_about(
                "SELECT support_officer_id FROM workers WHERE id = $1",
                worker,
            )
            .await;
        let assigned: Uuid = server
            .scalar_about(
                "SELECT assigned_to FROM consultations WHERE worker_id = $1 AND about_record",
                worker,
            )
            .await;
        assert_eq!(assigned, officer, "{backend:?}");
        let told: i64 = server
            .scalar_about(
                "SELECT COUNT(DISTINCT user_id) FROM notifications
                 WHERE organization_id = (SELECT organization_id FROM workers WHERE id = $1)
                   AND kind = 'record_mistake'",
                worker,
            )
            .await;
        assert_eq!(told, 1, "{backend:?}");

        // The plain form takes the worker to the thread.
        let response = server
            .form_post("point_out_record_mistake", body, Some(&worker_cookie))
            .await;
        let location = response
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(location.starts_with("/me/consultations/"), "{location}");
        // The page itself: the worker's identity in their language, and the form.
        let page = body_text(server.page("/me/record", Some(&worker_cookie)).await).await;
        assert!(page.contains("id=\"mistake-body\""), "{backend:?}");
        let page = server.page("/me/record", Some(&company)).await;
        assert_eq!(page.status(), StatusCode::FORBIDDEN, "{backend:?}");
    }
}
