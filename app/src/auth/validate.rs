//! Input rules of the sign-in form, shared by the page and the server function.

use crate::error::AppError;

/// The sign-in form needs both fields; whitespace alone counts as empty.
pub fn check_sign_in_form(login: &str, password: &str) -> Result<(), AppError> {
    if login.trim().is_empty() {
        return Err(AppError::validation("login", "sign_in.err_login_missing"));
    }
    if password.is_empty() {
        return Err(AppError::validation(
            "password",
            "sign_in.err_password_missing",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_fields_are_required() {
        assert_eq!(
            check_sign_in_form("  ", "secret-password")
                .unwrap_err()
                .code(),
            "sign_in.err_login_missing"
        );
        assert_eq!(
            check_sign_in_form("an.nguyen", "").unwrap_err().code(),
            "sign_in.err_password_missing"
        );
        assert!(check_sign_in_form("an.nguyen", "secret-password").is_ok());
    }
}
