//! Views of personal data are audit rows (issue 17, point 9), on both backends: staff (or
//! a company) opening a worker's record, support plan, printable record, one support,
//! documents or interviews, a document's review page, an interview record, a consultation
//! photo or the audit log writes exactly one row naming whose data it was; the worker
//! looking at their own writes none. The images a page shows are that page view (issue 19);
//! a file fetched on its own or downloaded is a row of its own. And a thread's read marker is set only by the side
//! it belongs to.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::{
    document_review::send_passport,
    documents::PHOTO,
    support::{BACKENDS, TestServer, body_text, start_on},
};

const STAFF: &str = "tanaka@sakura-support.example";
const WORKER: &str = "an.nguyen";
const COMPANY: &str = "hr@aozora.example";

impl TestServer {
    /// Audit rows of `action` about `entity_id`.
    async fn views_of(&self, action: &str, entity_id: Uuid) -> i64 {
        let db = &self.state.db;
        app::on_db!(db, pool => sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM audit_log WHERE action = $1 AND entity_id = $2",
        )
        .bind(action)
        .bind(entity_id)
        .fetch_one(pool)
        .await)
        .expect("audit rows")
    }

    async fn audit_rows(&self) -> i64 {
        self.scalar("SELECT COUNT(*) FROM audit_log").await
    }

    /// GETs `path` as `cookie` (a page, or a file) and answers how many audit rows of
    /// `action` about `entity_id` it added, and how many rows in all.
    async fn rows_added_by(
        &self,
        path: &str,
        cookie: &str,
        action: &str,
        entity_id: Uuid,
    ) -> (i64, i64) {
        let (before, all_before) = (
            self.views_of(action, entity_id).await,
            self.audit_rows().await,
        );
        let response = self.page(path, Some(cookie)).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let _ = body_text(response).await;
        (
            self.views_of(action, entity_id).await - before,
            self.audit_rows().await - all_before,
        )
    }
}

/// A booking of an.nguyen's periodic interview whose slot started yesterday.
async fn past_booking(server: &TestServer) -> Uuid {
    let (slot, booking) = (Uuid::now_v7(), Uuid::now_v7());
    let start = chrono::Utc::now() - chrono::Duration::days(1);
    let staff: Uuid = server
        .scalar(&format!("SELECT id FROM users WHERE email = '{STAFF}'"))
        .await;
    let (org, worker, user): (Uuid, Uuid, Uuid) = {
        let db = &server.state.db;
        app::on_db!(db, pool => sqlx::query_as(
            "SELECT w.organization_id, w.id, u.id FROM workers w JOIN users u ON u.id = w.user_id
             WHERE u.login_id = $1",
        )
        .bind(WORKER)
        .fetch_one(pool)
        .await)
        .expect("an.nguyen")
    };
    let db = &server.state.db;
    app::on_db!(db, pool => {
        async {
            sqlx::query(
                "INSERT INTO interview_slots (id, organization_id, staff_id, starts_at, ends_at,
                    mode, video_url, created_by, created_at)
                 VALUES ($1, $2, $3, $4, $5, 'video', 'https://meet.example/x', $3, $4)",
            )
            .bind(slot).bind(org).bind(staff).bind(start)
            .bind(start + chrono::Duration::minutes(30))
            .execute(pool).await?;
            sqlx::query(
                "INSERT INTO interview_bookings (id, organization_id, slot_id, worker_id, kind,
                    booked_by, status, calendar_uid, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, 'worker', $5, 'booked', $6, $7, $7)",
            )
            .bind(booking).bind(org).bind(slot).bind(worker).bind(user)
            .bind(format!("{booking}@shien")).bind(start)
            .execute(pool).await?;
            Ok::<_, sqlx::Error>(())
        }.await
    })
    .expect("a past booking");
    booking
}

#[tokio::test]
async fn a_workers_record_plan_and_printed_record_are_one_row_per_view_and_none_for_the_worker() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (staff, worker, company) = (
            server.demo(STAFF).await,
            server.demo(WORKER).await,
            server.demo(COMPANY).await,
        );
        let id = server.worker_id(WORKER).await;
        let support: Uuid = server
            .scalar_about(
                "SELECT id FROM supports WHERE worker_id = $1 AND kind = 'housing_and_contracts'",
                id,
            )
            .await;
        let pages = [
            (format!("/workers/{id}"), "worker.viewed"),
            (format!("/workers/{id}/supports"), "support_plan.viewed"),
            (format!("/workers/{id}/record"), "support_record.printed"),
            (format!("/supports/{support}"), "support.viewed"),
            (format!("/workers/{id}/documents"), "documents.viewed"),
        ];
        for (path, action) in &pages {
            for (who, cookie) in [("staff", &staff), ("company", &company)] {
                assert_eq!(
                    server.rows_added_by(path, cookie, action, id).await,
                    (1, 1),
                    "{backend:?}: {who} opening {path}: one {action} row, nothing else"
                );
            }
            assert_eq!(
                server.rows_added_by(path, &worker, action, id).await,
                (0, 0),
                "{backend:?}: the worker opening her own {path}"
            );
        }
        // The server function behind the page, called on its own, is accounted for too.
        let before = server.views_of("worker.viewed", id).await;
        let response = server
            .call_get("worker_detail", &format!("id={id}"), Some(&staff))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(server.views_of("worker.viewed", id).await, before + 1);
        // The row names who looked, at whose data, in which organization.
        let actor: Uuid = server
            .scalar("SELECT actor_user_id FROM audit_log WHERE action = 'worker.viewed' ORDER BY at DESC LIMIT 1")
            .await;
        let staff_id: Uuid = server
            .scalar(&format!("SELECT id FROM users WHERE email = '{STAFF}'"))
            .await;
        assert_eq!(actor, staff_id);
        let org_matches: i64 = server
            .scalar_about(
                "SELECT COUNT(*) FROM audit_log a JOIN workers w ON w.id = a.entity_id
                 WHERE a.action = 'worker.viewed' AND a.entity = 'worker'
                   AND a.organization_id = w.organization_id AND w.id = $1",
                id,
            )
            .await;
        assert_eq!(org_matches, before + 1, "{backend:?}");
        // The audit log page names her as the one whose record was opened.
        let name: String = server
            .scalar_about(
                "SELECT family_name || ' ' || given_name FROM workers WHERE id = $1",
                id,
            )
            .await;
        let log = crate::support::json(server.call_get("audit_log", "", Some(&staff)).await).await;
        let named = log["lines"].as_array().is_some_and(|lines| {
            lines
                .iter()
                .any(|l| l["action"] == "worker.viewed" && l["subject"] == name.as_str())
        });
        assert!(named, "{backend:?}: {log}");
        server.stop().await;
    }
}

#[tokio::test]
async fn a_document_review_an_interview_record_and_the_audit_log_are_one_row_per_view() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (staff, worker) = (server.demo(STAFF).await, server.demo(WORKER).await);
        let id = server.worker_id(WORKER).await;
        let document = send_passport(&server, &worker).await;
        assert_eq!(
            server
                .rows_added_by(
                    &format!("/staff/documents/{document}"),
                    &staff,
                    "document.review_viewed",
                    id
                )
                .await,
            (1, 1),
            "{backend:?}: the review page"
        );
        let booking = past_booking(&server).await;
        assert_eq!(
            server
                .rows_added_by(
                    &format!("/staff/interviews/{booking}"),
                    &staff,
                    "interview_record.viewed",
                    id
                )
                .await,
            (1, 1),
            "{backend:?}: the interview record"
        );
        // A worker's interviews page is for staff and her company (she has her own).
        let company = server.demo(COMPANY).await;
        for cookie in [&staff, &company] {
            let path = format!("/workers/{id}/interviews");
            assert_eq!(
                server
                    .rows_added_by(&path, cookie, "interviews.viewed", id)
                    .await,
                (1, 1),
                "{backend:?}: {path}"
            );
        }
        let org: Uuid = server
            .scalar(&format!(
                "SELECT organization_id FROM users WHERE email = '{STAFF}'"
            ))
            .await;
        assert_eq!(
            server
                .rows_added_by("/staff/audit", &staff, "audit_log.viewed", org)
                .await,
            (1, 1),
            "{backend:?}: the audit log"
        );
        // Filtered on one person, the row is about that person.
        let person: Uuid = server
            .scalar(&format!("SELECT id FROM users WHERE login_id = '{WORKER}'"))
            .await;
        assert_eq!(
            server
                .rows_added_by(
                    &format!("/staff/audit?person={person}"),
                    &staff,
                    "audit_log.viewed",
                    person
                )
                .await,
            (1, 1),
            "{backend:?}: the audit log about an.nguyen"
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn a_consultation_photo_fetched_by_staff_is_one_row_per_fetch_and_none_for_its_worker() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (staff, worker) = (server.demo(STAFF).await, server.demo(WORKER).await);
        let id = server.worker_id(WORKER).await;
        server
            .open_consultation(
                &worker,
                "wages",
                false,
                "Lương tháng 10 thiếu.",
                Some(PHOTO),
            )
            .await;
        let message: Uuid = server
            .scalar("SELECT id FROM consultation_messages WHERE photo_key IS NOT NULL")
            .await;
        for path in [
            format!("/consultations/photos/{message}"),
            format!("/consultations/photos/{message}?thumbnail=1"),
        ] {
            assert_eq!(
                server
                    .rows_added_by(&path, &staff, "consultation_photo.viewed", id)
                    .await,
                (1, 1),
                "{backend:?}: staff fetching {path}"
            );
            assert_eq!(
                server
                    .rows_added_by(&path, &worker, "consultation_photo.viewed", id)
                    .await,
                (0, 0),
                "{backend:?}: the worker fetching her own {path}"
            );
        }
        server.stop().await;
    }
}

/// The `src` of every `<img>` of a page: what the browser fetches with it.
fn image_sources(html: &str) -> Vec<String> {
    html.split("<img")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            let start = tag.find("src=\"")? + 5;
            let end = start + tag[start..].find('"')?;
            Some(tag[start..end].replace("&amp;", "&"))
        })
        .collect()
}

impl TestServer {
    /// GETs `path` as `cookie` and then every image it shows, as a browser does, and
    /// answers how many audit rows that added, and how many images there were.
    async fn rows_added_by_page_and_images(&self, path: &str, cookie: &str) -> (i64, usize) {
        let before = self.audit_rows().await;
        let response = self.page(path, Some(cookie)).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let images = image_sources(&body_text(response).await);
        for src in &images {
            let image = self.page(src, Some(cookie)).await;
            assert_eq!(image.status(), StatusCode::OK, "{src}");
            let _ = body_text(image).await;
        }
        (self.audit_rows().await - before, images.len())
    }
}

/// Issue 19: a review wrote about five "viewed" rows, one for the page and one for each
/// image the browser fetched for it. A page and the files it shows are one view; a file
/// fetched on its own, or downloaded, is still a row of its own.
#[tokio::test]
async fn a_page_and_the_images_it_shows_are_one_row_and_a_file_fetched_on_its_own_one_more() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (staff, worker) = (server.demo(STAFF).await, server.demo(WORKER).await);
        let id = server.worker_id(WORKER).await;
        let document = send_passport(&server, &worker).await;
        let thread = server
            .open_consultation(&worker, "housing", false, "Phòng bị dột.", Some(PHOTO))
            .await;
        for path in [
            "/staff/documents".to_owned(),
            format!("/staff/documents/{document}"),
            format!("/workers/{id}/documents"),
            format!("/staff/consultations/{thread}"),
        ] {
            let (rows, images) = server.rows_added_by_page_and_images(&path, &staff).await;
            assert!(images > 0, "{backend:?}: {path} shows no image");
            assert_eq!(rows, 1, "{backend:?}: {path} and its {images} images");
        }
        // The same files, fetched by a colleague whose pages never showed them.
        let colleague = server.demo("lan@sakura-support.example").await;
        let file: Uuid = server
            .scalar_about(
                "SELECT id FROM document_files WHERE submission_id = $1",
                document,
            )
            .await;
        let message: Uuid = server
            .scalar("SELECT id FROM consultation_messages WHERE photo_key IS NOT NULL")
            .await;
        for (path, action, about) in [
            (
                format!("/documents/files/{file}"),
                "document.viewed",
                document,
            ),
            (
                format!("/documents/files/{file}?thumbnail=1"),
                "document.viewed",
                document,
            ),
            (
                format!("/consultations/photos/{message}"),
                "consultation_photo.viewed",
                id,
            ),
        ] {
            assert_eq!(
                server.rows_added_by(&path, &colleague, action, about).await,
                (1, 1),
                "{backend:?}: {path} on its own"
            );
        }
        // A download is a copy taken away: a row, whatever page offered it.
        let download = format!("/documents/files/{file}?download=1");
        assert_eq!(
            server
                .rows_added_by(&download, &staff, "document.downloaded", document)
                .await,
            (1, 1),
            "{backend:?}: the download"
        );
        server.stop().await;
    }
}

/// Whether the thread shows as unread in the worker's list and in the staff inbox.
async fn unread(server: &TestServer, thread: Uuid, worker: &str, staff: &str) -> (bool, bool) {
    let find = |list: serde_json::Value| {
        list["items"]
            .as_array()
            .and_then(|items| items.iter().find(|i| i["id"] == thread.to_string()))
            .and_then(|i| i["unread"].as_bool())
            .unwrap_or_else(|| panic!("thread {thread} in {list}"))
    };
    let mine = crate::support::json(server.call("my_consultations", "", Some(worker)).await).await;
    let inbox =
        crate::support::json(server.call("consultation_inbox", "", Some(staff)).await).await;
    (find(mine), find(inbox))
}

#[tokio::test]
async fn a_threads_read_marker_is_set_only_by_the_side_it_belongs_to() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (staff, worker) = (server.demo(STAFF).await, server.demo(WORKER).await);
        let thread = server
            .open_consultation(&worker, "wages", false, "Lương tháng 10 thiếu.", None)
            .await;
        let (staff_page, worker_page) = (
            format!("/staff/consultations/{thread}"),
            format!("/me/consultations/{thread}"),
        );
        assert_eq!(
            unread(&server, thread, &worker, &staff).await,
            (false, true)
        );
        // Assigned to Tanaka: a colleague opening it leaves it unread for her.
        let version: i64 = server
            .scalar_about("SELECT version FROM consultations WHERE id = $1", thread)
            .await;
        let tanaka: Uuid = server
            .scalar("SELECT id FROM users WHERE email = 'tanaka@sakura-support.example'")
            .await;
        let assigned = server
            .call(
                "assign_consultation",
                &format!("id={thread}&version={version}&assignee={tanaka}"),
                Some(&staff),
            )
            .await;
        assert_eq!(assigned.status(), StatusCode::OK, "{backend:?}");
        let colleague = server.demo("lan@sakura-support.example").await;
        assert_eq!(
            server.page(&staff_page, Some(&colleague)).await.status(),
            200
        );
        assert_eq!(
            unread(&server, thread, &worker, &staff).await,
            (false, true),
            "{backend:?}: a colleague's GET marked it read for the assigned officer"
        );
        // The worker reading her own thread leaves it unread for staff.
        assert_eq!(server.page(&worker_page, Some(&worker)).await.status(), 200);
        assert_eq!(
            unread(&server, thread, &worker, &staff).await,
            (false, true),
            "{backend:?}: a worker's GET marked the staff side read"
        );
        assert_eq!(server.page(&staff_page, Some(&staff)).await.status(), 200);
        assert_eq!(
            unread(&server, thread, &worker, &staff).await,
            (false, false)
        );

        // Staff answer: unread for the worker until she opens it, whatever staff open.
        let replied = server
            .reply(&staff, thread, "Chúng tôi sẽ hỏi công ty.")
            .await;
        assert_eq!(replied.status(), StatusCode::OK);
        assert_eq!(
            unread(&server, thread, &worker, &staff).await,
            (true, false)
        );
        assert_eq!(server.page(&staff_page, Some(&staff)).await.status(), 200);
        assert_eq!(
            unread(&server, thread, &worker, &staff).await,
            (true, false),
            "{backend:?}: a staff GET marked the worker side read"
        );
        assert_eq!(server.page(&worker_page, Some(&worker)).await.status(), 200);
        assert_eq!(
            unread(&server, thread, &worker, &staff).await,
            (false, false)
        );
        server.stop().await;
    }
}
