//! Protections every request passes through: cross-site request refusal, the
//! Content-Security-Policy with a fresh nonce, and no caching of personal pages.

use axum::{
    extract::Request,
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};

/// The nonce of this response's inline scripts; the Leptos context hands it to
/// `HydrationScripts`, the CSP header names it.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// Refuses state-changing requests that another site made the browser send (CSRF).
///
/// Browsers send `Sec-Fetch-Site` on every request (Chrome 76+, Firefox 90+, Safari 16.4+);
/// older ones send `Origin` on every cross-origin POST. A request with neither comes from
/// outside a browser, where no victim's cookie rides along.
pub async fn reject_cross_site(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe || is_same_origin(request.headers()) {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        (StatusCode::FORBIDDEN, "cross-site request refused").into_response()
    }
}

fn is_same_origin(headers: &HeaderMap) -> bool {
    let get = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = get("sec-fetch-site") {
        // "none": typed into the address bar or a bookmark, which no other site can cause.
        return matches!(site, "same-origin" | "none");
    }
    match (get("origin"), get("host")) {
        (None, _) => true,
        (Some(origin), Some(host)) => {
            let authority = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"));
            authority == Some(host)
        }
        (Some(_), None) => false,
    }
}

/// Makes the nonce for this request and sets the response's security headers.
pub async fn security_headers(mut request: Request, next: Next) -> Response {
    let mut bytes = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    let nonce = URL_SAFE_NO_PAD.encode(bytes);
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response = next.run(request).await;
    set_headers(response.headers_mut(), &nonce);
    response
}

/// The policy: our own files only; inline scripts only with this response's nonce;
/// `wasm-unsafe-eval` so the browser may compile our wasm; never framed. `blob:` images are
/// the preview of a photo chosen for upload, which never leaves the phone until it is sent;
/// frames show our own PDFs.
fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; \
         frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// A response that set its own policy or framing keeps it: an uploaded document is
/// framed by our review page, and its own policy is stricter than a page's.
fn set_headers(headers: &mut HeaderMap, nonce: &str) {
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(csp) = HeaderValue::from_str(&content_security_policy(nonce))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    headers
        .entry(header::X_FRAME_OPTIONS)
        .or_insert(HeaderValue::from_static("DENY"));
    let fixed = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    // Pages and server-function answers may hold personal data: never stored by the
    // browser or a proxy. Static files set their own caching before this runs.
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn only_same_origin_requests_pass() {
        assert!(is_same_origin(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(is_same_origin(&headers(&[("sec-fetch-site", "none")])));
        assert!(!is_same_origin(&headers(&[(
            "sec-fetch-site",
            "cross-site"
        )])));
        assert!(!is_same_origin(&headers(&[(
            "sec-fetch-site",
            "same-site"
        )])));
        assert!(is_same_origin(&headers(&[
            ("origin", "https://shien.example"),
            ("host", "shien.example")
        ])));
        assert!(!is_same_origin(&headers(&[
            ("origin", "https://evil.example"),
            ("host", "shien.example")
        ])));
        assert!(!is_same_origin(&headers(&[
            ("origin", "null"),
            ("host", "shien.example")
        ])));
        assert!(is_same_origin(&headers(&[])));
    }

    #[test]
    fn the_policy_names_the_nonce_and_allows_wasm() {
        let csp = content_security_policy("abc");
        assert!(csp.contains("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval'"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"));
    }
}
