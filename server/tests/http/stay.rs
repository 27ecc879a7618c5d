//! The worker's stay through HTTP on both backends (issue 20): the period of stay, a
//! renewal under review (the special period, not "expired"), leave left out of the 5
//! years, the company reading no kind of leave, and every bad input refused with its
//! message and nothing written.

use chrono::{Days, Months, NaiveDate};
use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, json, start_on};

const STAFF: &str = "tanaka@sakura-support.example";

fn today() -> NaiveDate {
    app::locale::today_in_japan()
}

async fn stay(server: &TestServer, cookie: &str, worker: Uuid) -> serde_json::Value {
    let answer = json(
        server
            .call_get("worker_detail", &format!("id={worker}"), Some(cookie))
            .await,
    )
    .await;
    answer["stay"].clone()
}

async fn audits(server: &TestServer, worker: Uuid) -> i64 {
    server
        .scalar_about(
            "SELECT COUNT(*) FROM audit_log WHERE entity_id = $1
               AND action IN ('worker.stay_changed', 'worker.renewal_applied',
                              'worker.renewal_decided', 'worker.leave_added')",
            worker,
        )
        .await
}

/// What the dashboard lists of a worker: the `what` of each line, as JSON text.
async fn dashboard(server: &TestServer, staff: &str, worker: Uuid) -> Vec<String> {
    let lines = server.dashboard_lines_of(staff, worker).await;
    lines.iter().map(|line| line["what"].to_string()).collect()
}

#[tokio::test]
async fn a_renewal_under_review_is_not_expired_and_leave_moves_the_five_years() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let company = server.demo("hr@fuji.example").await;
        let worker = server.worker_id("budi.putra").await;
        let expiry = today() + Days::new(40);
        let granted = expiry - Months::new(36);
        // Four years and eleven months ago: a month left of the five years, which end
        // before the card does.
        let first = today() - Months::new(59);

        // Bad input: each refused, nothing written.
        let period = |granted: NaiveDate, expiry: NaiveDate, first: NaiveDate| {
            format!(
                "id={worker}&stay_granted_on={granted}&residence_card_expiry={expiry}&ssw_first_entered_on={first}"
            )
        };
        let too_long = period(granted - Days::new(1), expiry, first);
        server
            .refused(
                &staff,
                "update_worker_stay",
                &too_long,
                "stay.err_grant_too_long",
            )
            .await;
        let backwards = period(expiry, granted, first);
        server
            .refused(
                &staff,
                "update_worker_stay",
                &backwards,
                "stay.err_ends_before_grant",
            )
            .await;
        let future = period(granted, expiry, today() + Days::new(1));
        server
            .refused(&staff, "update_worker_stay", &future, "stay.err_in_future")
            .await;
        // Without a period recorded, no renewal.
        server
            .execute_about(
                "UPDATE workers SET residence_card_expiry = NULL WHERE id = $1",
                worker,
            )
            .await;
        let renewal = format!("id={worker}&applied_on={}", today());
        server
            .refused(&staff, "apply_for_renewal", &renewal, "stay.err_no_expiry")
            .await;
        assert_eq!(audits(&server, worker).await, 0, "{backend:?}");

        server
            .accepted(
                &staff,
                "update_worker_stay",
                &period(granted, expiry, first),
            )
            .await;
        let s = stay(&server, &staff, worker).await;
        assert_eq!(s["standing"]["state"], "renewal_due", "{backend:?}: {s}");
        assert_eq!(s["total_alert"], "urgent", "{backend:?}: {s}");
        assert_eq!(s["total"]["months_used"], 59, "{backend:?}: {s}");
        // The card runs past the five years: staff are told.
        assert_eq!(s["grant_passes_limit"], true, "{backend:?}: {s}");
        // The dashboard: the end of the five years, and the card expiring.
        let lines = dashboard(&server, &staff, worker).await;
        assert!(
            lines.contains(&r#""TotalStayEnds""#.to_owned()),
            "{backend:?}: {lines:?}"
        );
        assert!(
            lines.contains(&r#""CardExpiry""#.to_owned()),
            "{backend:?}: {lines:?}"
        );
        // The counts per company still add up to the list, the 5 years among "other".
        let board = json(server.call_get("support_dashboard", "", Some(&staff)).await).await;
        let counted: i64 = board["per_company"]
            .as_array()
            .expect("counts")
            .iter()
            .map(|c| {
                ["overdue", "due_soon", "booked", "cards_expiring", "other"]
                    .iter()
                    .map(|k| c[*k].as_i64().unwrap_or(0))
                    .sum::<i64>()
            })
            .sum();
        assert_eq!(Some(counted), board["total"].as_i64(), "{backend:?}");

        // A renewal applied for: under review, and still so past the card's expiry.
        server.accepted(&staff, "apply_for_renewal", &renewal).await;
        let s = stay(&server, &staff, worker).await;
        assert_eq!(s["standing"]["state"], "under_review", "{backend:?}: {s}");
        let special = (expiry + Days::new(1) + Months::new(2)) - Days::new(1);
        assert_eq!(
            s["standing"]["may_stay_until"],
            special.to_string(),
            "{backend:?}: {s}"
        );
        server
            .refused(
                &staff,
                "apply_for_renewal",
                &renewal,
                "stay.err_renewal_pending",
            )
            .await;
        let renewal_id = s["pending_renewal"].as_str().expect("pending").to_owned();
        let decide = |decided: NaiveDate, result: &str, new_expiry: &str| {
            format!(
                "id={renewal_id}&worker_id={worker}&decided_on={decided}&result={result}&new_expiry={new_expiry}"
            )
        };
        let before = decide(today() - Days::new(1), "granted", "");
        server
            .refused(
                &staff,
                "decide_renewal",
                &before,
                "stay.err_decided_before_applied",
            )
            .await;
        let without = decide(today(), "granted", "");
        server
            .refused(&staff, "decide_renewal", &without, "stay.err_new_expiry")
            .await;

        // Leave: overlapping or backwards refused; a long one left out of the five years.
        let leave = |kind: &str, from: NaiveDate, to: NaiveDate| {
            format!("id={worker}&kind={kind}&starts_on={from}&ends_on={to}")
        };
        let from = first + Months::new(12);
        let to = from + Days::new(99);
        server
            .accepted(&staff, "add_worker_leave", &leave("maternity", from, to))
            .await;
        let overlap = leave("childcare", to, to + Days::new(30));
        server
            .refused(
                &staff,
                "add_worker_leave",
                &overlap,
                "stay.err_leave_overlaps",
            )
            .await;
        let back = leave("childcare", to + Days::new(40), to + Days::new(10));
        server
            .refused(
                &staff,
                "add_worker_leave",
                &back,
                "stay.err_leave_ends_before_start",
            )
            .await;
        let s = stay(&server, &staff, worker).await;
        let limit: NaiveDate = s["total"]["limit_on"]
            .as_str()
            .expect("limit")
            .parse()
            .expect("date");
        let plain = first + Months::new(60) - Days::new(1);
        assert_eq!(limit, plain + Days::new(100), "{backend:?}: {s}");
        let stored: String = server
            .scalar_about(
                "SELECT CAST(total_stay_ends_on AS TEXT) FROM workers WHERE id = $1",
                worker,
            )
            .await;
        assert_eq!(stored, limit.to_string(), "{backend:?}");
        assert_eq!(s["leaves"][0]["kind"], "maternity", "{backend:?}: {s}");
        // Her company sees that there was a leave, not of what kind.
        let theirs = stay(&server, &company, worker).await;
        assert!(
            theirs["leaves"][0]["kind"].is_null(),
            "{backend:?}: {theirs}"
        );
        assert_eq!(theirs["leaves"][0]["excluded"], true, "{backend:?}");

        // Granted: a new period, nothing pending.
        let new_expiry = today() + Months::new(12);
        server
            .accepted(
                &staff,
                "decide_renewal",
                &decide(today(), "granted", &new_expiry.to_string()),
            )
            .await;
        let s = stay(&server, &staff, worker).await;
        assert_eq!(s["standing"]["state"], "valid", "{backend:?}: {s}");
        assert_eq!(s["expiry"], new_expiry.to_string(), "{backend:?}: {s}");
        assert!(s["pending_renewal"].is_null(), "{backend:?}: {s}");
        assert_eq!(
            s["renewals"][0]["decided"][1], "granted",
            "{backend:?}: {s}"
        );
        // Period, renewal, leave, decision: one audit row each.
        assert_eq!(audits(&server, worker).await, 4, "{backend:?}");
        server.stop().await;
    }
}
