//! Accounts and sessions: signing in and out, who is calling, and what they may do.

#[cfg(feature = "ssr")]
mod access;
mod api;
#[cfg(feature = "ssr")]
mod caller;
#[cfg(feature = "ssr")]
mod cookies;
#[cfg(feature = "ssr")]
mod db;
#[cfg(feature = "ssr")]
mod known_device;
mod pages;
#[cfg(feature = "ssr")]
mod password;
#[cfg(feature = "ssr")]
mod request;
#[cfg(feature = "ssr")]
mod session;
#[cfg(feature = "ssr")]
mod sign_in;
#[cfg(feature = "ssr")]
mod token;
#[cfg(feature = "ssr")]
mod typed_login;
#[cfg(feature = "ssr")]
mod validate;

#[cfg(feature = "ssr")]
pub use access::{OfWorker, WorkerScope, may_see_worker, visible, visible_worker};
pub use api::{
    Me, SignIn, SignOut, SignOutEverywhere, SignedInUser, home_path, me, sign_in, sign_out,
    sign_out_everywhere,
};
#[cfg(feature = "ssr")]
pub use caller::Caller;
#[cfg(feature = "ssr")]
pub use cookies::{request_cookie, set_cookie};
#[cfg(feature = "ssr")]
pub use db::{end_all_sessions, session_generation};
pub use pages::{SignInPage, SignOutForms};
#[cfg(feature = "ssr")]
pub use password::{hash_password, verify_password, warm_up as warm_up_password_hashing};
#[cfg(feature = "ssr")]
pub use request::{client_ip, client_ip_of, public_origin};
#[cfg(feature = "ssr")]
pub use session::{
    CurrentUser, RequestUser, current_user, end_session, optional_user, resolved_user_id,
    start_session, user_of_request, user_of_session,
};

/// The login a refused sign-in typed, for the sign-in page to show again (read once;
/// nothing in the browser build).
pub fn typed_login() -> String {
    #[cfg(feature = "ssr")]
    {
        let secure = crate::state::app_state().is_ok_and(|s| s.auth.secure);
        typed_login::take(secure)
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// The id of the signed-in user this page is rendered for (nothing in the browser build).
pub fn signed_in_user_id() -> Option<crate::domain::UserId> {
    #[cfg(feature = "ssr")]
    {
        resolved_user_id()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}
#[cfg(feature = "ssr")]
pub use token::{hash_token, looks_like_token, new_token};
