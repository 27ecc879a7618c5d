//! The company forms as posted, and their checks: each field read by its domain rule into
//! what is stored, or the first wrong field with its message. Pure, and unit tested here.

use chrono::NaiveDate;

use crate::{
    domain::{
        CorporateNumber, CorporateNumberProblem, SswField, SupportKind, parse_phone,
        parse_postal_code,
    },
    error::AppError,
    form::text::{limited, optional_date},
};

/// The longest name, representative or workplace name kept.
pub const NAME_MAX_CHARS: usize = 100;
/// The longest address kept.
pub const ADDRESS_MAX_CHARS: usize = 200;

/// The record's fields as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct CompanyFields {
    pub name: String,
    pub field: String,
    pub corporate_number: Option<String>,
    pub postal_code: Option<String>,
    pub address: Option<String>,
    pub representative: Option<String>,
    pub phone: Option<String>,
    pub entrusted_on: Option<NaiveDate>,
    /// `SupportKind::code()`s, one per line.
    pub entrusted_supports: Option<String>,
}

/// The record as posted; the supports are the ticked boxes' codes.
#[derive(Clone, Debug, Default)]
pub struct CompanyForm<'a> {
    pub name: &'a str,
    pub field: &'a str,
    pub corporate_number: &'a str,
    pub postal_code: &'a str,
    pub address: &'a str,
    pub representative: &'a str,
    pub phone: &'a str,
    pub entrusted_on: &'a str,
    pub entrusted_supports: Vec<&'a str>,
}

/// The name of a company or workplace: required, at most [`NAME_MAX_CHARS`].
pub fn name(text: &str, field: &str) -> Result<String, AppError> {
    limited(text, NAME_MAX_CHARS, field, "companies.err_name")?
        .ok_or_else(|| AppError::validation(field, "companies.err_name"))
}

/// A postal code, optional.
pub fn postal_code(text: &str) -> Result<Option<String>, AppError> {
    match text.trim() {
        "" => Ok(None),
        text => parse_postal_code(text)
            .map(Some)
            .map_err(|_| AppError::validation("postal_code", "companies.err_postal_code")),
    }
}

/// An address: at most [`ADDRESS_MAX_CHARS`].
pub fn address(text: &str) -> Result<Option<String>, AppError> {
    limited(text, ADDRESS_MAX_CHARS, "address", "companies.err_address")
}

impl CompanyForm<'_> {
    pub fn check(&self) -> Result<CompanyFields, AppError> {
        let name = name(self.name, "name")?;
        let field = SswField::from_code(self.field.trim())
            .map_err(|_| AppError::validation("field", "companies.err_field"))?;
        let corporate_number = match self.corporate_number.trim() {
            "" => None,
            typed => Some(
                CorporateNumber::parse(typed)
                    .map_err(|problem| {
                        let key = match problem {
                            CorporateNumberProblem::Shape => "companies.err_corporate_number",
                            CorporateNumberProblem::CheckDigit => "companies.err_check_digit",
                        };
                        AppError::validation("corporate_number", key)
                    })?
                    .as_str()
                    .to_owned(),
            ),
        };
        let phone = match self.phone.trim() {
            "" => None,
            typed => Some(
                parse_phone(typed)
                    .ok_or_else(|| AppError::validation("phone", "companies.err_phone"))?,
            ),
        };
        let entrusted_on = optional_date(self.entrusted_on, "entrusted_on", "companies.err_date")?;
        let mut supports = Vec::new();
        for code in &self.entrusted_supports {
            let kind = SupportKind::from_code(code.trim())
                .map_err(|_| AppError::validation("entrusted_supports", "companies.err_support"))?;
            if !supports.contains(&kind) {
                supports.push(kind);
            }
        }
        // In the law's order, whatever order the boxes came in.
        supports.sort_by_key(|k| SupportKind::ALL.iter().position(|a| a == k));
        Ok(CompanyFields {
            name,
            field: field.code().to_owned(),
            corporate_number,
            postal_code: postal_code(self.postal_code)?,
            address: address(self.address)?,
            representative: limited(
                self.representative,
                NAME_MAX_CHARS,
                "representative",
                "companies.err_name",
            )?,
            phone,
            entrusted_on,
            entrusted_supports: (!supports.is_empty()).then(|| {
                supports
                    .iter()
                    .map(|k| k.code())
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> CompanyForm<'static> {
        CompanyForm {
            name: " 株式会社  ふじ建設 ",
            field: "construction",
            // The NTA's own example of a valid number.
            corporate_number: "７０００－０１２０５－０００２",
            postal_code: "460-0008",
            address: "愛知県名古屋市中区栄1-1-1",
            representative: "藤 太郎",
            phone: "052-123-4567",
            entrusted_on: "2025-04-01",
            entrusted_supports: vec![
                "periodic_interview",
                "pre_entry_guidance",
                "periodic_interview",
            ],
        }
    }

    fn code(form: CompanyForm<'_>) -> Option<String> {
        form.check().err().map(|e| e.code().to_owned())
    }

    #[test]
    fn a_good_form_is_kept_as_the_filings_print_it() {
        let fields = form().check().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fields.name, "株式会社 ふじ建設");
        assert_eq!(fields.corporate_number.as_deref(), Some("7000012050002"));
        assert_eq!(fields.postal_code.as_deref(), Some("4600008"));
        assert_eq!(
            fields.entrusted_supports.as_deref(),
            Some("pre_entry_guidance\nperiodic_interview")
        );
    }

    #[test]
    fn each_bad_field_is_named() {
        let bad = |edit: fn(&mut CompanyForm<'static>)| {
            let mut f = form();
            edit(&mut f);
            code(f)
        };
        assert_eq!(bad(|f| f.name = " "), Some("companies.err_name".into()));
        assert_eq!(
            bad(|f| f.field = "fishing_boats"),
            Some("companies.err_field".into())
        );
        assert_eq!(
            bad(|f| f.corporate_number = "7000012050003"),
            Some("companies.err_check_digit".into())
        );
        assert_eq!(
            bad(|f| f.corporate_number = "700001205000"),
            Some("companies.err_corporate_number".into())
        );
        assert_eq!(
            bad(|f| f.phone = "call us"),
            Some("companies.err_phone".into())
        );
        assert_eq!(
            bad(|f| f.postal_code = "46"),
            Some("companies.err_postal_code".into())
        );
        assert_eq!(
            bad(|f| f.entrusted_on = "1/4/2025"),
            Some("companies.err_date".into())
        );
        assert_eq!(
            bad(|f| f.entrusted_supports = vec!["housing"]),
            Some("companies.err_support".into())
        );
    }
}
