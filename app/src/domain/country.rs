//! The countries a worker's nationality (国籍) is chosen from: those Specified Skilled
//! Workers come from. Stored as the ISO 3166-1 alpha-2 code (`VN`), which is what the
//! `workers.nationality` column has always held.

use serde::{Deserialize, Serialize};

use super::enum_codes;

/// A nationality on the new-worker form. Listed roughly by how many SSW workers come
/// from each country (Immigration Services Agency statistics), so that the usual
/// choices are near the top of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Country {
    Vietnam,
    Indonesia,
    Philippines,
    Myanmar,
    China,
    Nepal,
    Cambodia,
    Thailand,
    SriLanka,
    India,
    Bangladesh,
    Mongolia,
    Uzbekistan,
    Pakistan,
    Laos,
    Kyrgyzstan,
    Taiwan,
    Korea,
    Peru,
    Brazil,
}

enum_codes!(Country, "country", {
    Vietnam => "VN",
    Indonesia => "ID",
    Philippines => "PH",
    Myanmar => "MM",
    China => "CN",
    Nepal => "NP",
    Cambodia => "KH",
    Thailand => "TH",
    SriLanka => "LK",
    India => "IN",
    Bangladesh => "BD",
    Mongolia => "MN",
    Uzbekistan => "UZ",
    Pakistan => "PK",
    Laos => "LA",
    Kyrgyzstan => "KG",
    Taiwan => "TW",
    Korea => "KR",
    Peru => "PE",
    Brazil => "BR",
});

impl Country {
    /// The country of a posted or stored code, in either case (`vn` is `VN`).
    pub fn parse_code(code: &str) -> Option<Self> {
        Self::from_code(&code.trim().to_ascii_uppercase()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_iso_alpha_2_and_read_in_either_case() {
        for country in Country::ALL {
            let code = country.code();
            assert!(
                code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
            assert_eq!(
                Country::parse_code(&code.to_ascii_lowercase()),
                Some(country)
            );
        }
        assert_eq!(Country::parse_code(" vn "), Some(Country::Vietnam));
        assert_eq!(Country::parse_code("VNM"), None);
        assert_eq!(Country::parse_code(""), None);
    }

    #[test]
    fn the_demo_data_nationalities_are_listed() {
        for code in ["VN", "ID", "MM", "PH", "NP", "CN"] {
            assert!(Country::parse_code(code).is_some(), "{code}");
        }
    }
}
