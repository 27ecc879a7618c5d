//! What every server function and page may reach on the server: the pool, the store of
//! uploads, the settings, and the sign-in counts of this process. It names no feature's
//! type, so every feature can read it; the features read their settings from here.

mod interview_settings;
mod request;
mod throttles;

use std::sync::Arc;

use leptos::prelude::use_context;

pub use interview_settings::InterviewSettings;
pub use request::{request_parts, request_session};
pub use throttles::{Attempt, SignInThrottles};

use crate::{db::Db, error::AppError, files::UploadSettings};

/// Shared server state, provided to every request through Leptos context.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub auth: Arc<AuthSettings>,
    pub throttles: Arc<SignInThrottles>,
    /// Where uploads go and their limits.
    pub documents: Arc<UploadSettings>,
    /// Booking notice and cut-off.
    pub interviews: InterviewSettings,
}

impl AppState {
    pub fn new(db: Db, auth: AuthSettings, documents: UploadSettings) -> Self {
        Self {
            db,
            auth: Arc::new(auth),
            throttles: Arc::new(SignInThrottles::default()),
            documents: Arc::new(documents),
            interviews: InterviewSettings::default(),
        }
    }

    /// The same state with other booking windows.
    #[must_use]
    pub fn with_interviews(mut self, interviews: InterviewSettings) -> Self {
        self.interviews = interviews;
        self
    }
}

/// The account and session settings (README, "Settings").
#[derive(Clone, Debug)]
pub struct AuthSettings {
    /// A staff or company session ends after this long without use (`SHIEN_STAFF_IDLE_HOURS`).
    pub staff_idle: chrono::Duration,
    /// A worker's session, on their own phone, lasts longer (`SHIEN_WORKER_IDLE_DAYS`).
    pub worker_idle: chrono::Duration,
    /// The address people reach the portal at, for invitation links and QR codes
    /// (`SHIEN_PUBLIC_URL`); without it, the address of the staff member's request.
    pub public_url: Option<String>,
    /// Served over https: links use https (`SHIEN_SECURE_COOKIES`).
    pub secure: bool,
    /// Take the client's address from `X-Forwarded-For` (behind a reverse proxy only:
    /// `SHIEN_TRUST_PROXY`).
    pub trust_proxy: bool,
}

impl Default for AuthSettings {
    fn default() -> Self {
        Self {
            staff_idle: chrono::Duration::hours(8),
            worker_idle: chrono::Duration::days(30),
            public_url: None,
            secure: false,
            trust_proxy: false,
        }
    }
}

/// The state of the running server, or `Internal` if a request ran without it.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the request context");
        AppError::Internal
    })
}
