//! Signing in. Accounts, sessions and roles arrive with issue #3; until then the sign-in
//! form checks its input and honestly says that sign-in is not open.

mod api;
mod components;
#[cfg(feature = "ssr")]
mod validate;

pub use api::*;
pub use components::SignInPage;
