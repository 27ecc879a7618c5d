//! The import's words: why a file imports nothing, and the problem of a cell the sheet's
//! own rules found (the forms' rules word theirs: `companies`, `workers`). Locale keys
//! must be literal: one arm each.

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
        _ => return None,
    })
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
}
