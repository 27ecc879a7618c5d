//! The import of a sheet through HTTP on both backends (issue 20): a file made here in
//! CP932 with Japanese names and addresses imports its workers (each with a plan and an
//! invitation) and its new company; the same file again changes nothing; a file with a
//! bad row imports nothing and names the row, the column and the problem; what is not a
//! sheet, or too large, is refused with its message and nothing is kept.

use axum::{body::Body, http::StatusCode};
use serde_json::Value;

use crate::documents::Part;
use crate::support::{BACKENDS, TestServer, body_text, header, json, multipart_request, start_on};

const STAFF: &str = "tanaka@sakura-support.example";

/// The template's header, as its Japanese labels (what a sheet saved from Excel has).
fn header_line() -> String {
    app::onboarding::COLUMNS
        .iter()
        .map(|c| c.label)
        .collect::<Vec<_>>()
        .join(",")
}

/// One row in the template's column order.
pub struct Row<'a> {
    pub number: &'a str,
    pub company: &'a str,
    pub company_address: &'a str,
    pub field: &'a str,
    pub family: &'a str,
    pub given: &'a str,
    pub katakana: &'a str,
    pub nationality: &'a str,
    pub card: &'a str,
    pub postal_code: &'a str,
    pub address: &'a str,
}

impl Row<'_> {
    fn line(&self) -> String {
        [
            self.number,
            self.company,
            self.company_address,
            self.field,
            self.family,
            self.given,
            self.katakana,
            self.nationality,
            "",
            "1997/04/01",
            "女",
            self.card,
            "2027/06/30",
            self.postal_code,
            self.address,
            "",
            "",
        ]
        .join(",")
    }
}

/// Two workers at a new company (ひまわり介護, 7000012050002) and one at the demo's ふじ建設.
pub fn good_rows() -> Vec<Row<'static>> {
    vec![
        Row {
            number: "7000012050002",
            company: "株式会社ひまわり介護",
            company_address: "大阪府大阪市北区梅田一丁目1番1号",
            field: "介護",
            family: "NGUYEN",
            given: "THI HOA",
            katakana: "グエン ティ ホア",
            nationality: "VN",
            card: "AB12345678CD",
            postal_code: "530-0001",
            address: "大阪府大阪市北区梅田二丁目2番2号 ひまわり荘101",
        },
        Row {
            number: "7000012050002",
            company: "株式会社ひまわり介護",
            company_address: "大阪府大阪市北区梅田一丁目1番1号",
            field: "介護",
            family: "AUNG",
            given: "SU",
            katakana: "アウン スー",
            nationality: "MM",
            card: "AB12345679CD",
            postal_code: "530-0001",
            address: "大阪府大阪市北区梅田二丁目2番2号 ひまわり荘102",
        },
        Row {
            number: "3518001024680",
            company: "株式会社ふじ建設",
            company_address: "",
            field: "建設",
            family: "PUTRA",
            given: "BUDI",
            katakana: "プトラ ブディ",
            nationality: "ID",
            card: "AB12345670CD",
            postal_code: "460-0008",
            address: "愛知県名古屋市中区栄三丁目4番5号 髙橋ハイツ①",
        },
    ]
}

pub fn sheet(rows: &[Row<'_>]) -> String {
    let mut text = header_line();
    for row in rows {
        text.push_str("\r\n");
        text.push_str(&row.line());
    }
    text.push_str("\r\n");
    text
}

/// The text as Excel in Japan saves it.
pub fn cp932(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
    assert!(!unmappable, "{text}");
    bytes.into_owned()
}

pub fn multipart(file_name: &str, bytes: &[u8]) -> Vec<u8> {
    crate::documents::multipart(&[Part::File {
        name: "file",
        file_name,
        content_type: "text/csv",
        bytes,
    }])
}

impl TestServer {
    /// Posts the file to the upload route; `json` as a script asks, else as a form.
    pub async fn upload_sheet(
        &self,
        cookie: &str,
        bytes: &[u8],
        json: bool,
    ) -> axum::response::Response {
        self.upload_sheet_body(multipart("従業員一覧.csv", bytes), cookie, json)
            .await
    }

    /// Posts a multipart body to the upload route.
    pub async fn upload_sheet_body(
        &self,
        body: Vec<u8>,
        cookie: &str,
        json: bool,
    ) -> axum::response::Response {
        let request = multipart_request(app::paths::SHEET_UPLOAD, Body::from(body), cookie, json);
        self.send(request).await
    }

    /// Uploads a file that must be kept; its id.
    pub async fn uploaded(&self, cookie: &str, bytes: &[u8]) -> String {
        let response = self.upload_sheet(cookie, bytes, true).await;
        assert_eq!(response.status(), StatusCode::OK);
        json(response).await["id"]
            .as_str()
            .expect("the upload's id")
            .to_owned()
    }

    async fn detail(&self, cookie: &str, id: &str) -> Value {
        let response = self
            .call_get("sheet_import_detail", &format!("id={id}"), Some(cookie))
            .await;
        let status = response.status();
        let text = body_text(response).await;
        assert_eq!(status, StatusCode::OK, "{text}");
        serde_json::from_str(&text).expect("JSON")
    }

    async fn counts(&self) -> [i64; 5] {
        [
            self.scalar("SELECT COUNT(*) FROM workers").await,
            self.scalar("SELECT COUNT(*) FROM companies").await,
            self.scalar("SELECT COUNT(*) FROM invitations").await,
            self.scalar("SELECT COUNT(*) FROM supports").await,
            self.scalar(
                "SELECT COUNT(*) FROM audit_log WHERE action <> 'onboarding.sheet_uploaded'",
            )
            .await,
        ]
    }
}

fn id_body(id: &str) -> String {
    format!("id={id}")
}

#[tokio::test]
async fn a_cp932_sheet_imports_once_and_the_same_file_again_changes_nothing() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let file = cp932(&sheet(&good_rows()));
        let before = server.counts().await;

        let id = server.uploaded(&staff, &file).await;
        let detail = server.detail(&staff, &id).await;
        assert_eq!(detail["encoding"], "shift_jis", "{backend:?}");
        let rows = detail["state"]["Ready"].as_array().expect("a preview");
        let seen: Vec<(u64, bool, bool)> = rows
            .iter()
            .map(|r| {
                (
                    r["line"].as_u64().unwrap_or_default(),
                    r["new_company"].as_bool().unwrap_or_default(),
                    r["new_worker"].as_bool().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            vec![(2, true, true), (3, true, true), (4, false, true)]
        );
        // A preview writes nothing.
        assert_eq!(server.counts().await, before, "{backend:?}");

        server
            .accepted(&staff, "run_sheet_import", &id_body(&id))
            .await;
        let after = server.counts().await;
        assert_eq!(after[0] - before[0], 3, "workers added, {backend:?}");
        assert_eq!(
            after[1] - before[1],
            1,
            "one company added once, {backend:?}"
        );
        assert_eq!(after[2] - before[2], 3, "an invitation each, {backend:?}");
        assert!(after[3] > before[3], "the new workers' plans, {backend:?}");
        let address: String = server
            .scalar("SELECT address FROM workers WHERE residence_card_number = 'AB12345670CD'")
            .await;
        assert_eq!(address, "愛知県名古屋市中区栄三丁目4番5号 髙橋ハイツ①");
        let company: String = server
            .scalar(
                "SELECT c.name FROM workers w JOIN companies c ON c.id = w.company_id \
                 WHERE w.residence_card_number = 'AB12345678CD'",
            )
            .await;
        assert_eq!(company, "株式会社ひまわり介護");
        let katakana: String = server
            .scalar(
                "SELECT name_katakana FROM workers WHERE residence_card_number = 'AB12345679CD'",
            )
            .await;
        assert_eq!(katakana, "アウン\u{3000}スー");
        let imported = server.detail(&staff, &id).await;
        let done = &imported["state"]["Imported"];
        assert_eq!(done["counts"]["workers_added"], 3, "{backend:?}");
        assert_eq!(done["counts"]["companies_added"], 1, "{backend:?}");
        assert_eq!(done["workers"].as_array().map(Vec::len), Some(3));
        assert_eq!(done["workers"][0]["signed_up"], false);
        // The text of an imported upload is not kept.
        let kept: i64 = server
            .scalar("SELECT COUNT(*) FROM sheet_imports WHERE content IS NOT NULL")
            .await;
        assert_eq!(kept, 0, "{backend:?}");
        // The page lists the new workers with their invitation button.
        let page = body_text(
            server
                .page(&format!("{}/{id}", app::paths::STAFF_IMPORT), Some(&staff))
                .await,
        )
        .await;
        assert_eq!(page.matches("name=\"user_id\"").count(), 3, "{backend:?}");

        // Once imported, never twice.
        server
            .refused(
                &staff,
                "run_sheet_import",
                &id_body(&id),
                "onboarding.err_imported",
            )
            .await;

        // The same file again: every row is already here, and the import adds nothing.
        let again = server.uploaded(&staff, &file).await;
        let preview = server.detail(&staff, &again).await;
        let rows = preview["state"]["Ready"].as_array().expect("a preview");
        assert!(
            rows.iter()
                .all(|r| r["new_worker"] == false && r["new_company"] == false)
        );
        server
            .accepted(&staff, "run_sheet_import", &id_body(&again))
            .await;
        let unchanged = server.counts().await;
        assert_eq!(unchanged[..4], after[..4], "{backend:?}");
        let second = server.detail(&staff, &again).await;
        let counts = &second["state"]["Imported"]["counts"];
        assert_eq!(
            (
                counts["workers_added"].clone(),
                counts["companies_added"].clone(),
                counts["rows_unchanged"].clone()
            ),
            (0.into(), 0.into(), 3.into()),
            "{backend:?}"
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn a_sheet_with_a_bad_row_imports_nothing_and_names_row_column_and_problem() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let mut rows = good_rows();
        rows[1].card = "AB1234567CD";
        rows[2].number = "3518001024681";
        let id = server.uploaded(&staff, &cp932(&sheet(&rows))).await;
        let before = server.counts().await;
        let detail = server.detail(&staff, &id).await;
        let refused = &detail["state"]["Refused"];
        assert_eq!(refused["key"], "onboarding.err_rows", "{backend:?}");
        let problems: Vec<(u64, &str, &str)> = refused["problems"]
            .as_array()
            .expect("the problems")
            .iter()
            .map(|p| {
                (
                    p["line"].as_u64().unwrap_or_default(),
                    p["column"].as_str().unwrap_or_default(),
                    p["key"].as_str().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            problems,
            vec![
                (3, "residence_card_number", "identity.err_card_number"),
                (4, "corporate_number", "companies.err_check_digit"),
            ],
            "{backend:?}"
        );
        server
            .refused(
                &staff,
                "run_sheet_import",
                &id_body(&id),
                "onboarding.err_rows",
            )
            .await;
        assert_eq!(
            server.counts().await,
            before,
            "nothing written, {backend:?}"
        );
        // The page words each problem in the reader's language, with its line and column.
        let uri = format!("{}/{id}", app::paths::STAFF_IMPORT);
        let page = body_text(server.page(&uri, Some(&staff)).await).await;
        // Staff read it in Japanese.
        assert!(
            page.contains("<td data-label=\"列\">在留カード番号</td>"),
            "{page}"
        );
        assert!(page.contains("チェックデジットが合いません"), "{page}");
        assert!(
            page.contains("<th scope=\"row\" data-label=\"行\">3</th>"),
            "{page}"
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn what_is_not_a_sheet_or_too_large_is_refused_and_nothing_is_kept() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let uploads = "SELECT COUNT(*) FROM sheet_imports";
        let png: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        // Latin-1 (é as one byte) is neither UTF-8 nor Shift_JIS.
        let latin1: &[u8] = b"family_name\r\nREN\xC9\xFF\r\n";
        let twenty_mb = vec![b'a'; 20 * 1024 * 1024];
        for (bytes, key) in [
            (png, "onboarding.err_not_text"),
            (latin1, "onboarding.err_not_text"),
            (twenty_mb.as_slice(), "onboarding.err_too_large"),
        ] {
            let response = server.upload_sheet(&staff, bytes, true).await;
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{key}");
            let text = body_text(response).await;
            assert!(text.contains(key), "{text} lacks {key}");
        }
        assert_eq!(server.scalar::<i64>(uploads).await, 0, "{backend:?}");

        // A form post goes back to the import page, which words the refusal.
        let response = server.upload_sheet(&staff, png, false).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let back = header(&response, "location").to_owned();
        assert_eq!(back, "/staff/import?error=onboarding.err_not_text");
        let page = body_text(server.page(&back, Some(&staff)).await).await;
        assert!(page.contains("role=\"alert\""), "{page}");
        assert!(page.contains("CSV UTF-8"), "{page}");

        // A header without a required column: refused at the preview, by column.
        let text = "所属機関の名称,特定産業分野,氏（ローマ字）,名（ローマ字）,国籍（ISOコード）\r\nA,建設,B,C,VN\r\n";
        let id = server.uploaded(&staff, text.as_bytes()).await;
        let detail = server.detail(&staff, &id).await;
        let missing = &detail["state"]["Refused"]["missing_columns"];
        assert_eq!(
            missing,
            &serde_json::json!(["corporate_number", "residence_card_number"]),
            "{backend:?}"
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn the_template_is_for_staff_and_reads_back_as_a_sheet() {
    let server = start_on(BACKENDS[0]).await;
    let staff = server.demo(STAFF).await;
    let response = server.page(app::paths::SHEET_TEMPLATE, Some(&staff)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, "content-type"), "text/csv; charset=utf-8");
    assert!(header(&response, "content-disposition").starts_with("attachment"));
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("body");
    let today = app::locale::today_in_japan();
    assert_eq!(
        app::onboarding::read_sheet(&bytes, today).map(|rows| rows.len()),
        Ok(1)
    );
    let worker = server.demo("an.nguyen").await;
    let refused = server.page(app::paths::SHEET_TEMPLATE, Some(&worker)).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    server.stop().await;
}
