//! `AppError`: the one error type that crosses the server-function boundary.
//!
//! It carries what the browser may know (a kind, and for validation a field and a locale
//! key), never internal details: those are logged on the server where the error is made.

use serde::{Deserialize, Serialize};
use server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Nobody is signed in (HTTP 401).
    #[error("sign-in required")]
    Unauthorized,
    /// Signed in, but not allowed to do this (HTTP 403).
    #[error("not allowed")]
    Forbidden,
    /// The record does not exist, or its existence must not be revealed (HTTP 404).
    #[error("not found")]
    NotFound,
    /// The input was understood but is not acceptable; `message_key` names the locale string
    /// that explains it (HTTP 400).
    #[error("invalid {field}: {message_key}")]
    Validation { field: String, message_key: String },
    /// The request itself could not be read: missing or malformed arguments (HTTP 400).
    #[error("malformed request: {0}")]
    BadRequest(String),
    /// Someone changed the record meanwhile; reload and try again (HTTP 409).
    #[error("changed meanwhile")]
    Conflict,
    /// Too many failed sign-ins: wait, then try again (HTTP 429).
    #[error("too many attempts")]
    TooManyAttempts,
    /// The feature is not open yet, or the service is temporarily unable to serve (HTTP 503).
    #[error("unavailable")]
    Unavailable,
    /// Something failed on our side; the details are in the server log (HTTP 500).
    #[error("internal error")]
    Internal,
}

impl AppError {
    pub fn validation(field: &str, message_key: &str) -> Self {
        Self::Validation {
            field: field.to_owned(),
            message_key: message_key.to_owned(),
        }
    }

    /// A short code for a page's query string (see `form`): the locale key for validation
    /// errors, the kind otherwise.
    pub fn code(&self) -> &str {
        match self {
            Self::Validation { message_key, .. } => message_key,
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not_found",
            Self::BadRequest(_) => "bad_request",
            Self::Conflict => "conflict",
            Self::TooManyAttempts => "too_many_attempts",
            Self::Unavailable => "unavailable",
            Self::Internal => "internal",
        }
    }

    /// The HTTP status this error is answered with.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode as S;
        match self {
            Self::Unauthorized => S::UNAUTHORIZED,
            Self::Forbidden => S::FORBIDDEN,
            Self::NotFound => S::NOT_FOUND,
            Self::Validation { .. } | Self::BadRequest(_) => S::BAD_REQUEST,
            Self::Conflict => S::CONFLICT,
            Self::TooManyAttempts => S::TOO_MANY_REQUESTS,
            Self::Unavailable => S::SERVICE_UNAVAILABLE,
            Self::Internal => S::INTERNAL_SERVER_ERROR,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The caller sent something we could not read: their mistake, not ours.
            ServerFnErrorErr::Args(detail)
            | ServerFnErrorErr::MissingArg(detail)
            | ServerFnErrorErr::Deserialization(detail)
            | ServerFnErrorErr::UnsupportedRequestMethod(detail) => Self::BadRequest(detail),
            other => {
                #[cfg(feature = "ssr")]
                tracing::error!(error = %other, "server function failed");
                #[cfg(not(feature = "ssr"))]
                let _ = other;
                Self::Internal
            }
        }
    }

    /// Encodes the error for the response and, on the server, sets the response status from
    /// it: server_fn answers every error with 500 otherwise.
    fn ser(&self) -> bytes::Bytes {
        #[cfg(feature = "ssr")]
        if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(self.status());
        }
        serde_json::to_vec(self)
            .map(bytes::Bytes::from)
            .unwrap_or_else(|_| bytes::Bytes::from_static(br#""Internal""#))
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        tracing::error!(%error, "database error");
        Self::Internal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_arguments_are_the_callers_fault() {
        let err = AppError::from_server_fn_error(ServerFnErrorErr::Args("missing field".into()));
        assert_eq!(err.status(), http::StatusCode::BAD_REQUEST);
        let err = AppError::from_server_fn_error(ServerFnErrorErr::ServerError("db".into()));
        assert_eq!(err, AppError::Internal);
        assert_eq!(err.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[test]
    fn errors_round_trip_through_their_encoding() {
        let err = AppError::validation("password", "sign_in.err_password_missing");
        assert_eq!(AppError::de(err.ser()), err);
    }
}
