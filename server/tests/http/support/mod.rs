//! A router over a fresh, migrated SQLite file, for HTTP tests without a network.

use std::{collections::HashMap, path::PathBuf};

use app::{db, state::AppState};
use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode},
    response::Response,
};
use server::config::Config;
use tower::ServiceExt;

pub struct TestServer {
    pub router: Router,
    pub state: AppState,
    pub dir: PathBuf,
    /// The PostgreSQL database made for this server: (admin URL, name).
    postgres: Option<(String, String)>,
}

/// The server's folder goes with it; and a test that panicked before [`TestServer::stop`]
/// leaves no PostgreSQL database behind either.
impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((admin_url, name)) = self.postgres.take() {
            // Drop runs inside the test's runtime, which cannot be blocked on: a thread
            // with a runtime of its own does the work, and the drop waits for it.
            let done = std::thread::spawn(move || {
                if let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    runtime.block_on(drop_postgres(&admin_url, &name));
                }
            });
            let _ = done.join();
        }
    }
}

/// FORCE ends the connections a panicking test's pool still holds.
async fn drop_postgres(admin_url: &str, name: &str) {
    use sqlx::{Connection, Executor};
    if let Ok(mut admin) = sqlx::PgConnection::connect(admin_url).await {
        let _ = admin
            .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
            .await;
    }
}

/// Which database a test server runs on.
#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub const BACKENDS: [Backend; 2] = [Backend::Sqlite, Backend::Postgres];

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
        (
            "SHIEN_UPLOAD_DIR".into(),
            dir.join("uploads").display().to_string(),
        ),
    ]);
    for (k, v) in extra {
        vars.insert((*k).to_owned(), (*v).to_owned());
    }
    let config = Config::from_sources(|k| vars.get(k).cloned(), []).expect("config");
    let db = db::connect(&config.database_url, 2)
        .await
        .expect("database");
    server::prepare_database(&db).await.expect("migrate");
    let documents = config.documents().expect("upload folder");
    let state =
        AppState::new(db, config.auth.clone(), documents).with_interviews(config.interviews);
    let router = server::router(&config, state.clone());
    TestServer {
        router,
        state,
        dir,
        postgres: None,
    }
}

/// A test server with the demo data on the given backend. On PostgreSQL it gets a database
/// of its own; call [`TestServer::stop`] at the end to drop it.
pub async fn start_on(backend: Backend) -> TestServer {
    start_on_with(backend, &[]).await
}

/// [`start_on`] with settings of the test's own (`SHIEN_…` variables).
pub async fn start_on_with(backend: Backend, extra: &[(&str, &str)]) -> TestServer {
    let server = match backend {
        Backend::Sqlite => start(extra).await,
        Backend::Postgres => {
            use sqlx::{Connection, Executor};
            let admin_url = std::env::var("SHIEN_TEST_POSTGRES_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
            let name = format!("shien_http_{}", uuid::Uuid::now_v7().simple());
            let mut admin = sqlx::PgConnection::connect(&admin_url)
                .await
                .expect("PostgreSQL for the tests (README: tests)");
            admin
                .execute(format!("CREATE DATABASE {name}").as_str())
                .await
                .expect("create a test database");
            let url = match admin_url.rsplit_once('/') {
                Some((host, _)) => format!("{host}/{name}"),
                None => panic!("no database in {admin_url}"),
            };
            let mut vars = extra.to_vec();
            vars.push(("DATABASE_URL", &url));
            let mut server = start(&vars).await;
            server.postgres = Some((admin_url, name));
            server
        }
    };
    app::demo::seed(&server.state.db).await.expect("demo data");
    server
}

impl TestServer {
    /// Closes the pool and drops a PostgreSQL test database.
    pub async fn stop(mut self) {
        self.state.db.close().await;
        if let Some((admin_url, name)) = self.postgres.take() {
            drop_postgres(&admin_url, &name).await;
        }
    }

    /// A second router over the same database, as after a restart of the server.
    pub fn restarted(&self) -> Router {
        let vars: HashMap<String, String> = HashMap::from([
            (
                "LEPTOS_SITE_ROOT".into(),
                self.dir.join("site").display().to_string(),
            ),
            ("LEPTOS_HASH_FILES".into(), "false".into()),
            (
                "SHIEN_UPLOAD_DIR".into(),
                self.dir.join("uploads").display().to_string(),
            ),
        ]);
        let config = Config::from_sources(|k| vars.get(k).cloned(), []).expect("config");
        let state = AppState::new(
            self.state.db.clone(),
            config.auth.clone(),
            config.documents().expect("upload folder"),
        )
        .with_interviews(config.interviews);
        server::router(&config, state)
    }

    /// Serves the router on a free loopback port, as the binary does (real connections,
    /// the peer's address), for as long as the test's runtime lives.
    pub async fn listen(&self) -> std::net::SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port");
        let addr = listener.local_addr().expect("local address");
        let service = self
            .router
            .clone()
            .into_make_service_with_connect_info::<std::net::SocketAddr>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, service).await;
        });
        addr
    }

    /// Makes every stored session look as if its user was last seen `seconds` ago, as a
    /// phone that signed in this morning: the next request of each saves it again.
    pub async fn age_sessions(&self, seconds: i64) {
        use sqlx::Row;
        let (select, update) = match self.state.db {
            db::Db::Sqlite(_) => (
                "SELECT id, data FROM tower_sessions",
                "UPDATE tower_sessions SET data = $1 WHERE id = $2",
            ),
            db::Db::Postgres(_) => (
                "SELECT id, data FROM tower_sessions.session",
                "UPDATE tower_sessions.session SET data = $1 WHERE id = $2",
            ),
        };
        let db = &self.state.db;
        let rows: Vec<(String, Vec<u8>)> = app::on_db!(db, pool => sqlx::query(select)
            .fetch_all(pool)
            .await
            .map(|rows| rows.iter().map(|r| (r.get(0), r.get(1))).collect()))
        .expect("sessions");
        for (id, data) in rows {
            let mut record: tower_sessions::session::Record =
                rmp_serde::from_slice(&data).expect("a stored session");
            if let Some(seen) = record
                .data
                .get_mut("auth")
                .and_then(|auth| auth.get_mut("seen"))
                && let Some(at) = seen.as_i64()
            {
                *seen = serde_json::json!(at - seconds);
            }
            let data = rmp_serde::to_vec(&record).expect("encode");
            app::on_db!(db, pool => sqlx::query(update).bind(data).bind(&id).execute(pool).await.map(|_| ()))
                .expect("age a session");
        }
    }

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

/// A server function's JSON answer, whatever its status.
pub async fn json(response: Response) -> serde_json::Value {
    let text = body_text(response).await;
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

pub fn header<'a>(response: &'a Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// A test server with the demo organization in an SQLite database.
pub async fn start_with_demo() -> TestServer {
    start_on(Backend::Sqlite).await
}

/// The `name=value` of the session cookie a response sets, if any.
pub fn session_cookie(response: &Response) -> Option<String> {
    session_set_cookie(response).and_then(|c| c.split(';').next().map(str::to_owned))
}

/// The whole `Set-Cookie` line of the session cookie (a sign-in also sets the device's).
pub fn session_set_cookie(response: &Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{}=", server::SESSION_COOKIE)))
        .map(str::to_owned)
}

/// `cookies` with the cookies `response` sets added (or replaced), as a browser keeps them;
/// a cookie set to expire is dropped.
pub fn with_set_cookies(cookies: &str, response: &Response) -> String {
    let mut jar: Vec<(String, String)> = cookies
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect();
    for set in response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
    {
        let Some((name, value)) = set.split(';').next().and_then(|p| p.split_once('=')) else {
            continue;
        };
        jar.retain(|(kept, _)| kept != name);
        if !set.contains("Max-Age=0") {
            jar.push((name.to_owned(), value.to_owned()));
        }
    }
    jar.iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The full path of a server function, found by its endpoint name.
pub fn server_fn_path(name: &str) -> String {
    format!("/api/{name}")
}

impl TestServer {
    /// Calls a POST server function as a script would (JSON answer).
    pub async fn call(&self, name: &str, body: &str, cookie: Option<&str>) -> Response {
        // As a browser sends it: with its length, which the body limit checks first.
        let mut builder = Request::post(server_fn_path(name))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("content-length", body.len())
            .header("accept", "application/json");
        if let Some(cookie) = cookie {
            builder = builder.header("cookie", cookie);
        }
        self.send(builder.body(Body::from(body.to_owned())).expect("request"))
            .await
    }

    /// Posts a server function as the browser's plain form does (it wants the page back,
    /// so the answer is a redirect).
    pub async fn form_post(&self, name: &str, body: &str, cookie: Option<&str>) -> Response {
        let mut builder = Request::post(server_fn_path(name))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("content-length", body.len())
            .header("accept", "text/html,application/xhtml+xml");
        if let Some(cookie) = cookie {
            builder = builder.header("cookie", cookie);
        }
        self.send(builder.body(Body::from(body.to_owned())).expect("request"))
            .await
    }

    /// Calls a GET server function with a query string.
    pub async fn call_get(&self, name: &str, query: &str, cookie: Option<&str>) -> Response {
        let uri = format!("{}?{query}", server_fn_path(name));
        let mut builder = Request::get(uri).header("accept", "application/json");
        if let Some(cookie) = cookie {
            builder = builder.header("cookie", cookie);
        }
        self.send(builder.body(Body::empty()).expect("request"))
            .await
    }

    /// Signs in and returns the session cookie; panics when the sign-in fails.
    pub async fn sign_in(&self, login: &str, password: &str) -> String {
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("login", login)
            .append_pair("password", password)
            .finish();
        let response = self.call("sign_in", &body, None).await;
        assert_eq!(response.status(), 200, "sign-in of {login}");
        session_cookie(&response).unwrap_or_else(|| panic!("no session cookie for {login}"))
    }

    /// Signs in with the demo password.
    pub async fn demo(&self, login: &str) -> String {
        self.sign_in(login, app::demo::DEMO_PASSWORD).await
    }

    /// A page as a signed-in (or anonymous) browser gets it.
    pub async fn page(&self, uri: &str, cookie: Option<&str>) -> Response {
        let mut builder = Request::get(uri).header("accept", "text/html");
        if let Some(cookie) = cookie {
            builder = builder.header("cookie", cookie);
        }
        self.send(builder.body(Body::empty()).expect("request"))
            .await
    }

    /// The staff dashboard's lines about one worker, as `staff` sees them.
    pub async fn dashboard_lines_of(
        &self,
        staff: &str,
        worker: uuid::Uuid,
    ) -> Vec<serde_json::Value> {
        let board = json(self.call_get("support_dashboard", "", Some(staff)).await).await;
        board["items"]
            .as_array()
            .expect("the dashboard's items")
            .iter()
            .filter(|item| item["worker_id"].as_str() == Some(&worker.to_string()))
            .cloned()
            .collect()
    }

    /// The worker record of a demo login.
    pub async fn worker_id(&self, login: &str) -> uuid::Uuid {
        let db = &self.state.db;
        app::on_db!(db, pool => sqlx::query_scalar::<_, uuid::Uuid>(
            "SELECT w.id FROM workers w JOIN users u ON u.id = w.user_id WHERE u.login_id = $1",
        )
        .bind(login)
        .fetch_one(pool)
        .await)
        .expect("a demo worker")
    }

    /// Calls a server function that must refuse `body` (HTTP 400) with the message `key`.
    pub async fn refused(&self, cookie: &str, function: &str, body: &str, key: &str) {
        let response = self.call(function, body, Some(cookie)).await;
        assert_eq!(
            response.status(),
            StatusCode::BAD_REQUEST,
            "{function} {body}"
        );
        let text = body_text(response).await;
        assert!(text.contains(key), "{function}: {text} lacks {key}");
    }

    /// Calls a server function that must take `body` (HTTP 200); its JSON answer.
    pub async fn accepted(&self, cookie: &str, function: &str, body: &str) -> serde_json::Value {
        let response = self.call(function, body, Some(cookie)).await;
        let status = response.status();
        if status != StatusCode::OK {
            panic!("{function} {body}: {status} {}", body_text(response).await);
        }
        json(response).await
    }

    /// A statement of a test's own (setting a record up as the test needs it).
    pub async fn execute(&self, sql: &str) {
        let db = &self.state.db;
        app::on_db!(db, pool => sqlx::query(sql).execute(pool).await.map(|_| ()))
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// A statement about one record, its id bound as `$1`.
    pub async fn execute_about<T>(&self, sql: &str, id: T)
    where
        T: 'static
            + Clone
            + Send
            + for<'q> sqlx::Encode<'q, sqlx::Sqlite>
            + sqlx::Type<sqlx::Sqlite>
            + for<'q> sqlx::Encode<'q, sqlx::Postgres>
            + sqlx::Type<sqlx::Postgres>,
    {
        let db = &self.state.db;
        app::on_db!(db, pool => sqlx::query(sql).bind(id.clone()).execute(pool).await.map(|_| ()))
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// One value from the database.
    pub async fn scalar<T: Scalar>(&self, sql: &str) -> T {
        let db = &self.state.db;
        app::on_db!(db, pool => sqlx::query_scalar::<_, T>(sql).fetch_one(pool).await)
            .expect("query")
    }

    /// One value of a query about one record, its id bound as `$1` (SQLite stores UUIDs
    /// as blobs, so they cannot be written into the SQL text).
    pub async fn scalar_about<T: Scalar>(&self, sql: &str, id: uuid::Uuid) -> T {
        let db = &self.state.db;
        app::on_db!(db, pool => sqlx::query_scalar::<_, T>(sql).bind(id).fetch_one(pool).await)
            .expect("query")
    }
}

/// A value both backends can decode.
pub trait Scalar:
    Send
    + Unpin
    + for<'r> sqlx::Decode<'r, sqlx::Sqlite>
    + sqlx::Type<sqlx::Sqlite>
    + for<'r> sqlx::Decode<'r, sqlx::Postgres>
    + sqlx::Type<sqlx::Postgres>
{
}

impl<T> Scalar for T where
    T: Send
        + Unpin
        + for<'r> sqlx::Decode<'r, sqlx::Sqlite>
        + sqlx::Type<sqlx::Sqlite>
        + for<'r> sqlx::Decode<'r, sqlx::Postgres>
        + sqlx::Type<sqlx::Postgres>
{
}

/// The boundary of the multipart bodies the tests send.
pub const BOUNDARY: &str = "----shien-test-boundary";

/// A multipart POST to `path` as the browser sends it from this site: the island asks
/// for JSON (`json`), a plain form for the page.
pub fn multipart_request(path: &str, body: Body, cookie: &str, json: bool) -> Request<Body> {
    Request::post(path)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(
            "accept",
            if json {
                "application/json"
            } else {
                "text/html"
            },
        )
        .header("cookie", cookie)
        .header("origin", "http://localhost")
        .header("host", "localhost")
        .body(body)
        .expect("request")
}
