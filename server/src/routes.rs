//! The HTTP router: Leptos pages and server functions, `/pkg`, `/lang`, `/healthz`, and the
//! layers every response passes through (compression, security headers, tracing).

use app::{App, shell, state::AppState};
use app::{documents, onboarding};
use axum::{
    Router,
    extract::{DefaultBodyLimit, FromRef},
    middleware,
    routing::{get, post},
};
use leptos::{
    config::LeptosOptions,
    nonce::Nonce,
    prelude::{provide_context, use_context},
};
use leptos_axum::{LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::{CompressionLayer, DefaultPredicate, Predicate, predicate::NotForContentType},
    limit::RequestBodyLimitLayer,
    trace::TraceLayer,
};

use crate::{
    config::Config,
    deadline, health, invite_link, isolation, lang, request_user,
    security::{self, CspNonce},
    sessions::{self, DbSessionStore},
    static_files,
};

/// Forms and server-function calls are small; a bigger body is refused before anything
/// reads it (a megabyte "password" never reaches the hash). Uploads get their own limit.
const BODY_LIMIT_BYTES: usize = 64 * 1024;

/// The routes this router adds beside the Leptos app's pages and server functions, as
/// (method, path). axum cannot list the routes of a router, so this list is kept here, each
/// route below is registered through [`listed`], and the authorization matrix
/// (`server/tests/http/authz`) fails on a route of this list it has no row for.
pub const AXUM_ROUTES: [(&str, &str); 13] = [
    ("GET", "/healthz"),
    ("GET", app::locale::SWITCH_PATH),
    ("GET", "/i/{token}"),
    ("GET", "/pkg/{*file}"),
    ("POST", app::paths::DOCUMENT_UPLOAD),
    ("GET", "/documents/files/{id}"),
    ("POST", app::paths::CONSULTATION_MESSAGES),
    ("GET", "/consultations/photos/{id}"),
    ("GET", "/interviews/{id}/calendar.ics"),
    ("POST", app::paths::INTERVIEW_RECORDING),
    ("GET", app::paths::INTERVIEW_RECORDING),
    ("POST", app::paths::SHEET_UPLOAD),
    ("GET", app::paths::SHEET_TEMPLATE),
];

/// `path`, checked in debug builds (the tests) to be in [`AXUM_ROUTES`]: a route added
/// without its line there fails every test that builds a router, not only the matrix.
fn listed(method: &str, path: &'static str) -> &'static str {
    debug_assert!(
        AXUM_ROUTES.contains(&(method, path)),
        "{method} {path} is not in AXUM_ROUTES"
    );
    path
}

/// The router's state: what the Leptos integration needs and what our own handlers need.
#[derive(Clone, Debug)]
pub struct ServerState {
    pub leptos: LeptosOptions,
    pub app: AppState,
    pub secure_cookies: bool,
}

impl FromRef<ServerState> for AppState {
    fn from_ref(state: &ServerState) -> Self {
        state.app.clone()
    }
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
    // Every page render and server function gets the AppState through context, and the
    // page the nonce that the CSP header of its response names.
    let context = move || {
        provide_context(app.clone());
        let nonce = use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<CspNonce>().cloned());
        if let Some(CspNonce(nonce)) = nonce {
            provide_context(Nonce::from_value(nonce));
        }
    };
    let session_store = DbSessionStore::new(&state.app.db);
    let sessions = sessions::layer(session_store, config.secure_cookies, config.auth.staff_idle);
    let routes = generate_route_list(App);
    // Both sides of a card at the limit, and the form's few small fields.
    let upload_limit = usize::try_from(config.upload_max_bytes.saturating_mul(2))
        .unwrap_or(usize::MAX)
        .saturating_add(BODY_LIMIT_BYTES);
    // Files in and out: uploads, stored documents, calendar entries.
    let files = Router::new()
        .route(
            listed("POST", app::paths::DOCUMENT_UPLOAD),
            post(documents::upload),
        )
        .route(
            listed("GET", "/documents/files/{id}"),
            get(documents::download),
        )
        .route(
            listed("POST", app::paths::CONSULTATION_MESSAGES),
            post(app::consultations::send),
        )
        .route(
            listed("GET", "/consultations/photos/{id}"),
            get(app::consultations::photo),
        )
        .route(
            listed("GET", "/interviews/{id}/calendar.ics"),
            get(app::interviews::calendar_file),
        )
        .layer(DefaultBodyLimit::max(upload_limit))
        .layer(RequestBodyLimitLayer::new(upload_limit));
    // An import sheet up to twice its limit is read to its end and refused with its
    // message (a 20 MB file is told it is too large); beyond, the connection's 413.
    let sheet_limit = onboarding::IMPORT_MAX_BYTES
        .saturating_mul(2)
        .saturating_add(BODY_LIMIT_BYTES);
    let sheets = Router::new()
        .route(
            listed("POST", app::paths::SHEET_UPLOAD),
            post(onboarding::upload),
        )
        .route(
            listed("GET", app::paths::SHEET_TEMPLATE),
            get(onboarding::template),
        )
        .layer(DefaultBodyLimit::max(sheet_limit))
        .layer(RequestBodyLimitLayer::new(sheet_limit));
    // As for documents: a recording up to twice its limit is read to its end and refused
    // with its message (streamed, never held); beyond, the connection's 413.
    let recording_limit = usize::try_from(state.app.interviews.recording_max_bytes)
        .unwrap_or(usize::MAX)
        .saturating_mul(2)
        .saturating_add(BODY_LIMIT_BYTES);
    let recordings = Router::new()
        .route(
            listed("POST", app::paths::INTERVIEW_RECORDING),
            post(app::interviews::upload_recording).get(app::interviews::recording_file),
        )
        .layer(DefaultBodyLimit::max(recording_limit))
        .layer(RequestBodyLimitLayer::new(recording_limit));

    Router::new()
        .route(listed("GET", "/healthz"), get(health::healthz))
        .route(listed("GET", app::locale::SWITCH_PATH), get(lang::switch))
        .route(listed("GET", "/i/{token}"), get(invite_link::open))
        // Nested, so that axum adds the `{*file}` of the list itself.
        .nest_service(
            listed("GET", "/pkg/{*file}").trim_end_matches("/{*file}"),
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
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT_BYTES))
        .merge(files)
        .merge(sheets)
        .merge(recordings)
        .layer(middleware::from_fn_with_state(
            state.app.clone(),
            request_user::resolve,
        ))
        .layer(sessions)
        .layer(middleware::from_fn(security::reject_cross_site))
        .layer(middleware::from_fn(security::security_headers))
        // Not a recording: audio and video are compressed already, and a 2 GB one would
        // take a core for minutes to gain nothing.
        .layer(
            CompressionLayer::new().br(true).gzip(true).compress_when(
                DefaultPredicate::new()
                    .and(NotForContentType::const_new("video/"))
                    .and(NotForContentType::const_new("audio/")),
            ),
        )
        // Below the deadline, so that a request cut off there drops its owner with it.
        .layer(middleware::from_fn_with_state(
            config.limits,
            isolation::own_task,
        ))
        .layer(TraceLayer::new_for_http())
        // Outside the sessions and the app, so that their work is under the deadline too.
        .layer(middleware::from_fn_with_state(
            config.limits,
            deadline::within,
        ))
        // A bug must answer 500, not drop the connection.
        .layer(CatchPanicLayer::new())
        .with_state(state)
}
