//! Pages always finish, for everyone, and each in its own reader's language (issue 16):
//! every route is rendered whole before its first byte; every page answers every kind of
//! caller in time; pages rendered at the same moment for readers of different languages
//! never mix; clients that go away in the middle of an answer leave everyone else served.

use std::{
    collections::BTreeMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::http::StatusCode;
use leptos_router::SsrMode;

use crate::support::{BACKENDS, TestServer, body_text, start_on};

/// A client for real connections to the test server (plain HTTP; its TLS stack wants a
/// crypto provider all the same).
fn client(timeout: Duration) -> reqwest::Client {
    app::files::install_tls();
    reqwest::Client::builder()
        .timeout(timeout)
        .build()
        .expect("client")
}

/// Every page route the app declares (the path as axum knows it).
fn page_routes() -> Vec<(String, SsrMode)> {
    leptos_axum::generate_route_list(app::App)
        .into_iter()
        .map(|route| (route.path().to_owned(), route.mode().clone()))
        .collect()
}

#[tokio::test]
async fn every_route_renders_whole_before_its_first_byte() {
    let routes = page_routes();
    assert!(routes.len() >= 30, "the route list: {routes:?}");
    // A streamed page (out of order, in order, partially blocked) sends its head before
    // the header's bell has read the session: it can no longer redirect or answer 403, and
    // a signed-in render of it never finished.
    let streaming: Vec<&str> = routes
        .iter()
        .filter(|(_, mode)| !matches!(mode, SsrMode::Async))
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(streaming.is_empty(), "routes that stream: {streaming:?}");
}

/// Who asks, by demo login (none: signed out).
const CALLERS: [Option<&str>; 7] = [
    None,
    Some("an.nguyen"),
    Some("binh.tran"),
    Some("hr@aozora.example"),
    Some("hr@minato.example"),
    Some("tanaka@sakura-support.example"),
    Some("admin@sakura-support.example"),
];

/// A real address for each page route: the route's parameters filled with records of the
/// demo organization where one is at hand, else a well-formed id of nothing.
async fn addresses(server: &TestServer) -> Vec<String> {
    let worker = server.worker_id("an.nguyen").await;
    let support: uuid::Uuid = server
        .scalar_about(
            "SELECT id FROM supports WHERE worker_id = $1 ORDER BY kind LIMIT 1",
            worker,
        )
        .await;
    let nothing = uuid::Uuid::now_v7();
    let mut addresses: Vec<String> = page_routes()
        .into_iter()
        .map(|(path, _)| {
            let path = if path.is_empty() {
                "/".to_owned()
            } else {
                path
            };
            path.replace("/workers/{id}", &format!("/workers/{worker}"))
                .replace("/supports/{id}", &format!("/supports/{support}"))
                .replace("{kind}", "passport")
                .replace("{token}", "not-a-token")
                .replace("{id}", &nothing.to_string())
        })
        .collect();
    // And the page of no route (the localized 404).
    addresses.push("/no/such/page".to_owned());
    addresses.push("/help?x=1".to_owned());
    addresses
}

#[tokio::test]
async fn every_page_answers_every_caller_within_two_seconds() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let addresses = addresses(&server).await;
        for login in CALLERS {
            let cookie = match login {
                Some(login) => Some(server.demo(login).await),
                None => None,
            };
            for address in &addresses {
                // As a session that signed in this morning: its next request saves it again.
                server.age_sessions(3600).await;
                let answer = tokio::time::timeout(Duration::from_secs(2), async {
                    let response = server.page(address, cookie.as_deref()).await;
                    let status = response.status();
                    (status, body_text(response).await)
                })
                .await;
                let Ok((status, html)) = answer else {
                    panic!("{backend:?}: {address} for {login:?} did not answer within 2 s");
                };
                assert!(
                    !status.is_server_error(),
                    "{backend:?}: {address} for {login:?}: {status}\n{html}"
                );
                if status == StatusCode::OK {
                    assert!(html.contains("</html>"), "{address}: a whole page: {html}");
                }
            }
        }
        server.stop().await;
    }
}

/// The text of `key` (dotted) in `locale`'s file.
fn text(locale: &str, key: &str) -> String {
    let path = format!(
        "{}/../app/locales/{locale}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let json: serde_json::Value = serde_json::from_str(&file).expect("locale JSON");
    key.split('.')
        .fold(&json, |value, part| &value[part])
        .as_str()
        .unwrap_or_else(|| panic!("{key} in {locale}"))
        .to_owned()
}

const LOCALES: [&str; 8] = ["ja", "en", "vi", "id", "my", "tl", "zh", "ne"];

/// One page as one reader asks for it, and a sentence of the page's main content (rendered
/// after the page's data has been read) that must come in the reader's language.
#[derive(Clone, Debug)]
struct Visit {
    path: &'static str,
    cookie: Option<String>,
    locale: &'static str,
    key: &'static str,
}

impl Visit {
    /// Checks an answer: the page's `lang`, its sentence in that language, and none of the
    /// page's sentence in any other language.
    fn check(&self, status: StatusCode, html: &str) -> Result<(), String> {
        if status != StatusCode::OK {
            return Err(format!("{self:?}: {status}"));
        }
        if !html.contains(&format!(r#"<html lang="{}""#, self.locale)) {
            return Err(format!("{self:?}: not lang={}", self.locale));
        }
        let own = text(self.locale, self.key);
        if !html.contains(&escape(&own)) {
            return Err(format!("{self:?}: without {own:?}"));
        }
        for other in LOCALES.iter().filter(|l| **l != self.locale) {
            let foreign = text(other, self.key);
            if foreign != own && html.contains(&escape(&foreign)) {
                return Err(format!("{self:?}: has the {other} {foreign:?}"));
            }
        }
        Ok(())
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Readers of every language at once: workers on their home, companies and staff on
/// theirs, and signed-out visitors on the sign-in page, each with a language cookie.
async fn visits(server: &TestServer) -> Vec<Visit> {
    let with_locale = |session: &str, locale: &str| format!("{session}; i18n_pref_locale={locale}");
    let mut visits = Vec::new();
    let workers = [
        ("an.nguyen", "vi"),
        ("siti.rahmawati", "id"),
        ("aung.koko", "my"),
        ("maria.santos", "tl"),
        ("li.wei", "zh"),
        ("bishnu.gurung", "ne"),
        ("binh.tran", "en"),
        ("budi.putra", "ja"),
    ];
    for (login, locale) in workers {
        let session = server.demo(login).await;
        visits.push(Visit {
            path: "/me",
            cookie: Some(with_locale(&session, locale)),
            locale,
            key: "me.intro",
        });
    }
    for (login, locale) in [("hr@aozora.example", "ja"), ("hr@minato.example", "vi")] {
        let session = server.demo(login).await;
        visits.push(Visit {
            path: "/company",
            cookie: Some(with_locale(&session, locale)),
            locale,
            key: "company.title",
        });
    }
    for (login, locale) in [
        ("tanaka@sakura-support.example", "ja"),
        ("lan@sakura-support.example", "en"),
    ] {
        let session = server.demo(login).await;
        visits.push(Visit {
            path: "/staff",
            cookie: Some(with_locale(&session, locale)),
            locale,
            key: "workers.add",
        });
    }
    for locale in LOCALES {
        visits.push(Visit {
            path: "/",
            cookie: Some(format!("i18n_pref_locale={locale}")),
            locale,
            key: "sign_in.intro",
        });
    }
    visits
}

async fn fetch(client: &reqwest::Client, base: &str, visit: &Visit) -> Result<(), String> {
    let mut request = client
        .get(format!("{base}{}", visit.path))
        .header("accept", "text/html");
    if let Some(cookie) = &visit.cookie {
        request = request.header("cookie", cookie);
    }
    let response = request
        .send()
        .await
        .map_err(|e| format!("{visit:?}: {e}"))?;
    let status =
        StatusCode::from_u16(response.status().as_u16()).unwrap_or(StatusCode::IM_A_TEAPOT);
    let html = response
        .text()
        .await
        .map_err(|e| format!("{visit:?}: {e}"))?;
    visit.check(status, &html)
}

/// A server function called by a browser, and the answer it gave when called alone.
#[derive(Clone, Debug)]
struct Call {
    path: &'static str,
    cookie: String,
    alone: String,
}

async fn call(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    cookie: &str,
) -> Result<String, String> {
    let response = client
        .get(format!("{base}{path}"))
        .header("accept", "application/json")
        .header("cookie", cookie)
        .send()
        .await
        .map_err(|e| format!("{path}: {e}"))?;
    let status = response.status();
    let body = response.text().await.map_err(|e| format!("{path}: {e}"))?;
    if status.is_success() {
        Ok(body)
    } else {
        Err(format!("{path}: {status} {body}"))
    }
}

/// Signs in as a script does; the answer must be the user's role and a session.
async fn sign_in(client: &reqwest::Client, base: &str, login: &str) -> Result<(), String> {
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("login", login)
        .append_pair("password", app::demo::DEMO_PASSWORD)
        .finish();
    let response = client
        .post(format!("{base}/api/sign_in"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json")
        .body(body)
        .send()
        .await
        .map_err(|e| format!("sign-in of {login}: {e}"))?;
    let status = response.status();
    let cookie = response.headers().contains_key("set-cookie");
    let text = response.text().await.unwrap_or_default();
    if status.is_success() && cookie {
        Ok(())
    } else {
        Err(format!("sign-in of {login}: {status} {text}"))
    }
}

/// Each worker's own record and to-do list, as their phone asks for them.
async fn calls(server: &TestServer, client: &reqwest::Client, base: &str) -> Vec<Call> {
    let mut calls = Vec::new();
    for login in ["an.nguyen", "aung.koko", "li.wei", "siti.rahmawati"] {
        let cookie = server.demo(login).await;
        for path in ["/api/my_worker_record", "/api/my_tasks"] {
            let alone = call(client, base, path, &cookie)
                .await
                .unwrap_or_else(|e| panic!("{login}: {e}"));
            calls.push(Call {
                path,
                cookie: cookie.clone(),
                alone,
            });
        }
    }
    calls
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pages_rendered_at_once_each_speak_their_readers_language() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let base = format!("http://{}", server.listen().await);
        let visits = visits(&server).await;
        let client = client(Duration::from_secs(10));
        let calls = calls(&server, &client, &base).await;
        // Each round sends every visit and every call at once, in a different order.
        let mut failures = Vec::new();
        for round in 0..6 {
            // Every other round as sessions that signed in this morning (their requests
            // save them again), the others fresh.
            if round % 2 == 0 {
                server.age_sessions(3600).await;
            }
            let mut tasks = Vec::new();
            for (i, visit) in visits.iter().enumerate() {
                let visit = visit.clone();
                let client = client.clone();
                let base = base.clone();
                let delay = Duration::from_millis(((i * 7 + round * 3) % 5) as u64);
                tasks.push(tokio::spawn(async move {
                    tokio::time::sleep(delay).await;
                    fetch(&client, &base, &visit).await
                }));
            }
            for (i, one) in calls.iter().enumerate() {
                let one = one.clone();
                let client = client.clone();
                let base = base.clone();
                let delay = Duration::from_millis(((i * 5 + round) % 4) as u64);
                tasks.push(tokio::spawn(async move {
                    tokio::time::sleep(delay).await;
                    match call(&client, &base, one.path, &one.cookie).await {
                        Ok(answer) if answer == one.alone => Ok(()),
                        Ok(answer) => {
                            Err(format!("{}: {answer} instead of {}", one.path, one.alone))
                        }
                        Err(e) => Err(e),
                    }
                }));
            }
            // Sign-ins at the same moment: a server function that waits for its password
            // hash while pages around it finish.
            for login in [
                "maria.santos",
                "bishnu.gurung",
                "hr@fuji.example",
                "lan@sakura-support.example",
            ] {
                let client = client.clone();
                let base = base.clone();
                tasks.push(tokio::spawn(
                    async move { sign_in(&client, &base, login).await },
                ));
            }
            for task in tasks {
                if let Err(failure) = task.await.expect("task") {
                    failures.push(failure);
                }
            }
        }
        assert!(failures.is_empty(), "{backend:?}: {failures:#?}");
        server.stop().await;
    }
}

/// Panics that name the reactive runtime, as a render cut off at the wrong moment gave.
fn count_reactive_panics() -> Arc<Mutex<Vec<String>>> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let previous = std::panic::take_hook();
    let record = Arc::clone(&seen);
    std::panic::set_hook(Box::new(move |info| {
        let message = info.to_string();
        if (message.contains("reactive") || message.contains("disposed"))
            && let Ok(mut seen) = record.lock()
        {
            seen.push(message);
        }
        previous(info);
    }));
    seen
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn clients_that_go_away_mid_answer_leave_every_session_served() {
    let panics = count_reactive_panics();
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let base = format!("http://{}", server.listen().await);
        let mut homes = BTreeMap::new();
        for (login, home, key) in [
            ("an.nguyen", "/me", "me.intro"),
            ("tanaka@sakura-support.example", "/staff", "workers.add"),
            ("hr@aozora.example", "/company", "company.title"),
        ] {
            homes.insert(login, (server.demo(login).await, home, key));
        }
        let load = server.demo("maria.santos").await;
        // As `wrk` does, and phones losing their signal: many page requests at once, each
        // client giving up after a few milliseconds, in the middle of its answer.
        for burst in 0..4u64 {
            server.age_sessions(3600).await;
            let mut tasks = Vec::new();
            for i in 0..48u64 {
                let base = base.clone();
                let cookie = if i % 4 == 0 {
                    homes["hr@aozora.example"].0.clone()
                } else {
                    load.clone()
                };
                let path = match i % 4 {
                    0 => "/company",
                    1 => "/api/my_tasks",
                    _ => "/me",
                };
                tasks.push(tokio::spawn(async move {
                    let impatient = client(Duration::from_millis(1 + (i * 5 + burst * 3) % 40));
                    let _ = impatient
                        .get(format!("{base}{path}"))
                        .header("cookie", cookie)
                        .send()
                        .await
                        .map(|r| r.bytes());
                }));
            }
            for task in tasks {
                task.await.expect("task");
            }
        }
        // Then every session signed in earlier (an hour ago) is answered, at once and whole.
        server.age_sessions(3600).await;
        let client = client(Duration::from_secs(2));
        for (login, (cookie, home, key)) in &homes {
            for _ in 0..3 {
                let visit = Visit {
                    path: home,
                    cookie: Some(format!("{cookie}; i18n_pref_locale=en")),
                    locale: "en",
                    key,
                };
                if let Err(failure) = fetch(&client, &base, &visit).await {
                    panic!("{backend:?}: {login} after the cut-off clients: {failure}");
                }
            }
        }
        server.stop().await;
    }
    let panics = panics.lock().map(|p| p.clone()).unwrap_or_default();
    assert!(panics.is_empty(), "{panics:#?}");
}
