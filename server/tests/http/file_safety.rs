//! Stored files that could hurt (issue 17, point 10): a PDF is served sandboxed, and to a
//! company only as a download, so that its JavaScript never runs in the portal's origin;
//! an image is judged by its header before a pixel is decoded, and a second version while
//! one waits is refused before anything is decoded at all.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::{
    documents::{PHOTO, Part, photo},
    interviews::error_key,
    support::{BACKENDS, TestServer, header, start_on},
};

const PDF: &[u8] = include_bytes!("../../../app/tests/fixtures/contract.pdf");

/// CRC-32 (ISO-HDLC) of a PNG chunk's type and data.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFF_u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = u32::try_from(data.len())
        .expect("short")
        .to_be_bytes()
        .to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A PNG of a few dozen bytes whose header claims `width` × `height` pixels. Its pixel
/// data is empty, so decoding it fails: any other refusal came before decoding.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = width.to_be_bytes().to_vec();
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    png.extend(chunk(b"IHDR", &header));
    png.extend(chunk(
        b"IDAT",
        &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    png.extend(chunk(b"IEND", &[]));
    png
}

fn png<'a>(bytes: &'a [u8]) -> Part<'a> {
    Part::File {
        name: "front",
        file_name: "scan.png",
        content_type: "image/png",
        bytes,
    }
}

impl TestServer {
    /// What a refused upload must leave alone: rows and stored files.
    async fn upload_footprint(&self) -> (i64, i64, usize) {
        (
            self.submissions().await,
            self.scalar("SELECT COUNT(*) FROM document_files").await,
            self.stored_files().len(),
        )
    }
}

#[tokio::test]
async fn a_stored_pdf_is_sandboxed_and_a_company_gets_it_only_as_a_download() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (staff, worker, company) = (
            server.demo("tanaka@sakura-support.example").await,
            server.demo("an.nguyen").await,
            server.demo("hr@aozora.example").await,
        );
        let pdf = Part::File {
            name: "front",
            file_name: "contract.pdf",
            content_type: "application/pdf",
            bytes: PDF,
        };
        let sent = server
            .upload(&worker, &[Part::Text("kind", "employment_contract"), pdf])
            .await;
        assert_eq!(sent.status(), StatusCode::OK, "{backend:?}");
        let worker_id = server.worker_id("an.nguyen").await;
        let shared = server
            .call(
                "share_document_kind",
                &format!("worker_id={worker_id}&kind=employment_contract&shared=true"),
                Some(&staff),
            )
            .await;
        assert_eq!(shared.status(), StatusCode::OK);
        let file: Uuid = server.scalar("SELECT id FROM document_files").await;
        let path = format!("/documents/files/{file}");
        for (who, cookie) in [
            ("staff", &staff),
            ("worker", &worker),
            ("company", &company),
        ] {
            let response = server.get(&path, &[("cookie", cookie)]).await;
            assert_eq!(response.status(), StatusCode::OK, "{backend:?}: {who}");
            assert_eq!(header(&response, "content-type"), "application/pdf");
            let policy = header(&response, "content-security-policy");
            assert!(
                policy.split(';').any(|d| d.trim() == "sandbox"),
                "{backend:?}: {who} got {policy}"
            );
        }
        let response = server.get(&path, &[("cookie", &company)]).await;
        assert!(
            header(&response, "content-disposition").starts_with("attachment"),
            "{backend:?}: a company opens a PDF only as a download, got {}",
            header(&response, "content-disposition")
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn an_image_too_big_by_its_header_is_refused_in_words_and_nothing_is_stored() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let worker = server.demo("an.nguyen").await;
        // The review's 56 MP PNG, a strip no photo of a paper has, and 10,000 × 10,000.
        for (width, height) in [(7_500, 7_500), (40_000, 100), (10_000, 10_000)] {
            let bytes = png_claiming(width, height);
            let before = server.upload_footprint().await;
            let response = server
                .upload(&worker, &[Part::Text("kind", "passport"), png(&bytes)])
                .await;
            assert_eq!(response.status(), StatusCode::BAD_REQUEST);
            assert_eq!(
                error_key(response).await,
                "document_error.too_many_pixels",
                "{backend:?}: {width} × {height}"
            );
            assert_eq!(server.upload_footprint().await, before, "{backend:?}");
        }
        server.stop().await;
    }
}

#[tokio::test]
async fn a_second_version_while_one_waits_is_refused_before_it_is_decoded() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let worker = server.demo("an.nguyen").await;
        let sent = server
            .upload(
                &worker,
                &[Part::Text("kind", "passport"), photo("front", PHOTO)],
            )
            .await;
        assert_eq!(sent.status(), StatusCode::OK);
        // Decoding this one would fail ("unreadable"): the waiting rule must answer first.
        let undecodable = png_claiming(100, 100);
        let before = server.upload_footprint().await;
        let response = server
            .upload(
                &worker,
                &[Part::Text("kind", "passport"), png(&undecodable)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(
            error_key(response).await,
            "document_error.already_waiting",
            "{backend:?}"
        );
        assert_eq!(server.upload_footprint().await, before, "{backend:?}");
        server.stop().await;
    }
}
