//! The list of languages offered by the switcher, each named in its own script.

use serde::{Deserialize, Serialize};

/// A language as the switcher shows it: its code and its name in that language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageOption {
    pub code: String,
    pub name: String,
}

/// Every supported locale with its endonym, in the order of the DESIGN.md language list.
pub const LANGUAGES: [(&str, &str); 8] = [
    ("ja", "日本語"),
    ("en", "English"),
    ("vi", "Tiếng Việt"),
    ("id", "Bahasa Indonesia"),
    ("my", "မြန်မာဘာသာ"),
    ("tl", "Tagalog"),
    ("zh", "中文"),
    ("ne", "नेपाली"),
];

/// Whether `code` names a locale the portal speaks.
pub fn is_supported(code: &str) -> bool {
    LANGUAGES.iter().any(|(c, _)| *c == code)
}

/// The switcher's options, ready to travel to the island as a prop.
pub fn language_options() -> Vec<LanguageOption> {
    LANGUAGES
        .iter()
        .map(|(code, name)| LanguageOption {
            code: (*code).to_owned(),
            name: (*name).to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use leptos_i18n::Locale as LocaleTrait;

    #[test]
    fn switcher_lists_exactly_the_compiled_locales() {
        let compiled: Vec<&str> = <Locale as LocaleTrait>::get_all()
            .iter()
            .map(|l| l.as_str())
            .collect();
        let offered: Vec<&str> = LANGUAGES.iter().map(|(c, _)| *c).collect();
        assert_eq!(compiled.len(), offered.len());
        for code in compiled {
            assert!(is_supported(code), "{code} is compiled but not offered");
        }
        assert!(!is_supported("fr"));
    }
}
