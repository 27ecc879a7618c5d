//! Nationalities in the reader's language, and the language a nationality suggests for
//! a new worker's pages and invitation.

use leptos_i18n::td_string;

use crate::{domain::Country, i18n::Locale};

/// The language a worker of `country` most likely reads among those the portal speaks;
/// English for the countries whose language it does not speak (English is taught at
/// school in most of them, and staff can still choose another).
pub fn language_for(country: Country) -> &'static str {
    use Country as C;
    match country {
        C::Vietnam => "vi",
        C::Indonesia => "id",
        C::Philippines => "tl",
        C::Myanmar => "my",
        C::Nepal => "ne",
        C::China | C::Taiwan => "zh",
        C::Cambodia
        | C::Thailand
        | C::SriLanka
        | C::India
        | C::Bangladesh
        | C::Mongolia
        | C::Uzbekistan
        | C::Pakistan
        | C::Laos
        | C::Kyrgyzstan
        | C::Korea
        | C::Peru
        | C::Brazil => "en",
    }
}

/// The country's name in a given language. Locale keys must be literal: one arm each.
pub fn country_name(locale: Locale, country: Country) -> String {
    use Country as C;
    match country {
        C::Vietnam => td_string!(locale, country.vietnam),
        C::Indonesia => td_string!(locale, country.indonesia),
        C::Philippines => td_string!(locale, country.philippines),
        C::Myanmar => td_string!(locale, country.myanmar),
        C::China => td_string!(locale, country.china),
        C::Nepal => td_string!(locale, country.nepal),
        C::Cambodia => td_string!(locale, country.cambodia),
        C::Thailand => td_string!(locale, country.thailand),
        C::SriLanka => td_string!(locale, country.sri_lanka),
        C::India => td_string!(locale, country.india),
        C::Bangladesh => td_string!(locale, country.bangladesh),
        C::Mongolia => td_string!(locale, country.mongolia),
        C::Uzbekistan => td_string!(locale, country.uzbekistan),
        C::Pakistan => td_string!(locale, country.pakistan),
        C::Laos => td_string!(locale, country.laos),
        C::Kyrgyzstan => td_string!(locale, country.kyrgyzstan),
        C::Taiwan => td_string!(locale, country.taiwan),
        C::Korea => td_string!(locale, country.korea),
        C::Peru => td_string!(locale, country.peru),
        C::Brazil => td_string!(locale, country.brazil),
    }
    .to_string()
}

/// The name of a stored nationality code in `locale`; a code of a country not on the list
/// (a row older than the list) is shown as it is, so that nothing is hidden.
pub fn nationality_name(locale: Locale, code: &str) -> String {
    Country::parse_code(code).map_or_else(|| code.to_owned(), |c| country_name(locale, c))
}

/// Every nationality as (code, name in `locale`), in the list's order.
pub fn nationality_options(locale: Locale) -> Vec<(String, String)> {
    Country::ALL
        .iter()
        .map(|c| (c.code().to_owned(), country_name(locale, *c)))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use leptos_i18n::Locale as _;

    use super::*;
    use crate::locale::is_supported;

    #[test]
    fn a_stored_code_reads_as_the_country_name_and_an_unknown_one_as_it_is() {
        assert_eq!(nationality_name(Locale::en, "VN"), "Vietnam");
        assert_eq!(nationality_name(Locale::en, "vn"), "Vietnam");
        assert_ne!(nationality_name(Locale::ja, "MM"), "MM");
        assert_eq!(nationality_name(Locale::en, "XX"), "XX");
    }

    #[test]
    fn a_nationality_suggests_its_language_or_english() {
        assert_eq!(language_for(Country::Vietnam), "vi");
        assert_eq!(language_for(Country::Indonesia), "id");
        assert_eq!(language_for(Country::Philippines), "tl");
        assert_eq!(language_for(Country::Myanmar), "my");
        assert_eq!(language_for(Country::Nepal), "ne");
        assert_eq!(language_for(Country::China), "zh");
        assert_eq!(language_for(Country::Taiwan), "zh");
        assert_eq!(language_for(Country::Cambodia), "en");
        // Never Japanese: the worker reads the invitation, and Japanese is beside it anyway.
        for country in Country::ALL {
            let language = language_for(country);
            assert!(is_supported(language) && language != "ja", "{country:?}");
        }
    }

    /// Every country has its own name in every language: not empty, not another
    /// country's, and not the Japanese one in a language other than Japanese (the sign
    /// that a translation fell back to the default locale).
    #[test]
    fn every_country_is_named_in_every_locale() {
        for locale in Locale::get_all() {
            let names: Vec<String> = Country::ALL
                .iter()
                .map(|c| country_name(*locale, *c))
                .collect();
            assert!(names.iter().all(|n| !n.trim().is_empty()), "{locale:?}");
            let distinct: BTreeSet<&String> = names.iter().collect();
            assert_eq!(distinct.len(), names.len(), "{locale:?}: {names:?}");
        }
        let japanese = |c| country_name(Locale::ja, c);
        for locale in [
            Locale::en,
            Locale::vi,
            Locale::id,
            Locale::tl,
            Locale::my,
            Locale::ne,
        ] {
            for country in Country::ALL {
                assert_ne!(
                    country_name(locale, country),
                    japanese(country),
                    "{locale:?}"
                );
            }
        }
        assert_eq!(country_name(Locale::vi, Country::Vietnam), "Việt Nam");
        assert_eq!(
            nationality_options(Locale::en)[0],
            ("VN".into(), "Vietnam".into())
        );
    }
}
