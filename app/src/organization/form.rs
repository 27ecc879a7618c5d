//! The organization's forms as posted, and their checks: each field read by its rule into
//! what is stored, or the first wrong field with its message. Pure, and unit tested here.

use chrono::NaiveDate;

use crate::{
    domain::{
        OfficeId, StaffPosition, caseload_caps_from_default, parse_phone, parse_postal_code,
        parse_registration_number,
    },
    error::AppError,
    form::text::{limited, optional_date},
};

/// The longest name kept (the organization's, an office's).
pub const NAME_MAX_CHARS: usize = 100;
/// The longest address kept.
pub const ADDRESS_MAX_CHARS: usize = 200;

/// The organization's record as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct OrganizationFields {
    pub name: String,
    pub registration_number: Option<String>,
    pub registration_expires_on: Option<NaiveDate>,
    pub postal_code: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub caseload_caps_from: Option<NaiveDate>,
}

/// The organization's record as posted.
#[derive(Clone, Copy, Debug, Default)]
pub struct OrganizationForm<'a> {
    pub name: &'a str,
    pub registration_number: &'a str,
    pub registration_expires_on: &'a str,
    pub postal_code: &'a str,
    pub address: &'a str,
    pub phone: &'a str,
    pub caseload_caps_from: &'a str,
}

fn name(text: &str, field: &str) -> Result<String, AppError> {
    limited(text, NAME_MAX_CHARS, field, "organization.err_name")?
        .ok_or_else(|| AppError::validation(field, "organization.err_name"))
}

fn postal_code(text: &str) -> Result<Option<String>, AppError> {
    match text.trim() {
        "" => Ok(None),
        typed => parse_postal_code(typed)
            .map(Some)
            .map_err(|_| AppError::validation("postal_code", "organization.err_postal_code")),
    }
}

fn address(text: &str) -> Result<Option<String>, AppError> {
    limited(
        text,
        ADDRESS_MAX_CHARS,
        "address",
        "organization.err_address",
    )
}

impl OrganizationForm<'_> {
    pub fn check(&self) -> Result<OrganizationFields, AppError> {
        let registration_number = match self.registration_number.trim() {
            "" => None,
            typed => Some(parse_registration_number(typed).ok_or_else(|| {
                AppError::validation(
                    "registration_number",
                    "organization.err_registration_number",
                )
            })?),
        };
        let phone = match self.phone.trim() {
            "" => None,
            typed => Some(
                parse_phone(typed)
                    .ok_or_else(|| AppError::validation("phone", "organization.err_phone"))?,
            ),
        };
        let caseload_caps_from = optional_date(
            self.caseload_caps_from,
            "caseload_caps_from",
            "organization.err_date",
        )?;
        // Earlier is the organization's choice; later than the rules' date is not.
        if caseload_caps_from.is_some_and(|from| from > caseload_caps_from_default()) {
            return Err(AppError::validation(
                "caseload_caps_from",
                "organization.err_caps_later",
            ));
        }
        Ok(OrganizationFields {
            name: name(self.name, "name")?,
            registration_number,
            registration_expires_on: optional_date(
                self.registration_expires_on,
                "registration_expires_on",
                "organization.err_date",
            )?,
            postal_code: postal_code(self.postal_code)?,
            address: address(self.address)?,
            phone,
            caseload_caps_from,
        })
    }
}

/// An office as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct OfficeFields {
    pub name: String,
    pub postal_code: Option<String>,
    pub address: String,
}

/// An office as posted.
#[derive(Clone, Copy, Debug, Default)]
pub struct OfficeForm<'a> {
    pub name: &'a str,
    pub postal_code: &'a str,
    pub address: &'a str,
}

impl OfficeForm<'_> {
    pub fn check(&self) -> Result<OfficeFields, AppError> {
        Ok(OfficeFields {
            name: name(self.name, "office_name")?,
            postal_code: postal_code(self.postal_code)?,
            address: address(self.address)?
                .ok_or_else(|| AppError::validation("address", "organization.err_address"))?,
        })
    }
}

/// A staff member's position as stored; the office is checked to be the organization's
/// by the service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct StaffFields {
    pub position: StaffPosition,
    pub office_id: Option<OfficeId>,
    pub trained_on: Option<NaiveDate>,
}

/// A staff member's position as posted.
#[derive(Clone, Copy, Debug, Default)]
pub struct StaffForm<'a> {
    pub position: &'a str,
    pub office_id: &'a str,
    pub trained_on: &'a str,
}

impl StaffForm<'_> {
    /// `today` (in Japan): a training cannot have been completed later.
    pub fn check(&self, today: NaiveDate) -> Result<StaffFields, AppError> {
        let position = StaffPosition::from_code(self.position.trim())
            .map_err(|_| AppError::validation("position", "organization.err_position"))?;
        let office_id = match self.office_id.trim() {
            "" => None,
            typed => Some(
                typed
                    .parse()
                    .map_err(|_| AppError::validation("office_id", "organization.err_office"))?,
            ),
        };
        let trained_on = optional_date(self.trained_on, "trained_on", "organization.err_date")?;
        if trained_on.is_some_and(|on| on > today) {
            return Err(AppError::validation(
                "trained_on",
                "organization.err_trained_in_future",
            ));
        }
        Ok(StaffFields {
            position,
            office_id,
            trained_on,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn form() -> OrganizationForm<'static> {
        OrganizationForm {
            name: " さくら  登録支援機関 ",
            registration_number: "24登-012345",
            registration_expires_on: "2029-06-30",
            postal_code: "〒460-0008",
            address: "愛知県名古屋市中区栄2-2-2",
            phone: "052-000-1111",
            caseload_caps_from: "",
        }
    }

    fn code<T>(result: Result<T, AppError>) -> Option<String> {
        result.err().map(|e| e.code().to_owned())
    }

    #[test]
    fn a_good_record_is_kept_as_the_filings_print_it() {
        let fields = form().check().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fields.name, "さくら 登録支援機関");
        assert_eq!(fields.registration_number.as_deref(), Some("24登-012345"));
        assert_eq!(fields.registration_expires_on, Some(d(2029, 6, 30)));
        assert_eq!(fields.postal_code.as_deref(), Some("4600008"));
        assert_eq!(fields.caseload_caps_from, None);
    }

    #[test]
    fn each_bad_field_is_named() {
        let bad = |f: OrganizationForm<'static>| code(f.check());
        assert_eq!(
            bad(OrganizationForm {
                name: " ",
                ..form()
            })
            .as_deref(),
            Some("organization.err_name")
        );
        assert_eq!(
            bad(OrganizationForm {
                registration_number: "24-012345",
                ..form()
            })
            .as_deref(),
            Some("organization.err_registration_number")
        );
        assert_eq!(
            bad(OrganizationForm {
                registration_expires_on: "2029-02-30",
                ..form()
            })
            .as_deref(),
            Some("organization.err_date")
        );
        assert_eq!(
            bad(OrganizationForm {
                phone: "12",
                ..form()
            })
            .as_deref(),
            Some("organization.err_phone")
        );
    }

    #[test]
    fn the_caps_may_bind_earlier_never_later() {
        let earlier = OrganizationForm {
            caseload_caps_from: "2026-10-01",
            ..form()
        }
        .check();
        assert_eq!(
            earlier.ok().and_then(|f| f.caseload_caps_from),
            Some(d(2026, 10, 1))
        );
        let on_the_day = OrganizationForm {
            caseload_caps_from: "2027-04-01",
            ..form()
        }
        .check();
        assert!(on_the_day.is_ok());
        let later = OrganizationForm {
            caseload_caps_from: "2027-04-02",
            ..form()
        }
        .check();
        assert_eq!(code(later).as_deref(), Some("organization.err_caps_later"));
    }

    #[test]
    fn an_office_needs_a_name_and_an_address() {
        let good = OfficeForm {
            name: "本社",
            postal_code: "",
            address: "名古屋市中区栄2-2-2",
        };
        assert_eq!(good.check().ok().map(|o| o.name), Some("本社".to_owned()));
        let no_address = OfficeForm {
            address: " ",
            ..good
        };
        assert_eq!(
            code(no_address.check()).as_deref(),
            Some("organization.err_address")
        );
    }

    #[test]
    fn a_position_is_one_of_three_and_training_is_not_in_the_future() {
        let today = d(2026, 12, 2);
        let good = StaffForm {
            position: "manager",
            office_id: "",
            trained_on: "2026-12-02",
        };
        let fields = good.check(today).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fields.position, StaffPosition::Manager);
        assert_eq!(fields.trained_on, Some(today));
        let other = StaffForm {
            position: "other",
            ..good
        }
        .check(today);
        assert_eq!(other.ok().map(|f| f.position), Some(StaffPosition::Other));
        assert_eq!(
            code(
                StaffForm {
                    position: "boss",
                    ..good
                }
                .check(today)
            )
            .as_deref(),
            Some("organization.err_position")
        );
        assert_eq!(
            code(
                StaffForm {
                    trained_on: "2026-12-03",
                    ..good
                }
                .check(today)
            )
            .as_deref(),
            Some("organization.err_trained_in_future")
        );
        assert_eq!(
            code(
                StaffForm {
                    office_id: "not-an-id",
                    ..good
                }
                .check(today)
            )
            .as_deref(),
            Some("organization.err_office")
        );
    }
}
