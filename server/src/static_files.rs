//! `/pkg`: the wasm, JS and CSS that cargo-leptos builds. With hashed file names (a new
//! build means new names) browsers may keep them for a year.

use std::path::Path;

use axum::http::{HeaderValue, header};
use tower::Layer;
use tower_http::{
    services::ServeDir,
    set_header::{SetResponseHeader, SetResponseHeaderLayer},
};

pub fn pkg_service(dir: &Path, hashed_names: bool) -> SetResponseHeader<ServeDir, HeaderValue> {
    let cache = if hashed_names {
        HeaderValue::from_static("public, max-age=31536000, immutable")
    } else {
        HeaderValue::from_static("no-cache")
    };
    // Pre-compressed `.br`/`.gz` files are served when a build made them; otherwise the
    // router's compression layer compresses on the fly.
    let files = ServeDir::new(dir).precompressed_br().precompressed_gzip();
    SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, cache).layer(files)
}
