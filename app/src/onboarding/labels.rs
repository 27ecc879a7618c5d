//! The import's words: why a file imports nothing, the problem of a cell (the sheet's own
//! rules word theirs here; the forms' rules are worded by their features: `companies`,
//! the worker's identity) and the columns' names. Locale keys must be literal: one arm
//! each.

use leptos_i18n::td_string;

use crate::i18n::Locale;

/// The message of a sheet's problem; `line` is the line a malformed file breaks at.
pub fn sheet_problem_text(locale: Locale, code: &str, line: u64) -> Option<String> {
    Some(match code {
        "onboarding.err_too_large" => td_string!(locale, onboarding.err_too_large).to_string(),
        "onboarding.err_not_text" => td_string!(locale, onboarding.err_not_text).to_string(),
        "onboarding.err_malformed" => {
            td_string!(locale, onboarding.err_malformed, line = line).to_string()
        }
        "onboarding.err_empty" => td_string!(locale, onboarding.err_empty).to_string(),
        "onboarding.err_too_many_rows" => {
            td_string!(locale, onboarding.err_too_many_rows).to_string()
        }
        "onboarding.err_missing_columns" => {
            td_string!(locale, onboarding.err_missing_columns).to_string()
        }
        "onboarding.err_rows" => td_string!(locale, onboarding.err_rows).to_string(),
        "onboarding.err_required" => td_string!(locale, onboarding.err_required).to_string(),
        "onboarding.err_card_twice" => td_string!(locale, onboarding.err_card_twice).to_string(),
        "onboarding.err_company_differs" => {
            td_string!(locale, onboarding.err_company_differs).to_string()
        }
        "onboarding.err_company_field" => {
            td_string!(locale, onboarding.err_company_field).to_string()
        }
        "onboarding.err_imported" => td_string!(locale, onboarding.err_imported).to_string(),
        "onboarding.err_no_file" => td_string!(locale, onboarding.err_no_file).to_string(),
        _ => return None,
    })
}

/// The message of one cell's problem, whichever rule found it.
pub fn cell_problem_text(locale: Locale, code: &str) -> Option<String> {
    let (section, _) = code.split_once('.')?;
    match section {
        "onboarding" => sheet_problem_text(locale, code, 0),
        "companies" => crate::companies::error_text(locale, code),
        "identity" => crate::workers::identity_error_text(locale, code),
        "workers" => Some(
            match code {
                "workers.err_name" => td_string!(locale, workers.err_name),
                "workers.err_nationality" => td_string!(locale, workers.err_nationality),
                "workers.err_locale" => td_string!(locale, workers.err_locale),
                _ => return None,
            }
            .to_string(),
        ),
        _ => None,
    }
}

/// A column's name in the reader's language, by its code (the template's Japanese label
/// is beside it on the page).
pub fn column_name(locale: Locale, code: &str) -> Option<String> {
    Some(
        match code {
            "corporate_number" => td_string!(locale, onboarding.col_corporate_number),
            "company_name" => td_string!(locale, onboarding.col_company_name),
            "company_address" => td_string!(locale, onboarding.col_company_address),
            "field" => td_string!(locale, onboarding.col_field),
            "family_name" => td_string!(locale, onboarding.col_family_name),
            "given_name" => td_string!(locale, onboarding.col_given_name),
            "name_katakana" => td_string!(locale, onboarding.col_name_katakana),
            "nationality" => td_string!(locale, onboarding.col_nationality),
            "preferred_locale" => td_string!(locale, onboarding.col_preferred_locale),
            "birth_date" => td_string!(locale, onboarding.col_birth_date),
            "sex" => td_string!(locale, onboarding.col_sex),
            "residence_card_number" => td_string!(locale, onboarding.col_residence_card_number),
            "residence_card_expiry" => td_string!(locale, onboarding.col_residence_card_expiry),
            "postal_code" => td_string!(locale, onboarding.col_postal_code),
            "address" => td_string!(locale, onboarding.col_address),
            "job_category" => td_string!(locale, onboarding.col_job_category),
            "languages" => td_string!(locale, onboarding.col_languages),
            _ => return None,
        }
        .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_is_worded_with_its_line() {
        let text = sheet_problem_text(Locale::en, "onboarding.err_malformed", 7);
        assert!(text.is_some_and(|t| t.contains("line 7")));
        assert_eq!(sheet_problem_text(Locale::ja, "no.such_code", 1), None);
    }

    #[test]
    fn every_rule_that_checks_a_cell_is_worded() {
        for code in [
            "onboarding.err_required",
            "companies.err_check_digit",
            "identity.err_card_number",
            "workers.err_nationality",
        ] {
            assert!(cell_problem_text(Locale::vi, code).is_some(), "{code}");
        }
        assert_eq!(cell_problem_text(Locale::vi, "workers.no_such_code"), None);
    }

    #[test]
    fn every_column_of_the_template_has_a_name() {
        for column in crate::onboarding::COLUMNS {
            assert!(
                column_name(Locale::my, column.code).is_some(),
                "{}",
                column.code
            );
        }
        assert_eq!(column_name(Locale::my, "nope"), None);
    }
}
