//! The 2027 caseload caps through HTTP on both backends (issue 20): a 支援担当者 may be in
//! charge of at most 50 workers and 10 employers. Before the organization's cut-over day a
//! change that passes a cap is saved with a warning; from it the change is refused with
//! its message and nothing is written. Only a 支援責任者 or 支援担当者 may be in charge. The
//! caseload page counts each officer's workers and employers.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, body_text, header, json, start_on};

const ADMIN: &str = "admin@sakura-support.example";
const STAFF: &str = "tanaka@sakura-support.example";
const LAN: &str = "lan@sakura-support.example";

async fn user(server: &TestServer, email: &str) -> Uuid {
    let sql = format!("SELECT id FROM users WHERE email = '{email}'");
    server.scalar(&sql).await
}

/// Workers (or companies) of the test's own, all in `officer`'s charge.
async fn add_workers(server: &TestServer, officer: Uuid, company: Uuid, n: usize) {
    let org: Uuid = server
        .scalar_about("SELECT organization_id FROM users WHERE id = $1", officer)
        .await;
    let now = chrono::Utc::now();
    let db = &server.state.db;
    for i in 0..n {
        app::on_db!(db, pool => sqlx::query(
            "INSERT INTO workers (id, organization_id, company_id, family_name, given_name,
                                  nationality, preferred_locale, field, support_officer_id,
                                  created_at, updated_at)
             VALUES ($1, $2, $3, 'LOAD', $4, 'VN', 'vi', 'nursing_care', $5, $6, $6)")
            .bind(Uuid::now_v7()).bind(org).bind(company).bind(format!("W{i}"))
            .bind(officer).bind(now)
            .execute(pool).await.map(|_| ()))
        .expect("a worker");
    }
}

async fn add_companies(server: &TestServer, officer: Option<Uuid>, names: &[String]) -> Vec<Uuid> {
    let org: Uuid = server
        .scalar("SELECT id FROM organizations WHERE slug = 'demo'")
        .await;
    let now = chrono::Utc::now();
    let db = &server.state.db;
    let mut ids = Vec::new();
    for name in names {
        let id = Uuid::now_v7();
        app::on_db!(db, pool => sqlx::query(
            "INSERT INTO companies (id, organization_id, name, field, support_officer_id,
                                    created_at, updated_at)
             VALUES ($1, $2, $3, 'construction', $4, $5, $5)")
            .bind(id).bind(org).bind(name).bind(officer).bind(now)
            .execute(pool).await.map(|_| ()))
        .expect("a company");
        ids.push(id);
    }
    ids
}

/// The worker's dates form as it stands, with another officer chosen.
async fn dates_with_officer(
    server: &TestServer,
    cookie: &str,
    worker: Uuid,
    officer: Uuid,
) -> String {
    let detail = json(
        server
            .call_get("worker_detail", &format!("id={worker}"), Some(cookie))
            .await,
    )
    .await;
    let dates = &detail["dates"];
    let day = |name: &str| dates[name].as_str().unwrap_or_default().to_owned();
    let mut form = form_urlencoded::Serializer::new(String::new());
    form.append_pair("id", &worker.to_string());
    if dates["changed_status_in_japan"] == true {
        form.append_pair("changed_status_in_japan", "on");
    }
    for name in [
        "contract_signed_on",
        "visa_applied_on",
        "entry_date",
        "settled_on",
    ] {
        form.append_pair(name, &day(name));
    }
    form.append_pair("support_officer_id", &officer.to_string());
    form.finish()
}

async fn officer_of(server: &TestServer, worker: Uuid) -> Option<Uuid> {
    server
        .scalar_about(
            "SELECT support_officer_id FROM workers WHERE id = $1",
            worker,
        )
        .await
}

fn load_of<'a>(caseloads: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    caseloads["officers"]
        .as_array()
        .and_then(|o| o.iter().find(|o| o["name"] == name))
        .map(|o| &o["load"])
        .unwrap_or(&serde_json::Value::Null)
}

fn caps_from(day: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("name", "さくら登録支援機関")
        .append_pair("registration_number", "22登-012345")
        .append_pair("registration_expires_on", "")
        .append_pair("postal_code", "")
        .append_pair("address", "")
        .append_pair("phone", "")
        .append_pair("caseload_caps_from", day)
        .finish()
}

#[tokio::test]
async fn over_a_cap_is_a_warning_before_the_cut_over_and_refused_from_it() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (admin, staff) = (server.demo(ADMIN).await, server.demo(STAFF).await);
        let lan = user(&server, LAN).await;
        let aozora: Uuid = server
            .scalar("SELECT id FROM companies WHERE name = '社会福祉法人あおぞら会'")
            .await;

        // Lan is in charge of the demo's two Vietnamese workers: 48 more make her 50.
        let before = json(server.call_get("officer_caseloads", "", Some(&staff)).await).await;
        assert_eq!(
            before["caps_in_force"], false,
            "the rules' day is 2027-04-01"
        );
        let held = load_of(&before, "Nguyễn Thị Lan")["workers"]
            .as_u64()
            .unwrap_or_default();
        assert_eq!(held, 2, "{backend:?}: {before}");
        add_workers(&server, lan, aozora, 48).await;

        // A 51st before the cut-over day: saved, with the warning.
        let aung = server.worker_id("aung.koko").await;
        let body = dates_with_officer(&server, &staff, aung, lan).await;
        let response = server
            .form_post("update_worker_dates", &body, Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::FOUND, "{backend:?}");
        assert!(
            header(&response, "location").contains("saved=dates_over_caseload"),
            "{}",
            header(&response, "location")
        );
        assert_eq!(officer_of(&server, aung).await, Some(lan), "{backend:?}");
        let page = body_text(
            server
                .page(
                    &format!("/workers/{aung}?saved=dates_over_caseload"),
                    Some(&staff),
                )
                .await,
        )
        .await;
        assert!(
            page.contains("担当上限"),
            "the warning is worded on the page"
        );
        let caseloads = json(server.call_get("officer_caseloads", "", Some(&staff)).await).await;
        assert_eq!(
            load_of(&caseloads, "Nguyễn Thị Lan")["workers"],
            51,
            "{backend:?}"
        );

        // The organization applies the caps from an earlier day: now a 52nd is refused,
        // and nothing is written.
        let response = server
            .call(
                "update_organization",
                &caps_from("2026-01-01"),
                Some(&admin),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");
        let budi = server.worker_id("budi.putra").await;
        let tanaka = user(&server, STAFF).await;
        let audits = "SELECT COUNT(*) FROM audit_log WHERE action = 'worker.dates_changed'";
        let audited: i64 = server.scalar(audits).await;
        let body = dates_with_officer(&server, &staff, budi, lan).await;
        let response = server
            .call("update_worker_dates", &body, Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{backend:?}");
        let text = body_text(response).await;
        assert!(text.contains("organization.err_over_caseload"), "{text}");
        assert_eq!(officer_of(&server, budi).await, Some(tanaka), "{backend:?}");
        assert_eq!(server.scalar::<i64>(audits).await, audited, "{backend:?}");
        // Saving aung's dates again (Lan stays) is no new assignment: allowed.
        let body = dates_with_officer(&server, &staff, aung, lan).await;
        let response = server
            .call("update_worker_dates", &body, Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");

        // Employers: 田中 is in charge of the employers of his workers and of his companies;
        // companies of his own up to 10, and an 11th is refused.
        let caseloads = json(server.call_get("officer_caseloads", "", Some(&staff)).await).await;
        let employers = load_of(&caseloads, "田中 健")["employers"]
            .as_u64()
            .unwrap_or_default();
        let names: Vec<String> = (employers..10)
            .map(|n| format!("株式会社テスト{n}"))
            .collect();
        add_companies(&server, Some(tanaka), &names).await;
        let eleventh = add_companies(&server, None, &["株式会社じゅういち".to_owned()]).await[0];
        let body = format!("id={eleventh}&support_officer_id={tanaka}");
        let response = server
            .call("set_company_officer", &body, Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{backend:?}");
        let text = body_text(response).await;
        assert!(text.contains("organization.err_over_caseload"), "{text}");
        let officer: Option<Uuid> = server
            .scalar_about(
                "SELECT support_officer_id FROM companies WHERE id = $1",
                eleventh,
            )
            .await;
        assert_eq!(officer, None, "{backend:?}");
        // The admin, within the caps, takes it.
        let admin_id = user(&server, ADMIN).await;
        let body = format!("id={eleventh}&support_officer_id={admin_id}");
        let response = server
            .call("set_company_officer", &body, Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");

        // The page marks the one officer over a cap (田中 is at 10 employers: within).
        let page = body_text(server.page("/staff/caseload", Some(&staff)).await).await;
        assert!(page.contains("51 / 50"), "{backend:?}");
        assert_eq!(
            page.matches(r#"<tr class="over""#).count(),
            1,
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn only_a_manager_or_an_officer_may_be_in_charge() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (admin, staff) = (server.demo(ADMIN).await, server.demo(STAFF).await);
        // A clerk: a new staff account, made "other" by the admin.
        let response = server
            .call(
                "invite_account",
                "role=staff&email=clerk%40sakura-support.example&display_name=事務 花子&company_id=",
                Some(&admin),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{backend:?}: {}",
            body_text(response).await
        );
        let clerk = user(&server, "clerk@sakura-support.example").await;
        let position: String = server
            .scalar_about("SELECT position FROM staff WHERE user_id = $1", clerk)
            .await;
        assert_eq!(
            position, "officer",
            "a new staff account starts as 支援担当者"
        );
        let body = format!("user_id={clerk}&position=other&office_id=&trained_on=");
        let response = server
            .call("update_staff_member", &body, Some(&admin))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{backend:?}");

        let worker = server.worker_id("li.wei").await;
        let body = dates_with_officer(&server, &staff, worker, clerk).await;
        let response = server
            .call("update_worker_dates", &body, Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{backend:?}");
        let text = body_text(response).await;
        assert!(
            text.contains("organization.err_not_in_charge_position"),
            "{text}"
        );
        // The clerk is no choice on the worker's page either.
        let detail = json(
            server
                .call_get("worker_detail", &format!("id={worker}"), Some(&staff))
                .await,
        )
        .await;
        let choices = detail["officers"].to_string();
        assert!(!choices.contains(&clerk.to_string()), "{choices}");
        assert!(choices.contains("田中 健"), "{choices}");
    }
}
