//! The import of a sheet at volume (issue 20): 1,000 workers over 20 new companies, with
//! Japanese names and addresses, saved in CP932 as Excel in Japan saves it, uploaded,
//! previewed and imported through the real router as staff would, on SQLite and on
//! PostgreSQL; then the same file again, which must add nothing.
//! Budget (issue 20): upload, preview and import of the 1,000 within 30 s. Exits non-zero
//! when over it, or when the import did not add exactly what the sheet holds.
//!
//! Run: `scripts/bench-import` (or `cargo bench -p server --bench import`).
//! `SHIEN_BENCH_WORKERS` changes the volume; `SHIEN_TEST_POSTGRES_URL` the PostgreSQL
//! server (default postgres://postgres@127.0.0.1:5432/test).

use std::{path::Path, time::Instant};

mod common;
#[path = "common/postgres.rs"]
mod postgres;

use app::{db, domain::CorporateNumber};
use axum::{Router, body::Body, http::Request};
use tower::ServiceExt;

const BUDGET_SECONDS: f64 = 30.0;
const COMPANIES: usize = 20;
const BOUNDARY: &str = "----shien-bench-boundary";

struct Bench {
    router: Router,
    cookie: String,
    db: db::Db,
}

async fn setup(dir: &Path, database_url: &str) -> Bench {
    let (config, db) = common::prepare(dir, database_url).await;
    app::demo::seed(&db).await.expect("demo data");
    let router = common::router(&config, &db);
    let cookie = common::staff_cookie(&router).await;
    Bench { router, cookie, db }
}

/// A corporate number with its right check digit, from 12 base digits.
fn corporate_number(base: u64) -> String {
    (1..=9)
        .map(|check| format!("{check}{base:012}"))
        .find(|n| CorporateNumber::parse(n).is_ok())
        .expect("one check digit fits")
}

/// The sheet: `workers` rows over [`COMPANIES`] companies, in CP932.
fn sheet(workers: usize) -> Vec<u8> {
    let header: Vec<&str> = app::onboarding::COLUMNS.iter().map(|c| c.label).collect();
    let mut text = header.join(",");
    let numbers: Vec<String> = (0..COMPANIES)
        .map(|n| corporate_number(800_000_000_000 + n as u64))
        .collect();
    const FAMILY: [(&str, &str, &str); 4] = [
        ("NGUYEN", "グエン", "VN"),
        ("AUNG", "アウン", "MM"),
        ("SARI", "サリ", "ID"),
        ("REYES", "レイエス", "PH"),
    ];
    for n in 0..workers {
        let company = n % COMPANIES;
        let (family, kana, nationality) = FAMILY[n % FAMILY.len()];
        let row = [
            numbers[company].clone(),
            format!("株式会社髙橋建設第{company}工場"),
            format!("愛知県名古屋市中区栄{company}丁目1番1号"),
            "建設".to_owned(),
            family.to_owned(),
            format!("TARO {n}"),
            format!("{kana} タロウ"),
            nationality.to_owned(),
            String::new(),
            "1998/03/14".to_owned(),
            "男".to_owned(),
            format!("AB{n:08}CD"),
            "2027/06/30".to_owned(),
            "460-0008".to_owned(),
            format!("愛知県名古屋市中区栄一丁目{n}番地 ①ハイツ"),
            String::new(),
            String::new(),
        ];
        text.push_str("\r\n");
        text.push_str(&row.join(","));
    }
    text.push_str("\r\n");
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&text);
    assert!(!unmappable, "the sheet is CP932");
    bytes.into_owned()
}

async fn send(bench: &Bench, request: Request<Body>) -> (u16, String) {
    let response = bench
        .router
        .clone()
        .oneshot(request)
        .await
        .expect("response");
    let status = response.status().as_u16();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("body");
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

/// The upload's preview or what its import made, as the page asks for it.
fn detail_request(bench: &Bench, id: &str) -> Request<Body> {
    Request::get(format!("/api/sheet_import_detail?id={id}"))
        .header("accept", "application/json")
        .header("cookie", &bench.cookie)
        .body(Body::empty())
        .expect("request")
}

/// Upload, preview and import: (seconds of each, the import's counts as JSON).
async fn import(bench: &Bench, file: &[u8]) -> ([f64; 3], serde_json::Value) {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"workers.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let started = Instant::now();
    let (status, text) = send(
        bench,
        Request::post(app::paths::SHEET_UPLOAD)
            .header(
                "content-type",
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .header("accept", "application/json")
            .header("cookie", &bench.cookie)
            .header("origin", "http://localhost")
            .header("host", "localhost")
            .body(Body::from(body))
            .expect("request"),
    )
    .await;
    assert_eq!(status, 200, "upload: {text}");
    let uploaded = started.elapsed().as_secs_f64();
    let id = serde_json::from_str::<serde_json::Value>(&text).expect("JSON")["id"]
        .as_str()
        .expect("the upload's id")
        .to_owned();

    let started = Instant::now();
    let (status, text) = send(bench, detail_request(bench, &id)).await;
    assert_eq!(status, 200, "preview: {text}");
    assert!(text.contains("\"Ready\""), "the sheet has no problem");
    let previewed = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let form = format!("id={id}");
    let (status, text) = send(
        bench,
        Request::post("/api/run_sheet_import")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("content-length", form.len())
            .header("accept", "application/json")
            .header("cookie", &bench.cookie)
            .body(Body::from(form))
            .expect("request"),
    )
    .await;
    assert_eq!(status, 200, "import: {text}");
    let imported = started.elapsed().as_secs_f64();

    let (_, detail) = send(bench, detail_request(bench, &id)).await;
    let detail: serde_json::Value = serde_json::from_str(&detail).expect("JSON");
    (
        [uploaded, previewed, imported],
        detail["state"]["Imported"]["counts"].clone(),
    )
}

async fn measure(name: &str, bench: &Bench, workers: usize) -> bool {
    let file = sheet(workers);
    println!(
        "  the sheet: {workers} rows, {COMPANIES} companies, {:.1} KB in CP932",
        file.len() as f64 / 1024.0
    );
    let ([upload, preview, run], counts) = import(bench, &file).await;
    let total = upload + preview + run;
    println!(
        "  first import:  upload {upload:.2} s, preview {preview:.2} s, import {run:.2} s, total {total:.2} s"
    );
    let added = counts["workers_added"].as_u64() == Some(workers as u64)
        && counts["companies_added"].as_u64() == Some(COMPANIES as u64);
    if !added {
        println!("  the import added {counts}, not {workers} workers and {COMPANIES} companies");
    }
    let ([upload, preview, run], again) = import(bench, &file).await;
    println!(
        "  same file again: upload {upload:.2} s, preview {preview:.2} s, import {run:.2} s ({} rows unchanged)",
        again["rows_unchanged"]
    );
    let unchanged =
        again["workers_added"].as_u64() == Some(0) && again["companies_added"].as_u64() == Some(0);
    if !unchanged {
        println!("  the second import added {again}");
    }
    let within = total <= BUDGET_SECONDS;
    println!(
        "  {name}: budget {BUDGET_SECONDS} s for {workers} workers: {}",
        if within { "met" } else { "MISSED" }
    );
    within && added && unchanged
}

#[tokio::main]
async fn main() {
    let workers = std::env::var("SHIEN_BENCH_WORKERS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000);
    let dir = std::env::temp_dir().join(format!("shien-bench-{}", uuid::Uuid::now_v7().simple()));
    let mut all_within = true;

    println!("SQLite, {workers} workers");
    let url = format!("sqlite://{}", dir.join("bench.db").display());
    let bench = setup(&dir.join("sqlite"), &url).await;
    all_within &= measure("SQLite", &bench, workers).await;
    bench.db.close().await;

    println!("PostgreSQL, {workers} workers");
    let postgres = postgres::Postgres::create().await;
    let bench = setup(&dir.join("postgres"), &postgres.url).await;
    all_within &= measure("PostgreSQL", &bench, workers).await;
    bench.db.close().await;
    postgres.drop().await;
    let _ = std::fs::remove_dir_all(&dir);
    if !all_within {
        std::process::exit(1);
    }
}
