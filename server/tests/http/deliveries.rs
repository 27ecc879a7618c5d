//! Supports as the law counts them, through HTTP on both backends: a recurring support
//! delivered again and again, each delivery confirmed for itself; "could not be delivered"
//! with its reason and day, apart from "not applicable"; support 2 as a pick-up and a
//! send-off, completed into plans made before the split.

use axum::http::StatusCode;
use chrono::Days;
use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, body_text, start_on};

const STAFF: &str = "tanaka@sakura-support.example";

fn today() -> chrono::NaiveDate {
    app::locale::today_in_japan()
}

async fn line(server: &TestServer, login: &str, kind: &str) -> (Uuid, i64) {
    let worker = server.worker_id(login).await;
    let sql = format!("SELECT id FROM supports WHERE worker_id = $1 AND kind = '{kind}'");
    let id: Uuid = server.scalar_about(&sql, worker).await;
    let version: i64 = server
        .scalar_about("SELECT version FROM supports WHERE id = $1", id)
        .await;
    (id, version)
}

fn delivery(id: Uuid, version: i64, on: chrono::NaiveDate, extra: &str) -> String {
    format!(
        "id={id}&version={version}&delivered_on={on}&duration_minutes=90&delivered_by=X&language=vi&mode=in_person&place=&content=Move&internal_note={extra}"
    )
}

#[tokio::test]
async fn a_recurring_support_keeps_every_delivery_each_confirmed_for_itself() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let company = server.demo("hr@aozora.example").await;
        // an.nguyen's housing support: delivered once by the demo, waiting for the company.
        let (id, version) = line(&server, "an.nguyen", "housing_and_contracts").await;
        let first = |on| delivery(id, version, on, "&intent=again");
        let on = today() - Days::new(1);
        server.accepted(&staff, "record_support", &first(on)).await;
        let count = |sql: &'static str| {
            let server = &server;
            async move { server.scalar_about::<i64>(sql, id).await }
        };
        assert_eq!(
            count("SELECT COUNT(*) FROM support_deliveries WHERE support_id = $1 AND superseded_at IS NULL").await,
            2,
            "{backend:?}: two deliveries, both current"
        );
        let status: String = server
            .scalar_about("SELECT status FROM supports WHERE id = $1", id)
            .await;
        assert_eq!(status, "done");
        // The support points at the newest delivery.
        let latest: chrono::NaiveDate = server
            .scalar_about(
                "SELECT d.delivered_on FROM supports s JOIN support_deliveries d ON d.id = s.latest_delivery_id WHERE s.id = $1",
                id,
            )
            .await;
        assert_eq!(latest, on);

        // The company confirms: each delivery waiting gets its own confirmation.
        let (_, version) = line(&server, "an.nguyen", "housing_and_contracts").await;
        server
            .accepted(
                &company,
                "confirm_supports",
                &format!("item[0]={id}:{version}"),
            )
            .await;
        assert_eq!(
            count("SELECT COUNT(*) FROM support_deliveries WHERE support_id = $1 AND confirmed_by IS NOT NULL").await,
            2
        );
        // The page shows both, for the company as for staff.
        let page = body_text(
            server
                .page(&format!("/supports/{id}"), Some(&company))
                .await,
        )
        .await;
        assert!(page.contains("deliveries-title"), "{page}");
        assert!(page.contains(&on.to_string()), "{page}");
        let audited: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM audit_log WHERE entity_id = $1 AND action = 'support.delivered_again'",
                id,
            )
            .await;
        assert_eq!(audited, 1);

        // A third delivery waits for the company again, alone: the earlier two stay
        // confirmed.
        let (_, version) = line(&server, "an.nguyen", "housing_and_contracts").await;
        server
            .accepted(
                &staff,
                "record_support",
                &delivery(id, version, today(), "&intent=again"),
            )
            .await;
        assert_eq!(
            count("SELECT COUNT(*) FROM support_deliveries WHERE support_id = $1 AND confirmed_by IS NULL").await,
            1,
            "{backend:?}"
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn could_not_be_delivered_needs_its_reason_and_day_and_is_not_not_applicable() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let (id, version) = line(&server, "budi.putra", "life_orientation").await;
        let body = |reason: &str, on: &str| {
            format!("id={id}&version={version}&not_delivered_reason={reason}&not_delivered_on={on}")
        };
        let tomorrow = (today() + Days::new(1)).to_string();
        for (form, key) in [
            (
                body("", &today().to_string()),
                "supports.err_reason_missing",
            ),
            (body("Hospital", ""), "supports.err_date"),
            (body("Hospital", &tomorrow), "supports.err_date_future"),
            (body("Hospital", "2019-03-31"), "supports.err_date"),
        ] {
            server
                .refused(&staff, "mark_support_not_delivered", &form, key)
                .await;
        }
        let unchanged: String = server
            .scalar_about(
                "SELECT status || ' ' || CAST(version AS TEXT) FROM supports WHERE id = $1",
                id,
            )
            .await;
        assert_eq!(unchanged, format!("planned {version}"), "{backend:?}");

        // The worker's own call is refused, whatever it carries.
        let worker = server.demo("budi.putra").await;
        let response = server
            .call(
                "mark_support_not_delivered",
                &body("Hospital", &today().to_string()),
                Some(&worker),
            )
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);

        server
            .accepted(
                &staff,
                "mark_support_not_delivered",
                &body("入院のため実施できず", &today().to_string()),
            )
            .await;
        let stored: String = server
            .scalar_about(
                "SELECT status || ' ' || reason || ' ' || CAST(not_delivered_on AS TEXT) FROM supports WHERE id = $1",
                id,
            )
            .await;
        assert_eq!(
            stored,
            format!("not_delivered 入院のため実施できず {}", today())
        );
        let audited: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM audit_log WHERE entity_id = $1 AND action = 'support.not_delivered'",
                id,
            )
            .await;
        assert_eq!(audited, 1);
        // Its page says so, in the worker's language for the worker.
        let page = body_text(server.page(&format!("/supports/{id}"), Some(&worker)).await).await;
        assert!(page.contains("入院のため実施できず"), "{page}");

        // Planned again: the reason and the day go.
        let (_, version) = line(&server, "budi.putra", "life_orientation").await;
        server
            .accepted(
                &staff,
                "replan_support",
                &format!("id={id}&version={version}"),
            )
            .await;
        let cleared: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM supports WHERE id = $1 AND status = 'planned' AND reason IS NULL AND not_delivered_on IS NULL",
                id,
            )
            .await;
        assert_eq!(cleared, 1);
        server.stop().await;
    }
}

#[tokio::test]
async fn plans_made_before_the_split_get_the_send_off() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let worker = server.worker_id("an.nguyen").await;
        // As a plan made before support 2 had two lines.
        server
            .execute_about(
                "DELETE FROM supports WHERE worker_id = $1 AND kind = 'departure_send_off'",
                worker,
            )
            .await;
        let added = app::supports::complete_plans(&server.state.db)
            .await
            .expect("complete the plans");
        assert_eq!(added, 1, "{backend:?}");
        let status: String = server
            .scalar_about(
                "SELECT status FROM supports WHERE worker_id = $1 AND kind = 'departure_send_off'",
                worker,
            )
            .await;
        assert_eq!(status, "planned");
        // Again: nothing lacks, nothing is added twice.
        let again = app::supports::complete_plans(&server.state.db)
            .await
            .expect("complete the plans");
        assert_eq!(again, 0);
        server.stop().await;
    }
}

#[tokio::test]
async fn days_and_lengths_are_checked_against_the_workers_dates_and_lateness_shows() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let budi = server.worker_id("budi.putra").await;
        let entry: chrono::NaiveDate = server
            .scalar_about("SELECT entry_date FROM workers WHERE id = $1", budi)
            .await;
        let (id, version) = line(&server, "budi.putra", "life_orientation").await;
        let form = |on: chrono::NaiveDate, minutes: u32, sessions: &str| {
            format!(
                "id={id}&version={version}&delivered_on={on}&duration_minutes={minutes}&delivered_by=X&language=id&mode=in_person&place=&content=Orientation&internal_note=&sessions={sessions}"
            )
        };
        let day_before = entry - Days::new(1);
        let late_day = (entry + Days::new(20)).min(today());
        for (body, key) in [
            (form(day_before, 480, ""), "supports.err_before_entry"),
            (form(late_day, 300, ""), "supports.err_orientation_hours"),
            (
                form(
                    late_day,
                    0,
                    &format!("{late_day}+09:00-13:00%0A{late_day}+12:00-17:00"),
                ),
                "supports.err_sessions_overlap",
            ),
        ] {
            server.refused(&staff, "record_support", &body, key).await;
        }
        let deliveries: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM support_deliveries WHERE support_id = $1",
                id,
            )
            .await;
        assert_eq!(deliveries, 0, "{backend:?}: nothing half written");

        // A former intern staying with the same employer: about 4 hours are enough, here in
        // two sessions, the second after the week the orientation is due in.
        server
            .execute_about(
                "UPDATE workers SET former_intern_same_employer = TRUE WHERE id = $1",
                budi,
            )
            .await;
        let first = late_day - Days::new(1);
        let sessions = format!("{first}+09:00-11:00%0A{late_day}+13:00-15:00");
        server
            .accepted(&staff, "record_support", &form(late_day, 0, &sessions))
            .await;
        let stored: String = server
            .scalar_about(
                "SELECT CAST(duration_minutes AS TEXT) || ' ' || CAST(delivered_on AS TEXT) FROM support_deliveries WHERE support_id = $1",
                id,
            )
            .await;
        assert_eq!(stored, format!("240 {late_day}"), "{backend:?}");
        let late: bool = server
            .scalar_about(
                "SELECT late FROM support_deliveries WHERE support_id = $1",
                id,
            )
            .await;
        assert_eq!(late, late_day > entry + Days::new(7), "{backend:?}");

        // Late: on the dashboard for staff to explain, and on the support's page.
        let lines = server.dashboard_lines_of(&staff, budi).await;
        let listed = lines
            .iter()
            .any(|l| l["what"]["LateDelivery"]["id"].as_str() == Some(&id.to_string()));
        assert_eq!(listed, late, "{backend:?}: {lines:?}");
        let page = body_text(server.page(&format!("/supports/{id}"), Some(&staff)).await).await;
        assert_eq!(page.contains("badge late"), late);
        server.stop().await;
    }
}

#[tokio::test]
async fn a_worker_without_dates_shows_as_dates_missing_never_as_nothing_due() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let company: Uuid = server
            .scalar("SELECT id FROM companies WHERE name = '株式会社ふじ建設'")
            .await;
        let body = format!(
            "company_id={company}&family_name=SOK&given_name=DARA&nationality=KH&preferred_locale=en"
        );
        server.accepted(&staff, "create_worker", &body).await;
        let worker: Uuid = server
            .scalar("SELECT id FROM workers WHERE family_name = 'SOK'")
            .await;
        let lines = server.dashboard_lines_of(&staff, worker).await;
        assert_eq!(lines.len(), 1, "{backend:?}: {lines:?}");
        assert_eq!(lines[0]["what"], "DatesMissing");
        let page = body_text(
            server
                .page(
                    "/staff/dashboard",
                    Some(&format!("{staff}; i18n_pref_locale=en")),
                )
                .await,
        )
        .await;
        assert!(page.contains("Dates missing"), "{page}");

        // With the dates entered, the plan counts from them and the line goes.
        let dates = format!(
            "id={worker}&contract_signed_on=2026-08-01&visa_applied_on=2026-09-01&entry_date=2026-11-01&settled_on=&support_officer_id="
        );
        server.accepted(&staff, "update_worker_dates", &dates).await;
        let lines = server.dashboard_lines_of(&staff, worker).await;
        assert!(
            lines.iter().all(|l| l["what"] != "DatesMissing"),
            "{backend:?}: {lines:?}"
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn a_move_records_housing_again_and_makes_the_registration_due_in_fourteen_days() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let worker = server.worker_id("maria.santos").await;
        let (housing, version) = line(&server, "maria.santos", "housing_and_contracts").await;
        let (procedures, _) = line(&server, "maria.santos", "public_procedures").await;
        let moved = today() - Days::new(2);
        // Only the housing support records a move.
        let (orientation, o_version) = line(&server, "maria.santos", "life_orientation").await;
        server
            .refused(
                &staff,
                "record_support",
                &delivery(orientation, o_version, moved, "&intent=move"),
                "supports.err_illegal",
            )
            .await;
        server
            .accepted(
                &staff,
                "record_support",
                &delivery(housing, version, moved, "&intent=move"),
            )
            .await;
        let housing_deliveries: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM support_deliveries WHERE support_id = $1",
                housing,
            )
            .await;
        assert_eq!(housing_deliveries, 2, "{backend:?}: the first and the move");
        let registration: String = server
            .scalar_about(
                "SELECT status || ' ' || CAST(due_on AS TEXT) FROM supports WHERE id = $1",
                procedures,
            )
            .await;
        assert_eq!(
            registration,
            format!("planned {}", moved + Days::new(14)),
            "{backend:?}"
        );
        // The earlier registration stays, delivered, in its history.
        let earlier: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM support_deliveries WHERE support_id = $1",
                procedures,
            )
            .await;
        assert_eq!(earlier, 1);
        let audited: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM audit_log WHERE entity_id = $1 AND action = 'support.due_again'",
                procedures,
            )
            .await;
        assert_eq!(audited, 1);
        // The registration now shows as due on the dashboard.
        let lines = server.dashboard_lines_of(&staff, worker).await;
        assert!(
            lines
                .iter()
                .any(|l| l["what"]["Support"]["id"].as_str() == Some(&procedures.to_string())),
            "{backend:?}: {lines:?}"
        );
        server.stop().await;
    }
}
