//! The invite-an-account form and its rules.

use crate::{
    domain::{CompanyId, EMAIL_MAX_CHARS, Role},
    error::AppError,
};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InviteForm {
    pub email: String,
    pub display_name: String,
    /// `staff`, `admin` or `company`: workers are added on the worker form.
    pub role: String,
    /// For a company user.
    pub company_id: String,
}

#[derive(Debug, PartialEq, Eq)]
pub struct CheckedInvite {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub company_id: Option<CompanyId>,
}

const NAME_MAX_CHARS: usize = 100;

impl InviteForm {
    pub fn check(&self) -> Result<CheckedInvite, AppError> {
        let email = self.email.trim().to_lowercase();
        let plausible = email.chars().count() <= EMAIL_MAX_CHARS
            && !email.contains(char::is_whitespace)
            && email
                .split_once('@')
                .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
        if !plausible {
            return Err(AppError::validation("email", "accounts.err_email"));
        }
        let display_name = self
            .display_name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if display_name.is_empty() || display_name.chars().count() > NAME_MAX_CHARS {
            return Err(AppError::validation("display_name", "accounts.err_name"));
        }
        let role = match self.role.trim().parse::<Role>() {
            Ok(role) if role != Role::Worker => role,
            _ => return Err(AppError::validation("role", "accounts.err_role")),
        };
        let company_id = match role {
            Role::Company => Some(
                self.company_id
                    .trim()
                    .parse()
                    .map_err(|_| AppError::validation("company_id", "workers.err_company"))?,
            ),
            _ => None,
        };
        Ok(CheckedInvite {
            email,
            display_name,
            role,
            company_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn form(role: &str) -> InviteForm {
        InviteForm {
            email: " Sato@Example.JP ".into(),
            display_name: "佐藤  花子".into(),
            role: role.into(),
            company_id: Uuid::nil().to_string(),
        }
    }

    #[test]
    fn addresses_are_kept_lower_case_and_company_users_need_a_company() {
        let checked = form("company").check().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(checked.email, "sato@example.jp");
        assert_eq!(checked.display_name, "佐藤 花子");
        assert_eq!(checked.company_id, Some(CompanyId::from_uuid(Uuid::nil())));
        assert_eq!(form("staff").check().map(|c| c.company_id), Ok(None));
        let mut no_company = form("company");
        no_company.company_id.clear();
        assert!(no_company.check().is_err());
    }

    #[test]
    fn bad_fields_are_named() {
        let code = |f: InviteForm| f.check().err().map(|e| e.code().to_owned());
        let mut f = form("staff");
        f.email = "not an address".into();
        assert_eq!(code(f).as_deref(), Some("accounts.err_email"));
        let mut f = form("staff");
        f.email = "a@localhost".into();
        assert_eq!(code(f).as_deref(), Some("accounts.err_email"));
        assert_eq!(code(form("worker")).as_deref(), Some("accounts.err_role"));
        let mut f = form("admin");
        f.display_name = " ".into();
        assert_eq!(code(f).as_deref(), Some("accounts.err_name"));
    }
}
