//! The end of employment through HTTP on both backends (issue 20): every reason can be
//! recorded; an ending for the company's reasons makes job-change support (support 9) due
//! and a resignation does not; both set the one end date the retention purge reads; the
//! former worker leaves the due lists and the company's list of current workers and stays
//! readable under former workers; bad input is refused and writes nothing.

use axum::http::StatusCode;
use chrono::{Days, Months, NaiveDate};
use uuid::Uuid;

use crate::documents::{PHOTO, photo};
use crate::support::{BACKENDS, TestServer, body_text, start_on};

const STAFF: &str = "tanaka@sakura-support.example";
const COMPANY: &str = "hr@fuji.example";

fn today() -> NaiveDate {
    app::locale::today_in_japan()
}

fn form(worker: Uuid, started: &str, ended: &str, reason: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("id", &worker.to_string())
        .append_pair("contract_started_on", started)
        .append_pair("contract_ended_on", ended)
        .append_pair("employment_end_reason", reason)
        .finish()
}

/// Support 9 of a worker: (status, due date).
async fn job_change(server: &TestServer, worker: Uuid) -> (String, Option<NaiveDate>) {
    let status = server
        .scalar_about(
            "SELECT status FROM supports WHERE worker_id = $1 AND kind = 'job_change'",
            worker,
        )
        .await;
    let due: Option<String> = server
        .scalar_about(
            "SELECT CAST(due_on AS TEXT) FROM supports WHERE worker_id = $1 AND kind = 'job_change'",
            worker,
        )
        .await;
    (status, due.and_then(|d| d.parse().ok()))
}

async fn end_date(server: &TestServer, worker: Uuid) -> Option<String> {
    server
        .scalar_about(
            "SELECT CAST(contract_ended_on AS TEXT) FROM workers WHERE id = $1",
            worker,
        )
        .await
}

async fn employment_audits(server: &TestServer, worker: Uuid) -> i64 {
    server
        .scalar_about(
            "SELECT COUNT(*) FROM audit_log
             WHERE action = 'worker.employment_changed' AND entity_id = $1",
            worker,
        )
        .await
}

/// The dashboard's lines of a worker, as JSON text each.
async fn dashboard_lines(server: &TestServer, staff: &str, worker: Uuid) -> Vec<String> {
    let lines = server.dashboard_lines_of(staff, worker).await;
    lines.iter().map(ToString::to_string).collect()
}

#[tokio::test]
async fn an_ending_by_reason_plans_job_change_support_keeps_records_and_leaves_the_due_lists() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let company = server.demo(COMPANY).await;
        let laid_off = server.worker_id("budi.putra").await;
        let resigned = server.worker_id("aung.koko").await;
        // Each has a document, so that the retention purge has something to keep or remove.
        for login in ["budi.putra", "aung.koko"] {
            let cookie = server.demo(login).await;
            let response = server
                .upload(
                    &cookie,
                    &[
                        crate::documents::Part::Text("kind", "passport"),
                        photo("front", PHOTO),
                    ],
                )
                .await;
            assert_eq!(response.status(), StatusCode::OK, "{backend:?} upload");
        }
        assert!(
            !dashboard_lines(&server, &staff, resigned).await.is_empty(),
            "{backend:?}: the demo has due lines for the worker"
        );

        // Bad input: refused with its message, nothing written.
        let started = "2024-10-01";
        let refusals = [
            (
                form(laid_off, started, "2024-09-30", "resigned"),
                "employment.err_end_before_start",
            ),
            (
                form(laid_off, started, "2026-11-20", ""),
                "employment.err_reason_missing",
            ),
            (
                form(laid_off, started, "", "resigned"),
                "employment.err_end_missing",
            ),
            (
                form(laid_off, started, "2026-11-20", "fired"),
                "employment.err_reason_missing",
            ),
            (form(laid_off, "2024-13-01", "", ""), "employment.err_date"),
        ];
        for (body, key) in &refusals {
            let response = server
                .call("update_worker_employment", body, Some(&staff))
                .await;
            assert_eq!(
                response.status(),
                StatusCode::BAD_REQUEST,
                "{backend:?} {body}"
            );
            let text = body_text(response).await;
            assert!(text.contains(key), "{backend:?}: {text} lacks {key}");
        }
        assert_eq!(end_date(&server, laid_off).await, None, "{backend:?}");
        assert_eq!(employment_audits(&server, laid_off).await, 0, "{backend:?}");
        // The company may read its worker but not record an ending.
        let response = server
            .call(
                "update_worker_employment",
                &form(laid_off, started, "2026-11-20", "company_reasons"),
                Some(&company),
            )
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{backend:?}");
        assert_eq!(end_date(&server, laid_off).await, None, "{backend:?}");

        // The company's reasons, ten days ago: support 9 is due on the last day.
        let last_day = today().checked_sub_days(Days::new(10)).expect("a date");
        let response = server
            .call(
                "update_worker_employment",
                &form(laid_off, started, &last_day.to_string(), "company_reasons"),
                Some(&staff),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        assert_eq!(
            job_change(&server, laid_off).await,
            ("planned".to_owned(), Some(last_day)),
            "{backend:?}"
        );
        assert_eq!(
            end_date(&server, laid_off).await,
            Some(last_day.to_string())
        );
        assert_eq!(employment_audits(&server, laid_off).await, 1, "{backend:?}");
        let detail: String = server
            .scalar_about(
                "SELECT detail FROM audit_log
                 WHERE action = 'worker.employment_changed' AND entity_id = $1",
                laid_off,
            )
            .await;
        let detail: serde_json::Value = serde_json::from_str(&detail).expect("JSON");
        assert!(
            detail["before"]["contract_ended_on"].is_null(),
            "{backend:?}: {detail}"
        );
        assert_eq!(
            detail["after"]["employment_end_reason"], "company_reasons",
            "{backend:?}: {detail}"
        );

        // A resignation on the same day: no job-change support.
        let response = server
            .call(
                "update_worker_employment",
                &form(resigned, started, &last_day.to_string(), "resigned"),
                Some(&staff),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        assert_eq!(
            job_change(&server, resigned).await.0,
            "not_applicable",
            "{backend:?}"
        );
        assert_eq!(
            end_date(&server, resigned).await,
            Some(last_day.to_string())
        );

        // The due lists: the resigned worker is gone; of the laid-off one only support 9.
        assert!(
            dashboard_lines(&server, &staff, resigned).await.is_empty(),
            "{backend:?}"
        );
        let lines = dashboard_lines(&server, &staff, laid_off).await;
        assert!(!lines.is_empty(), "{backend:?}: support 9 is listed");
        assert!(
            lines.iter().all(|l| l.contains("job_change")),
            "{backend:?}: {lines:?}"
        );

        // The company's home: both under former workers, none among the current ones,
        // and their records still open.
        let cookie = format!("{company}; i18n_pref_locale=en");
        let html = body_text(server.page("/company", Some(&cookie)).await).await;
        let current = html
            .split(r#"data-testid="current-workers""#)
            .nth(1)
            .and_then(|rest| rest.split("</ul>").next())
            .expect("the current list");
        let former = html
            .split(r#"data-testid="former-workers""#)
            .nth(1)
            .expect("the former list");
        for name in ["PUTRA BUDI", "AUNG KO KO"] {
            assert!(!current.contains(name), "{backend:?}: {name} is current");
            assert!(former.contains(name), "{backend:?}: {name} is not former");
        }
        assert!(
            current.contains("LI WEI"),
            "{backend:?}: a current worker stays"
        );
        let page = server
            .page(&format!("/workers/{resigned}"), Some(&cookie))
            .await;
        assert_eq!(page.status(), StatusCode::OK, "{backend:?}");
        assert!(body_text(page).await.contains("The worker resigned"));

        // The retention clock: kept until a year after the last day, removed after it.
        let documents = &server.state.documents.storage;
        let kept_until = last_day
            .checked_add_months(Months::new(12))
            .expect("a date");
        let on_last_kept_day = app::documents::purge(&server.state.db, documents, kept_until, true)
            .await
            .expect("purge");
        assert!(
            on_last_kept_day.is_empty(),
            "{backend:?}: {on_last_kept_day:?}"
        );
        let after = kept_until.succ_opt().expect("a date");
        let mut purged: Vec<_> = app::documents::purge(&server.state.db, documents, after, true)
            .await
            .expect("purge")
            .into_iter()
            .map(|p| p.worker_id.uuid())
            .collect();
        purged.sort();
        let mut expected = vec![laid_off, resigned];
        expected.sort();
        assert_eq!(purged, expected, "{backend:?}");

        // A mistaken ending undone: still employed, back on the lists, support 9 off.
        let response = server
            .call(
                "update_worker_employment",
                &form(laid_off, started, "", ""),
                Some(&staff),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        assert_eq!(
            job_change(&server, laid_off).await.0,
            "not_applicable",
            "{backend:?}"
        );
        assert_eq!(end_date(&server, laid_off).await, None, "{backend:?}");
        assert_eq!(employment_audits(&server, laid_off).await, 2, "{backend:?}");
        server.stop().await;
    }
}
