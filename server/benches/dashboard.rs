//! The staff dashboard at volume: seeds the demo organization with 10,000 workers (100,000
//! supports) on SQLite and on PostgreSQL, then times the dashboard's server function and
//! its page through the real router, and prints the query plan of the main query.
//! Budget (issue #4): server time p95 ≤ 50 ms. Exits non-zero when a p95 is over it.
//!
//! Run: `scripts/bench-dashboard` (or `cargo bench -p server --bench dashboard`).
//! `SHIEN_BENCH_WORKERS` changes the volume; `SHIEN_TEST_POSTGRES_URL` the PostgreSQL
//! server (default postgres://postgres@127.0.0.1:5432/test).

use std::{path::Path, time::Instant};

mod common;
#[path = "common/postgres.rs"]
mod postgres;

use app::db;
use axum::{Router, body::Body, http::Request};
use sqlx::Executor;
use tower::ServiceExt;

const BUDGET_P95_MS: f64 = 50.0;
const WARM_UP: usize = 20;
const RUNS: usize = 200;

struct Bench {
    router: Router,
    cookie: String,
    db: db::Db,
}

async fn setup(dir: &Path, database_url: &str, workers: usize) -> Bench {
    let (config, db) = common::prepare(dir, database_url).await;
    let started = Instant::now();
    let volume = app::demo::volume::seed_workers(&db, workers)
        .await
        .expect("seed");
    println!(
        "  seeded {} workers, {} supports in {:.1} s",
        volume.workers,
        volume.supports,
        started.elapsed().as_secs_f64()
    );
    // Fresh statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE would keep them.
    app::on_db!(&db, pool => pool.execute("ANALYZE").await.map(|_| ())).expect("analyze");
    let router = common::router(&config, &db);
    let cookie = common::staff_cookie(&router).await;
    Bench { router, cookie, db }
}

/// Times `runs` GETs of `uri` (after a warm-up); returns (p50, p95, max) in ms and the
/// size of the last answer.
async fn time(bench: &Bench, uri: &str, accept: &str) -> (f64, f64, f64, usize) {
    let mut times = Vec::with_capacity(RUNS);
    let mut size = 0;
    for n in 0..WARM_UP + RUNS {
        let request = Request::get(uri)
            .header("cookie", &bench.cookie)
            .header("accept", accept)
            .body(Body::empty())
            .expect("request");
        let started = Instant::now();
        let response = bench
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("response");
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("body");
        let elapsed = started.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(status, 200, "{uri}: {}", String::from_utf8_lossy(&bytes));
        size = bytes.len();
        if n >= WARM_UP {
            times.push(elapsed);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95), at(1.0), size)
}

async fn measure(name: &str, bench: &Bench) -> bool {
    let org: app::domain::OrganizationId = app::on_db!(&bench.db, pool => {
        sqlx::query_scalar("SELECT id FROM organizations WHERE slug = 'demo'").fetch_one(pool).await
    })
    .expect("org");
    let company: app::domain::CompanyId = app::on_db!(&bench.db, pool => {
        sqlx::query_scalar("SELECT id FROM companies WHERE name = '株式会社ふじ建設'").fetch_one(pool).await
    })
    .expect("company");
    let until = app::locale::today_in_japan() + chrono::Days::new(14);
    println!("  query plan of the due supports:");
    for line in app::supports::explain_due_supports(&bench.db, org, until)
        .await
        .expect("explain")
    {
        println!("    {line}");
    }
    let cases = [
        (
            "server fn, all",
            "/api/support_dashboard".to_owned(),
            "application/json",
        ),
        (
            "server fn, one company",
            format!("/api/support_dashboard?company={company}"),
            "application/json",
        ),
        (
            "server fn, one field",
            "/api/support_dashboard?field=nursing_care".to_owned(),
            "application/json",
        ),
        (
            "page /staff/dashboard",
            "/staff/dashboard".to_owned(),
            "text/html",
        ),
    ];
    println!(
        "  {:<26} {:>9} {:>9} {:>9} {:>9}",
        "what", "p50 ms", "p95 ms", "max ms", "bytes"
    );
    let mut within = true;
    for (what, uri, accept) in cases {
        let (p50, p95, max, size) = time(bench, &uri, accept).await;
        let mark = if p95 <= BUDGET_P95_MS {
            ""
        } else {
            "  OVER BUDGET"
        };
        within &= p95 <= BUDGET_P95_MS;
        println!("  {what:<26} {p50:>9.2} {p95:>9.2} {max:>9.2} {size:>9}{mark}");
    }
    println!(
        "  {name}: p95 budget {BUDGET_P95_MS} ms: {}",
        if within { "met" } else { "MISSED" }
    );
    within
}

#[tokio::main]
async fn main() {
    let workers = std::env::var("SHIEN_BENCH_WORKERS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let dir = std::env::temp_dir().join(format!("shien-bench-{}", uuid::Uuid::now_v7().simple()));
    let mut all_within = true;

    println!("SQLite, {workers} workers");
    let url = format!("sqlite://{}", dir.join("bench.db").display());
    let bench = setup(&dir.join("sqlite"), &url, workers).await;
    all_within &= measure("SQLite", &bench).await;
    bench.db.close().await;

    println!("PostgreSQL, {workers} workers");
    let postgres = postgres::Postgres::create().await;
    let bench = setup(&dir.join("postgres"), &postgres.url, workers).await;
    all_within &= measure("PostgreSQL", &bench).await;
    bench.db.close().await;
    postgres.drop().await;
    let _ = std::fs::remove_dir_all(&dir);
    if !all_within {
        std::process::exit(1);
    }
}
