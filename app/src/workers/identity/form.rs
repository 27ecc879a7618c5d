//! The identity form as posted, and its check: every field read by its domain rule into the
//! columns as stored, or the first field that is wrong with its message. Pure, so that the
//! rules of the whole form are unit tested here.

use chrono::NaiveDate;

use super::db::IdentityColumns;
use crate::{
    domain::{
        ResidenceCardNumber, Sex, SswField, category_of_field, check_birth_date,
        parse_katakana_name, parse_languages, parse_passport_number, parse_postal_code,
    },
    error::AppError,
};

/// The longest address kept: the longest Japanese address with a building and room fits.
pub const ADDRESS_MAX_CHARS: usize = 200;

/// The fields as posted; each may be left empty.
#[derive(Clone, Copy, Debug, Default)]
pub struct IdentityForm<'a> {
    pub name_katakana: &'a str,
    pub birth_date: &'a str,
    pub sex: &'a str,
    pub residence_card_number: &'a str,
    pub passport_number: &'a str,
    pub passport_expiry: &'a str,
    pub postal_code: &'a str,
    pub address: &'a str,
    pub job_category: &'a str,
    pub languages: &'a str,
    pub workplace_id: &'a str,
}

impl IdentityForm<'_> {
    /// The pairs a refused post keeps for the form to show again.
    pub fn fields(&self) -> [(&'static str, &str); 11] {
        [
            ("name_katakana", self.name_katakana),
            ("birth_date", self.birth_date),
            ("sex", self.sex),
            ("residence_card_number", self.residence_card_number),
            ("passport_number", self.passport_number),
            ("passport_expiry", self.passport_expiry),
            ("postal_code", self.postal_code),
            ("address", self.address),
            ("job_category", self.job_category),
            ("languages", self.languages),
            ("workplace_id", self.workplace_id),
        ]
    }
}

/// `None` for an empty field, else what `read` makes of the trimmed text.
fn optional<T>(
    text: &str,
    read: impl FnOnce(&str) -> Result<T, AppError>,
) -> Result<Option<T>, AppError> {
    match text.trim() {
        "" => Ok(None),
        text => read(text).map(Some),
    }
}

fn date(text: &str, field: &str) -> Result<NaiveDate, AppError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| AppError::validation(field, "identity.err_date"))
}

/// Checks the form for a worker of `field` on `today`.
pub fn check(
    form: &IdentityForm<'_>,
    field: SswField,
    today: NaiveDate,
) -> Result<IdentityColumns, AppError> {
    fn problem(name: &'static str) -> impl Fn(crate::domain::IdentityProblem) -> AppError {
        move |p| AppError::validation(name, p.message_key())
    }
    let name_katakana = optional(form.name_katakana, |t| {
        parse_katakana_name(t).map_err(problem("name_katakana"))
    })?;
    let birth_date = optional(form.birth_date, |t| {
        let birth = date(t, "birth_date")?;
        check_birth_date(birth, today).map_err(problem("birth_date"))?;
        Ok(birth)
    })?;
    let sex = optional(form.sex, |t| {
        Sex::from_code(t)
            .map(|s| s.code().to_owned())
            .map_err(|_| AppError::validation("sex", "identity.err_sex"))
    })?;
    let residence_card_number = optional(form.residence_card_number, |t| {
        ResidenceCardNumber::parse(t)
            .map(|n| n.as_str().to_owned())
            .ok_or_else(|| {
                AppError::validation("residence_card_number", "identity.err_card_number")
            })
    })?;
    let passport_number = optional(form.passport_number, |t| {
        parse_passport_number(t).map_err(problem("passport_number"))
    })?;
    let passport_expiry = optional(form.passport_expiry, |t| date(t, "passport_expiry"))?;
    let postal_code = optional(form.postal_code, |t| {
        parse_postal_code(t).map_err(problem("postal_code"))
    })?;
    let address = optional(form.address, |t| {
        let address = t.split_whitespace().collect::<Vec<_>>().join(" ");
        if address.chars().count() > ADDRESS_MAX_CHARS {
            Err(AppError::validation("address", "identity.err_address"))
        } else {
            Ok(address)
        }
    })?;
    let job_category = optional(form.job_category, |t| {
        category_of_field(field, t)
            .map(|c| c.code().to_owned())
            .ok_or_else(|| AppError::validation("job_category", "identity.err_job_category"))
    })?;
    let languages = parse_languages(form.languages).map_err(problem("languages"))?;
    // Whether it is one of the company's is the service's to check, in its transaction.
    let workplace_id = optional(form.workplace_id, |t| {
        t.parse()
            .map_err(|_| AppError::validation("workplace_id", "identity.err_workplace"))
    })?;
    Ok(IdentityColumns {
        name_katakana,
        birth_date,
        sex,
        residence_card_number,
        passport_number,
        passport_expiry,
        postal_code,
        address,
        job_category,
        languages: (!languages.is_empty()).then(|| languages.join("\n")),
        workplace_id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default()
    }

    fn full() -> IdentityForm<'static> {
        IdentityForm {
            name_katakana: "グエン ヴァン アン",
            birth_date: "1998-04-12",
            sex: "male",
            residence_card_number: "ab 1234 5678 cd",
            passport_number: "c1234567",
            passport_expiry: "2031-03-31",
            postal_code: "〒460-0008",
            address: "愛知県名古屋市中区栄  1-2-3",
            job_category: "food_manufacturing",
            languages: "Vietnamese, 日本語",
            workplace_id: "",
        }
    }

    #[test]
    fn a_full_form_is_kept_as_the_forms_print_it() {
        let c =
            check(&full(), SswField::FoodManufacturing, today()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            c.name_katakana.as_deref(),
            Some("グエン\u{3000}ヴァン\u{3000}アン")
        );
        assert_eq!(c.residence_card_number.as_deref(), Some("AB12345678CD"));
        assert_eq!(c.passport_number.as_deref(), Some("C1234567"));
        assert_eq!(c.postal_code.as_deref(), Some("4600008"));
        assert_eq!(c.address.as_deref(), Some("愛知県名古屋市中区栄 1-2-3"));
        assert_eq!(c.sex.as_deref(), Some("male"));
        assert_eq!(c.languages.as_deref(), Some("Vietnamese\n日本語"));
    }

    #[test]
    fn an_empty_form_clears_every_fact() {
        let c = check(&IdentityForm::default(), SswField::NursingCare, today())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c, IdentityColumns::default());
    }

    #[test]
    fn each_bad_field_is_named_with_its_message() {
        let refused = |edit: fn(&mut IdentityForm<'static>)| {
            let mut form = full();
            edit(&mut form);
            check(&form, SswField::FoodManufacturing, today())
                .err()
                .map(|e| match e {
                    AppError::Validation { field, message_key } => (Some(field), message_key),
                    other => (None, other.code().to_owned()),
                })
        };
        let named = |field: &str, code: &str| Some((Some(field.to_owned()), code.to_owned()));
        assert_eq!(
            refused(|f| f.residence_card_number = "AB1234567CD"),
            named("residence_card_number", "identity.err_card_number")
        );
        assert_eq!(
            refused(|f| f.name_katakana = "nguyen"),
            named("name_katakana", "identity.err_katakana")
        );
        assert_eq!(
            refused(|f| f.birth_date = "2015-01-01"),
            named("birth_date", "identity.err_birth_date")
        );
        assert_eq!(
            refused(|f| f.birth_date = "12/04/1998"),
            named("birth_date", "identity.err_date")
        );
        assert_eq!(refused(|f| f.sex = "x"), named("sex", "identity.err_sex"));
        assert_eq!(
            refused(|f| f.postal_code = "460"),
            named("postal_code", "identity.err_postal_code")
        );
        // A category of another field.
        assert_eq!(
            refused(|f| f.job_category = "nursing_care"),
            named("job_category", "identity.err_job_category")
        );
        assert_eq!(
            refused(|f| f.workplace_id = "the-main-shop"),
            named("workplace_id", "identity.err_workplace")
        );
        assert_eq!(
            refused(|f| f.address = "あ".repeat(ADDRESS_MAX_CHARS + 1).leak()),
            named("address", "identity.err_address")
        );
    }
}
