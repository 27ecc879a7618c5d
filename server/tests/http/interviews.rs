//! Interview booking through the server functions, on both backends: two people booking
//! the same slot at the same moment, and every bad request of the issue refused with its
//! reason, nothing changed.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, body_text, header, json, start_on};

/// A date `days` from today in Japan.
pub(crate) fn in_days(days: u64) -> String {
    (app::locale::today_in_japan() + chrono::Days::new(days)).to_string()
}

pub(crate) async fn publish(
    server: &TestServer,
    staff: &str,
    from: &str,
    start: &str,
    end: &str,
) -> axum::response::Response {
    let body = format!(
        "from={from}&weeks=1&weekdays=mon,tue,wed,thu,fri,sat,sun&start={start}&end={end}&length_minutes=30&mode=in_person&place=%E6%9C%AC%E9%83%A8"
    );
    server
        .call("publish_interview_slots", &body, Some(staff))
        .await
}

pub(crate) async fn free_slots(server: &TestServer) -> Vec<Uuid> {
    let db = &server.state.db;
    app::on_db!(db, pool => sqlx::query_scalar::<_, Uuid>(
        "SELECT id FROM interview_slots s WHERE NOT EXISTS
           (SELECT 1 FROM interview_bookings b WHERE b.slot_id = s.id AND b.status = 'booked')
         ORDER BY starts_at",
    )
    .fetch_all(pool)
    .await)
    .expect("slots")
}

pub(crate) async fn error_key(response: axum::response::Response) -> String {
    let text = body_text(response).await;
    serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v["Validation"]["message_key"].as_str().map(str::to_owned))
        .unwrap_or(text)
}

#[tokio::test]
async fn two_workers_booking_one_slot_at_the_same_moment_one_gets_it_the_other_is_told() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let published = publish(&server, &staff, &in_days(3), "10:00", "12:00").await;
        assert_eq!(
            published.status(),
            StatusCode::OK,
            "{}",
            body_text(published).await
        );
        let slot = free_slots(&server).await[0];
        let (an, binh) = (
            server.demo("an.nguyen").await,
            server.demo("binh.tran").await,
        );
        let body = format!("slot_id={slot}&kind=worker");
        let (a, b) = tokio::join!(
            server.call("book_interview", &body, Some(&an)),
            server.call("book_interview", &body, Some(&binh)),
        );
        let mut statuses = [a.status(), b.status()];
        statuses.sort();
        assert_eq!(
            statuses,
            [StatusCode::OK, StatusCode::BAD_REQUEST],
            "{backend:?}"
        );
        let lost = if a.status() == StatusCode::OK { b } else { a };
        assert_eq!(error_key(lost).await, "interview_error.slot_taken");
        let audited: i64 = server
            .scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'interview.booked'")
            .await;
        assert_eq!(audited, 1, "one booking, one audit row");
        server.stop().await;
    }
}

#[tokio::test]
async fn bad_requests_are_refused_with_their_reason_and_nothing_changes() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    assert_eq!(
        publish(&server, &staff, &in_days(3), "10:00", "11:00")
            .await
            .status(),
        StatusCode::OK
    );
    // The same hours again: they overlap the staff member's own slots.
    let overlap = publish(&server, &staff, &in_days(3), "10:30", "11:30").await;
    assert_eq!(error_key(overlap).await, "interview_error.overlap");
    // A slot in the past.
    let past = publish(&server, &staff, "2020-01-06", "10:00", "11:00").await;
    assert_eq!(error_key(past).await, "interview_error.past");
    // Only the first publication made slots: 7 days × 2.
    assert_eq!(free_slots(&server).await.len(), 14);

    let slots = free_slots(&server).await;
    let an = server.demo("an.nguyen").await;
    let booked = server
        .call(
            "book_interview",
            &format!("slot_id={}&kind=worker", slots[0]),
            Some(&an),
        )
        .await;
    assert_eq!(booked.status(), StatusCode::OK);
    let booking: Uuid = serde_json::from_str(&body_text(booked).await).expect("id");
    // A second future booking of the same kind.
    let second = server
        .call(
            "book_interview",
            &format!("slot_id={}&kind=worker", slots[1]),
            Some(&an),
        )
        .await;
    assert_eq!(error_key(second).await, "interview_error.already_booked");
    // Someone else's booking cannot be cancelled.
    let binh = server.demo("binh.tran").await;
    let theirs = server
        .call(
            "cancel_interview",
            &format!("id={booking}&version=1&reason=x"),
            Some(&binh),
        )
        .await;
    assert_eq!(theirs.status(), StatusCode::NOT_FOUND);
    // A reschedule into a full slot.
    let taken = server
        .call(
            "book_interview",
            &format!("slot_id={}&kind=worker", slots[2]),
            Some(&binh),
        )
        .await;
    assert_eq!(taken.status(), StatusCode::OK);
    let full = server
        .call(
            "reschedule_interview",
            &format!("id={booking}&version=1&slot_id={}", slots[2]),
            Some(&an),
        )
        .await;
    assert_eq!(error_key(full).await, "interview_error.slot_taken");
    // A slot id of another organization (or none at all) is not found.
    let nowhere = server
        .call(
            "book_interview",
            &format!("slot_id={}&kind=worker", Uuid::now_v7()),
            Some(&binh),
        )
        .await;
    assert_eq!(nowhere.status(), StatusCode::NOT_FOUND);
    // The company books the supervisor interview about its own worker only.
    let hr = server.demo("hr@aozora.example").await;
    let an_id: Uuid = server.worker_id("an.nguyen").await;
    let binh_id: Uuid = server.worker_id("binh.tran").await;
    let own = server
        .call(
            "book_interview",
            &format!("slot_id={}&kind=supervisor&worker_id={an_id}", slots[3]),
            Some(&hr),
        )
        .await;
    assert_eq!(own.status(), StatusCode::OK);
    let other = server
        .call(
            "book_interview",
            &format!("slot_id={}&kind=supervisor&worker_id={binh_id}", slots[4]),
            Some(&hr),
        )
        .await;
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
    // Moving into a free slot works and keeps the calendar entry; cancelling needs a reason.
    let moved = server
        .call(
            "reschedule_interview",
            &format!("id={booking}&version=1&slot_id={}", slots[5]),
            Some(&an),
        )
        .await;
    assert_eq!(moved.status(), StatusCode::OK, "{}", body_text(moved).await);
    let no_reason = server
        .call(
            "cancel_interview",
            &format!("id={booking}&version=2&reason="),
            Some(&an),
        )
        .await;
    assert_eq!(error_key(no_reason).await, "interview_error.reason_missing");
    let cancelled = server
        .call(
            "cancel_interview",
            &format!("id={booking}&version=2&reason=sick"),
            Some(&an),
        )
        .await;
    assert_eq!(cancelled.status(), StatusCode::OK);
    let changes: i64 = server
        .scalar("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'interview.%'")
        .await;
    // 1 publication, 3 bookings, 1 move, 1 cancellation: the refusals left no trace.
    assert_eq!(changes, 6);
}

#[tokio::test]
async fn a_booking_too_close_to_the_start_is_refused() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    // Tomorrow at 00:00 Japan time is less than 24 hours (the notice) away.
    let published = publish(&server, &staff, &in_days(1), "00:00", "00:30").await;
    assert_eq!(published.status(), StatusCode::OK);
    let soon = free_slots(&server).await[0];
    let an = server.demo("an.nguyen").await;
    let refused = server
        .call(
            "book_interview",
            &format!("slot_id={soon}&kind=worker"),
            Some(&an),
        )
        .await;
    assert_eq!(error_key(refused).await, "interview_error.too_late");
}

#[tokio::test]
async fn the_calendar_file_is_in_the_readers_language_and_a_move_updates_the_same_entry() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    assert_eq!(
        publish(&server, &staff, &in_days(3), "10:00", "11:00")
            .await
            .status(),
        StatusCode::OK
    );
    let slots = free_slots(&server).await;
    let an = server.demo("an.nguyen").await;
    let booked = server
        .call(
            "book_interview",
            &format!("slot_id={}&kind=worker", slots[0]),
            Some(&an),
        )
        .await;
    let booking: Uuid = serde_json::from_str(&body_text(booked).await).expect("id");
    let url = format!("/interviews/{booking}/calendar.ics");

    let file = server.get(&url, &[("cookie", &an)]).await;
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(
        crate::support::header(&file, "content-type"),
        "text/calendar; charset=utf-8"
    );
    let first = body_text(file).await;
    // an.nguyen reads Vietnamese.
    assert!(
        first.contains("SUMMARY:Phỏng vấn định kỳ (定期面談)"),
        "{first}"
    );
    assert!(first.contains(&format!("UID:{booking}@shien")));
    assert!(first.contains("SEQUENCE:0") && first.contains("LOCATION:本部"));

    let moved = server
        .call(
            "reschedule_interview",
            &format!("id={booking}&version=1&slot_id={}", slots[1]),
            Some(&an),
        )
        .await;
    assert_eq!(moved.status(), StatusCode::OK);
    let again = body_text(server.get(&url, &[("cookie", &an)]).await).await;
    assert!(again.contains(&format!("UID:{booking}@shien")) && again.contains("SEQUENCE:1"));
    assert_ne!(
        first.lines().find(|l| l.starts_with("DTSTART")),
        again.lines().find(|l| l.starts_with("DTSTART")),
        "the entry moved"
    );

    // Staff may download it; another worker and the company (a worker interview) may not.
    assert_eq!(
        server.get(&url, &[("cookie", &staff)]).await.status(),
        StatusCode::OK
    );
    let binh = server.demo("binh.tran").await;
    assert_eq!(
        server.get(&url, &[("cookie", &binh)]).await.status(),
        StatusCode::NOT_FOUND
    );
    let hr = server.demo("hr@aozora.example").await;
    assert_eq!(
        server.get(&url, &[("cookie", &hr)]).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        server.get(&url, &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

/// Posts a server function as a browser's plain form does (HTML answer: a redirect).
pub(crate) async fn form_post(
    server: &TestServer,
    name: &str,
    body: &str,
    cookie: &str,
) -> axum::response::Response {
    let request = axum::http::Request::post(crate::support::server_fn_path(name))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html,application/xhtml+xml")
        .header("content-length", body.len())
        .header("cookie", cookie)
        .body(axum::body::Body::from(body.to_owned()))
        .expect("request");
    server.send(request).await
}

/// The Japanese page at `path`, signed in with `cookie`.
async fn page_ja(server: &TestServer, path: &str, cookie: &str) -> String {
    let cookie = format!("{cookie}; i18n_pref_locale=ja");
    let response = server.page(path, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    body_text(response).await
}

#[tokio::test]
async fn a_booking_after_the_due_date_is_kept_and_said_late_and_the_dashboard_shows_it_booked() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let published = publish(&server, &staff, &in_days(3), "10:00", "11:00").await;
        assert_eq!(published.status(), StatusCode::OK, "{backend:?}");
        let slots = free_slots(&server).await;
        let today = app::locale::today_in_japan();
        // binh.tran's interview (support 10) is long overdue, the earliest line of all (so
        // the staff home's first lines hold it); the supervisor's is 2 days overdue.
        // an.nguyen's is due in 5 days (demo).
        let binh_id = server.worker_id("binh.tran").await;
        let worker_due: chrono::NaiveDate = "2020-01-06".parse().expect("a date");
        let supervisor_due = today - chrono::Days::new(2);
        {
            let db = &server.state.db;
            app::on_db!(db, pool => sqlx::query(
                "UPDATE workers SET supervisor_interview_due_on = $2 WHERE id = $1",
            )
            .bind(binh_id)
            .bind(supervisor_due)
            .execute(pool)
            .await
            .map(|_| ()))
            .expect("supervisor due date");
            app::on_db!(db, pool => sqlx::query(
                "UPDATE supports SET due_on = $2 WHERE worker_id = $1 AND kind = 'periodic_interview'",
            )
            .bind(binh_id)
            .bind(worker_due)
            .execute(pool)
            .await
            .map(|_| ()))
            .expect("support 10's due date");
        }

        // Before: the dashboard calls both interviews overdue.
        let board = json(server.call_get("support_dashboard", "", Some(&staff)).await).await;
        let line = |board: &serde_json::Value, what: &str| {
            board["items"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|i| {
                    i["worker_id"] == binh_id.to_string()
                        && (i["what"] == what || i["what"]["Support"]["kind"] == what)
                })
                .cloned()
                .unwrap_or_else(|| panic!("{backend:?}: no {what} line for binh"))
        };
        for what in ["periodic_interview", "SupervisorInterview"] {
            let before = line(&board, what);
            assert_eq!(before["overdue"], true, "{backend:?} {what}");
            assert_eq!(before["booked_at"], serde_json::Value::Null);
        }

        // The worker books a time after the due date: booked all the same, and told.
        let binh = server.demo("binh.tran").await;
        let booked = form_post(
            &server,
            "book_interview",
            &format!("slot_id={}&kind=worker", slots[0]),
            &binh,
        )
        .await;
        assert_eq!(booked.status(), StatusCode::FOUND, "{backend:?}");
        let location = header(&booked, "location").to_owned();
        assert_eq!(location, "/me/interviews?saved=booked_late");
        let live: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM interview_bookings
                 WHERE worker_id = $1 AND kind = 'worker' AND status = 'booked'",
                binh_id,
            )
            .await;
        assert_eq!(live, 1, "the late booking is kept");
        let html = page_ja(&server, &location, &binh).await;
        assert!(
            html.contains("面談を予約しました。期限より後の日時のため、面談は遅れています。"),
            "{backend:?}: {html}"
        );
        assert!(html.contains(&format!(
            "この面談は期限（{worker_due}）より後なので、遅れています。"
        )));
        assert!(
            !html.contains("過ぎています。すぐに予約してください。"),
            "booked, it is not overdue"
        );

        // The company books the supervisor interview after its due date: the same.
        let hr = server.demo("hr@minato.example").await;
        let booked = form_post(
            &server,
            "book_interview",
            &format!("slot_id={}&kind=supervisor&worker_id={binh_id}", slots[1]),
            &hr,
        )
        .await;
        assert_eq!(booked.status(), StatusCode::FOUND, "{backend:?}");
        let location = header(&booked, "location").to_owned();
        assert_eq!(
            location,
            format!("/workers/{binh_id}/interviews?saved=booked_late")
        );
        let html = page_ja(&server, &location, &hr).await;
        assert!(html.contains("面談を予約しました。期限より後の日時のため、面談は遅れています。"));
        assert!(html.contains(&format!(
            "この面談は期限（{supervisor_due}）より後なので、遅れています。"
        )));

        // A time before the due date is booked without a warning.
        let an = server.demo("an.nguyen").await;
        let in_time = form_post(
            &server,
            "book_interview",
            &format!("slot_id={}&kind=worker", slots[2]),
            &an,
        )
        .await;
        assert_eq!(header(&in_time, "location"), "/me/interviews?saved=booked");

        // The dashboard: both lines booked, with their start, never overdue.
        let start_of = |slot: Uuid| {
            let server = &server;
            async move {
                server
                    .scalar_about::<chrono::DateTime<chrono::Utc>>(
                        "SELECT starts_at FROM interview_slots WHERE id = $1",
                        slot,
                    )
                    .await
            }
        };
        let board = json(server.call_get("support_dashboard", "", Some(&staff)).await).await;
        for (what, slot) in [
            ("periodic_interview", slots[0]),
            ("SupervisorInterview", slots[1]),
        ] {
            let after = line(&board, what);
            assert_eq!(after["overdue"], false, "{backend:?} {what}");
            assert_eq!(after["urgent"], false, "{backend:?} {what}");
            assert_eq!(after["late"], true, "{backend:?} {what}");
            let at: chrono::DateTime<chrono::Utc> = after["booked_at"]
                .as_str()
                .and_then(|t| t.parse().ok())
                .unwrap_or_else(|| panic!("{backend:?} {what}: {after}"));
            assert_eq!(at, start_of(slot).await, "{backend:?} {what}");
        }
        let minato = board["per_company"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["company_name"] == "株式会社みなと食堂")
            .cloned()
            .expect("minato's counts");
        assert_eq!(minato["booked"], 2, "{backend:?}: {minato}");

        // The page and the staff home say "booked" with the date, and no "overdue" for it.
        let first = app::locale::format_date_time(start_of(slots[0]).await);
        let booked_text = format!("予約済み {first}（期限 {worker_due} より後）");
        for path in ["/staff/dashboard", "/staff"] {
            let html = page_ja(&server, path, &staff).await;
            assert!(html.contains(&booked_text), "{backend:?} {path}: {html}");
            assert!(
                !html.contains(&format!("{worker_due}から期限切れ")),
                "{backend:?} {path}"
            );
        }
        server.stop().await;
    }
}
