//! The organization's words: positions, refusals, confirmations and the admin's warnings.
//! Locale keys must be literal: one arm each.

use leptos_i18n::td_string;

use super::OrganizationWarning;
use crate::{
    domain::{RegistrationStanding, StaffPosition},
    i18n::Locale,
};

pub fn position_name(locale: Locale, position: StaffPosition) -> String {
    match position {
        StaffPosition::Manager => td_string!(locale, organization.position_manager),
        StaffPosition::Officer => td_string!(locale, organization.position_officer),
        StaffPosition::Other => td_string!(locale, organization.position_other),
    }
    .to_string()
}

pub fn error_text(locale: Locale, code: &str) -> Option<String> {
    Some(
        match code {
            "organization.err_name" => td_string!(locale, organization.err_name),
            "organization.err_registration_number" => {
                td_string!(locale, organization.err_registration_number)
            }
            "organization.err_date" => td_string!(locale, organization.err_date),
            "organization.err_postal_code" => td_string!(locale, organization.err_postal_code),
            "organization.err_address" => td_string!(locale, organization.err_address),
            "organization.err_phone" => td_string!(locale, organization.err_phone),
            "organization.err_caps_later" => td_string!(locale, organization.err_caps_later),
            "organization.err_office" => td_string!(locale, organization.err_office),
            "organization.err_office_taken" => td_string!(locale, organization.err_office_taken),
            "organization.err_office_in_use" => td_string!(locale, organization.err_office_in_use),
            "organization.err_position" => td_string!(locale, organization.err_position),
            "organization.err_trained_in_future" => {
                td_string!(locale, organization.err_trained_in_future)
            }
            "organization.err_still_in_charge" => {
                td_string!(locale, organization.err_still_in_charge)
            }
            "bad_request" | "internal" | "not_found" | "forbidden" => {
                td_string!(locale, error.generic)
            }
            _ => return None,
        }
        .to_string(),
    )
}

/// The refusals an officer field gets from [`super::check_in_charge`], for the pages of
/// the features that assign officers.
pub fn in_charge_error_text(locale: Locale, code: &str) -> Option<String> {
    Some(
        match code {
            "organization.err_not_in_charge_position" => {
                td_string!(locale, organization.err_not_in_charge_position)
            }
            "organization.err_over_caseload" => td_string!(locale, organization.err_over_caseload),
            _ => return None,
        }
        .to_string(),
    )
}

pub fn saved_text(locale: Locale, code: &str) -> Option<String> {
    Some(
        match code {
            "record" | "office" | "office_removed" | "staff" => {
                td_string!(locale, organization.saved)
            }
            _ => return None,
        }
        .to_string(),
    )
}

/// A warning of the admin's home, in one sentence.
pub fn warning_text(locale: Locale, warning: &OrganizationWarning) -> String {
    match warning {
        OrganizationWarning::RegistrationUnknown => {
            td_string!(locale, organization.warn_registration_unknown).to_string()
        }
        OrganizationWarning::Registration { standing } => match standing {
            RegistrationStanding::RenewalWindow { closes_on } => td_string!(
                locale,
                organization.warn_renewal_window,
                closes = closes_on.to_string()
            )
            .to_string(),
            RegistrationStanding::WindowMissed { expires_on } => td_string!(
                locale,
                organization.warn_renewal_missed,
                expires = expires_on.to_string()
            )
            .to_string(),
            RegistrationStanding::Expired => {
                td_string!(locale, organization.warn_registration_expired).to_string()
            }
            RegistrationStanding::Valid { .. } | RegistrationStanding::Unknown => String::new(),
        },
        OrganizationWarning::OfficeWithout { office, position } => td_string!(
            locale,
            organization.warn_office_without,
            office = office.clone(),
            position = position_name(locale, *position)
        )
        .to_string(),
        OrganizationWarning::TrainingDue { name, trained_on } => match trained_on {
            Some(on) => td_string!(
                locale,
                organization.warn_training_old,
                name = name.clone(),
                on = on.to_string()
            )
            .to_string(),
            None => td_string!(
                locale,
                organization.warn_training_missing,
                name = name.clone()
            )
            .to_string(),
        },
        OrganizationWarning::OverCaseload {
            name,
            load,
            caps_in_force,
        } => {
            let (workers, employers) = (load.workers, load.employers);
            if *caps_in_force {
                td_string!(
                    locale,
                    organization.warn_over_caseload_in_force,
                    name = name.clone(),
                    workers = workers,
                    employers = employers
                )
                .to_string()
            } else {
                td_string!(
                    locale,
                    organization.warn_over_caseload,
                    name = name.clone(),
                    workers = workers,
                    employers = employers
                )
                .to_string()
            }
        }
    }
}
