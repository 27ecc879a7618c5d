//! The companies' words: the messages of their refusals and confirmations. Locale keys
//! must be literal: one arm each.

use leptos_i18n::td_string;

use crate::i18n::Locale;

pub fn error_text(locale: Locale, code: &str) -> Option<String> {
    Some(
        match code {
            "companies.err_name" => td_string!(locale, companies.err_name),
            "companies.err_name_taken" => td_string!(locale, companies.err_name_taken),
            "companies.err_field" => td_string!(locale, companies.err_field),
            "companies.err_field_has_workers" => {
                td_string!(locale, companies.err_field_has_workers)
            }
            "companies.err_corporate_number" => td_string!(locale, companies.err_corporate_number),
            "companies.err_check_digit" => td_string!(locale, companies.err_check_digit),
            "companies.err_corporate_number_taken" => {
                td_string!(locale, companies.err_corporate_number_taken)
            }
            "companies.err_postal_code" => td_string!(locale, companies.err_postal_code),
            "companies.err_address" => td_string!(locale, companies.err_address),
            "companies.err_phone" => td_string!(locale, companies.err_phone),
            "companies.err_date" => td_string!(locale, companies.err_date),
            "companies.err_support" => td_string!(locale, companies.err_support),
            "companies.err_workplace_taken" => td_string!(locale, companies.err_workplace_taken),
            "companies.err_workplace_in_use" => td_string!(locale, companies.err_workplace_in_use),
            "organization.err_not_in_charge_position" | "organization.err_over_caseload" => {
                return crate::organization::in_charge_error_text(locale, code);
            }
            "bad_request" | "internal" | "not_found" => td_string!(locale, error.generic),
            _ => return None,
        }
        .to_string(),
    )
}

pub fn saved_text(locale: Locale, code: &str) -> Option<String> {
    Some(
        match code {
            "created" => td_string!(locale, companies.saved_created),
            "company" | "workplace" | "workplace_removed" | "officer" => {
                td_string!(locale, companies.saved)
            }
            "officer_over_caseload" => td_string!(locale, organization.saved_over_caseload),
            _ => return None,
        }
        .to_string(),
    )
}
