//! After the interview, on both backends: staff record it (or mark a no-show), support 10
//! and the supervisor due date move on, the dashboard follows, and each reader gets only
//! what they may read. Bad records are refused with their reason and change nothing.

use axum::{body::Body, http::Request, http::StatusCode};
use chrono::{Duration, Months, NaiveDate, Utc};
use uuid::Uuid;

use crate::{
    interviews::{error_key, free_slots, in_days, publish},
    support::{BACKENDS, TestServer, body_text, header, start_on},
};

const STAFF: &str = "tanaka@sakura-support.example";

/// Staff publish slots from 10:00 to `until`, every day of the week starting in 3 days.
async fn publish_ahead(server: &TestServer, staff: &str, until: &str) {
    let published = publish(server, staff, &in_days(3), "10:00", until).await;
    assert_eq!(
        published.status(),
        StatusCode::OK,
        "{}",
        body_text(published).await
    );
}

/// Time passes: the slot of `booking` started `days_ago` days ago.
pub(crate) async fn started(server: &TestServer, booking: Uuid, days_ago: i64) {
    let start = Utc::now() - Duration::days(days_ago) - Duration::hours(1);
    let db = &server.state.db;
    app::on_db!(db, pool => sqlx::query(
        "UPDATE interview_slots SET starts_at = $1, ends_at = $2
         WHERE id = (SELECT slot_id FROM interview_bookings WHERE id = $3)",
    )
    .bind(start)
    .bind(start + Duration::minutes(30))
    .bind(booking)
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("move the slot");
}

/// Books a free slot as `cookie` and returns the booking's id.
async fn book(server: &TestServer, cookie: &str, slot: Uuid, extra: &str) -> Uuid {
    let booked = server
        .call(
            "book_interview",
            &format!("slot_id={slot}&{extra}"),
            Some(cookie),
        )
        .await;
    assert_eq!(booked.status(), StatusCode::OK);
    serde_json::from_str(&body_text(booked).await).expect("booking id")
}

/// Makes support 10 of the worker overdue, so the dashboard lists the worker.
async fn make_overdue(server: &TestServer, worker: Uuid) {
    let db = &server.state.db;
    let long_ago = app::locale::today_in_japan() - Duration::days(3);
    app::on_db!(db, pool => sqlx::query(
        "UPDATE supports SET due_on = $1 WHERE worker_id = $2 AND kind = 'periodic_interview'",
    )
    .bind(long_ago)
    .bind(worker)
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("overdue");
}

async fn dashboard(server: &TestServer, staff: &str) -> serde_json::Value {
    let response = server.call_get("support_dashboard", "", Some(staff)).await;
    assert_eq!(response.status(), StatusCode::OK);
    serde_json::from_str(&body_text(response).await).expect("dashboard")
}

/// The dashboard's lines about `worker`, by what is due.
fn lines_about(board: &serde_json::Value, worker: Uuid) -> Vec<String> {
    board["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|i| i["worker_id"] == worker.to_string())
        .map(|i| match &i["what"] {
            serde_json::Value::String(s) => s.clone(),
            other => other
                .as_object()
                .and_then(|o| o.keys().next().cloned())
                .map(|k| match k.as_str() {
                    "Support" => format!(
                        "Support:{}",
                        other["Support"]["kind"].as_str().unwrap_or("")
                    ),
                    _ => k,
                })
                .unwrap_or_default(),
        })
        .collect()
}

/// An interview an.nguyen booked that was held yesterday, and its version: ready to record.
pub(crate) async fn past_worker_booking(server: &TestServer, staff: &str) -> (Uuid, i64) {
    publish_ahead(server, staff, "10:30").await;
    let slot = free_slots(server).await[0];
    let an = server.demo("an.nguyen").await;
    let booking = book(server, &an, slot, "kind=worker").await;
    started(server, booking, 1).await;
    let version: i64 = server
        .scalar_about(
            "SELECT version FROM interview_bookings WHERE id = $1",
            booking,
        )
        .await;
    (booking, version)
}

/// The company (`cookie`) books a supervisor interview for `worker` on a free slot
/// staff publish for it; the booking's id.
pub(crate) async fn book_supervisor(server: &TestServer, cookie: &str, worker: Uuid) -> Uuid {
    let staff = server.demo(STAFF).await;
    publish_ahead(server, &staff, "10:30").await;
    let slot = free_slots(server).await[0];
    book(
        server,
        cookie,
        slot,
        &format!("kind=supervisor&worker_id={worker}"),
    )
    .await
}

fn record_body(booking: Uuid, version: i64, held_on: &str, rest: &str) -> String {
    format!(
        "id={booking}&version={version}&held_on={held_on}&mode=in_person\
         &attendees=Nguyen%20Van%20An%2C%20Tanaka&summary=Work%20is%20going%20well.{rest}"
    )
}

#[tokio::test]
async fn recording_the_worker_interview_moves_support_ten_and_clears_the_dashboard() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let an = server.demo("an.nguyen").await;
        let an_id = server.worker_id("an.nguyen").await;
        publish_ahead(&server, &staff, "11:00").await;
        let slot = free_slots(&server).await[0];
        let booking = book(&server, &an, slot, "kind=worker").await;
        make_overdue(&server, an_id).await;
        let before = lines_about(&dashboard(&server, &staff).await, an_id);
        assert!(
            before.contains(&"Support:periodic_interview".to_owned()),
            "{before:?}"
        );

        // Not started yet: nothing to record.
        let early = server
            .call(
                "record_interview",
                &record_body(booking, 1, &in_days(0), ""),
                Some(&staff),
            )
            .await;
        assert_eq!(error_key(early).await, "interview_error.not_started");
        started(&server, booking, 1).await;
        let yesterday = (app::locale::today_in_japan() - Duration::days(1)).to_string();

        // Bad records, each refused with its reason.
        let bad = [
            (
                record_body(booking, 1, &in_days(1), ""),
                "interview_error.held_on",
            ),
            (
                record_body(booking, 1, &yesterday, "&problems=Unpaid%20overtime"),
                "interview_error.action_missing",
            ),
            (
                format!(
                    "id={booking}&version=1&held_on={yesterday}&mode=in_person&attendees=a&summary=%20"
                ),
                "interview_error.summary_missing",
            ),
            (
                record_body(
                    booking,
                    1,
                    &yesterday,
                    &format!("&problems={}&action_taken=x", "x".repeat(2001)),
                ),
                "interview_error.record_too_long",
            ),
        ];
        for (body, key) in bad {
            let refused = server.call("record_interview", &body, Some(&staff)).await;
            assert_eq!(error_key(refused).await, key);
        }
        let stale = server
            .call(
                "record_interview",
                &record_body(booking, 0, &yesterday, ""),
                Some(&staff),
            )
            .await;
        assert_eq!(stale.status(), StatusCode::CONFLICT);
        let recorded_rows: i64 = server
            .scalar("SELECT COUNT(*) FROM interview_records")
            .await;
        assert_eq!(recorded_rows, 0, "refusals wrote nothing");

        // The record, with topics from the page's checkboxes and a report to make.
        let body = record_body(
            booking,
            1,
            &yesterday,
            "&topics%5Bwages%5D=on&topics%5Bhealth%5D=on&topics%5Bworking_conditions%5D=on\
             &problems=Overtime%20not%20paid&action_taken=Asked%20the%20company&report_labour_office=on",
        );
        let done = server.call("record_interview", &body, Some(&staff)).await;
        assert_eq!(done.status(), StatusCode::OK, "{}", body_text(done).await);
        let topics: String = server
            .scalar_about(
                "SELECT topics FROM interview_records WHERE booking_id = $1",
                booking,
            )
            .await;
        assert_eq!(topics, "working_conditions,wages,health");
        let status: String = server
            .scalar_about(
                "SELECT status FROM interview_bookings WHERE id = $1",
                booking,
            )
            .await;
        assert_eq!(status, "completed");

        // Support 10: held yesterday, due 3 months later, planned again.
        let held: NaiveDate = yesterday.parse().expect("date");
        let (delivered, due): (Option<NaiveDate>, Option<NaiveDate>) = {
            let db = &server.state.db;
            app::on_db!(db, pool => sqlx::query_as(
                "SELECT d.delivered_on, s.due_on FROM supports s LEFT JOIN support_deliveries d ON d.id = s.latest_delivery_id WHERE s.worker_id = $1 AND s.kind = 'periodic_interview'",
            )
            .bind(an_id)
            .fetch_one(pool)
            .await)
            .expect("support 10")
        };
        assert_eq!(delivered, Some(held));
        assert_eq!(due, held.checked_add_months(Months::new(3)));

        // The dashboard no longer lists the interview; it lists the report until it is sent.
        let after = lines_about(&dashboard(&server, &staff).await, an_id);
        assert!(
            !after.contains(&"Support:periodic_interview".to_owned()),
            "{after:?}"
        );
        assert!(after.contains(&"InterviewReport".to_owned()), "{after:?}");
        let sent = server
            .call(
                "mark_interview_report_sent",
                &format!("id={booking}"),
                Some(&staff),
            )
            .await;
        assert_eq!(sent.status(), StatusCode::OK);
        let cleared = lines_about(&dashboard(&server, &staff).await, an_id);
        assert!(
            !cleared.contains(&"InterviewReport".to_owned()),
            "{cleared:?}"
        );
        // Once sent, there is nothing more to mark.
        let again = server
            .call(
                "mark_interview_report_sent",
                &format!("id={booking}"),
                Some(&staff),
            )
            .await;
        assert_eq!(again.status(), StatusCode::NOT_FOUND);

        let audited: Vec<String> = {
            let db = &server.state.db;
            app::on_db!(db, pool => sqlx::query_scalar(
                "SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at",
            )
            .bind(booking)
            .fetch_all(pool)
            .await)
            .expect("audit")
        };
        assert_eq!(
            audited,
            [
                "interview.booked",
                "interview.recorded",
                "interview.report_sent"
            ]
        );
    }
}

#[tokio::test]
async fn the_supervisor_interview_has_its_own_due_date_and_a_no_show_leaves_it_due() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let hr = server.demo("hr@aozora.example").await;
        let an_id = server.worker_id("an.nguyen").await;
        publish_ahead(&server, &staff, "11:00").await;
        let slots = free_slots(&server).await;
        let due_before: Option<NaiveDate> = server
            .scalar_about(
                "SELECT supervisor_interview_due_on FROM workers WHERE id = $1",
                an_id,
            )
            .await;
        assert!(due_before.is_some(), "the demo worker has a start of work");

        // A no-show: the interview is still due, and the supervisor may book again.
        let first = book(
            &server,
            &hr,
            slots[0],
            &format!("kind=supervisor&worker_id={an_id}"),
        )
        .await;
        started(&server, first, 2).await;
        let absent = server
            .call(
                "mark_interview_no_show",
                &format!("id={first}&version=1"),
                Some(&staff),
            )
            .await;
        assert_eq!(absent.status(), StatusCode::OK);
        let due_after_absence: Option<NaiveDate> = server
            .scalar_about(
                "SELECT supervisor_interview_due_on FROM workers WHERE id = $1",
                an_id,
            )
            .await;
        assert_eq!(due_after_absence, due_before);

        let second = book(
            &server,
            &hr,
            slots[1],
            &format!("kind=supervisor&worker_id={an_id}"),
        )
        .await;
        started(&server, second, 1).await;
        let yesterday = app::locale::today_in_japan() - Duration::days(1);
        let recorded = server
            .call(
                "record_interview",
                &record_body(second, 1, &yesterday.to_string(), ""),
                Some(&staff),
            )
            .await;
        assert_eq!(
            recorded.status(),
            StatusCode::OK,
            "{}",
            body_text(recorded).await
        );
        let due_after: Option<NaiveDate> = server
            .scalar_about(
                "SELECT supervisor_interview_due_on FROM workers WHERE id = $1",
                an_id,
            )
            .await;
        assert_eq!(due_after, yesterday.checked_add_months(Months::new(3)));
        // The worker's own interview is untouched by the supervisor's.
        let worker_delivered: Option<NaiveDate> = server
            .scalar_about(
                "SELECT d.delivered_on FROM supports s LEFT JOIN support_deliveries d ON d.id = s.latest_delivery_id WHERE s.worker_id = $1 AND s.kind = 'periodic_interview'",
                an_id,
            )
            .await;
        assert_eq!(worker_delivered, None);
    }
}

#[tokio::test]
async fn workers_and_companies_read_only_what_is_theirs() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let staff = server.demo(STAFF).await;
    let an = server.demo("an.nguyen").await;
    let hr = server.demo("hr@aozora.example").await;
    let an_id = server.worker_id("an.nguyen").await;
    publish_ahead(&server, &staff, "11:00").await;
    let slots = free_slots(&server).await;
    let own = book(&server, &an, slots[0], "kind=worker").await;
    let supervisor = book(
        &server,
        &hr,
        slots[1],
        &format!("kind=supervisor&worker_id={an_id}"),
    )
    .await;
    for booking in [own, supervisor] {
        started(&server, booking, 1).await;
        let yesterday = (app::locale::today_in_japan() - Duration::days(1)).to_string();
        let body = record_body(
            booking,
            1,
            &yesterday,
            "&problems=SECRET-PROBLEM&action_taken=SECRET-ACTION",
        );
        let done = server.call("record_interview", &body, Some(&staff)).await;
        assert_eq!(done.status(), StatusCode::OK);
    }

    // The worker: date, mode and summary of their own interview; no staff notes, nothing of
    // the supervisor interview.
    let mine = body_text(server.call("my_interviews", "", Some(&an)).await).await;
    assert!(mine.contains("Work is going well."), "{mine}");
    assert!(
        !mine.contains("SECRET") && !mine.contains(&supervisor.to_string()),
        "{mine}"
    );
    assert!(!mine.contains("Tanaka"), "no attendees: {mine}");

    // The company: its supervisor interview with the summary; of the worker's interview
    // only the fact.
    let theirs: serde_json::Value = serde_json::from_str(
        &body_text(
            server
                .call(
                    "worker_interviews",
                    &format!("worker_id={an_id}"),
                    Some(&hr),
                )
                .await,
        )
        .await,
    )
    .expect("json");
    let text = theirs.to_string();
    assert!(!text.contains("SECRET"), "{text}");
    let history = theirs["history"].as_array().expect("history");
    let find = |id: Uuid| {
        history
            .iter()
            .find(|b| b["id"] == id.to_string())
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(
        find(supervisor)["summary"]["summary"],
        "Work is going well."
    );
    assert_eq!(find(own)["status"], "completed");
    assert!(find(own)["summary"].is_null() && find(own)["slot"]["place"].is_null());

    // The whole record is for staff.
    for cookie in [&an, &hr] {
        let refused = server
            .call("interview_booking", &format!("id={own}"), Some(cookie))
            .await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    }
    let whole = body_text(
        server
            .call("interview_booking", &format!("id={own}"), Some(&staff))
            .await,
    )
    .await;
    assert!(whole.contains("SECRET-PROBLEM") && whole.contains("SECRET-ACTION"));
}

#[tokio::test]
async fn a_video_interview_needs_the_workers_own_consent_once() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let staff = server.demo(STAFF).await;
    let an = server.demo("an.nguyen").await;
    let an_id = server.worker_id("an.nguyen").await;
    let body = format!(
        "from={}&weeks=1&weekdays=mon,tue,wed,thu,fri,sat,sun&start=10:00&end=11:00&length_minutes=30&mode=video&video_url=https%3A%2F%2Fmeet.example%2Fshien&language%5Bvi%5D=on&language%5Bja%5D=on",
        in_days(3)
    );
    let published = server
        .call("publish_interview_slots", &body, Some(&staff))
        .await;
    assert_eq!(published.status(), StatusCode::OK);
    let languages: String = server
        .scalar("SELECT languages FROM interview_slots LIMIT 1")
        .await;
    assert_eq!(languages, "ja,vi");
    let slots = free_slots(&server).await;
    // Staff cannot agree for the worker; the worker must tick it.
    for (cookie, extra) in [
        (&staff, format!("&worker_id={an_id}")),
        (&an, String::new()),
    ] {
        let refused = server
            .call(
                "book_interview",
                &format!("slot_id={}&kind=worker{extra}", slots[0]),
                Some(cookie),
            )
            .await;
        assert_eq!(error_key(refused).await, "interview_error.consent_missing");
    }
    let consents: i64 = server
        .scalar("SELECT COUNT(*) FROM interview_consents")
        .await;
    assert_eq!(consents, 0);
    let booking = book(&server, &an, slots[0], "kind=worker&consent=vi").await;
    let locale: String = server.scalar("SELECT locale FROM interview_consents").await;
    assert_eq!(locale, "vi");
    // Once given, it holds: a move into another video slot needs nothing more.
    let moved = server
        .call(
            "reschedule_interview",
            &format!("id={booking}&version=1&slot_id={}", slots[1]),
            Some(&an),
        )
        .await;
    assert_eq!(moved.status(), StatusCode::OK);
    // A language the portal does not speak is refused.
    let unknown = server
        .call(
            "publish_interview_slots",
            &body
                .replace("language%5Bvi%5D", "language%5Bxx%5D")
                .replace(&in_days(3), &in_days(20)),
            Some(&staff),
        )
        .await;
    assert_eq!(error_key(unknown).await, "interview_error.languages");
}

#[tokio::test]
async fn a_plain_form_that_loses_the_race_comes_back_with_the_reason() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let staff = server.demo(STAFF).await;
    publish_ahead(&server, &staff, "10:30").await;
    let slot = free_slots(&server).await[0];
    let an = server.demo("an.nguyen").await;
    book(&server, &an, slot, "kind=worker").await;
    let binh = server.demo("binh.tran").await;
    let body = format!("slot_id={slot}&kind=worker");
    let request = Request::post(crate::support::server_fn_path("book_interview"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html,application/xhtml+xml")
        .header("content-length", body.len())
        .header("cookie", &binh)
        .body(Body::from(body))
        .expect("request");
    let response = server.send(request).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(
        header(&response, "location"),
        "/me/interviews?error=interview_error.slot_taken"
    );
    // The page it comes back to says so (in Japanese here: no language cookie was sent).
    let page = body_text(
        server
            .page(
                "/me/interviews?error=interview_error.slot_taken",
                Some(&binh),
            )
            .await,
    )
    .await;
    assert!(
        page.contains("この時間はたった今ほかの人が予約しました。"),
        "{page}"
    );
}
