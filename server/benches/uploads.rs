//! Memory under uploads (issue #5): the real router on a local port takes 10 uploads of
//! 10 MB at once, streamed from a client that never holds a body whole either, and the
//! process's peak resident memory (VmHWM) is read before and after. A PDF streams to
//! storage chunk by chunk; a photo is decoded and re-encoded, a few at a time. Budget:
//! 10 parallel 10 MB PDFs add at most 64 MB to the peak (they carry 100 MB); exits
//! non-zero when over it.
//!
//! Run: `scripts/bench-uploads` (or `cargo bench -p server --bench uploads`). Linux only
//! (it reads /proc/self).

use std::{io::Cursor, time::Instant};

mod common;

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};
use uuid::Uuid;

const PARALLEL: usize = 10;
const PDF_BYTES: usize = 10 * 1024 * 1024;
const BUDGET_MB: f64 = 64.0;
const BOUNDARY: &str = "----shien-bench";
const CHUNK: usize = 64 * 1024;

/// A field of `/proc/self/status`, in MB.
fn proc_status_mb(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Starts a new peak: the kernel resets VmHWM to the current RSS.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// What one upload sends.
#[derive(Clone)]
enum Payload {
    /// A PDF of `size` bytes, generated while it is sent.
    Pdf(usize),
    /// A photo, shared by all uploads.
    Photo(std::sync::Arc<Vec<u8>>),
}

/// Sends one multipart upload over a plain TCP connection, a chunk at a time; returns the
/// HTTP status.
async fn upload(
    addr: std::net::SocketAddr,
    cookie: &str,
    worker: Uuid,
    kind: &str,
    payload: Payload,
) -> u16 {
    let (file_name, content_type, size) = match &payload {
        Payload::Pdf(size) => ("contract.pdf", "application/pdf", *size),
        Payload::Photo(bytes) => ("photo.jpg", "image/jpeg", bytes.len()),
    };
    let head = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"worker_id\"\r\n\r\n{worker}\r\n\
         --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n{kind}\r\n\
         --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"front\"; filename=\"{file_name}\"\r\n\
         Content-Type: {content_type}\r\n\r\n"
    );
    let tail = format!("\r\n--{BOUNDARY}--\r\n");
    let length = head.len() + size + tail.len();
    let request = format!(
        "POST /documents/upload HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\n\
         Accept: application/json\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\n\
         Content-Length: {length}\r\nConnection: close\r\n\r\n"
    );
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    stream.write_all(request.as_bytes()).await.expect("headers");
    stream.write_all(head.as_bytes()).await.expect("head");
    match payload {
        Payload::Pdf(size) => {
            let mut chunk = vec![b'%'; CHUNK];
            chunk[..9].copy_from_slice(b"%PDF-1.7\n");
            let mut sent = 0;
            while sent < size {
                let n = CHUNK.min(size - sent);
                stream.write_all(&chunk[..n]).await.expect("body");
                if sent == 0 {
                    chunk[..9].copy_from_slice(b"%%%%%%%%%");
                }
                sent += n;
            }
        }
        Payload::Photo(bytes) => {
            for part in bytes.chunks(CHUNK) {
                stream.write_all(part).await.expect("body");
            }
        }
    }
    stream.write_all(tail.as_bytes()).await.expect("tail");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.expect("answer");
    let text = String::from_utf8_lossy(&answer);
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    if status != 200 {
        eprintln!(
            "  upload answered {status}: {}",
            text.lines().last().unwrap_or_default()
        );
    }
    status
}

/// A phone-sized photo (4000×3000) with texture, as JPEG: several megabytes.
fn photo() -> Vec<u8> {
    let image = image::RgbImage::from_fn(4000, 3000, |x, y| {
        let noise = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) % 64;
        image::Rgb([
            ((x / 16) % 192 + noise) as u8,
            ((y / 12) % 192 + noise) as u8,
            (((x + y) / 20) % 192) as u8,
        ])
    });
    let mut out = Cursor::new(Vec::new());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92)
        .encode_image(&image)
        .expect("encode");
    out.into_inner()
}

async fn round(
    name: &str,
    addr: std::net::SocketAddr,
    cookie: &str,
    workers: &[Uuid],
    kind: &str,
    payload: Payload,
) -> f64 {
    reset_peak();
    let before = proc_status_mb("VmRSS:");
    let started = Instant::now();
    let mut tasks = Vec::new();
    for worker in workers {
        let (cookie, kind, payload, worker) =
            (cookie.to_owned(), kind.to_owned(), payload.clone(), *worker);
        tasks.push(tokio::spawn(async move {
            upload(addr, &cookie, worker, &kind, payload).await
        }));
    }
    let mut ok = 0;
    for task in tasks {
        if task.await.expect("task") == 200 {
            ok += 1;
        }
    }
    let peak = proc_status_mb("VmHWM:");
    println!(
        "  {name}: {ok}/{} stored in {:.1} s; RSS before {before:.0} MB, peak {peak:.0} MB (+{:.0} MB)",
        workers.len(),
        started.elapsed().as_secs_f64(),
        peak - before
    );
    assert_eq!(ok, workers.len(), "{name}: every upload is stored");
    peak - before
}

#[tokio::main]
async fn main() {
    let dir = std::env::temp_dir().join(format!("shien-bench-uploads-{}", Uuid::now_v7().simple()));
    let url = format!("sqlite://{}", dir.join("shien.db").display());
    let (config, db) = common::prepare(&dir, &url).await;
    app::demo::volume::seed_workers(&db, 3 * PARALLEL)
        .await
        .expect("workers");
    let workers: Vec<Uuid> = app::on_db!(&db, pool => {
        sqlx::query_scalar("SELECT id FROM workers ORDER BY id LIMIT 30").fetch_all(pool).await
    })
    .expect("workers");
    let router = common::router(&config, &db);
    let cookie = common::staff_cookie(&router).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("listen");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .expect("serve");
    });

    println!("Uploads through the real router ({PARALLEL} at once, 10 MB each):");
    let photo = std::sync::Arc::new(photo());
    // Warm up: the first request builds what stays (pools, caches).
    round(
        "warm-up, 1 PDF",
        addr,
        &cookie,
        &workers[..1],
        "bank_account",
        Payload::Pdf(PDF_BYTES),
    )
    .await;
    let one = round(
        "1 PDF of 10 MB",
        addr,
        &cookie,
        &workers[1..2],
        "bank_account",
        Payload::Pdf(PDF_BYTES),
    )
    .await;
    let many = round(
        "10 PDFs of 10 MB at once",
        addr,
        &cookie,
        &workers[..PARALLEL],
        "employment_contract",
        Payload::Pdf(PDF_BYTES),
    )
    .await;
    let megabytes = photo.len() as f64 / 1_048_576.0;
    let two_photos = round(
        &format!("2 photos of {megabytes:.1} MB (4000×3000) at once"),
        addr,
        &cookie,
        &workers[2 * PARALLEL..2 * PARALLEL + 2],
        "passport",
        Payload::Photo(photo.clone()),
    )
    .await;
    let photos = round(
        &format!("10 photos of {megabytes:.1} MB (4000×3000) at once"),
        addr,
        &cookie,
        &workers[PARALLEL..2 * PARALLEL],
        "passport",
        Payload::Photo(photo),
    )
    .await;
    println!(
        "  peak growth: 1 PDF +{one:.0} MB, 10 PDFs +{many:.0} MB (budget {BUDGET_MB:.0} MB); \
         photos, decoded two at a time: 2 +{two_photos:.0} MB, 10 +{photos:.0} MB"
    );
    let _ = std::fs::remove_dir_all(&dir);
    if many > BUDGET_MB {
        eprintln!(
            "FAIL: 10 parallel uploads grew the peak by {many:.0} MB (budget {BUDGET_MB:.0} MB)"
        );
        std::process::exit(1);
    }
    println!("PASS: memory stays flat while 100 MB stream through");
}
