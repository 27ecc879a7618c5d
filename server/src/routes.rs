//! The HTTP router: Leptos pages and server functions, `/pkg`, `/lang`, `/healthz`, and the
//! layers every response passes through (compression, security headers, tracing).

use app::{App, shell, state::AppState};
use axum::{
    Router,
    extract::FromRef,
    http::{HeaderName, HeaderValue, header},
    routing::get,
};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use tower_http::{
    catch_panic::CatchPanicLayer, compression::CompressionLayer,
    set_header::SetResponseHeaderLayer, trace::TraceLayer,
};

use crate::{config::Config, health, lang, static_files};

/// The router's state: what the Leptos integration needs and what our own handlers need.
#[derive(Clone, Debug)]
pub struct ServerState {
    pub leptos: LeptosOptions,
    pub app: AppState,
    pub secure_cookies: bool,
}

impl FromRef<ServerState> for LeptosOptions {
    fn from_ref(state: &ServerState) -> Self {
        state.leptos.clone()
    }
}

pub fn router(config: &Config, app: AppState) -> Router {
    let state = ServerState {
        leptos: config.leptos.clone(),
        app: app.clone(),
        secure_cookies: config.secure_cookies,
    };
    // Every page render and server function gets the AppState through context.
    let context = move || provide_context(app.clone());
    let routes = generate_route_list(App);

    Router::new()
        .route("/healthz", get(health::healthz))
        .route(app::locale::SWITCH_PATH, get(lang::switch))
        .nest_service(
            "/pkg",
            static_files::pkg_service(&config.pkg_dir(), config.leptos.hash_files),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = config.leptos.clone();
            move || shell(options.clone())
        })
        // Files of `public/` (favicon), and the localized 404 page for everything else.
        .fallback(file_and_error_handler_with_context::<ServerState, _>(
            context, shell,
        ))
        // Headers that cost nothing and close whole classes of attack.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("referrer-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(TraceLayer::new_for_http())
        // A bug must answer 500, not drop the connection.
        .layer(CatchPanicLayer::new())
        .with_state(state)
}
