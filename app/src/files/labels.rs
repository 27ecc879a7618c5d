//! The words for what can go wrong with an uploaded file, whatever it was sent for. The
//! codes keep their `document_error` keys: documents were the first to take files.
//! Locale keys must be literal, hence one arm per value.

use leptos_i18n::{I18nContext, t_string};

use crate::i18n::Locale;

/// The message for an upload's error code (see `intake`), else the ones every page shares.
pub fn error_message(i18n: I18nContext<Locale>, code: &str) -> Option<String> {
    let message = match code {
        "document_error.empty" => t_string!(i18n, document_error.empty),
        "document_error.too_large" => t_string!(i18n, document_error.too_large),
        "document_error.interrupted" => t_string!(i18n, document_error.interrupted),
        "document_error.wrong_type" => t_string!(i18n, document_error.wrong_type),
        "document_error.type_mismatch" => t_string!(i18n, document_error.type_mismatch),
        "document_error.unreadable" => t_string!(i18n, document_error.unreadable),
        "document_error.too_many_pixels" => t_string!(i18n, document_error.too_many_pixels),
        "document_error.bad_name" => t_string!(i18n, document_error.bad_name),
        _ => return crate::layout::shared_error(i18n, code),
    };
    Some(message.to_string())
}
