//! Uploads and downloads through the real router: what is stored, what is refused with
//! which message, and that a refused or broken upload leaves neither file nor row.

use axum::{
    body::{Body, Bytes},
    http::{Request, StatusCode},
};
use uuid::Uuid;

use crate::support::{
    BOUNDARY, TestServer, body_text, header, multipart_request, start, start_with_demo,
};

pub const PHOTO: &[u8] = include_bytes!("../../../app/tests/fixtures/card-photo-exif-gps.jpg");
const PDF: &[u8] = include_bytes!("../../../app/tests/fixtures/contract.pdf");
const EXE: &[u8] = include_bytes!("../../../app/tests/fixtures/not-an-image.jpg");
const TRUNCATED: &[u8] = include_bytes!("../../../app/tests/fixtures/truncated.jpg");

/// One part of a multipart body.
pub enum Part<'a> {
    Text(&'a str, &'a str),
    File {
        name: &'a str,
        file_name: &'a str,
        content_type: &'a str,
        bytes: &'a [u8],
    },
}

pub fn multipart(parts: &[Part<'_>]) -> Vec<u8> {
    let mut body = Vec::new();
    for part in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match part {
            Part::Text(name, value) => {
                body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                        .as_bytes(),
                );
            }
            Part::File {
                name,
                file_name,
                content_type,
                bytes,
            } => {
                body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n\
                         Content-Type: {content_type}\r\n\r\n"
                    )
                    .as_bytes(),
                );
                body.extend_from_slice(bytes);
                body.extend_from_slice(b"\r\n");
            }
        }
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

pub fn photo<'a>(side: &'a str, bytes: &'a [u8]) -> Part<'a> {
    Part::File {
        name: side,
        file_name: "IMG_0001.jpg",
        content_type: "image/jpeg",
        bytes,
    }
}

fn request(body: Body, cookie: &str, json: bool) -> Request<Body> {
    multipart_request("/documents/upload", body, cookie, json)
}

impl TestServer {
    pub async fn upload(&self, cookie: &str, parts: &[Part<'_>]) -> axum::response::Response {
        self.upload_body(multipart(parts), cookie).await
    }

    pub async fn upload_body(&self, body: Vec<u8>, cookie: &str) -> axum::response::Response {
        self.send(request(Body::from(body), cookie, true)).await
    }

    /// Files in the upload folder, partial ones included.
    pub fn stored_files(&self) -> Vec<std::path::PathBuf> {
        let mut found = Vec::new();
        let mut folders = vec![self.dir.join("uploads")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
                if entry.path().is_dir() {
                    folders.push(entry.path());
                } else {
                    found.push(entry.path());
                }
            }
        }
        found
    }

    pub async fn submissions(&self) -> i64 {
        self.scalar("SELECT COUNT(*) FROM document_submissions")
            .await
    }
}

/// The error's locale key, from a JSON answer.
async fn error_key(response: axum::response::Response) -> String {
    let text = body_text(response).await;
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON error");
    value["Validation"]["message_key"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or(text)
}

#[tokio::test]
async fn a_card_photo_is_stored_upright_without_exif_with_a_thumbnail() {
    let server = start_with_demo().await;
    let worker = server.demo("an.nguyen").await;
    let response = server
        .upload(
            &worker,
            &[
                Part::Text("kind", "residence_card"),
                photo("front", PHOTO),
                photo("back", PHOTO),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let answer: serde_json::Value = serde_json::from_str(&body_text(response).await).expect("JSON");
    let id: Uuid = answer["id"].as_str().expect("id").parse().expect("uuid");
    let status: String = server
        .scalar_about("SELECT status FROM document_submissions WHERE id = $1", id)
        .await;
    assert_eq!(status, "waiting_for_review");
    // Two sides, each a clean photo and a thumbnail; the originals are gone.
    let stored = server.stored_files();
    assert_eq!(stored.len(), 4, "{stored:?}");
    for path in &stored {
        let bytes = std::fs::read(path).expect("stored file");
        assert!(bytes.starts_with(&[0xFF, 0xD8]), "a JPEG");
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "no EXIF in {path:?}"
        );
    }
    let (width, height): (i32, i32) = (
        server
            .scalar_about(
                "SELECT MIN(width) FROM document_files WHERE submission_id = $1",
                id,
            )
            .await,
        server
            .scalar_about(
                "SELECT MIN(height) FROM document_files WHERE submission_id = $1",
                id,
            )
            .await,
    );
    assert_eq!((width, height), (1200, 1600), "turned upright");
    let audited: i64 = server
        .scalar_about(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'document.uploaded' AND entity_id = $1",
            id,
        )
        .await;
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_pdf_is_kept_as_sent_and_a_plain_form_goes_back_to_the_page() {
    let server = start_with_demo().await;
    let worker = server.demo("an.nguyen").await;
    let body = multipart(&[
        Part::Text("kind", "employment_contract"),
        Part::File {
            name: "front",
            file_name: "contract.pdf",
            content_type: "application/pdf",
            bytes: PDF,
        },
    ]);
    let response = server.send(request(Body::from(body), &worker, false)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        header(&response, "location"),
        "/me/documents/employment_contract?saved=uploaded"
    );
    let stored = server.stored_files();
    assert_eq!(stored.len(), 1);
    assert_eq!(std::fs::read(&stored[0]).expect("file"), PDF);
}

/// Each bad upload gets its message, and nothing is stored.
#[tokio::test]
async fn bad_uploads_are_refused_with_a_message_and_nothing_is_stored() {
    let server = start(&[("SHIEN_UPLOAD_MAX_MB", "1")]).await;
    app::demo::seed(&server.state.db).await.expect("demo data");
    let worker = server.demo("an.nguyen").await;
    let other_worker: Uuid = server.worker_id("binh.tran").await;
    let other = other_worker.to_string();
    let big = {
        let mut bytes = PDF.to_vec();
        bytes.resize(1024 * 1024 + 10, b' ');
        bytes
    };
    let long_name = format!("{}.jpg", "a".repeat(500));
    let pdf_as_photo = Part::File {
        name: "front",
        file_name: "card.jpg",
        content_type: "image/jpeg",
        bytes: PDF,
    };
    let cases: Vec<(&str, Vec<Part<'_>>, StatusCode, &str)> = vec![
        (
            "an empty file",
            vec![Part::Text("kind", "passport"), photo("front", b"")],
            StatusCode::BAD_REQUEST,
            "document_error.empty",
        ),
        (
            "an executable named .jpg",
            vec![Part::Text("kind", "passport"), photo("front", EXE)],
            StatusCode::BAD_REQUEST,
            "document_error.wrong_type",
        ),
        (
            "a file over the limit",
            vec![
                Part::Text("kind", "employment_contract"),
                Part::File {
                    name: "front",
                    file_name: "big.pdf",
                    content_type: "application/pdf",
                    bytes: &big,
                },
            ],
            StatusCode::BAD_REQUEST,
            "document_error.too_large",
        ),
        (
            "a truncated photo",
            vec![Part::Text("kind", "passport"), photo("front", TRUNCATED)],
            StatusCode::BAD_REQUEST,
            "document_error.unreadable",
        ),
        (
            "a PDF that claims to be a photo",
            vec![Part::Text("kind", "passport"), pdf_as_photo],
            StatusCode::BAD_REQUEST,
            "document_error.type_mismatch",
        ),
        (
            "a name with path separators",
            vec![
                Part::Text("kind", "passport"),
                Part::File {
                    name: "front",
                    file_name: "../../etc/card.jpg",
                    content_type: "image/jpeg",
                    bytes: PHOTO,
                },
            ],
            StatusCode::BAD_REQUEST,
            "document_error.bad_name",
        ),
        (
            "a name of 500 characters",
            vec![
                Part::Text("kind", "passport"),
                Part::File {
                    name: "front",
                    file_name: &long_name,
                    content_type: "image/jpeg",
                    bytes: PHOTO,
                },
            ],
            StatusCode::BAD_REQUEST,
            "document_error.bad_name",
        ),
        (
            "one side of a card",
            vec![Part::Text("kind", "residence_card"), photo("front", PHOTO)],
            StatusCode::BAD_REQUEST,
            "document_error.side_missing",
        ),
        (
            "an unknown kind",
            vec![Part::Text("kind", "selfie"), photo("front", PHOTO)],
            StatusCode::BAD_REQUEST,
            "document_error.unknown_kind",
        ),
        (
            "another worker's id",
            vec![
                Part::Text("worker_id", &other),
                Part::Text("kind", "passport"),
                photo("front", PHOTO),
            ],
            StatusCode::NOT_FOUND,
            "NotFound",
        ),
    ];
    for (case, parts, status, key) in cases {
        let response = server.upload(&worker, &parts).await;
        assert_eq!(response.status(), status, "{case}");
        assert!(error_key(response).await.contains(key), "{case}");
        assert!(server.stored_files().is_empty(), "{case}: nothing stored");
        assert_eq!(server.submissions().await, 0, "{case}: no row");
    }
    // A company does not upload; nobody signed out does.
    let company = server.demo("hr@aozora.example").await;
    let response = server
        .upload(
            &company,
            &[Part::Text("kind", "passport"), photo("front", PHOTO)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = server
        .upload(
            &format!("{}=none", server::SESSION_COOKIE),
            &[Part::Text("kind", "passport"), photo("front", PHOTO)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert!(server.stored_files().is_empty());
}

#[tokio::test]
async fn a_second_upload_of_a_kind_waiting_for_review_is_refused_whole() {
    let server = start_with_demo().await;
    let worker = server.demo("an.nguyen").await;
    let parts = [Part::Text("kind", "passport"), photo("front", PHOTO)];
    let (first, second) = tokio::join!(
        server.upload(&worker, &parts),
        server.upload(&worker, &parts)
    );
    let mut statuses = [first.status(), second.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::BAD_REQUEST]);
    let refused = if first.status() == StatusCode::OK {
        second
    } else {
        first
    };
    assert_eq!(error_key(refused).await, "document_error.already_waiting");
    assert_eq!(server.submissions().await, 1);
    // One photo and its thumbnail: the loser's files are gone.
    assert_eq!(server.stored_files().len(), 2);
}

#[tokio::test]
async fn an_upload_cut_off_midway_leaves_nothing() {
    let server = start_with_demo().await;
    let worker = server.demo("an.nguyen").await;
    let body = multipart(&[Part::Text("kind", "passport"), photo("front", PHOTO)]);
    let half = Bytes::copy_from_slice(&body[..body.len() / 2]);
    let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
        Ok(half),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "the phone lost its signal",
        )),
    ];
    let response = server
        .send(request(
            Body::from_stream(futures_util::stream::iter(chunks)),
            &worker,
            true,
        ))
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_key(response).await, "document_error.interrupted");
    assert!(server.stored_files().is_empty());
    assert_eq!(server.submissions().await, 0);
}

#[tokio::test]
async fn a_database_failure_removes_the_stored_files() {
    let server = start_with_demo().await;
    let worker = server.demo("an.nguyen").await;
    // The file rows cannot be written, as with a full disk.
    let db = &server.state.db;
    app::on_db!(db, pool => sqlx::query(
        "CREATE TRIGGER no_room BEFORE INSERT ON document_files
         BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END",
    )
    .execute(pool)
    .await
    .map(|_| ()))
    .expect("trigger");
    let response = server
        .upload(
            &worker,
            &[Part::Text("kind", "passport"), photo("front", PHOTO)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(server.stored_files().is_empty(), "no file without a row");
    assert_eq!(server.submissions().await, 0, "no row without its files");
}

async fn uploaded_passport(server: &TestServer, worker: &str) -> Uuid {
    let response = server
        .upload(
            worker,
            &[Part::Text("kind", "passport"), photo("front", PHOTO)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let answer: serde_json::Value = serde_json::from_str(&body_text(response).await).expect("JSON");
    let id: Uuid = answer["id"].as_str().expect("id").parse().expect("uuid");
    server
        .scalar_about("SELECT id FROM document_files WHERE submission_id = $1", id)
        .await
}

#[tokio::test]
async fn files_are_served_only_to_those_who_may_open_them_and_views_are_logged() {
    let server = start_with_demo().await;
    let worker = server.demo("an.nguyen").await;
    let file = uploaded_passport(&server, &worker).await;
    let url = format!("/documents/files/{file}");

    let response = server.get(&url, &[("cookie", &worker)]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "content-type"), "image/jpeg");
    assert_eq!(header(&response, "x-content-type-options"), "nosniff");
    assert_eq!(header(&response, "cache-control"), "private, no-store");
    assert_eq!(
        header(&response, "content-disposition"),
        "inline; filename=\"passport-front.jpg\""
    );
    let thumbnail = server
        .get(&format!("{url}?thumbnail=1"), &[("cookie", &worker)])
        .await;
    assert_eq!(thumbnail.status(), StatusCode::OK);
    let download = server
        .get(&format!("{url}?download=1"), &[("cookie", &worker)])
        .await;
    assert!(header(&download, "content-disposition").starts_with("attachment;"));

    let views = || {
        server.scalar::<i64>(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('document.viewed', 'document.downloaded')",
        )
    };
    assert_eq!(views().await, 0, "a worker's own views are not logged");

    for login in ["binh.tran", "hr@aozora.example", "hr@minato.example"] {
        let cookie = server.demo(login).await;
        let response = server.get(&url, &[("cookie", &cookie)]).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{login}");
    }
    let anonymous = server.get(&url, &[]).await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let staff = server.demo("tanaka@sakura-support.example").await;
    let response = server.get(&url, &[("cookie", &staff)]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(views().await, 1, "a staff view is logged");

    // Shared with the worker's company, the company may open this worker's passport.
    let worker_id = server.worker_id("an.nguyen").await;
    let shared = server
        .call(
            "share_document_kind",
            &format!("worker_id={worker_id}&kind=passport&shared=true"),
            Some(&staff),
        )
        .await;
    assert_eq!(shared.status(), StatusCode::OK);
    let hr = server.demo("hr@aozora.example").await;
    let response = server.get(&url, &[("cookie", &hr)]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(views().await, 2, "a company view is logged");
}

/// The S3-compatible test server and a fresh bucket on it, as settings for a test server;
/// `None` (skipped) without `SHIEN_TEST_S3_ENDPOINT`, except in CI, where it fails.
async fn bucket_settings() -> Option<Vec<(&'static str, String)>> {
    let Ok(endpoint) = std::env::var("SHIEN_TEST_S3_ENDPOINT") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "SHIEN_TEST_S3_ENDPOINT is not set: scripts/test starts the S3 test server"
        );
        eprintln!("skipped: no S3 test server (SHIEN_TEST_S3_ENDPOINT)");
        return None;
    };
    let bucket = format!("shien-{}", Uuid::now_v7().simple());
    app::files::install_tls();
    let made = reqwest::Client::new()
        .put(format!("{endpoint}/{bucket}"))
        .send()
        .await
        .expect("the S3 test server answers");
    assert!(made.status().is_success());
    Some(vec![
        ("SHIEN_S3_BUCKET", bucket),
        ("SHIEN_S3_ENDPOINT", endpoint),
        ("SHIEN_S3_REGION", "us-east-1".to_owned()),
        ("SHIEN_S3_ACCESS_KEY_ID", "testing".to_owned()),
        ("SHIEN_S3_SECRET_ACCESS_KEY", "testing".to_owned()),
    ])
}

#[tokio::test]
async fn with_a_bucket_configured_uploads_and_downloads_go_through_it() {
    let Some(settings) = bucket_settings().await else {
        return;
    };
    let pairs: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let server = start(&pairs).await;
    app::demo::seed(&server.state.db).await.expect("demo data");
    let worker = server.demo("an.nguyen").await;
    let file = uploaded_passport(&server, &worker).await;
    assert!(
        server.stored_files().is_empty(),
        "nothing in the local folder"
    );
    let response = server
        .get(&format!("/documents/files/{file}"), &[("cookie", &worker)])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = axum::body::to_bytes(response.into_body(), 10 * 1024 * 1024)
        .await
        .expect("body");
    assert!(body.starts_with(&[0xFF, 0xD8]), "the cleaned JPEG");
    assert!(!body.windows(4).any(|w| w == b"Exif"));
    // The bucket holds the photo and its thumbnail, and nothing else.
    let keys = app::documents::referenced_keys(&server.state.db)
        .await
        .expect("keys");
    let removed = server
        .state
        .documents
        .storage
        .remove_orphans(&keys)
        .await
        .expect("list the bucket");
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(keys.len(), 2);
}

/// Without JavaScript the form sends both inputs of a side (camera and file chooser); the
/// one left empty comes as a part with an empty name, before or after the chosen one.
#[tokio::test]
async fn a_side_sent_with_its_other_input_left_empty_is_taken() {
    let server = start_with_demo().await;
    let worker = server.demo("an.nguyen").await;
    let empty = Part::File {
        name: "front",
        file_name: "",
        content_type: "application/octet-stream",
        bytes: b"",
    };
    let taken = server
        .upload(
            &worker,
            &[Part::Text("kind", "passport"), photo("front", PHOTO), empty],
        )
        .await;
    assert_eq!(taken.status(), StatusCode::OK, "{}", body_text(taken).await);
}
