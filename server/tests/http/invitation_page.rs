//! The invitation page staff print or send (issue 19): in the worker's language with the
//! Japanese beside it, the time with its zone, and the links that hand it to LINE,
//! WhatsApp and Messenger.

use axum::http::StatusCode;

use crate::support::{body_text, start_with_demo, with_set_cookies};

/// The page without the hydration markers between its nodes (`<!--…-->`, `<!>`).
pub fn without_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!") {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = if tail.starts_with("<!--") {
            tail.find("-->").map(|e| e + 3)
        } else if tail.starts_with("<!>") {
            Some(3)
        } else {
            // `<!DOCTYPE html>`
            out.push_str("<!");
            Some(2)
        };
        rest = &tail[end.unwrap_or(tail.len())..];
    }
    out.push_str(rest);
    out
}

/// The page's value of `attribute` on the element with `id` (attributes in source order).
fn attribute_of(html: &str, id: &str, attribute: &str) -> String {
    let at = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no #{id}: {html}"));
    let tag_start = html[..at].rfind('<').expect("tag");
    let tag = &html[tag_start..html[at..].find('>').map_or(html.len(), |end| at + end)];
    let key = format!(r#"{attribute}=""#);
    let from = tag
        .find(&key)
        .unwrap_or_else(|| panic!("no {attribute}: {tag}"))
        + key.len();
    tag[from..].split('"').next().unwrap_or_default().to_owned()
}

/// The `href`s of the page that start with `prefix`.
fn hrefs(html: &str, prefix: &str) -> Vec<String> {
    html.split(r#"href=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with(prefix))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn a_vietnamese_workers_invitation_is_in_vietnamese_and_japanese_with_its_time_zone() {
    let server = start_with_demo().await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    let company: uuid::Uuid = server
        .scalar("SELECT id FROM companies WHERE name = '株式会社みなと食堂'")
        .await;
    // The language left at "same as the nationality".
    let body = format!(
        "company_id={company}&family_name=LE&given_name=VAN%20HUNG&nationality=VN&preferred_locale="
    );
    let response = server.call("create_worker", &body, Some(&staff)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let made = with_set_cookies(&staff, &response);
    let locale: String = server
        .scalar("SELECT preferred_locale FROM workers WHERE family_name = 'LE'")
        .await;
    assert_eq!(locale, "vi", "the nationality chose the language");
    let id: uuid::Uuid = server
        .scalar("SELECT id FROM invitations ORDER BY created_at DESC, id DESC")
        .await;
    let expires: chrono::DateTime<chrono::Utc> = server
        .scalar("SELECT expires_at FROM invitations ORDER BY created_at DESC, id DESC")
        .await;

    // The staff member reads Japanese; the worker Vietnamese.
    let cookie = format!("{made}; i18n_pref_locale=ja");
    let page = server
        .page(&format!("/invitations/{id}"), Some(&cookie))
        .await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = without_markers(&body_text(page).await);
    // The letter, in Vietnamese and in Japanese, each marked with its language.
    assert!(
        html.contains(r#"<div lang="vi" class="invitation-letter">"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<div lang="ja" class="invitation-letter">"#),
        "{html}"
    );
    assert!(html.contains("Xin chào LE VAN HUNG. Đây là lời mời bạn vào Shien"));
    assert!(html.contains("Quét mã QR bằng camera điện thoại"));
    assert!(
        html.contains("LE VAN HUNG さん、こんにちは。登録支援機関のサイト「Shien」への招待です。")
    );
    assert!(html.contains("スマートフォンのカメラでQRコードを読み取るか"));
    // Labels in both; the time in Japan, with its zone.
    assert!(
        html.contains(r#"<span lang="vi">Mã đăng nhập</span> / <span lang="ja">ログインID</span>"#)
    );
    let until = app::locale::format_date_time_with_zone(expires);
    assert!(until.ends_with(" JST (UTC+9)"), "{until}");
    assert!(
        html.contains(&format!(r#"<dd id="invitation-expires">{until}</dd>"#)),
        "{html}"
    );
    // The buttons are the staff member's language.
    assert!(html.contains("リンクをコピー") && html.contains("印刷"));

    // The link, in a read-only field to copy from, and in each app's link, encoded.
    let link = attribute_of(&html, "invitation-link", "href");
    assert!(link.contains("/i/"), "{link}");
    assert_eq!(attribute_of(&html, "invitation-link-text", "value"), link);
    assert!(html.contains("readonly"));
    let encoded_link = link.replace(':', "%3A").replace('/', "%2F");
    let line = hrefs(&html, "https://line.me/R/share?text=");
    let whatsapp = hrefs(&html, "https://wa.me/?text=");
    let messenger = hrefs(&html, "fb-messenger://share/?link=");
    assert_eq!(
        (line.len(), whatsapp.len(), messenger.len()),
        (1, 1, 1),
        "{html}"
    );
    for href in [&line[0], &whatsapp[0]] {
        // The Vietnamese message, then the link on its own line.
        assert!(
            href.contains("=LE%20VAN%20HUNG%2C%20%C4%91%C3%A2y%20l%C3%A0"),
            "{href}"
        );
        assert!(href.ends_with(&format!("%0A{encoded_link}")), "{href}");
        assert!(!href.contains(' ') && !href.contains("&amp;"), "{href}");
    }
    assert_eq!(
        messenger[0],
        format!("fb-messenger://share/?link={encoded_link}")
    );

    // "Make a new invitation" asks first, and says the link stops working.
    let details = html
        .find(r#"<details class="make-new no-print">"#)
        .expect("asks first");
    let form = html
        .find(r#"action="/api/issue_invitation""#)
        .expect("the form");
    assert!(details < form, "the form is inside the question");
    assert!(html.contains("この招待のリンクは使えなくなります"));
    assert!(html.contains("この招待を無効にして新しく作成"));

    // Shown once: the page again has neither the link nor the apps' links.
    let again = body_text(
        server
            .page(&format!("/invitations/{id}"), Some(&cookie))
            .await,
    )
    .await;
    assert!(!again.contains(&link) && hrefs(&again, "https://wa.me/").is_empty());
    assert!(again.contains(r#"<dd id="invitation-expires">"#));
    server.stop().await;
}

#[tokio::test]
async fn a_japanese_readers_invitation_is_written_once() {
    let server = start_with_demo().await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    let company: uuid::Uuid = server
        .scalar("SELECT id FROM companies WHERE name = '株式会社みなと食堂'")
        .await;
    let body = format!(
        "company_id={company}&family_name=PERES&given_name=ANA&nationality=BR&preferred_locale=ja"
    );
    let response = server.call("create_worker", &body, Some(&staff)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let made = with_set_cookies(&staff, &response);
    let id: uuid::Uuid = server
        .scalar("SELECT id FROM invitations ORDER BY created_at DESC, id DESC")
        .await;
    let cookie = format!("{made}; i18n_pref_locale=en");
    let html = without_markers(
        &body_text(
            server
                .page(&format!("/invitations/{id}"), Some(&cookie))
                .await,
        )
        .await,
    );
    assert_eq!(
        html.matches(r#"class="invitation-letter""#).count(),
        1,
        "{html}"
    );
    assert!(
        html.contains(r#"<span lang="ja">ログインID</span></dt>"#),
        "{html}"
    );
    // The chrome follows the reader.
    assert!(html.contains("Copy link") && html.contains("Make a new invitation"));
    server.stop().await;
}
