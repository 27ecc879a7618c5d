//! The authorization matrix (issue 17): every server function, every route of the router
//! and every page route, called by every kind of caller (own records, another worker's,
//! another company's, another tenant's, a disabled account, an expired session), answers
//! as its row says, and no answer holds what its caller must not read (`content.rs`).
//! A server function, axum route or page route without a row fails the test.
//!
//! - `callers.rs`: who calls, and their sessions;
//! - `records.rs`: the records the calls are about, and what staff wrote about them;
//! - `server_functions.rs`: the server functions, mostly with a stale version;
//! - `writes.rs`: the writes again with the current version, refused for the caller;
//! - `routes.rs`: the router's own routes (files, uploads, the language switch…) and the
//!   pages;
//! - `content.rs`: what each caller must not find in any answer.

mod callers;
mod content;
mod lists;
mod records;
mod routes;
mod server_functions;
mod writes;

use std::collections::BTreeSet;

use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, body_text, header, start_on};
use callers::{Caller, DEAD, LIVE, Sessions};

/// In a row of the current-version writes: this caller is not called (it passes the same
/// checks as the one that succeeds, as its stale-version row shows, and the record would
/// have changed under it).
const SKIP: u16 = 0;

pub enum Call {
    /// A server function, by GET with this query.
    Get(String),
    /// A server function, by POST with this form body (`{caller}` becomes the caller).
    Post(String),
    /// A server function, by POST, with the record's version read just before the call
    /// in place of `{version}`: (body, table, id).
    PostCurrent(String, &'static str, Uuid),
    /// Not a server function: a GET of the router's own, at this address.
    Download(String),
    /// Not a server function: the upload endpoint, with this multipart body.
    Upload(Vec<u8>),
    /// Not a server function: the consultation message endpoint, with this body.
    Send(Vec<u8>),
    /// Not a server function: the import sheet's upload, with this multipart body.
    SheetUpload(Vec<u8>),
    /// Not a server function: an interview recording's upload, to this address.
    RecordingUpload(String, Vec<u8>),
    /// A page, as a browser asks for it.
    Page(String),
}

pub struct Case {
    /// The server function's endpoint, "METHOD /path" of an axum route, or the page route.
    pub function: &'static str,
    pub call: Call,
    /// The status for each caller, in the order of `callers::LIVE`; the dead sessions
    /// must answer as `Anonymous`.
    pub expect: [u16; 11],
}

impl Case {
    /// Calls that end the session they are made with get a session of their own.
    fn ends_sessions(&self) -> bool {
        matches!(self.function, "sign_out" | "sign_out_everywhere")
    }
}

/// Makes one call as one caller: (status, "location body").
async fn call(
    server: &TestServer,
    function: &str,
    call: &Call,
    caller: Caller,
    cookie: Option<&str>,
) -> (u16, String) {
    let response = match call {
        Call::Get(query) => server.call_get(function, query, cookie).await,
        Call::Post(body) => {
            let body = body.replace("{caller}", &format!("{caller:?}"));
            server.call(function, &body, cookie).await
        }
        Call::PostCurrent(body, table, id) => {
            let version = records::version(server, table, *id).await;
            let body = body.replace("{version}", &version.to_string());
            server.call(function, &body, cookie).await
        }
        Call::Download(url) => {
            let headers: Vec<(&str, &str)> = cookie.map(|c| ("cookie", c)).into_iter().collect();
            server.get(url, &headers).await
        }
        Call::Upload(body) => server.upload_body(body.clone(), cookie.unwrap_or("")).await,
        Call::Send(body) => {
            server
                .send_message_body(body.clone(), cookie.unwrap_or(""), true)
                .await
        }
        Call::SheetUpload(body) => {
            server
                .upload_sheet_body(body.clone(), cookie.unwrap_or(""), true)
                .await
        }
        Call::RecordingUpload(path, body) => {
            server
                .send(crate::support::multipart_request(
                    path,
                    axum::body::Body::from(body.clone()),
                    cookie.unwrap_or(""),
                    true,
                ))
                .await
        }
        Call::Page(address) => server.page(address, cookie).await,
    };
    answer(response).await
}

async fn answer(response: axum::response::Response) -> (u16, String) {
    let status = response.status().as_u16();
    let location = header(&response, "location").to_owned();
    let body = body_text(response).await;
    (status, format!("{location} {body}"))
}

/// Runs one row for every caller; what went wrong, one line each.
async fn run(server: &TestServer, sessions: &mut Sessions, case: &Case) -> Vec<String> {
    let mut order: Vec<(Caller, u16)> = LIVE
        .iter()
        .copied()
        .zip(case.expect)
        .chain(DEAD.iter().map(|dead| (*dead, case.expect[0])))
        .filter(|(_, expected)| *expected != SKIP)
        .collect();
    // Refusals first: a caller that succeeds changes the record for those after it.
    order.sort_by_key(|(_, expected)| (200..300).contains(expected));
    let mut wrong = Vec::new();
    for (caller, expected) in order {
        sessions.revive(server, caller).await;
        let fresh = if case.ends_sessions() {
            sessions.fresh(server, caller).await
        } else {
            None
        };
        let cookie = fresh.as_deref().or(sessions.cookie(caller));
        let (status, text) = call(server, case.function, &case.call, caller, cookie).await;
        if case.ends_sessions() {
            // Signing out everywhere ended the shared session too.
            sessions.renew(server, caller).await;
        }
        let function = case.function;
        let location = text.split(' ').next().unwrap_or_default();
        let signed_out = caller == Caller::Anonymous || DEAD.contains(&caller);
        if matches!(case.call, Call::Page(_))
            && status == 302
            && signed_out
            && !(location == "/" || location.starts_with("/?"))
        {
            wrong.push(format!(
                "{function} as {caller:?}: to {location}, not to the sign-in page"
            ));
        }
        if status != expected {
            let text: String = text.chars().take(300).collect();
            wrong.push(format!(
                "{function} as {caller:?}: {status} (expected {expected}) {text}"
            ));
        }
        for leak in content::leaks(caller, function, &text) {
            wrong.push(format!("{function} as {caller:?}: the answer holds {leak}"));
        }
    }
    wrong
}

/// The rows' names of one kind against what the app and the router declare.
fn compare(what: &str, listed: &BTreeSet<String>, registered: &BTreeSet<String>) {
    let missing: Vec<_> = registered.difference(listed).collect();
    assert!(missing.is_empty(), "{what} not in the matrix: {missing:?}");
    let unknown: Vec<_> = listed.difference(registered).collect();
    assert!(unknown.is_empty(), "matrix rows for no {what}: {unknown:?}");
}

#[tokio::test]
async fn every_route_and_server_function_authorizes_every_caller() {
    let functions: BTreeSet<String> = server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    let axum_routes: BTreeSet<String> = server::AXUM_ROUTES
        .iter()
        .map(|(method, path)| format!("{method} {path}"))
        .collect();
    let pages: BTreeSet<String> = routes::page_routes().into_iter().collect();
    for backend in BACKENDS {
        let started = std::time::Instant::now();
        let server = start_on(backend).await;
        callers::add_other_tenant(&server).await;
        let records = records::records(&server, &content::SECRETS).await;
        let mut sessions = Sessions::open(&server, backend).await;
        // The stale-version rows and the router's own routes first (the upload expects her
        // passport still waiting), then the current-version writes (which change the
        // records), the pages last (they show what the writes left).
        let mut cases = server_functions::cases(&records);
        cases.extend(routes::axum_cases(&records));
        cases.extend(writes::cases(&records));
        cases.extend(routes::page_cases(&records));

        let of_kind = |pick: fn(&Call) -> bool| -> BTreeSet<String> {
            cases
                .iter()
                .filter(|c| pick(&c.call))
                .map(|c| c.function.to_owned())
                .collect()
        };
        let listed_functions: BTreeSet<String> =
            of_kind(|c| matches!(c, Call::Get(_) | Call::Post(_) | Call::PostCurrent(..)))
                .iter()
                .map(|f| crate::support::server_fn_path(f))
                .collect();
        compare("server functions", &listed_functions, &functions);
        compare(
            "axum routes",
            &of_kind(|c| {
                matches!(
                    c,
                    Call::Download(_)
                        | Call::Upload(_)
                        | Call::Send(_)
                        | Call::SheetUpload(_)
                        | Call::RecordingUpload(..)
                )
            }),
            &axum_routes,
        );
        compare(
            "page routes",
            &of_kind(|c| matches!(c, Call::Page(_))),
            &pages,
        );

        let mut wrong = Vec::new();
        for case in &cases {
            wrong.extend(run(&server, &mut sessions, case).await);
        }
        assert!(wrong.is_empty(), "{backend:?}:\n{}", wrong.join("\n"));
        content::assert_seeded(&server, &sessions, &records).await;
        eprintln!("{backend:?}: the matrix took {:?}", started.elapsed());
        server.stop().await;
    }
}
