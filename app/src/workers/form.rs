//! The new-worker form and its rules (checked on the server).

use crate::{
    domain::Country,
    error::AppError,
    locale::{is_supported, language_for},
};

/// The fields as posted; `company_id` is text so that a missing choice gets a message
/// rather than a malformed-request error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewWorkerForm {
    pub company_id: String,
    pub family_name: String,
    pub given_name: String,
    pub nationality: String,
    pub preferred_locale: String,
}

/// Names as on the residence card; 100 characters is far beyond any real one.
const NAME_MAX_CHARS: usize = 100;

/// The form, checked: (company, family name, given name, nationality, locale).
#[derive(Debug, PartialEq, Eq)]
pub struct CheckedNewWorker {
    pub company_id: crate::domain::CompanyId,
    pub family_name: String,
    pub given_name: String,
    /// An ISO 3166-1 alpha-2 code of [`Country`].
    pub nationality: String,
    pub preferred_locale: String,
}

impl NewWorkerForm {
    pub fn check(&self) -> Result<CheckedNewWorker, AppError> {
        let company_id = self
            .company_id
            .trim()
            .parse()
            .map_err(|_| AppError::validation("company_id", "workers.err_company"))?;
        // As in the passport: Latin letters in capitals (Vietnamese keeps its marks, as the
        // passport prints them: "NGUYỄN"), so that every list and form shows one spelling
        // whoever typed it. Scripts without case (李 伟) are unchanged.
        let name = |value: &str, field: &str| {
            let value = value
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_uppercase();
            if value.is_empty() || value.chars().count() > NAME_MAX_CHARS {
                Err(AppError::validation(field, "workers.err_name"))
            } else {
                Ok(value)
            }
        };
        let family_name = name(&self.family_name, "family_name")?;
        let given_name = name(&self.given_name, "given_name")?;
        let country = Country::parse_code(&self.nationality)
            .ok_or_else(|| AppError::validation("nationality", "workers.err_nationality"))?;
        // Left at "same as the nationality" (the form's first choice, and what a browser
        // without JavaScript sends when staff do not choose): the nationality decides.
        let preferred_locale = match self.preferred_locale.trim() {
            "" => language_for(country).to_owned(),
            chosen => chosen.to_owned(),
        };
        if !is_supported(&preferred_locale) {
            return Err(AppError::validation(
                "preferred_locale",
                "workers.err_locale",
            ));
        }
        Ok(CheckedNewWorker {
            company_id,
            family_name,
            given_name,
            nationality: country.code().to_owned(),
            preferred_locale,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> NewWorkerForm {
        NewWorkerForm {
            company_id: uuid::Uuid::nil().to_string(),
            family_name: " nguyen ".into(),
            given_name: "VAN   AN".into(),
            nationality: "vn".into(),
            preferred_locale: "vi".into(),
        }
    }

    #[test]
    fn a_good_form_is_tidied() {
        let checked = form().check().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(checked.family_name, "NGUYEN");
        assert_eq!(checked.given_name, "VAN AN");
        assert_eq!(checked.nationality, "VN");
        assert_eq!(checked.preferred_locale, "vi");
    }

    #[test]
    fn names_are_in_passport_capitals_whatever_was_typed() {
        let checked = |family: &str, given: &str| {
            NewWorkerForm {
                family_name: family.into(),
                given_name: given.into(),
                ..form()
            }
            .check()
            .map(|c| (c.family_name, c.given_name))
            .ok()
        };
        assert_eq!(
            checked("Nguyễn", "văn an"),
            Some(("NGUYỄN".into(), "VĂN AN".into()))
        );
        assert_eq!(checked("李", "伟"), Some(("李".into(), "伟".into())));
    }

    #[test]
    fn the_language_left_to_the_nationality_follows_it() {
        let checked = |nationality: &str, locale: &str| {
            NewWorkerForm {
                nationality: nationality.into(),
                preferred_locale: locale.into(),
                ..form()
            }
            .check()
            .map(|c| c.preferred_locale)
        };
        assert_eq!(checked("MM", "").ok().as_deref(), Some("my"));
        assert_eq!(checked("KH", " ").ok().as_deref(), Some("en"));
        // A language staff chose wins over the nationality's.
        assert_eq!(checked("MM", "ja").ok().as_deref(), Some("ja"));
    }

    #[test]
    fn each_bad_field_is_named() {
        let code = |f: NewWorkerForm| f.check().err().map(|e| e.code().to_owned());
        let bad = |edit: fn(&mut NewWorkerForm)| {
            let mut f = form();
            edit(&mut f);
            code(f)
        };
        assert_eq!(
            bad(|f| f.company_id.clear()).as_deref(),
            Some("workers.err_company")
        );
        assert_eq!(
            bad(|f| f.family_name = "  ".into()).as_deref(),
            Some("workers.err_name")
        );
        assert_eq!(
            bad(|f| f.given_name = "A".repeat(101)).as_deref(),
            Some("workers.err_name")
        );
        for nationality in ["VNM", "XX", "", "<b>"] {
            let mut f = form();
            f.nationality = nationality.into();
            assert_eq!(
                code(f).as_deref(),
                Some("workers.err_nationality"),
                "{nationality}"
            );
        }
        assert_eq!(
            bad(|f| f.preferred_locale = "xx".into()).as_deref(),
            Some("workers.err_locale")
        );
    }
}
