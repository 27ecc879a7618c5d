//! The new-worker form (issue 19): no company chosen for staff, the nationality from a
//! list in the reader's language, the language from the nationality.

use axum::http::StatusCode;

use crate::{
    invitation_page::without_markers,
    support::{BACKENDS, body_text, header, start_on, start_with_demo},
};

/// The new-worker form of a page (the header has selects of its own), without the
/// hydration markers.
fn form_of(html: &str) -> String {
    let start = html
        .find(r#"action="/api/create_worker""#)
        .unwrap_or_else(|| panic!("the form: {html}"));
    let end = html[start..]
        .find("</form>")
        .map_or(html.len(), |e| start + e);
    without_markers(&html[start..end])
}

#[tokio::test]
async fn a_worker_without_a_company_is_refused_under_the_field_and_the_typing_comes_back() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let before: i64 = server.scalar("SELECT COUNT(*) FROM workers").await;
        let invitations: i64 = server.scalar("SELECT COUNT(*) FROM invitations").await;
        let body =
            "company_id=&family_name=LE&given_name=VAN%20HUNG&nationality=MM&preferred_locale=";
        let response = server.form_post("create_worker", body, Some(&staff)).await;
        assert_eq!(response.status(), StatusCode::FOUND, "{backend:?}");
        assert_eq!(
            header(&response, "location"),
            "/staff/workers/new?error=workers.err_company"
        );
        // Nothing half-written.
        assert_eq!(
            server.scalar::<i64>("SELECT COUNT(*) FROM workers").await,
            before
        );
        assert_eq!(
            server
                .scalar::<i64>("SELECT COUNT(*) FROM invitations")
                .await,
            invitations
        );

        let cookie = format!("{staff}; i18n_pref_locale=en");
        let page = server
            .page(
                "/staff/workers/new?error=workers.err_company",
                Some(&cookie),
            )
            .await;
        let page = body_text(page).await;
        assert!(
            !page.contains(r#"class="alert""#),
            "said once, at the field"
        );
        let html = form_of(&page);
        // The message is under the company, which is marked and takes the focus.
        assert!(
            html.contains(
                r#"<p id="company_id-error" class="field-error">Choose the company.</p>"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"id="company_id" name="company_id" required aria-invalid="true""#));
        // What was typed is back; the language shown is the nationality's.
        assert!(html.contains(r#"value="LE""#) && html.contains(r#"value="VAN HUNG""#));
        assert!(
            html.contains(r#"<option value="MM" selected>Myanmar</option>"#),
            "{html}"
        );
        assert!(html.contains(r#"<option value="my" selected>"#), "{html}");
        assert!(
            !html.contains("data-chosen"),
            "staff did not choose a language"
        );
        server.stop().await;
    }
}

#[tokio::test]
async fn the_form_starts_with_nothing_chosen_and_countries_named_in_the_readers_language() {
    let server = start_with_demo().await;
    let staff = server.demo("tanaka@sakura-support.example").await;
    for (locale, vietnam, choose) in [
        ("ja", "ベトナム", "選んでください"),
        ("vi", "Việt Nam", "Hãy chọn…"),
        ("en", "Vietnam", "Choose…"),
    ] {
        let cookie = format!("{staff}; i18n_pref_locale={locale}");
        let response = server.page("/staff/workers/new", Some(&cookie)).await;
        assert_eq!(response.status(), StatusCode::OK);
        let page = body_text(response).await;
        let html = form_of(&page);
        assert!(
            html.contains(&format!(r#"<option value="VN">{vietnam}</option>"#)),
            "{locale}: {html}"
        );
        // Company and nationality: an empty first choice, nothing selected.
        let empty = format!(r#"<option value="">{choose}</option>"#);
        assert_eq!(html.matches(&empty).count(), 2, "{locale}");
        assert!(
            !html.contains(" selected>"),
            "{locale}: nothing is chosen for staff"
        );
        assert!(html.contains(r#"<select id="nationality" name="nationality" required"#));
        assert!(!html.contains(r#"maxlength="2""#), "no free code any more");
    }
    // A code outside the list is refused, with nothing written.
    let company: uuid::Uuid = server
        .scalar("SELECT id FROM companies WHERE name = '株式会社みなと食堂'")
        .await;
    let body = format!(
        "company_id={company}&family_name=LE&given_name=AN&nationality=XX&preferred_locale=vi"
    );
    let response = server.form_post("create_worker", &body, Some(&staff)).await;
    assert_eq!(
        header(&response, "location"),
        "/staff/workers/new?error=workers.err_nationality"
    );
    assert_eq!(
        server
            .scalar::<i64>("SELECT COUNT(*) FROM workers WHERE family_name = 'LE'")
            .await,
        0
    );
    server.stop().await;
}
