//! The staff desk's lists (issue 19) with bad input: a search for nothing, for 500
//! characters, for SQL or for HTML answers a list (empty, with its message) and never an
//! error, on every list and on both backends; and what the search finds.

use axum::http::StatusCode;

use crate::support::{BACKENDS, TestServer, body_text, json, start_on};

const STAFF: &str = "tanaka@sakura-support.example";

/// The lists: (server function, by GET, its lines' key, its page).
const LISTS: [(&str, bool, &str, &str); 4] = [
    ("search_workers", true, "lines", "/staff/workers"),
    ("review_queue", true, "items", "/staff/documents"),
    ("support_dashboard", true, "items", "/staff/dashboard"),
    ("consultation_inbox", false, "items", "/staff/consultations"),
];

fn query(pairs: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

async fn list(
    server: &TestServer,
    cookie: &str,
    function: &str,
    get: bool,
    q: &str,
) -> serde_json::Value {
    let body = query(&[("q", q)]);
    let response = if get {
        server.call_get(function, &body, Some(cookie)).await
    } else {
        server.call(function, &body, Some(cookie)).await
    };
    assert_eq!(response.status(), StatusCode::OK, "{function} {q:.20}");
    json(response).await
}

#[tokio::test]
async fn bad_searches_answer_an_empty_list_with_a_message_never_an_error() {
    let long = "a".repeat(500);
    for backend in BACKENDS {
        let server = start_on(backend).await;
        // Something in every list: an.nguyen's consultation and passport.
        let worker = server.demo("an.nguyen").await;
        server
            .open_consultation(&worker, "work", false, "Help", None)
            .await;
        let staff = server.demo(STAFF).await;
        for (function, get, lines, _) in LISTS {
            // Nothing: the whole list, as if no search was made.
            let all = list(&server, &staff, function, get, "  ").await;
            assert_eq!(all["answer"]["searched"], false, "{function}");
            assert_eq!(all["answer"]["too_long"], false, "{function}");
            // 500 characters: nothing looked for, and the answer says why.
            let answer = list(&server, &staff, function, get, &long).await;
            assert_eq!(answer["answer"]["too_long"], true, "{function}");
            assert_eq!(answer[lines], serde_json::json!([]), "{function}");
            // SQL and HTML are text that no name holds.
            for text in ["' OR 1=1 --", "<script>alert(1)</script>", "%", "_"] {
                let answer = list(&server, &staff, function, get, text).await;
                assert_eq!(answer[lines], serde_json::json!([]), "{function} {text}");
                assert_eq!(answer["answer"]["total"], 0, "{function} {text}");
                assert_eq!(answer["answer"]["searched"], true, "{function} {text}");
            }
        }
        // A made-up sort column or page is the default, not an error.
        let odd = query(&[("sort", "password_hash"), ("dir", "up"), ("page", "-1")]);
        let workers = json(server.call_get("search_workers", &odd, Some(&staff)).await).await;
        assert_eq!(workers["answer"]["sort"], "name");
        assert_eq!(workers["answer"]["page"], 1);
        assert_eq!(workers["lines"][0]["name"], "AUNG KO KO");
        server.stop().await;
    }
}

#[tokio::test]
async fn the_pages_show_the_message_and_the_search_as_text() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let staff = format!("{}; i18n_pref_locale=en", server.demo(STAFF).await);
    let long = "a".repeat(500);
    for (_, _, _, page) in LISTS {
        let cases = [
            (
                long.as_str(),
                "This search is too long (at most 100 characters)",
            ),
            ("' OR 1=1 --", "Nothing found."),
            ("<script>alert(1)</script>", "Nothing found."),
        ];
        for (text, message) in cases {
            let uri = format!("{page}?{}", query(&[("q", text)]));
            let response = server.page(&uri, Some(&staff)).await;
            assert_eq!(response.status(), StatusCode::OK, "{uri}");
            let html = body_text(response).await;
            assert!(html.contains(message), "{page}: {message}");
            assert!(!html.contains("<script>alert(1)</script>"), "{page}");
        }
        // The search stays in its box, escaped.
        let uri = format!("{page}?{}", query(&[("q", "<b>x</b>")]));
        let html = body_text(server.page(&uri, Some(&staff)).await).await;
        assert!(
            html.contains("&lt;b&gt;x&lt;/b&gt;") || html.contains("&lt;b>x&lt;/b>"),
            "{page}"
        );
        assert!(!html.contains("<b>x</b>"), "{page}");
    }
    server.stop().await;
}

#[tokio::test]
async fn staff_find_workers_by_name_login_id_and_company_sorted_and_filtered() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let names = |answer: &serde_json::Value| -> Vec<String> {
            answer["lines"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|w| w["name"].as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let find = |pairs: Vec<(&'static str, String)>| {
            let server = &server;
            let staff = staff.clone();
            async move {
                let pairs: Vec<(&str, &str)> =
                    pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
                json(
                    server
                        .call_get("search_workers", &query(&pairs), Some(&staff))
                        .await,
                )
                .await
            }
        };
        let by_name = find(vec![("q", "santos".into())]).await;
        assert_eq!(names(&by_name), ["SANTOS MARIA"]);
        assert_eq!(by_name["answer"]["total"], 1);
        assert_eq!(
            names(&find(vec![("q", "bishnu.g".into())]).await),
            ["GURUNG BISHNU"]
        );
        let minato = find(vec![
            ("q", "みなと食堂".into()),
            ("sort", "name".into()),
            ("dir", "desc".into()),
        ])
        .await;
        assert_eq!(
            names(&minato),
            ["TRAN THI BINH", "SAETANG SOMCHAI", "GURUNG BISHNU"]
        );
        assert_eq!(minato["answer"]["descending"], true);
        // The company filter, by id; an id of no company of the organization finds nobody.
        let company: uuid::Uuid = server
            .scalar("SELECT id FROM companies WHERE name = '株式会社ふじ建設'")
            .await;
        let fuji = find(vec![("company", company.to_string())]).await;
        assert_eq!(names(&fuji), ["AUNG KO KO", "LI WEI", "PUTRA BUDI"]);
        let nobody = find(vec![("company", uuid::Uuid::now_v7().to_string())]).await;
        assert_eq!(nobody["answer"]["total"], 0);
        // Sorted by company, then by name within it.
        let by_company = find(vec![("sort", "company".into())]).await;
        assert_eq!(by_company["answer"]["total"], 9);
        assert_eq!(by_company["lines"][0]["company_name"], "株式会社ふじ建設");
        // A company user may not use staff's list; its own list stays its own.
        let hr = server.demo("hr@aozora.example").await;
        let refused = server.call_get("search_workers", "q=a", Some(&hr)).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        server.stop().await;
    }
}
