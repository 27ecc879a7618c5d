//! Where this site may send a browser back to (issue 17: `/lang?next=/%09/evil.example/`
//! passed the old check, and Chromium, which drops tabs and newlines from addresses,
//! landed on `//evil.example`; a newline in a redirect made a header that panicked).
//!
//! Only a path of this site: one `/`, then no second `/` or `\` (which browsers read as the
//! start of another host), and no control character anywhere (a browser strips tabs and
//! newlines before it reads the address, and a header cannot hold them). The input is the
//! decoded text, as a query string or a form gives it; percent signs that remain are plain
//! text in a path and harmless.

/// `target` when it is a path of this site, else `None`.
pub fn local_redirect(target: &str) -> Option<&str> {
    let mut chars = target.chars();
    let first = chars.next()?;
    let second = chars.next();
    let is_local = first == '/'
        && !matches!(second, Some('/' | '\\'))
        && !target.chars().any(char::is_control);
    is_local.then_some(target)
}

/// [`local_redirect`], or the start page.
pub fn local_redirect_or_root(target: &str) -> &str {
    local_redirect(target).unwrap_or("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_path_of_this_site_is_a_redirect_target() {
        for good in [
            "/",
            "/help",
            "/help?x=1&saved=ok",
            "/me/documents/passport?error=document_error.wrong_type",
            "/%2F/still-a-path-here",
            "/a/b//c",
        ] {
            assert_eq!(local_redirect(good), Some(good), "{good:?}");
        }
        for bad in [
            "",
            "//evil.example/",
            "/\\evil.example",
            "/\t/evil.example/",
            "/\n",
            "/help\r\nSet-Cookie: x=1",
            "/ok\u{7f}",
            "https://evil.example/",
            "http:/evil.example",
            "javascript:alert(1)",
            "evil.example",
            "\t//evil.example",
            " /help",
        ] {
            assert_eq!(local_redirect(bad), None, "{bad:?}");
            assert_eq!(local_redirect_or_root(bad), "/");
        }
    }

    #[test]
    fn the_percent_encoded_attacks_are_refused_once_decoded() {
        // As the query extractor hands them over: %09 is a tab, %0a a newline, %2F and %5C
        // the slashes.
        for encoded in [
            "/%09/evil.example/",
            "/%0a",
            "%2F%2Fevil.example",
            "/%5Cevil.example",
        ] {
            let query = format!("next={encoded}");
            let decoded = form_urlencoded::parse(query.as_bytes())
                .find(|(name, _)| name == "next")
                .map(|(_, value)| value.into_owned())
                .expect("next");
            assert_eq!(local_redirect(&decoded), None, "{encoded} → {decoded:?}");
        }
    }
}
