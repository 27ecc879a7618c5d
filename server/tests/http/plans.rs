//! Support plans through HTTP on both backends: the journey recorded → acknowledged →
//! confirmed, every refusal changing nothing, corrections keeping the history, two staff
//! saving at once, and internal notes staying with staff.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::support::{BACKENDS, Backend, TestServer, body_text, start_on};

const STAFF: &str = "tanaka@sakura-support.example";

/// A support of a demo worker: (id, version, status).
async fn support(server: &TestServer, login: &str, kind: &str) -> (Uuid, i64, String) {
    let where_ = format!(
        "FROM supports s JOIN workers w ON w.id = s.worker_id JOIN users u ON u.id = w.user_id
         WHERE u.login_id = '{login}' AND s.kind = '{kind}'"
    );
    (
        server.scalar(&format!("SELECT s.id {where_}")).await,
        server.scalar(&format!("SELECT s.version {where_}")).await,
        server.scalar(&format!("SELECT s.status {where_}")).await,
    )
}

async fn audit_rows(server: &TestServer, id: Uuid) -> i64 {
    server
        .scalar_about(
            "SELECT COUNT(*) FROM audit_log WHERE entity = 'support' AND entity_id = $1",
            id,
        )
        .await
}

/// The form of a delivery with one field replaced.
fn delivery(id: Uuid, version: i64, replace: (&str, &str)) -> String {
    let fields = [
        ("delivered_on", "2026-11-20"),
        ("duration_minutes", "480"),
        ("delivered_by", "田中 健"),
        ("language", "id"),
        ("mode", "in_person"),
        ("place", "本部"),
        ("content", "生活ルール・交通・医療・防災"),
        ("internal_note", "SECRET-INTERNAL-NOTE"),
    ];
    let mut form = form_urlencoded::Serializer::new(String::new());
    form.append_pair("id", &id.to_string());
    form.append_pair("version", &version.to_string());
    for (name, value) in fields {
        form.append_pair(name, if name == replace.0 { replace.1 } else { value });
    }
    form.finish()
}

async fn expect_refused(
    server: &TestServer,
    function: &str,
    body: &str,
    cookie: &str,
    status: StatusCode,
    key: &str,
) {
    let response = server.call(function, body, Some(cookie)).await;
    assert_eq!(response.status(), status, "{function} {body}");
    let text = body_text(response).await;
    assert!(text.contains(key), "{function}: {text} lacks {key}");
}

#[tokio::test]
async fn recorded_acknowledged_confirmed_and_every_refusal_changes_nothing() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let worker = server.demo("siti.rahmawati").await;
        let company = server.demo("hr@aozora.example").await;
        let (id, version, status) = support(&server, "siti.rahmawati", "life_orientation").await;
        assert_eq!((version, status.as_str()), (1, "planned"), "{backend:?}");

        // Bad input: each refused with its message, nothing written.
        let refusals = [
            (("delivered_on", "2099-01-01"), "supports.err_date_future"),
            (("delivered_on", "not a date"), "supports.err_date"),
            (("duration_minutes", "0"), "supports.err_duration"),
            (("duration_minutes", "-5"), "supports.err_duration"),
            (
                ("duration_minutes", "300"),
                "supports.err_orientation_hours",
            ),
            (("delivered_by", " "), "supports.err_delivered_by"),
            (("language", "klingon"), "supports.err_language"),
        ];
        for (replace, key) in refusals {
            let body = delivery(id, version, replace);
            expect_refused(
                &server,
                "record_support",
                &body,
                &staff,
                StatusCode::BAD_REQUEST,
                key,
            )
            .await;
        }
        // Not done yet: the company cannot confirm, the worker cannot acknowledge.
        expect_refused(
            &server,
            "confirm_supports",
            &format!("item[0]={id}:{version}"),
            &company,
            StatusCode::BAD_REQUEST,
            "supports.err_illegal",
        )
        .await;
        expect_refused(
            &server,
            "acknowledge_support",
            &format!("id={id}&version={version}"),
            &worker,
            StatusCode::BAD_REQUEST,
            "supports.err_illegal",
        )
        .await;
        // "Not applicable" needs a reason.
        expect_refused(
            &server,
            "mark_support_not_applicable",
            &format!("id={id}&version={version}&reason=%20"),
            &staff,
            StatusCode::BAD_REQUEST,
            "supports.err_reason_missing",
        )
        .await;
        assert_eq!(
            support(&server, "siti.rahmawati", "life_orientation")
                .await
                .1,
            1
        );
        assert_eq!(audit_rows(&server, id).await, 0, "{backend:?}");

        // Recorded.
        let body = delivery(id, version, ("", ""));
        let response = server.call("record_support", &body, Some(&staff)).await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        // The same form again (a double submit): changed meanwhile, nothing written.
        expect_refused(
            &server,
            "record_support",
            &body,
            &staff,
            StatusCode::CONFLICT,
            "Conflict",
        )
        .await;
        let (_, version, status) = support(&server, "siti.rahmawati", "life_orientation").await;
        assert_eq!((version, status.as_str()), (2, "done"));
        assert_eq!(audit_rows(&server, id).await, 1);

        // The orientation needs the worker first: the company is refused until then.
        expect_refused(
            &server,
            "confirm_supports",
            &format!("item[0]={id}:{version}"),
            &company,
            StatusCode::BAD_REQUEST,
            "supports.err_illegal",
        )
        .await;
        let ack = format!("id={id}&version={version}");
        assert_eq!(
            server
                .call("acknowledge_support", &ack, Some(&worker))
                .await
                .status(),
            StatusCode::OK
        );
        let version = version + 1;
        // Another company's user cannot see it at all.
        let other = server.demo("hr@minato.example").await;
        expect_refused(
            &server,
            "confirm_supports",
            &format!("item[0]={id}:{version}"),
            &other,
            StatusCode::NOT_FOUND,
            "NotFound",
        )
        .await;
        let response = server
            .call(
                "confirm_supports",
                &format!("item[0]={id}:{version}"),
                Some(&company),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        let confirmed_by: String = server.scalar_about("SELECT u.display_name FROM support_deliveries d JOIN users u ON u.id = d.confirmed_by WHERE d.support_id = $1", id).await;
        assert_eq!(confirmed_by, "山本 花子");
        let acknowledged_by: String = server.scalar_about("SELECT u.login_id FROM support_deliveries d JOIN users u ON u.id = d.acknowledged_by WHERE d.support_id = $1", id).await;
        assert_eq!(acknowledged_by, "siti.rahmawati");
        assert_eq!(audit_rows(&server, id).await, 3);

        // A correction needs its reason; without one nothing changes.
        let (_, version, _) = support(&server, "siti.rahmawati", "life_orientation").await;
        let body = delivery(id, version, ("duration_minutes", "540"));
        expect_refused(
            &server,
            "record_support",
            &body,
            &staff,
            StatusCode::BAD_REQUEST,
            "supports.err_reason_missing",
        )
        .await;
        // An orientation is given once: "one more" is refused.
        expect_refused(
            &server,
            "record_support",
            &format!("{body}&intent=again"),
            &staff,
            StatusCode::BAD_REQUEST,
            "supports.err_illegal",
        )
        .await;
        assert_eq!(audit_rows(&server, id).await, 3);

        // A correction reopens it as a new version waiting for both confirmations; the
        // version it replaces keeps its own, readable.
        let body = format!(
            "{body}&intent=correct&correction_reason=%E6%99%82%E9%96%93%E3%81%AE%E8%AA%A4%E8%A8%98"
        );
        assert_eq!(
            server
                .call("record_support", &body, Some(&staff))
                .await
                .status(),
            StatusCode::OK
        );
        let (_, _, status) = support(&server, "siti.rahmawati", "life_orientation").await;
        assert_eq!(status, "reopened");
        let versions: String = server.scalar_about(
            "SELECT COUNT(*) || ' ' || SUM(CASE WHEN superseded_at IS NULL AND confirmed_by IS NULL AND acknowledged_by IS NULL AND duration_minutes = 540 AND correction_reason = '時間の誤記' THEN 1 ELSE 0 END) || ' ' || SUM(CASE WHEN superseded_at IS NOT NULL AND confirmed_by IS NOT NULL AND duration_minutes = 480 THEN 1 ELSE 0 END) FROM support_deliveries WHERE support_id = $1",
            id,
        ).await;
        assert_eq!(versions, "2 1 1", "{backend:?}");
        let page = body_text(server.page(&format!("/supports/{id}"), Some(&staff)).await).await;
        assert!(
            page.contains("時間の誤記") && page.contains("訂正により差し替え"),
            "{page}"
        );
        let history: String = server.scalar_about("SELECT detail FROM audit_log WHERE entity_id = $1 AND action = 'support.corrected'",
            id,
        )
        .await;
        assert!(history.contains(r#""duration_minutes":480"#), "{history}");
        assert!(history.contains("山本 花子"), "{history}");
        server.stop().await;
    }
}

#[tokio::test]
async fn two_staff_saving_the_same_support_at_once_one_wins() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (first, second) = (
            server.demo(STAFF).await,
            server.demo("lan@sakura-support.example").await,
        );
        let (id, version, _) = support(&server, "budi.putra", "public_procedures").await;
        let a = delivery(id, version, ("delivered_by", "田中 健"));
        let b = delivery(id, version, ("delivered_by", "Nguyễn Thị Lan"));
        let (ra, rb) = tokio::join!(
            server.call("record_support", &a, Some(&first)),
            server.call("record_support", &b, Some(&second)),
        );
        let mut statuses = [ra.status().as_u16(), rb.status().as_u16()];
        statuses.sort_unstable();
        assert_eq!(statuses, [200, 409], "{backend:?}");
        let (_, version, _) = support(&server, "budi.putra", "public_procedures").await;
        assert_eq!(version, 2, "exactly one save");
        assert_eq!(audit_rows(&server, id).await, 1);
        server.stop().await;
    }
}

#[tokio::test]
async fn internal_notes_stay_with_staff() {
    let server = start_on(Backend::Sqlite).await;
    let staff = server.demo(STAFF).await;
    let (id, version, _) = support(&server, "siti.rahmawati", "life_orientation").await;
    let body = delivery(id, version, ("", ""));
    assert_eq!(
        server
            .call("record_support", &body, Some(&staff))
            .await
            .status(),
        StatusCode::OK
    );
    let worker_id: Uuid = server.worker_id("siti.rahmawati").await;
    let plan = format!("worker_id={worker_id}");
    let one = format!("id={id}");
    let staff_view = body_text(server.call_get("support_plan", &plan, Some(&staff)).await).await;
    assert!(staff_view.contains("SECRET-INTERNAL-NOTE"));
    for login in ["siti.rahmawati", "hr@aozora.example"] {
        let cookie = server.demo(login).await;
        for (function, query) in [("support_plan", &plan), ("support_detail", &one)] {
            let response = server.call_get(function, query, Some(&cookie)).await;
            assert_eq!(response.status(), StatusCode::OK, "{login} {function}");
            let text = body_text(response).await;
            assert!(text.contains("生活ルール"), "{login} sees the record");
            assert!(!text.contains("SECRET-INTERNAL-NOTE"), "{login} {function}");
            assert!(text.contains(r#""history":[]"#) || function == "support_plan");
        }
        let page = body_text(server.page(&format!("/supports/{id}"), Some(&cookie)).await).await;
        assert!(!page.contains("SECRET-INTERNAL-NOTE"), "{login} page");
        let page = body_text(
            server
                .page(&format!("/workers/{worker_id}/record"), Some(&cookie))
                .await,
        )
        .await;
        assert!(
            !page.contains("SECRET-INTERNAL-NOTE"),
            "{login} record page"
        );
    }
}

#[tokio::test]
async fn every_worker_has_the_ten_supports_from_the_start() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let per_worker: i64 = server
            .scalar("SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM supports WHERE kind <> 'voluntary' GROUP BY worker_id) t")
            .await;
        let workers: i64 = server
            .scalar("SELECT COUNT(DISTINCT worker_id) FROM supports")
            .await;
        // Support 2 is two lines: the pick-up and the send-off.
        assert_eq!(
            (per_worker, workers),
            (11, 9),
            "{backend:?}: the demo workers"
        );
        // A worker added by staff gets the plan in the same transaction.
        let staff = server.demo(STAFF).await;
        let company: Uuid = server
            .scalar("SELECT id FROM companies WHERE name = '株式会社ふじ建設'")
            .await;
        let body = format!(
            "company_id={company}&family_name=DEWI&given_name=AYU&nationality=ID&preferred_locale=id"
        );
        assert_eq!(
            server
                .call("create_worker", &body, Some(&staff))
                .await
                .status(),
            StatusCode::OK
        );
        let planned: i64 = server
            .scalar("SELECT COUNT(*) FROM supports s JOIN workers w ON w.id = s.worker_id WHERE w.family_name = 'DEWI' AND s.status = 'planned'")
            .await;
        let not_applicable: String = server
            .scalar("SELECT s.reason FROM supports s JOIN workers w ON w.id = s.worker_id WHERE w.family_name = 'DEWI' AND s.kind = 'job_change'")
            .await;
        assert_eq!(planned, 10);
        assert_eq!(not_applicable, "rule:employment_continues");

        // Staff enter the dates: the plan follows them, by the rules.
        let worker: Uuid = server
            .scalar("SELECT id FROM workers WHERE family_name = 'DEWI'")
            .await;
        let dates = |changed: bool| {
            format!(
                "id={worker}{}&contract_signed_on=2026-08-01&visa_applied_on=2026-09-01&entry_date=2026-12-01&settled_on=&support_officer_id=",
                if changed {
                    "&changed_status_in_japan=on"
                } else {
                    ""
                }
            )
        };
        let line = |kind: &'static str| {
            let server = &server;
            async move {
                let sql = format!(
                    "SELECT s.status || ' ' || COALESCE(CAST(s.due_on AS TEXT), '-') FROM supports s JOIN workers w ON w.id = s.worker_id WHERE w.family_name = 'DEWI' AND s.kind = '{kind}'"
                );
                server.scalar::<String>(&sql).await
            }
        };
        let response = server
            .call("update_worker_dates", &dates(true), Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        assert_eq!(line("airport_pick_up").await, "not_applicable 2026-12-01");
        // The send-off at final departure applies all the same.
        assert_eq!(line("departure_send_off").await, "planned -");
        assert_eq!(line("pre_entry_guidance").await, "planned 2026-08-31");
        assert_eq!(line("life_orientation").await, "planned 2026-12-08");
        assert_eq!(line("public_procedures").await, "planned 2026-12-15");
        assert_eq!(line("periodic_interview").await, "planned 2027-03-01");
        // Entering from abroad after all: the pick-up is planned again.
        server
            .call("update_worker_dates", &dates(false), Some(&staff))
            .await;
        assert_eq!(line("airport_pick_up").await, "planned 2026-12-01");
        let audited: i64 = server
            .scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'worker.dates_changed'")
            .await;
        assert_eq!(audited, 2);
        // A made-up date is refused, and nothing changes.
        let bad = dates(false).replace("2026-12-01", "2026-02-30");
        let response = server.call("update_worker_dates", &bad, Some(&staff)).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(line("airport_pick_up").await, "planned 2026-12-01");
        server.stop().await;
    }
}

#[tokio::test]
async fn the_dashboard_lists_what_is_due_most_urgent_first_and_filters() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let board = |query: String| {
            let (server, staff) = (&server, &staff);
            async move {
                let response = server
                    .call_get("support_dashboard", &query, Some(staff))
                    .await;
                assert_eq!(response.status(), StatusCode::OK, "{query}");
                serde_json::from_str::<serde_json::Value>(&body_text(response).await).expect("json")
            }
        };
        let all = board(String::new()).await;
        let items = all["items"].as_array().expect("items");
        let dates: Vec<&str> = items.iter().filter_map(|i| i["due_on"].as_str()).collect();
        let mut sorted = dates.clone();
        sorted.sort_unstable();
        assert_eq!(dates, sorted, "{backend:?}: most urgent first");
        let find = |name: &str, what: &str| {
            items.iter().find(|i| {
                i["worker_name"] == name
                    && (i["what"] == what || i["what"]["Support"]["kind"] == what)
            })
        };
        // Demo: binh.tran's interview is 3 days overdue; aung.koko's card has expired;
        // siti's orientation was never given.
        let interview = find("TRAN THI BINH", "periodic_interview").expect("binh's interview");
        assert_eq!(interview["overdue"], true);
        assert_eq!(
            find("AUNG KO KO", "CardExpiry").expect("card")["overdue"],
            true
        );
        assert!(find("RAHMAWATI SITI", "life_orientation").is_some());
        // Delivered supports are not listed.
        assert!(find("NGUYEN VAN AN", "housing_and_contracts").is_none());
        // The counts per company add up to the list.
        let counted: i64 = all["per_company"]
            .as_array()
            .expect("counts")
            .iter()
            .map(|c| {
                c["overdue"].as_i64().unwrap_or(0)
                    + c["due_soon"].as_i64().unwrap_or(0)
                    + c["booked"].as_i64().unwrap_or(0)
                    + c["cards_expiring"].as_i64().unwrap_or(0)
                    + c["other"].as_i64().unwrap_or(0)
            })
            .sum();
        assert_eq!(counted, i64::try_from(items.len()).unwrap_or(-1));
        assert_eq!(all["total"].as_u64(), u64::try_from(items.len()).ok());

        // By company, by field, by staff member.
        let minato: Uuid = server
            .scalar("SELECT id FROM companies WHERE name = '株式会社みなと食堂'")
            .await;
        let lan: Uuid = server
            .scalar("SELECT id FROM users WHERE email = 'lan@sakura-support.example'")
            .await;
        for (query, expect) in [
            (
                format!("company={minato}"),
                vec!["TRAN THI BINH", "GURUNG BISHNU"],
            ),
            (
                "field=construction".to_owned(),
                vec!["PUTRA BUDI", "AUNG KO KO", "LI WEI"],
            ),
            (
                format!("officer={lan}"),
                vec!["NGUYEN VAN AN", "TRAN THI BINH"],
            ),
        ] {
            let filtered = board(query.clone()).await;
            let names: Vec<&str> = filtered["items"]
                .as_array()
                .expect("items")
                .iter()
                .filter_map(|i| i["worker_name"].as_str())
                .collect();
            assert!(!names.is_empty(), "{backend:?} {query}");
            assert!(
                names.iter().all(|n| expect.contains(n)),
                "{backend:?} {query}: {names:?}"
            );
        }
        // A field that does not exist is a malformed request.
        let response = server
            .call_get("support_dashboard", "field=astrology", Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        server.stop().await;
    }
}

#[tokio::test]
async fn the_company_sends_a_record_back_and_voluntary_supports_need_only_the_company() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let company = server.demo("hr@aozora.example").await;
        let (id, version, status) = support(&server, "an.nguyen", "housing_and_contracts").await;
        assert_eq!(
            status, "done",
            "{backend:?}: the demo record waits for the company"
        );

        // Sending back needs a comment.
        expect_refused(
            &server,
            "send_back_support",
            &format!("id={id}&version={version}&comment="),
            &company,
            StatusCode::BAD_REQUEST,
            "supports.err_reason_missing",
        )
        .await;
        let body = format!(
            "id={id}&version={version}&comment=The%20bank%20account%20was%20opened%20later"
        );
        assert_eq!(
            server
                .call("send_back_support", &body, Some(&company))
                .await
                .status(),
            StatusCode::OK
        );
        let (_, version, status) = support(&server, "an.nguyen", "housing_and_contracts").await;
        assert_eq!(status, "reopened");
        let comment: String = server
            .scalar_about("SELECT d.sent_back_comment FROM supports s JOIN support_deliveries d ON d.id = s.latest_delivery_id WHERE s.id = $1", id)
            .await;
        assert_eq!(comment, "The bank account was opened later");
        // Staff see it on the support's page with its history; the company confirms the
        // corrected record.
        let detail = body_text(
            server
                .call_get("support_detail", &format!("id={id}"), Some(&staff))
                .await,
        )
        .await;
        assert!(detail.contains("support.sent_back"), "{detail}");
        assert!(
            detail.contains(r#""note":"The bank account was opened later""#),
            "{detail}"
        );
        let page = body_text(
            server
                .page(
                    &format!("/supports/{id}"),
                    Some(&format!("{staff}; i18n_pref_locale=en")),
                )
                .await,
        )
        .await;
        assert!(
            page.contains("Done → Corrected: to confirm again"),
            "the history reads as words"
        );
        let correction = format!(
            "{}&correction_reason=bank",
            delivery(id, version, ("language", "vi"))
        );
        assert_eq!(
            server
                .call("record_support", &correction, Some(&staff))
                .await
                .status(),
            StatusCode::OK
        );
        let (_, version, _) = support(&server, "an.nguyen", "housing_and_contracts").await;
        let response = server
            .call(
                "confirm_supports",
                &format!("item[0]={id}:{version}"),
                Some(&company),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        let (_, _, status) = support(&server, "an.nguyen", "housing_and_contracts").await;
        assert_eq!(status, "confirmed");

        // A voluntary support: added by staff, recorded, then confirmed by the company
        // without any acknowledgement by the worker.
        let worker: Uuid = server.worker_id("an.nguyen").await;
        let add = format!("worker_id={worker}&title=Bicycle%20rules%20class&due_on=2026-12-20");
        assert_eq!(
            server
                .call("add_voluntary_support", &add, Some(&staff))
                .await
                .status(),
            StatusCode::OK
        );
        let (vid, vversion, _) = support(&server, "an.nguyen", "voluntary").await;
        let record = delivery(vid, vversion, ("duration_minutes", "60"));
        assert_eq!(
            server
                .call("record_support", &record, Some(&staff))
                .await
                .status(),
            StatusCode::OK
        );
        let plan = body_text(
            server
                .call_get("my_support_plan", "", Some(&server.demo("an.nguyen").await))
                .await,
        )
        .await;
        assert!(plan.contains("Bicycle rules class"), "{plan}");
        let response = server
            .call(
                "confirm_supports",
                &format!("item[0]={vid}:{}", vversion + 1),
                Some(&company),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        // A title is required.
        expect_refused(
            &server,
            "add_voluntary_support",
            &format!("worker_id={worker}&title=%20&due_on="),
            &staff,
            StatusCode::BAD_REQUEST,
            "supports.err_title",
        )
        .await;
        server.stop().await;
    }
}
