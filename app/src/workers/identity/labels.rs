//! The identity's words: sex in the reader's language and the messages of the form's
//! refusals. Locale keys must be literal: one arm each.

use leptos_i18n::td_string;

use crate::{domain::Sex, i18n::Locale};

pub fn sex_label(locale: Locale, sex: Sex) -> String {
    match sex {
        Sex::Male => td_string!(locale, identity.sex_male),
        Sex::Female => td_string!(locale, identity.sex_female),
    }
    .to_string()
}

/// The message of a refused identity form, for the codes the identity answers.
pub fn error_text(locale: Locale, code: &str) -> Option<String> {
    Some(
        match code {
            "identity.err_katakana" => td_string!(locale, identity.err_katakana),
            "identity.err_birth_date" => td_string!(locale, identity.err_birth_date),
            "identity.err_date" => td_string!(locale, identity.err_date),
            "identity.err_sex" => td_string!(locale, identity.err_sex),
            "identity.err_card_number" => td_string!(locale, identity.err_card_number),
            "identity.err_card_taken" => td_string!(locale, identity.err_card_taken),
            "identity.err_passport_number" => td_string!(locale, identity.err_passport_number),
            "identity.err_postal_code" => td_string!(locale, identity.err_postal_code),
            "identity.err_address" => td_string!(locale, identity.err_address),
            "identity.err_job_category" => td_string!(locale, identity.err_job_category),
            "identity.err_languages" => td_string!(locale, identity.err_languages),
            "identity.err_workplace" => td_string!(locale, identity.err_workplace),
            _ => return None,
        }
        .to_string(),
    )
}
