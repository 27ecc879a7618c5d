//! The page of a request that ran out of time (HTTP 503). It is written without the Leptos
//! renderer on purpose: whatever kept the request from finishing may be in there.

use leptos_i18n::td_string;

use super::escape_html;
use crate::i18n::Locale;

/// A small, complete HTML page in `locale` saying the request took too long, with a link
/// that tries `retry_path` again.
pub fn unavailable_page(locale: Locale, retry_path: &str) -> String {
    let lang = locale.to_string();
    let title = escape_html(td_string!(locale, unavailable.title));
    let body = escape_html(td_string!(locale, unavailable.body));
    let retry = escape_html(td_string!(locale, unavailable.retry));
    let app = escape_html(td_string!(locale, app_name));
    let href = escape_html(crate::locale::local_path_or_root(retry_path));
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · {app}</title></head><body><main>\
         <h1>{title}</h1><p>{body}</p><p><a href=\"{href}\">{retry}</a></p>\
         </main></body></html>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_speaks_the_readers_language_and_escapes_the_address() {
        let page = unavailable_page(Locale::vi, "/help?x=<b>");
        assert!(page.contains(r#"<html lang="vi">"#), "{page}");
        assert!(page.contains("Thử lại"), "{page}");
        assert!(page.contains(r#"href="/help?x=&lt;b&gt;""#), "{page}");
        // Never a link off the site.
        assert!(unavailable_page(Locale::ja, "//evil.example").contains(r#"href="/""#));
    }
}
