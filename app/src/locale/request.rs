//! The language of a request answered outside a Leptos render (the "taking too long" page),
//! chosen as the i18n provider chooses it for a page: the language cookie first, then the
//! browser's `Accept-Language`, then Japanese.

use http::{HeaderMap, header};
use leptos_i18n::Locale as _;

use super::LOCALE_COOKIE;
use crate::i18n::Locale;

/// The reader's language for a request with these headers.
pub fn request_locale(headers: &HeaderMap) -> Locale {
    cookie_value(headers, LOCALE_COOKIE)
        .and_then(|code| code.parse::<Locale>().ok())
        .unwrap_or_else(|| Locale::find_locale(&accepted_languages(headers)))
}

/// The value of the named cookie, if the request carries it.
pub fn cookie_value<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// The language tags of `Accept-Language`, most wanted first (a missing `q` is 1).
fn accepted_languages(headers: &HeaderMap) -> Vec<String> {
    let mut tags: Vec<(u16, String)> = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            // Thousandths, so the sort is on integers; q=0 means "not this one".
            let quality = (quality.clamp(0.0, 1.0) * 1000.0).round() as u16;
            (!tag.is_empty() && tag != "*" && quality > 0).then(|| (quality, tag.to_owned()))
        })
        .collect();
    // Stable: equal weights keep the browser's order.
    tags.sort_by_key(|(quality, _)| std::cmp::Reverse(*quality));
    tags.into_iter().map(|(_, tag)| tag).collect()
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(name, HeaderValue::from_str(value).expect("header"));
        }
        map
    }

    #[test]
    fn the_cookie_wins_then_the_most_wanted_language_then_japanese() {
        let both = headers(&[
            (header::ACCEPT_LANGUAGE, "vi-VN,vi;q=0.9"),
            (header::COOKIE, "shien_session=x; i18n_pref_locale=my"),
        ]);
        assert_eq!(request_locale(&both), Locale::my);
        let weighted = headers(&[(header::ACCEPT_LANGUAGE, "en;q=0.2, ne;q=0.8, fr")]);
        assert_eq!(
            accepted_languages(&weighted),
            vec!["fr".to_owned(), "ne".to_owned(), "en".to_owned()]
        );
        assert_eq!(request_locale(&weighted), Locale::ne);
        let unknown = headers(&[
            (header::ACCEPT_LANGUAGE, "fr-FR, de;q=0.5"),
            (header::COOKIE, "i18n_pref_locale=xx"),
        ]);
        assert_eq!(request_locale(&unknown), Locale::ja);
        assert_eq!(request_locale(&HeaderMap::new()), Locale::ja);
    }
}
