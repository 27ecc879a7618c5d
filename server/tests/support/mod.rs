//! A router over a fresh, migrated SQLite file, for HTTP tests without a network.

use std::{collections::HashMap, path::PathBuf};

use app::{db, state::AppState};
use axum::{Router, body::Body, http::Request, response::Response};
use server::config::Config;
use tower::ServiceExt;

pub struct TestServer {
    pub router: Router,
    pub state: AppState,
    pub dir: PathBuf,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub async fn start(extra: &[(&str, &str)]) -> TestServer {
    let dir = std::env::temp_dir().join(format!("shien-http-{}", uuid::Uuid::now_v7().simple()));
    std::fs::create_dir_all(dir.join("site/pkg")).expect("site folder");
    std::fs::write(dir.join("site/pkg/shien.css"), "body{}").expect("css");
    let mut vars: HashMap<String, String> = HashMap::from([
        (
            "LEPTOS_SITE_ROOT".into(),
            dir.join("site").display().to_string(),
        ),
        (
            "DATABASE_URL".into(),
            format!("sqlite://{}", dir.join("shien.db").display()),
        ),
        ("LEPTOS_HASH_FILES".into(), "false".into()),
    ]);
    for (k, v) in extra {
        vars.insert((*k).to_owned(), (*v).to_owned());
    }
    let config = Config::from_sources(|k| vars.get(k).cloned(), []).expect("config");
    let db = db::connect(&config.database_url, 2)
        .await
        .expect("database");
    db.migrate().await.expect("migrate");
    let state = AppState { db };
    let router = server::router(&config, state.clone());
    TestServer { router, state, dir }
}

impl TestServer {
    pub async fn send(&self, request: Request<Body>) -> Response {
        self.router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible")
    }

    pub async fn get(&self, uri: &str, headers: &[(&str, &str)]) -> Response {
        let mut builder = Request::get(uri);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        self.send(builder.body(Body::empty()).expect("request"))
            .await
    }
}

pub async fn body_text(response: Response) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), 10 * 1024 * 1024)
        .await
        .expect("body");
    String::from_utf8_lossy(&bytes).into_owned()
}

pub fn header<'a>(response: &'a Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}
