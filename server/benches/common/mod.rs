//! What the benchmarks share: a server's configuration and database in a folder of their
//! own, the real router on it, and signing the staff member in through it. (A PostgreSQL
//! database for one run is `postgres.rs`, for the benchmarks that run on both backends.)

use std::{collections::HashMap, path::Path};

use app::db;
use axum::{Router, body::Body, http::Request};
use server::config::Config;
use tower::ServiceExt;

/// The configuration of a server in `dir` on `database_url`, and its database migrated.
pub async fn prepare(dir: &Path, database_url: &str) -> (Config, db::Db) {
    std::fs::create_dir_all(dir.join("site/pkg")).expect("site folder");
    std::fs::write(dir.join("site/pkg/shien.css"), "body{}").expect("css");
    let vars: HashMap<String, String> = HashMap::from([
        (
            "LEPTOS_SITE_ROOT".into(),
            dir.join("site").display().to_string(),
        ),
        ("DATABASE_URL".into(), database_url.to_owned()),
        ("LEPTOS_HASH_FILES".into(), "false".into()),
        (
            "SHIEN_UPLOAD_DIR".into(),
            dir.join("uploads").display().to_string(),
        ),
    ]);
    let config = Config::from_sources(|k| vars.get(k).cloned(), []).expect("config");
    let db = db::connect(&config.database_url, 4)
        .await
        .expect("database");
    server::prepare_database(&db).await.expect("migrate");
    (config, db)
}

/// The real router on `db`.
pub fn router(config: &Config, db: &db::Db) -> Router {
    let documents = config.documents().expect("upload folder");
    let state = app::state::AppState::new(db.clone(), config.auth.clone(), documents);
    server::router(config, state)
}

/// Signs in the demo staff member; returns the session cookie (`name=value`).
pub async fn staff_cookie(router: &Router) -> String {
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("login", "tanaka@sakura-support.example")
        .append_pair("password", app::demo::DEMO_PASSWORD)
        .finish();
    let response = router
        .clone()
        .oneshot(
            Request::post("/api/sign_in")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("content-length", body.len())
                .header("accept", "application/json")
                .body(Body::from(body))
                .expect("request"),
        )
        .await
        .expect("sign in");
    assert_eq!(response.status(), 200, "staff sign-in");
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(server::SESSION_COOKIE))
        .and_then(|c| c.split(';').next())
        .expect("session cookie")
        .to_owned()
}
