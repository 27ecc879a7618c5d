//! Short login ids for workers, who often have no e-mail address: `an.nguyen` from
//! NGUYEN VAN AN. Easy to read aloud and to type on a phone keyboard.

/// RFC 5321 limits an e-mail address to 254 characters; no login (an address or a login
/// id) is longer, so a longer one is refused before any lookup, and kept no longer.
pub const EMAIL_MAX_CHARS: usize = 254;

/// The login id to try first for a worker, from the names as on the residence card (in
/// Latin letters). Accents are dropped: the id must be typeable on any keyboard.
pub fn base_login_id(family_name: &str, given_name: &str) -> String {
    let given = given_name.split_whitespace().last().unwrap_or("");
    let family = family_name.split_whitespace().next().unwrap_or("");
    let (given, family) = (ascii_lower(given), ascii_lower(family));
    match (given.is_empty(), family.is_empty()) {
        (false, false) => format!("{given}.{family}"),
        (false, true) => given,
        (true, false) => family,
        (true, true) => "worker".to_owned(),
    }
}

/// The `n`-th candidate when the first is taken: `an.nguyen2`, `an.nguyen3`, …
pub fn numbered_login_id(base: &str, n: u32) -> String {
    if n <= 1 {
        base.to_owned()
    } else {
        format!("{base}{n}")
    }
}

/// A login id as typed at sign-in: spaces around it and letter case do not matter.
pub fn normalize_login(login: &str) -> String {
    login.trim().to_lowercase()
}

fn ascii_lower(word: &str) -> String {
    word.chars()
        .filter_map(|c| {
            let c = strip_accent(c);
            c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase())
        })
        .collect()
}

/// The base letter of the accented Latin letters of Vietnamese, Indonesian and Tagalog
/// names (Vietnamese uses most of them); other scripts are dropped by the caller.
fn strip_accent(c: char) -> char {
    const GROUPS: [(&str, char); 14] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
        ("ìíỉĩị", 'i'),
        ("ÌÍỈĨỊ", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("ỲÝỶỸỴ", 'y'),
        ("đĐ", 'd'),
        ("ñÑ", 'n'),
    ];
    GROUPS
        .iter()
        .find(|(letters, _)| letters.contains(c))
        .map_or(c, |(_, base)| *base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_last_given_name_and_the_family_name() {
        assert_eq!(base_login_id("NGUYEN", "VAN AN"), "an.nguyen");
        assert_eq!(base_login_id("Trần", "Thị Bình"), "binh.tran");
        assert_eq!(base_login_id("Đặng", "Văn Đức"), "duc.dang");
        assert_eq!(base_login_id("DELA CRUZ", "MARIA"), "maria.dela");
        assert_eq!(base_login_id("", "SITI"), "siti");
        assert_eq!(base_login_id("李", "伟"), "worker");
    }

    #[test]
    fn taken_ids_get_a_number_and_sign_in_ignores_case() {
        assert_eq!(numbered_login_id("an.nguyen", 1), "an.nguyen");
        assert_eq!(numbered_login_id("an.nguyen", 2), "an.nguyen2");
        assert_eq!(normalize_login("  An.Nguyen "), "an.nguyen");
    }
}
