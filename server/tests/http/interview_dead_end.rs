//! Issue 19: a worker whose interview is due and who finds no free time was at a dead end.
//! Now the page offers to tell staff, to write to them with the message started, and the
//! number to call; staff see "wants an interview, no free time" on their home until the
//! worker books. And the slot chooser: days first, what slots share shown once.

use axum::http::StatusCode;

use crate::interviews::{form_post, free_slots, in_days, publish};
use crate::support::{BACKENDS, TestServer, body_text, header, start_on};

/// The English page at `path`, signed in with `cookie`.
async fn page_en(server: &TestServer, path: &str, cookie: &str) -> String {
    let cookie = format!("{cookie}; i18n_pref_locale=en");
    let response = server.page(path, Some(&cookie)).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    body_text(response).await
}

/// No free slot left anywhere (the demo publishes some).
async fn remove_free_slots(server: &TestServer) {
    let db = &server.state.db;
    app::on_db!(db, pool => sqlx::query(
        "DELETE FROM interview_slots WHERE NOT EXISTS
           (SELECT 1 FROM interview_bookings b WHERE b.slot_id = interview_slots.id)",
    )
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("free slots removed");
}

async fn open_requests(server: &TestServer, worker: uuid::Uuid) -> i64 {
    server
        .scalar_about(
            "SELECT COUNT(*) FROM interview_time_requests
             WHERE worker_id = $1 AND answered_at IS NULL",
            worker,
        )
        .await
}

#[tokio::test]
async fn a_worker_with_no_free_time_tells_staff_and_their_booking_answers_it() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        remove_free_slots(&server).await;
        let binh = server.demo("binh.tran").await;
        let binh_id = server.worker_id("binh.tran").await;
        let staff = server.demo("tanaka@sakura-support.example").await;

        // The page is no dead end: a way to tell staff, to write, and to call.
        let html = page_en(&server, "/me/interviews", &binh).await;
        assert!(html.contains("No free time to book"), "{backend:?}: {html}");
        assert!(html.contains("Tell the staff I need a time"));
        assert!(html.contains("/me/consultations?about=interview_time"));
        assert!(html.contains("href=\"tel:0300000000\""), "the demo's phone");
        // The consultation it leads to starts the message for the worker.
        let ask = page_en(&server, "/me/consultations?about=interview_time", &binh).await;
        assert!(ask.contains("I cannot find a free time for my interview"));
        assert!(ask.contains("<option value=\"other\" selected"), "{ask}");
        // Staff are told nothing yet.
        let home = page_en(&server, "/staff", &staff).await;
        assert!(!home.contains("Wants an interview, no free time"));

        // Telling staff: once, however often the button is pressed.
        for _ in 0..2 {
            let told = form_post(&server, "ask_for_interview_time", "", &binh).await;
            assert_eq!(told.status(), StatusCode::FOUND, "{backend:?}");
            assert_eq!(header(&told, "location"), "/me/interviews?saved=time_asked");
        }
        assert_eq!(open_requests(&server, binh_id).await, 1, "{backend:?}");
        let audited: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM audit_log a JOIN interview_time_requests r
                   ON r.id = a.entity_id
                 WHERE r.worker_id = $1 AND a.action = 'interview.time_asked'",
                binh_id,
            )
            .await;
        assert_eq!(audited, 1, "one request, one audit row");
        let html = page_en(&server, "/me/interviews?saved=time_asked", &binh).await;
        assert!(html.contains("The staff now know you need a time."));
        assert!(html.contains("You told the staff on"));
        assert!(!html.contains("Tell the staff I need a time"));
        // Staff see who waits, one tap from booking for them.
        let home = page_en(&server, "/staff", &staff).await;
        assert!(
            home.contains("Wants an interview, no free time"),
            "{backend:?}"
        );
        assert!(home.contains(&format!("/workers/{binh_id}/interviews")));
        // Another worker's request is nobody else's: a company is refused the list.
        let hr = server.demo("hr@minato.example").await;
        let refused = server.call_get("staff_tasks", "", Some(&hr)).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);

        // Staff publish times; the worker books one: the request is answered.
        let published = publish(&server, &staff, &in_days(3), "10:00", "11:00").await;
        assert_eq!(published.status(), StatusCode::OK);
        let slots = free_slots(&server).await;
        let booked = form_post(
            &server,
            "book_interview",
            &format!("slot_id={}&kind=worker", slots[0]),
            &binh,
        )
        .await;
        assert_eq!(booked.status(), StatusCode::FOUND);
        assert_eq!(open_requests(&server, binh_id).await, 0, "{backend:?}");
        let home = page_en(&server, "/staff", &staff).await;
        assert!(!home.contains("Wants an interview, no free time"));
    }
}

#[tokio::test]
async fn the_slot_chooser_lists_days_first_and_says_what_slots_share_once() {
    let server = start_on(BACKENDS[0]).await;
    remove_free_slots(&server).await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    // Two slots a day (10:00, 10:30), 7 days, all in person at 本部.
    let published = publish(&server, &staff, &in_days(3), "10:00", "11:00").await;
    assert_eq!(published.status(), StatusCode::OK);
    let binh = server.demo("binh.tran").await;
    let html = page_en(&server, "/me/interviews", &binh).await;
    assert_eq!(
        html.matches("<details class=\"slot-day\"").count(),
        7,
        "{html}"
    );
    assert_eq!(html.matches("name=\"slot_id\"").count(), 14);
    // The place once per day's group, not once per slot.
    assert_eq!(html.matches("本部").count(), 7);
    assert_eq!(html.matches("2 free times").count(), 7);
    // The button is in the bar that stays in view, with the chosen time beside it.
    assert!(html.contains("class=\"slot-submit\""));
    assert!(html.contains("Open a day and choose a time."));

    // Sent without a time: told to choose one, nothing booked.
    let refused = form_post(&server, "book_interview", "kind=worker", &binh).await;
    assert_eq!(refused.status(), StatusCode::FOUND);
    let location = header(&refused, "location").to_owned();
    assert!(location.contains("error="), "{location}");
    let html = page_en(&server, &location, &binh).await;
    assert!(html.contains("Choose a time first"), "{html}");
}
