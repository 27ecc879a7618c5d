//! The server binary itself: clear one-line failures at start-up, and graceful shutdown.

use std::{
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    path::PathBuf,
    process::{Command, Output, Stdio},
    time::{Duration, Instant},
};

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("shien-proc-{}", uuid::Uuid::now_v7().simple()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn server(dir: &PathBuf, addr: &str, database_url: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.env_clear()
        .env("SHIEN_ADDR", addr)
        .env("DATABASE_URL", database_url)
        .env("SHIEN_UPLOAD_DIR", dir.join("uploads"))
        .env("LEPTOS_SITE_ROOT", dir.join("site"))
        .env("RUST_LOG", "info")
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

fn output_text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn assert_clean_failure(output: &Output, expected: &str) {
    let text = output_text(output);
    assert!(!output.status.success(), "must fail: {text}");
    assert!(text.contains(expected), "expected {expected:?} in: {text}");
    assert!(!text.contains("panicked"), "no panic trace: {text}");
    let error_lines = text.lines().filter(|l| l.contains("ERROR")).count();
    assert_eq!(error_lines, 1, "one error line: {text}");
}

#[test]
fn a_port_in_use_is_one_clear_error() {
    let dir = temp_dir();
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = taken.local_addr().expect("addr").to_string();
    let db = format!("sqlite://{}", dir.join("shien.db").display());
    let output = server(&dir, &addr, &db).output().expect("run server");
    assert_clean_failure(&output, &format!("cannot listen on {addr}"));
}

#[test]
fn an_unreachable_database_is_one_clear_error() {
    let dir = temp_dir();
    let output = server(
        &dir,
        "127.0.0.1:0",
        "postgres://postgres:secret@127.0.0.1:1/shien",
    )
    .output()
    .expect("run server");
    assert_clean_failure(
        &output,
        "database postgres://postgres:***@127.0.0.1:1/shien",
    );
    assert!(!output_text(&output).contains("secret"));
}

#[test]
fn a_failed_migration_stops_start_up() {
    let dir = temp_dir();
    let file = dir.join("shien.db");
    // A table in the way of the first migration.
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        use sqlx::{Connection, Executor, SqliteConnection};
        let url = format!("sqlite://{}?mode=rwc", file.display());
        let mut conn = SqliteConnection::connect(&url).await.expect("sqlite");
        conn.execute("CREATE TABLE organizations (x INTEGER)")
            .await
            .expect("create");
    });
    let db = format!("sqlite://{}", file.display());
    let output = server(&dir, "127.0.0.1:0", &db)
        .output()
        .expect("run server");
    assert_clean_failure(&output, "database migration failed, not starting");
}

fn get(addr: &str, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
}

/// Starts the server in `dir` on a free port and waits until it answers `/healthz`.
fn start_healthy(dir: &PathBuf) -> std::process::Child {
    start_healthy_with(dir, &[]).0
}

/// [`start_healthy`] with more settings; also returns the address.
fn start_healthy_with(dir: &PathBuf, settings: &[(&str, &str)]) -> (std::process::Child, String) {
    let addr = {
        let probe = TcpListener::bind("127.0.0.1:0").expect("bind");
        probe.local_addr().expect("addr").to_string()
    };
    let db = format!("sqlite://{}", dir.join("shien.db").display());
    let mut command = server(dir, &addr, &db);
    command.envs(settings.iter().copied());
    let mut child = command.spawn().expect("spawn server");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(30) {
        if get(&addr, "/healthz").is_some_and(|r| r.starts_with("HTTP/1.1 200")) {
            return (child, addr);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    // Not left running when the test fails.
    let _ = child.kill();
    let _ = child.wait();
    panic!("server did not become healthy");
}

/// Sends SIGTERM and returns the exit and the log.
fn stop(child: std::process::Child) -> (bool, String) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let output = child.wait_with_output().expect("wait");
    (output.status.success(), output_text(&output))
}

#[test]
fn sigterm_shuts_down_gracefully() {
    let dir = temp_dir();
    let (exited_cleanly, text) = stop(start_healthy(&dir));
    assert!(exited_cleanly, "exit after SIGTERM: {text}");
    assert!(text.contains("shutdown signal received"), "{text}");
    assert!(text.contains("in-flight requests finished"), "{text}");
}

/// A request whose body never arrives whole: the headers promise 1000 bytes, 9 come.
fn stuck_request(addr: &str, language: &str) -> TcpStream {
    let mut stream = TcpStream::connect(addr).expect("connect");
    write!(
        stream,
        "POST /api/sign_in HTTP/1.1\r\nHost: {addr}\r\nAccept-Language: {language}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nlogin=an."
    )
    .expect("send");
    stream
}

#[test]
fn a_request_that_never_finishes_gets_a_503_in_the_readers_language() {
    let dir = temp_dir();
    let (child, addr) = start_healthy_with(&dir, &[("SHIEN_REQUEST_TIMEOUT_SECONDS", "2")]);
    let started = Instant::now();
    let mut stream = stuck_request(&addr, "vi-VN,vi;q=0.9");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let mut answer = String::new();
    let read = stream.read_to_string(&mut answer);
    let waited = started.elapsed();
    // Everyone else is still served.
    let health = get(&addr, "/healthz");
    let (_, text) = stop(child);
    assert!(read.is_ok(), "the answer ends: {read:?} after {waited:?}");
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(
        answer.contains("Thử lại") && answer.contains(r#"lang="vi""#),
        "{answer}"
    );
    assert!(
        waited >= Duration::from_secs(2) && waited < Duration::from_secs(5),
        "{waited:?}"
    );
    assert!(health.is_some_and(|r| r.starts_with("HTTP/1.1 200")));
    let logged: Vec<_> = text
        .lines()
        .filter(|l| l.contains("request stopped: no answer in time"))
        .collect();
    assert_eq!(logged.len(), 1, "{text}");
    assert!(logged[0].contains("/api/sign_in"), "{text}");
}

#[test]
fn sigterm_ends_the_server_while_requests_are_stuck() {
    let dir = temp_dir();
    let (child, addr) = start_healthy_with(&dir, &[("SHIEN_REQUEST_TIMEOUT_SECONDS", "2")]);
    let _body = stuck_request(&addr, "ja");
    // Half a request head, never finished: no handler runs for it at all.
    let mut head = TcpStream::connect(&addr).expect("connect");
    write!(head, "GET /help HTTP/1.1\r\nHost: {addr}\r\nAccept-Lang").expect("send");
    std::thread::sleep(Duration::from_millis(300));
    let started = Instant::now();
    let (exited_cleanly, text) = stop(child);
    let took = started.elapsed();
    // The time limit (2 s) and the shutdown's slack (3 s), and a second for the rest.
    assert!(took < Duration::from_secs(6), "took {took:?}: {text}");
    assert!(exited_cleanly, "{text}");
    assert!(text.contains("shutdown signal received"), "{text}");
}

/// Whether the server closed `stream` (end of file, or reset) before `within` passed.
fn closed_within(stream: &mut TcpStream, within: Duration) -> (bool, String) {
    stream.set_read_timeout(Some(within)).expect("timeout");
    let mut answer = Vec::new();
    let closed = match stream.read_to_end(&mut answer) {
        Ok(_) => true,
        Err(error) => !matches!(
            error.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
    };
    (closed, String::from_utf8_lossy(&answer).into_owned())
}

#[test]
fn a_client_that_sends_its_headers_slowly_or_never_is_let_go() {
    let dir = temp_dir();
    let (child, addr) = start_healthy_with(&dir, &[("SHIEN_HEADER_TIMEOUT_SECONDS", "1")]);
    // Half a request head, then nothing (a slowloris client).
    let started = Instant::now();
    let mut slow = TcpStream::connect(&addr).expect("connect");
    write!(slow, "GET /help HTTP/1.1\r\nHost: {addr}\r\nAccept-Lang").expect("send");
    let (closed, _) = closed_within(&mut slow, Duration::from_secs(5));
    let waited = started.elapsed();
    // A connection that never sends a byte, and one kept alive after an answer.
    let mut silent = TcpStream::connect(&addr).expect("connect");
    let (silent_closed, _) = closed_within(&mut silent, Duration::from_secs(5));
    let mut kept = TcpStream::connect(&addr).expect("connect");
    write!(kept, "GET /healthz HTTP/1.1\r\nHost: {addr}\r\n\r\n").expect("send");
    let (kept_closed, answer) = closed_within(&mut kept, Duration::from_secs(5));
    // Everyone else is still served.
    let health = get(&addr, "/healthz");
    let (exited_cleanly, text) = stop(child);
    assert!(closed, "a slow head is cut off: {text}");
    assert!(
        waited >= Duration::from_secs(1) && waited < Duration::from_secs(4),
        "{waited:?}"
    );
    assert!(silent_closed, "a silent connection is closed: {text}");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(
        kept_closed,
        "an idle kept-alive connection is closed: {text}"
    );
    assert!(health.is_some_and(|r| r.starts_with("HTTP/1.1 200")));
    assert!(exited_cleanly, "{text}");
}

#[test]
fn files_without_a_record_are_removed_at_start() {
    let dir = temp_dir();
    let files = dir.join("uploads").join("files");
    std::fs::create_dir_all(&files).expect("upload folder");
    // An upload whose row never committed, and one cut off by a stop.
    std::fs::write(files.join("00112233445566778899aabbccddeeff"), b"orphan").expect("orphan");
    std::fs::write(files.join("ffeeddccbbaa99887766554433221100#1"), b"half").expect("partial");
    let child = start_healthy(&dir);
    let left: Vec<_> = std::fs::read_dir(&files)
        .expect("read")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
    let (_, text) = stop(child);
    assert!(
        text.contains("removed uploaded files without a record"),
        "{text}"
    );
}

#[test]
fn the_seed_command_fills_a_volume_and_refuses_bad_arguments() {
    let dir = temp_dir();
    let db = format!("sqlite://{}", dir.join("shien.db").display());
    let output = server(&dir, "127.0.0.1:0", &db)
        .args(["seed", "--workers", "120"])
        .output()
        .expect("run seed");
    let text = output_text(&output);
    assert!(output.status.success(), "{text}");
    assert!(
        text.contains("added 120 workers and 1320 supports"),
        "{text}"
    );
    // Twice is fine: the demo data is kept, the volume grows.
    let again = server(&dir, "127.0.0.1:0", &db)
        .args(["seed", "--workers", "5"])
        .output()
        .expect("run seed again");
    assert!(again.status.success(), "{}", output_text(&again));

    let output = server(&dir, "127.0.0.1:0", &db)
        .args(["seed", "--workers", "lots"])
        .output()
        .expect("run seed");
    assert_clean_failure(&output, "usage: seed [--workers N]");
}
