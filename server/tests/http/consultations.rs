//! Consultations through the real router, on SQLite and PostgreSQL: a worker's urgent
//! question with a photo reaches staff first, a reply reaches the worker's bell, each in
//! one transaction with its audit row; the company never reaches a thread; bad input is
//! refused with its reason and changes nothing.

use axum::{body::Body, http::StatusCode};
use uuid::Uuid;

use crate::{
    documents::{PHOTO, Part, multipart},
    interviews::error_key,
    support::{BACKENDS, TestServer, body_text, header, multipart_request, start_on},
};

const EXE: &[u8] = include_bytes!("../../../app/tests/fixtures/not-an-image.jpg");
const PDF: &[u8] = include_bytes!("../../../app/tests/fixtures/contract.pdf");

/// maria.santos asks, in Tagalog.
const TAGALOG: &str = "Sinisigawan ako ng supervisor araw-araw. Natatakot ako.";

impl TestServer {
    /// Posts a message form as a script does (JSON answer).
    pub async fn send_message(&self, cookie: &str, parts: &[Part<'_>]) -> axum::response::Response {
        self.send_message_body(multipart(parts), cookie, true).await
    }

    pub async fn send_message_body(
        &self,
        body: Vec<u8>,
        cookie: &str,
        json: bool,
    ) -> axum::response::Response {
        let request = multipart_request(
            app::paths::CONSULTATION_MESSAGES,
            Body::from(body),
            cookie,
            json,
        );
        self.send(request).await
    }

    /// A message (no photo, no note) to an existing thread, as a script sends it.
    pub async fn reply(
        &self,
        cookie: &str,
        thread: impl std::fmt::Display,
        body: &str,
    ) -> axum::response::Response {
        let thread = thread.to_string();
        self.send_message(
            cookie,
            &[
                Part::Text("consultation_id", &thread),
                Part::Text("body", body),
            ],
        )
        .await
    }

    /// A worker opens a consultation; returns its id.
    pub async fn open_consultation(
        &self,
        cookie: &str,
        category: &str,
        urgent: bool,
        body: &str,
        photo: Option<&[u8]>,
    ) -> Uuid {
        let mut parts = vec![Part::Text("category", category)];
        if urgent {
            parts.push(Part::Text("urgent", "1"));
        }
        parts.push(Part::Text("body", body));
        if let Some(bytes) = photo {
            parts.push(Part::File {
                name: "photo",
                file_name: "IMG_0042.jpg",
                content_type: "image/jpeg",
                bytes,
            });
        }
        let response = self.send_message(cookie, &parts).await;
        assert_eq!(response.status(), StatusCode::OK);
        let answer: serde_json::Value =
            serde_json::from_str(&body_text(response).await).expect("JSON");
        answer["id"].as_str().expect("id").parse().expect("uuid")
    }

    async fn count_about(&self, sql: &str, id: Uuid) -> i64 {
        self.scalar_about(sql, id).await
    }

    /// What bad input must leave alone.
    async fn footprint(&self) -> (i64, i64, i64, i64, usize) {
        (
            self.scalar("SELECT COUNT(*) FROM consultations").await,
            self.scalar("SELECT COUNT(*) FROM consultation_messages")
                .await,
            self.scalar("SELECT COUNT(*) FROM notifications").await,
            self.scalar("SELECT COUNT(*) FROM audit_log").await,
            self.stored_files().len(),
        )
    }
}

/// The form that closes a thread about unpaid overtime with its record (5-4), referred
/// to no authority.
pub fn resolve_form(id: Uuid, version: i64, held_on: &str, response: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("id", &id.to_string())
        .append_pair("version", &version.to_string())
        .append_pair("held_on", held_on)
        .append_pair("content", "Overtime of October unpaid.")
        .append_pair("response", response)
        .append_pair("referred_to", "")
        .finish()
}

async fn json(response: axum::response::Response) -> serde_json::Value {
    let status = response.status();
    let text = body_text(response).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    serde_json::from_str(&text).expect("JSON")
}

#[tokio::test]
async fn an_urgent_question_reaches_staff_first_and_the_reply_reaches_the_worker() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let an = server.demo("an.nguyen").await;
        let maria = server.demo("maria.santos").await;
        let staff = server.demo("tanaka@sakura-support.example").await;

        // An older, calm question, then an urgent one with a phone photo.
        let calm = server
            .open_consultation(
                &an,
                "wages",
                false,
                "Lương tháng 10 thiếu 2 giờ làm thêm.",
                None,
            )
            .await;
        let urgent = server
            .open_consultation(&maria, "harassment", true, TAGALOG, Some(PHOTO))
            .await;
        let opened = server
            .count_about(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'consultation.opened' AND entity_id = $1",
                urgent,
            )
            .await;
        assert_eq!(opened, 1);

        // The photo is stored cleaned: a JPEG without EXIF or GPS, and a thumbnail.
        let message: Uuid = server
            .scalar_about(
                "SELECT id FROM consultation_messages WHERE consultation_id = $1",
                urgent,
            )
            .await;
        for url in [
            app::paths::consultation_photo(app::domain::MessageId::from_uuid(message), false),
            app::paths::consultation_photo(app::domain::MessageId::from_uuid(message), true),
        ] {
            let response = server.get(&url, &[("cookie", &maria)]).await;
            assert_eq!(response.status(), StatusCode::OK, "{url}");
            assert_eq!(header(&response, "content-type"), "image/jpeg");
            let bytes = axum::body::to_bytes(response.into_body(), 1 << 24)
                .await
                .expect("photo");
            assert!(bytes.starts_with(&[0xFF, 0xD8]));
            assert!(!bytes.windows(4).any(|w| w == b"Exif"), "no EXIF");
        }

        // Staff: the bell counts both; the inbox shows the urgent one first.
        let bell = json(server.call("unread_notifications", "", Some(&staff)).await).await;
        assert_eq!(bell, serde_json::json!(2));
        let inbox = json(server.call("consultation_inbox", "", Some(&staff)).await).await;
        let order: Vec<&str> = inbox["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter_map(|i| i["id"].as_str())
            .collect();
        assert_eq!(order, [urgent.to_string(), calm.to_string()]);
        assert_eq!(inbox["items"][0]["urgent"], true);
        assert_eq!(inbox["items"][0]["worker"], "SANTOS MARIA");

        // Staff open the thread (read, audited, their notification read) and reply.
        let thread = json(
            server
                .call("consultation", &format!("id={urgent}"), Some(&staff))
                .await,
        )
        .await;
        assert_eq!(thread["messages"][0]["body"], TAGALOG);
        assert_eq!(thread["messages"][0]["photo"], true);
        let bell = json(server.call("unread_notifications", "", Some(&staff)).await).await;
        assert_eq!(
            bell,
            serde_json::json!(1),
            "the opened thread's notice is read"
        );
        let id = urgent.to_string();
        let reply = "Salamat sa pagsulat. Tatawagan ka namin ngayong araw.";
        let response = server.reply(&staff, urgent, reply).await;
        assert_eq!(response.status(), StatusCode::OK);
        let note = "Company HR informed? Not yet: wait for the worker's consent.";
        let response = server
            .send_message(
                &staff,
                &[
                    Part::Text("consultation_id", &id),
                    Part::Text("internal", "1"),
                    Part::Text("body", note),
                ],
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let status: String = server
            .scalar_about("SELECT status FROM consultations WHERE id = $1", urgent)
            .await;
        assert_eq!(status, "answered", "a note does not answer");
        let replied = server
            .count_about(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'consultation.replied' AND entity_id = $1",
                urgent,
            )
            .await;
        assert_eq!(replied, 1);

        // The worker: the bell shows 1, the list says new, the thread has the reply but
        // never the note, and the worker's own message shows as read by staff.
        let bell = json(server.call("unread_notifications", "", Some(&maria)).await).await;
        assert_eq!(bell, serde_json::json!(1));
        let mine = json(server.call("my_consultations", "", Some(&maria)).await).await;
        assert_eq!(mine["items"][0]["unread"], true);
        let response = server
            .call("consultation", &format!("id={urgent}"), Some(&maria))
            .await;
        let text = body_text(response).await;
        assert!(text.contains(reply));
        assert!(!text.contains(note), "a staff note reached the worker");
        let thread: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(thread["messages"][0]["seen_by_staff"], true);
        let bell = json(server.call("unread_notifications", "", Some(&maria)).await).await;
        assert_eq!(
            bell,
            serde_json::json!(0),
            "opening the thread read its notice"
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn a_company_never_reaches_a_consultation() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let maria = server.demo("maria.santos").await;
        // maria.santos works for 社会福祉法人あおぞら会, whose HR signs in here.
        let company = server.demo("hr@aozora.example").await;
        let id = server
            .open_consultation(&maria, "harassment", true, TAGALOG, Some(PHOTO))
            .await;
        let message: Uuid = server
            .scalar_about(
                "SELECT id FROM consultation_messages WHERE consultation_id = $1",
                id,
            )
            .await;
        for (name, body) in [
            ("consultation", format!("id={id}")),
            ("my_consultations", String::new()),
            ("consultation_inbox", String::new()),
        ] {
            let response = server.call(name, &body, Some(&company)).await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{name}");
            assert!(!body_text(response).await.contains(TAGALOG));
        }
        for page in [
            format!("/staff/consultations/{id}"),
            format!("/me/consultations/{id}"),
            "/staff/consultations".to_owned(),
        ] {
            let response = server.page(&page, Some(&company)).await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{page}");
            assert!(!body_text(response).await.contains(TAGALOG), "{page}");
        }
        let photo = server
            .get(
                &app::paths::consultation_photo(app::domain::MessageId::from_uuid(message), false),
                &[("cookie", &company)],
            )
            .await;
        assert_eq!(photo.status(), StatusCode::FORBIDDEN);
        let response = server
            .reply(&company, id, "We would like to know what was said.")
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        // The company was told nothing either.
        let company_notices: i64 = server
            .scalar(
                "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id
                 WHERE u.role = 'company'",
            )
            .await;
        assert_eq!(company_notices, 0);
        server.stop().await;
    }
}

#[tokio::test]
async fn bad_messages_are_refused_with_their_reason_and_nothing_changes() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let maria = server.demo("maria.santos").await;
        let an = server.demo("an.nguyen").await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let thread = server
            .open_consultation(&maria, "housing", false, "Sira ang gripo sa dorm.", None)
            .await;
        let thread_text = thread.to_string();
        let before = server.footprint().await;
        let long = "a".repeat(100 * 1024);
        let cases: Vec<(&str, Vec<Part<'_>>, &str)> = vec![
            (
                "empty",
                vec![Part::Text("category", "work"), Part::Text("body", " \n ")],
                "consultation_error.empty",
            ),
            (
                "100 KB",
                vec![Part::Text("category", "work"), Part::Text("body", &long)],
                "consultation_error.too_long",
            ),
            (
                "no category",
                vec![Part::Text("body", "Tulong po.")],
                "consultation_error.category",
            ),
            (
                "an executable named .jpg",
                vec![
                    Part::Text("category", "work"),
                    Part::Text("body", "Tingnan ang litrato."),
                    Part::File {
                        name: "photo",
                        file_name: "photo.jpg",
                        content_type: "image/jpeg",
                        bytes: EXE,
                    },
                ],
                "consultation_error.not_image",
            ),
            (
                "a PDF",
                vec![
                    Part::Text("category", "work"),
                    Part::Text("body", "Ang kontrata ko."),
                    Part::File {
                        name: "photo",
                        file_name: "contract.pdf",
                        content_type: "application/pdf",
                        bytes: PDF,
                    },
                ],
                "consultation_error.not_image",
            ),
        ];
        for (what, parts, key) in cases {
            let response = server.send_message(&maria, &parts).await;
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{what}");
            assert_eq!(error_key(response).await, key, "{what}");
        }
        // Someone else's thread does not exist for an.nguyen.
        let response = server.reply(&an, thread, "Xin chào").await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        // A worker cannot write a staff note.
        let response = server
            .send_message(
                &maria,
                &[
                    Part::Text("consultation_id", &thread_text),
                    Part::Text("internal", "1"),
                    Part::Text("body", "Tala"),
                ],
            )
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        // Another user's notification stays unread.
        let staff_notice: Uuid = server
            .scalar(
                "SELECT n.id FROM notifications n JOIN users u ON u.id = n.user_id
                 WHERE u.email = 'tanaka@sakura-support.example'",
            )
            .await;
        let response = server
            .call(
                "open_notification",
                &format!("id={staff_notice}"),
                Some(&maria),
            )
            .await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        let still_unread: i64 = server
            .count_about(
                "SELECT COUNT(*) FROM notifications WHERE id = $1 AND read_at IS NULL",
                staff_notice,
            )
            .await;
        assert_eq!(still_unread, 1);
        assert_eq!(server.footprint().await, before, "nothing changed");

        // A plain form comes back to the page with the reason, in the worker's language.
        let body = multipart(&[Part::Text("category", "work"), Part::Text("body", "")]);
        let response = server.send_message_body(body, &maria, false).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let location = header(&response, "location").to_owned();
        assert_eq!(location, "/me/consultations?error=consultation_error.empty");
        let cookie = format!("{maria}; i18n_pref_locale=tl");
        let page = body_text(server.page(&location, Some(&cookie)).await).await;
        assert!(page.contains("Pakisulat ang mensahe."), "{page}");
        // Staff's own notification opens: read, and its page.
        let response = server
            .call(
                "open_notification",
                &format!("id={staff_notice}"),
                Some(&staff),
            )
            .await;
        let link: String = serde_json::from_str(&body_text(response).await).expect("link");
        assert_eq!(link, format!("/staff/consultations/{thread}"));
        server.stop().await;
    }
}

#[tokio::test]
async fn resolving_keeps_the_record_and_tells_the_worker() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let maria = server.demo("maria.santos").await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let id = server
            .open_consultation(&maria, "wages", false, "Kulang ang sahod ko.", None)
            .await;
        let version: i64 = server
            .scalar_about("SELECT version FROM consultations WHERE id = $1", id)
            .await;
        let today = app::locale::today_in_japan();
        let resolve = |held_on: String, response: &str, version: i64| {
            resolve_form(id, version, &held_on, response)
        };
        let future = (today + chrono::Days::new(1)).to_string();
        for (body, key) in [
            (
                resolve(future, "Asked the company.", version),
                "consultation_error.held_on",
            ),
            (
                resolve(today.to_string(), " ", version),
                "consultation_error.record_missing",
            ),
        ] {
            let response = server
                .call("resolve_consultation", &body, Some(&staff))
                .await;
            assert_eq!(response.status(), StatusCode::BAD_REQUEST);
            assert_eq!(error_key(response).await, key);
        }
        let good = resolve(
            today.to_string(),
            "The company paid on 25 November.",
            version,
        );
        let response = server
            .call("resolve_consultation", &good, Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let response = server
            .call("resolve_consultation", &good, Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::CONFLICT, "a stale version");
        let status: String = server
            .scalar_about("SELECT status FROM consultations WHERE id = $1", id)
            .await;
        assert_eq!(status, "resolved");
        let resolved = server
            .count_about(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'consultation.resolved' AND entity_id = $1",
                id,
            )
            .await;
        assert_eq!(resolved, 1);
        let notices = json(server.call("my_notifications", "", Some(&maria)).await).await;
        assert_eq!(notices[0]["notice"]["kind"], "consultation_resolved");
        // The notifications page renders it in the reader's language.
        let cookie = format!("{maria}; i18n_pref_locale=tl");
        let page = body_text(server.page("/notifications", Some(&cookie)).await).await;
        assert!(
            page.contains("Isinara na ang iyong konsultasyon."),
            "{page}"
        );
        // The worker writes again: the thread is waiting for staff once more.
        let response = server.reply(&maria, id, "Kulang pa rin po.").await;
        assert_eq!(response.status(), StatusCode::OK);
        let status: String = server
            .scalar_about("SELECT status FROM consultations WHERE id = $1", id)
            .await;
        assert_eq!(status, "waiting");
        server.stop().await;
    }
}

#[tokio::test]
async fn opening_hours_need_three_weekdays_and_a_weekend_day() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let week = |days: &[u8]| {
            let mut form = form_urlencoded::Serializer::new(String::new());
            for day in days {
                form.append_pair(&format!("open[{day}]"), "on")
                    .append_pair(&format!("opens[{day}]"), "09:00")
                    .append_pair(&format!("closes[{day}]"), "18:00");
            }
            form.finish()
        };
        let before: i64 = server.scalar("SELECT COUNT(*) FROM opening_hours").await;
        for (days, key) in [
            (&[0u8, 1, 5][..], "hours_error.too_few_weekdays"),
            (&[0, 1, 2, 3, 4][..], "hours_error.no_weekend_day"),
        ] {
            let response = server
                .call("save_opening_hours", &week(days), Some(&staff))
                .await;
            assert_eq!(response.status(), StatusCode::BAD_REQUEST);
            assert_eq!(error_key(response).await, key);
        }
        let unchanged: i64 = server.scalar("SELECT COUNT(*) FROM opening_hours").await;
        assert_eq!(unchanged, before);
        let response = server
            .call("save_opening_hours", &week(&[0, 2, 4, 6]), Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let maria = server.demo("maria.santos").await;
        let mine = json(server.call("my_consultations", "", Some(&maria)).await).await;
        let weekdays: Vec<u64> = mine["reachable"]["hours"]
            .as_array()
            .expect("hours")
            .iter()
            .filter_map(|d| d["weekday"].as_u64())
            .collect();
        assert_eq!(weekdays, [0, 2, 4, 6]);
        server.stop().await;
    }
}
