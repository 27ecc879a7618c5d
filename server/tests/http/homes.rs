//! The homes through the real router, on SQLite and PostgreSQL: each user's first screen
//! lists what they have to do next, in their language, each line a link to its page, the
//! urgent ones first; and a line goes once it is done.

use chrono::{Days, NaiveDate};
use uuid::Uuid;

use crate::{
    documents::{PHOTO, Part, photo},
    support::{BACKENDS, TestServer, body_text, json},
};

impl TestServer {
    /// Sets one of a worker's dates (`column` is one of the fixed names below).
    async fn set_worker_date(&self, column: &str, worker: Uuid, on: NaiveDate) {
        let sql = match column {
            "residence_card_expiry" => {
                "UPDATE workers SET residence_card_expiry = $2 WHERE id = $1"
            }
            "supervisor_interview_due_on" => {
                "UPDATE workers SET supervisor_interview_due_on = $2 WHERE id = $1"
            }
            other => panic!("not a date of this test: {other}"),
        };
        let db = &self.state.db;
        app::on_db!(db, pool => {
            sqlx::query(sql).bind(worker).bind(on).execute(pool).await.map(|_| ())
        })
        .expect("a worker's date");
    }

    /// The page's HTML in a language, signed in with `cookie`.
    async fn home(&self, path: &str, cookie: &str, locale: &str) -> String {
        let cookie = format!("{cookie}; i18n_pref_locale={locale}");
        let response = self.page(path, Some(&cookie)).await;
        assert_eq!(response.status().as_u16(), 200, "{path}");
        body_text(response).await
    }
}

fn today() -> NaiveDate {
    app::locale::today_in_japan()
}

/// Where `needle` starts in `html`, which must hold it.
fn at(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("missing {needle:?} in the page"))
}

#[tokio::test]
async fn the_workers_home_lists_what_to_do_next_urgent_first_one_tap_each() {
    for backend in BACKENDS {
        let server = crate::support::start_on(backend).await;
        let maria = server.demo("maria.santos").await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let worker = server.worker_id("maria.santos").await;
        let card_until = today() + Days::new(10);
        server
            .set_worker_date("residence_card_expiry", worker, card_until)
            .await;
        // The demo's life orientation was recorded and waits for maria's "received".
        let orientation: Uuid = server
            .scalar_about(
                "SELECT id FROM supports WHERE worker_id = $1 AND kind = 'life_orientation'",
                worker,
            )
            .await;

        let html = server.home("/me", &maria, "tl").await;
        assert!(
            html.contains("Mga dapat gawin"),
            "the list's title in Tagalog"
        );
        let card = at(&html, r#"href="/me/documents/residence_card""#);
        let renew = at(
            &html,
            &format!("Mag-e-expire ang iyong Residence card (在留カード) sa {card_until}"),
        );
        let acknowledge = at(&html, &format!(r#"href="/supports/{orientation}""#));
        assert!(html.contains("Kumpirmahin na natanggap mo"));
        assert!(card < renew && renew < acknowledge, "urgent first");
        assert!(
            html.contains("Apurahan"),
            "the urgent line says so in words"
        );

        // Staff answer a question: the answer is the first line until maria reads it.
        let id = server
            .open_consultation(&maria, "housing", false, "Sira ang aircon sa dorm.", None)
            .await;
        server.reply(&staff, id, "Aayusin namin bukas.").await;
        let html = server.home("/me", &maria, "tl").await;
        let reply = at(&html, &format!(r#"href="/me/consultations/{id}""#));
        assert!(html.contains("Basahin ang sagot sa iyong konsultasyon"));
        assert!(reply < at(&html, r#"href="/me/documents/residence_card""#));
        let response = server
            .call("consultation", &format!("id={id}"), Some(&maria))
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let html = server.home("/me", &maria, "tl").await;
        assert!(
            !html.contains(&format!(r#"href="/me/consultations/{id}""#)),
            "a read answer leaves the list"
        );

        // Another worker's list holds nothing of maria's.
        let an = server.demo("an.nguyen").await;
        let html = server.home("/me", &an, "vi").await;
        assert!(html.contains("Việc cần làm tiếp"));
        assert!(!html.contains(&orientation.to_string()));
        server.stop().await;
    }
}

#[tokio::test]
async fn the_company_home_lists_supports_to_confirm_and_supervisor_interviews_to_book() {
    for backend in BACKENDS {
        let server = crate::support::start_on(backend).await;
        let hr = server.demo("hr@aozora.example").await;
        let an = server.worker_id("an.nguyen").await;
        let maria = server.worker_id("maria.santos").await;
        let siti = server.worker_id("siti.rahmawati").await;
        let far = today() + Days::new(300);
        for worker in [an, maria, siti] {
            server
                .set_worker_date("supervisor_interview_due_on", worker, far)
                .await;
        }
        let soon = today() + Days::new(5);
        let overdue = today() - Days::new(2);
        server
            .set_worker_date("supervisor_interview_due_on", an, soon)
            .await;
        server
            .set_worker_date("supervisor_interview_due_on", maria, overdue)
            .await;
        // The demo's housing support of an.nguyen waits for the company.
        let housing: Uuid = server
            .scalar_about(
                "SELECT id FROM supports WHERE worker_id = $1 AND kind = 'housing_and_contracts'",
                an,
            )
            .await;

        let html = server.home("/company", &hr, "ja").await;
        let waiting = json(server.call_get("supports_to_confirm", "", Some(&hr)).await).await;
        let count = waiting.as_array().expect("a list").len();
        assert!(html.contains(&format!("一覧で確認する（{count}件）")));
        assert!(html.contains(&format!(r#"href="/supports/{housing}""#)));
        let late = at(&html, &format!(r#"href="/workers/{maria}/interviews""#));
        let next = at(&html, &format!(r#"href="/workers/{an}/interviews""#));
        assert!(late < next, "the overdue interview comes first");
        assert!(html.contains(&format!("{soon}")));
        assert!(
            !html.contains(&format!(r#"href="/workers/{siti}/interviews""#)),
            "not due within 2 weeks"
        );
        // Once the company books maria's, it is listed as booked with its time, after the
        // one still to book, and never as overdue.
        let booking = crate::interview_records::book_supervisor(&server, &hr, maria).await;
        let html = server.home("/company", &hr, "ja").await;
        let booked = at(&html, &format!(r#"href="/workers/{maria}/interviews""#));
        let next = at(&html, &format!(r#"href="/workers/{an}/interviews""#));
        assert!(next < booked, "the one to book comes first");
        assert!(html.contains("予約済み"), "{booking}");
        assert!(
            !html.contains(&format!("{overdue}から期限切れ")),
            "not overdue"
        );

        // Another company sees none of it.
        let other = server.demo("hr@minato.example").await;
        let html = server.home("/company", &other, "ja").await;
        assert!(!html.contains(&housing.to_string()));
        assert!(!html.contains(&an.to_string()));
        server.stop().await;
    }
}

#[tokio::test]
async fn the_staff_home_lists_consultations_documents_and_what_falls_due() {
    for backend in BACKENDS {
        let server = crate::support::start_on(backend).await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let an = server.demo("an.nguyen").await;
        let calm = server
            .open_consultation(&an, "wages", false, "Lương tháng 10 thiếu.", None)
            .await;
        let urgent = server
            .open_consultation(&an, "harassment", true, "Tôi bị quấy rối.", None)
            .await;
        // an.nguyen sends a photo of the passport from the phone.
        let response = server
            .upload(
                &an,
                &[Part::Text("kind", "passport"), photo("front", PHOTO)],
            )
            .await;
        let answer = json(response).await;
        let passport = answer["id"].as_str().expect("the upload's id");

        let html = server.home("/staff", &staff, "ja").await;
        assert!(html.contains("返事を待っている相談"));
        let first = at(&html, &format!(r#"href="/staff/consultations/{urgent}""#));
        let second = at(&html, &format!(r#"href="/staff/consultations/{calm}""#));
        assert!(first < second, "urgent first");
        assert!(html.contains(&format!(r#"href="/staff/documents/{passport}""#)));
        // What falls due: the dashboard's most urgent lines, and a link to all of them.
        let board = json(server.call_get("support_dashboard", "", Some(&staff)).await).await;
        let total = board["total"].as_u64().expect("total");
        assert!(total > 5, "the demo has more due than a home shows");
        assert!(html.contains(&format!("すべて見る（{total}件）")));
        let due = at(&html, r#"data-testid="due-todo""#);
        let first = board["items"][0]["worker_id"].as_str().expect("a due line");
        assert!(html[due..].contains(first));

        // Answered, a consultation no longer waits.
        server
            .reply(&staff, urgent, "Chúng tôi sẽ gọi cho bạn hôm nay.")
            .await;
        let html = server.home("/staff", &staff, "ja").await;
        assert!(!html.contains(&format!(r#"href="/staff/consultations/{urgent}""#)));
        assert!(html.contains(&format!(r#"href="/staff/consultations/{calm}""#)));
        server.stop().await;
    }
}
