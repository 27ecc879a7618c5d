//! The Shien server: configuration, start-up and the HTTP router around the Leptos app.
//! `main.rs` only calls [`run`].

pub mod config;
mod health;
mod lang;
mod routes;
mod shutdown;
mod startup;
mod static_files;

pub use routes::{ServerState, router};
pub use startup::{StartError, run};
