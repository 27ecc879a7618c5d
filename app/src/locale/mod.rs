//! The languages the portal speaks and how the choice is remembered (the switcher itself is
//! part of the page shell, `crate::shell`).
//!
//! The choice lives in a cookie that the server reads (so the first response is already in
//! the right language) and, on the device, in browser storage next to the worker's other
//! preferences, so it can be restored if the cookie is lost.

#[cfg(test)]
mod completeness;
#[cfg(test)]
mod error_codes;
mod nationality;
mod options;
#[cfg(feature = "ssr")]
mod request;
mod weekday;
pub mod words;

pub use nationality::{country_name, language_for, nationality_name, nationality_options};
pub use options::{LANGUAGES, LanguageOption, is_supported, language_options};
#[cfg(feature = "ssr")]
pub use request::{cookie_value, request_locale};
pub use weekday::weekday_name;

use crate::domain::tokyo;

/// The cookie that `leptos_i18n`'s provider reads to choose the locale.
pub const LOCALE_COOKIE: &str = "i18n_pref_locale";

/// The key under which the device remembers the chosen language (gloo-storage).
pub const LOCALE_STORAGE_KEY: &str = "shien.locale";

/// The path of the plain-HTTP language switch (works without JavaScript).
pub const SWITCH_PATH: &str = "/lang";

/// One year, in seconds: the language is a long-lived preference.
pub const COOKIE_MAX_AGE_SECS: u32 = 365 * 24 * 60 * 60;

/// A moment as people in Japan read it: Japan Standard Time (UTC+9 all year, no summer
/// time, so no time-zone database is needed), as `2026-12-02 18:30`, the same in every
/// language.
pub fn format_date_time(at: chrono::DateTime<chrono::Utc>) -> String {
    tokyo::local(at).format("%Y-%m-%d %H:%M").to_string()
}

/// A moment with its time zone, for a reader who may not be in Japan (a worker abroad
/// before entry reading an invitation): `2026-12-02 18:30 JST (UTC+9)`.
pub fn format_date_time_with_zone(at: chrono::DateTime<chrono::Utc>) -> String {
    format!("{} JST (UTC+9)", format_date_time(at))
}

/// Today's date in Japan: what "overdue" and "in the future" are measured against.
pub fn today_in_japan() -> chrono::NaiveDate {
    tokyo::date(chrono::Utc::now())
}

/// Keeps a redirect target on this site (`domain::local_redirect`), else the start page.
pub fn local_path_or_root(next: &str) -> &str {
    crate::domain::local_redirect_or_root(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_targets_stay_on_this_site() {
        assert_eq!(local_path_or_root("/help?x=1"), "/help?x=1");
        assert_eq!(local_path_or_root("//evil.example/"), "/");
        assert_eq!(local_path_or_root("/\\evil.example"), "/");
        assert_eq!(local_path_or_root("https://evil.example/"), "/");
        assert_eq!(local_path_or_root(""), "/");
    }

    #[test]
    fn times_are_shown_in_japan_time() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-02T15:30:00Z")
            .map(|t| t.to_utc())
            .unwrap_or_default();
        assert_eq!(format_date_time(at), "2026-12-03 00:30");
        assert_eq!(
            format_date_time_with_zone(at),
            "2026-12-03 00:30 JST (UTC+9)"
        );
    }
}
