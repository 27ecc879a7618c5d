//! The Shien server: configuration, start-up and the HTTP router around the Leptos app.
//! `main.rs` only calls [`run`].

pub mod config;
mod deadline;
mod health;
mod invite_link;
mod isolation;
mod jobs;
mod lang;
mod purge;
mod request_user;
mod returned_form;
mod routes;
mod security;
mod seed;
mod serve;
mod sessions;
mod shutdown;
mod startup;
mod static_files;

pub use deadline::TimeLimits;
pub use purge::{PurgeError, purge_documents};
pub use routes::{AXUM_ROUTES, ServerState, router};
pub use seed::{SeedError, seed};
pub use sessions::{DbSessionStore, SESSION_COOKIE};
pub use startup::{StartError, prepare_database, run};
