//! Interviews held online, on both backends (issue 21, point 5): a video interview is
//! recorded only with the person's consent to the wording that names the recording, every
//! attestation and the recording (streamed in, or kept elsewhere with its SHA-256); the
//! recording reaches staff only; a consent withdrawn after booking stops the record; a
//! video interview that should have been face to face is on the dashboard; and the
//! recording goes with the retention purge. Bad uploads leave neither file nor row.

use axum::{
    body::{Body, Bytes},
    http::StatusCode,
};
use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::{
    documents::{Part, multipart},
    interview_records::started,
    interviews::{error_key, free_slots, in_days},
    support::{BACKENDS, TestServer, body_text, header, multipart_request, start_on_with},
};

const STAFF: &str = "tanaka@sakura-support.example";
const TICKS: &str = "&attest%5Bfaces_visible%5D=on&attest%5Broom_shown%5D=on\
                     &attest%5Bno_third_party%5D=on&attest%5Bno_earphones%5D=on";
const PDF: &[u8] = include_bytes!("../../../app/tests/fixtures/contract.pdf");

/// The start of an MP4 file (`ftyp isom`), padded: what a phone or a meeting tool saves.
fn mp4(bytes: usize) -> Vec<u8> {
    let mut file = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41".to_vec();
    file.resize(bytes, 0x2a);
    file
}

async fn publish_video(server: &TestServer, staff: &str) {
    let body = format!(
        "from={}&weeks=1&weekdays=mon,tue,wed,thu,fri,sat,sun&start=10:00&end=11:00\
         &length_minutes=30&mode=video&video_url=https%3A%2F%2Fmeet.example%2Fshien\
         &language%5Bvi%5D=on&language%5Bja%5D=on",
        in_days(3)
    );
    server
        .accepted(staff, "publish_interview_slots", &body)
        .await;
}

async fn book(server: &TestServer, cookie: &str, slot: Uuid, extra: &str) -> Uuid {
    let id = server
        .accepted(cookie, "book_interview", &format!("slot_id={slot}&{extra}"))
        .await;
    serde_json::from_value::<Uuid>(id["id"].clone())
        .or_else(|_| serde_json::from_value(id))
        .expect("booking id")
}

impl TestServer {
    async fn upload_recording(
        &self,
        booking: Uuid,
        cookie: &str,
        body: Body,
    ) -> axum::response::Response {
        let path = format!("/interviews/{booking}/recording");
        self.send(multipart_request(&path, body, cookie, true))
            .await
    }

    async fn recordings(&self) -> i64 {
        self.scalar("SELECT COUNT(*) FROM interview_recordings")
            .await
    }
}

fn recording_part(bytes: &[u8], content_type: &str) -> Body {
    Body::from(multipart(&[Part::File {
        name: "recording",
        file_name: "interview.mp4",
        content_type,
        bytes,
    }]))
}

#[tokio::test]
async fn a_video_interview_is_recorded_with_consent_attestations_and_its_recording() {
    for backend in BACKENDS {
        let server = start_on_with(backend, &[("SHIEN_RECORDING_MAX_MB", "1")]).await;
        let staff = server.demo(STAFF).await;
        let an = server.demo("an.nguyen").await;
        let hr = server.demo("hr@aozora.example").await;
        let an_id = server.worker_id("an.nguyen").await;
        publish_video(&server, &staff).await;
        let slots = free_slots(&server).await;

        // The worker ticks the consent that names the recording when booking.
        let first = book(&server, &an, slots[0], "kind=worker&consent=vi").await;
        let version: i32 = server
            .scalar("SELECT text_version FROM interview_consents WHERE person = 'worker'")
            .await;
        assert_eq!(version, app::domain::CONSENT_TEXT_VERSION);
        started(&server, first, 1).await;
        let yesterday = (app::locale::today_in_japan() - Duration::days(1)).to_string();
        let base = format!(
            "id={first}&version=1&held_on={yesterday}&mode=video\
             &attendees=Nguyen%20Van%20An%2C%20Tanaka&summary=Work%20is%20fine."
        );
        // Every attestation, then the recording, are needed.
        let three = TICKS.replace("&attest%5Bno_earphones%5D=on", "");
        for (extra, key) in [
            (three.clone(), "interview_error.attestation_missing"),
            (TICKS.to_owned(), "interview_error.recording_missing"),
            (
                format!("{TICKS}&recording_ref=NAS%2Fan.mp4&recording_sha256=abc"),
                "interview_error.recording_sha256",
            ),
        ] {
            server
                .refused(&staff, "record_interview", &format!("{base}{extra}"), key)
                .await;
        }

        // Neither the company nor the worker may upload (or read) a recording.
        let video = mp4(4096);
        for cookie in [&hr, &an] {
            let refused = server
                .upload_recording(first, cookie, recording_part(&video, "video/mp4"))
                .await;
            assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        }
        // Not audio or video by its content, too large, cut off: each refused, nothing kept.
        let not_media = server
            .upload_recording(first, &staff, recording_part(PDF, "video/mp4"))
            .await;
        assert_eq!(
            error_key(not_media).await,
            "interview_error.recording_not_media"
        );
        let too_large = server
            .upload_recording(first, &staff, recording_part(&mp4(1_500_000), "video/mp4"))
            .await;
        assert_eq!(
            error_key(too_large).await,
            "interview_error.recording_too_large"
        );
        let body = multipart(&[Part::File {
            name: "recording",
            file_name: "interview.mp4",
            content_type: "video/mp4",
            bytes: &mp4(200_000),
        }]);
        let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
            Ok(Bytes::copy_from_slice(&body[..body.len() / 2])),
            Err(std::io::Error::new(
                std::io::ErrorKind::ConnectionReset,
                "the office line dropped",
            )),
        ];
        let cut = server
            .upload_recording(
                first,
                &staff,
                Body::from_stream(futures_util::stream::iter(chunks)),
            )
            .await;
        assert_eq!(
            error_key(cut).await,
            "interview_error.recording_interrupted"
        );
        assert!(server.stored_files().is_empty(), "no file left behind");
        assert_eq!(server.recordings().await, 0);

        // A small recording goes in, hashed; staff alone get it back, with an audit row.
        let uploaded = server
            .upload_recording(first, &staff, recording_part(&video, "video/mp4"))
            .await;
        assert_eq!(
            uploaded.status(),
            StatusCode::OK,
            "{}",
            body_text(uploaded).await
        );
        let sha: String = server
            .scalar("SELECT sha256 FROM interview_recordings")
            .await;
        assert_eq!(sha, format!("{:x}", Sha256::digest(&video)));
        assert_eq!(server.stored_files().len(), 1);
        let path = format!("/interviews/{first}/recording");
        let download = server.get(&path, &[("cookie", &staff)]).await;
        assert_eq!(download.status(), StatusCode::OK);
        assert_eq!(header(&download, "content-type"), "video/mp4");
        let got = axum::body::to_bytes(download.into_body(), usize::MAX)
            .await
            .expect("the recording");
        assert_eq!(got.as_ref(), video.as_slice());
        for cookie in [&hr, &an] {
            let refused = server.get(&path, &[("cookie", cookie)]).await;
            assert_eq!(refused.status(), StatusCode::FORBIDDEN);
            assert!(!body_text(refused).await.contains("ftyp"));
        }
        let viewed: i64 = server
            .scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'interview_recording.viewed'")
            .await;
        assert_eq!(viewed, 1);
        // Uploaded already: no second one by reference.
        server
            .refused(
                &staff,
                "record_interview",
                &format!(
                    "{base}{TICKS}&recording_ref=NAS%2Fan.mp4&recording_sha256={}",
                    "a".repeat(64)
                ),
                "interview_error.recording_twice",
            )
            .await;

        // Recorded: the first interview by video should have been face to face.
        server
            .accepted(&staff, "record_interview", &format!("{base}{TICKS}"))
            .await;
        let (consent, faces, missed): (Option<Uuid>, bool, Option<String>) = {
            let db = &server.state.db;
            app::on_db!(db, pool => sqlx::query_as(
                "SELECT consent_id, faces_visible, face_to_face_missed FROM interview_records
                 WHERE booking_id = $1",
            )
            .bind(first)
            .fetch_one(pool)
            .await)
            .expect("the record")
        };
        assert!(consent.is_some() && faces);
        assert_eq!(missed.as_deref(), Some("first"));
        let lines = server.dashboard_lines_of(&staff, an_id).await;
        assert!(
            lines
                .iter()
                .any(|l| l["what"]["FaceToFaceMissed"]["reason"] == "first"),
            "{lines:?}"
        );
        let closed = server
            .upload_recording(first, &staff, recording_part(&video, "video/mp4"))
            .await;
        assert_eq!(error_key(closed).await, "interview_error.recording_closed");

        // A consent withdrawn between booking and recording stops the record.
        let second = book(&server, &an, slots[1], "kind=worker").await;
        started(&server, second, 0).await;
        for cookie in [&hr] {
            let refused = server
                .call(
                    "withdraw_interview_consent",
                    &format!("person=worker&worker_id={an_id}"),
                    Some(cookie),
                )
                .await;
            assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        }
        server
            .accepted(&an, "withdraw_interview_consent", "person=worker")
            .await;
        let today = app::locale::today_in_japan().to_string();
        let second_body = format!(
            "id={second}&version=1&held_on={today}&mode=video&attendees=An&summary=Fine.{TICKS}\
             &recording_ref=NAS%2Fan-2.mp4&recording_sha256={}",
            "b".repeat(64)
        );
        server
            .refused(
                &staff,
                "record_interview",
                &second_body,
                "interview_error.consent_withdrawn",
            )
            .await;
        let status: String = server
            .scalar_about(
                "SELECT status FROM interview_bookings WHERE id = $1",
                second,
            )
            .await;
        assert_eq!(status, "booked", "nothing half written");
        assert_eq!(server.recordings().await, 1);
        server
            .refused(
                &an,
                "withdraw_interview_consent",
                "person=worker",
                "interview_error.no_consent",
            )
            .await;

        // The retention purge takes the recording with the documents: a dry run first.
        let ended = app::locale::today_in_japan() - Duration::days(800);
        server
            .execute_about(
                &format!("UPDATE workers SET contract_ended_on = '{ended}' WHERE id = $1"),
                an_id,
            )
            .await;
        let (db, storage) = (&server.state.db, &server.state.documents.storage);
        let today = app::locale::today_in_japan();
        let dry = app::interviews::purge_recordings(db, storage, today, true)
            .await
            .expect("dry run");
        assert_eq!((dry.len(), dry[0].files), (1, 1));
        assert_eq!(server.stored_files().len(), 1);
        app::interviews::purge_recordings(db, storage, today, false)
            .await
            .expect("purge");
        assert!(server.stored_files().is_empty());
        assert_eq!(server.recordings().await, 0);
        let purged: i64 = server
            .scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'interview.recording_purged'")
            .await;
        assert_eq!(purged, 1);
        let _ = Utc::now();
        server.stop().await;
    }
}

#[tokio::test]
async fn the_company_consents_for_its_supervisor_and_staff_for_nobody() {
    for backend in BACKENDS {
        let server = start_on_with(backend, &[]).await;
        let staff = server.demo(STAFF).await;
        let hr = server.demo("hr@aozora.example").await;
        let an_id = server.worker_id("an.nguyen").await;
        publish_video(&server, &staff).await;
        let slots = free_slots(&server).await;
        let supervisor = format!("slot_id={}&kind=supervisor&worker_id={an_id}", slots[0]);
        server
            .refused(
                &hr,
                "book_interview",
                &supervisor,
                "interview_error.consent_missing",
            )
            .await;
        // Staff cannot agree for the supervisor (nor for the worker).
        server
            .refused(
                &staff,
                "book_interview",
                &format!("{supervisor}&consent=ja"),
                "interview_error.consent_missing",
            )
            .await;
        server
            .accepted(&hr, "book_interview", &format!("{supervisor}&consent=ja"))
            .await;
        let person: String = server.scalar("SELECT person FROM interview_consents").await;
        assert_eq!(person, "supervisor");
        // The company reads that it agreed, and may withdraw it; the worker's is not its own.
        let page = server
            .page(&format!("/workers/{an_id}/interviews"), Some(&hr))
            .await;
        let html = body_text(page).await;
        assert!(html.contains("consent-supervisor") && !html.contains("consent-worker"));
        server
            .accepted(
                &hr,
                "withdraw_interview_consent",
                &format!("person=supervisor&worker_id={an_id}"),
            )
            .await;
        let live: i64 = server
            .scalar("SELECT COUNT(*) FROM interview_consents WHERE withdrawn_at IS NULL")
            .await;
        assert_eq!(live, 0);
        server.stop().await;
    }
}
