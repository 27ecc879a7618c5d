//! The text of an uploaded CSV: UTF-8 (with or without the byte-order mark Excel writes
//! for "CSV UTF-8"), else Shift_JIS as Windows and Excel write it (CP932, which
//! `encoding_rs::SHIFT_JIS` decodes: the WHATWG Shift_JIS is Microsoft's code page 932,
//! with the NEC and IBM extensions such as ①, ㈱ and 髙). Anything else is refused, never
//! guessed: a wrong guess would import mojibake names.

use std::borrow::Cow;

use super::SheetProblem;

/// The largest file taken: a sheet of the most rows (`IMPORT_MAX_ROWS`) with long
/// addresses fits in well under half of it.
pub const IMPORT_MAX_BYTES: usize = 10 * 1024 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The file's text, or why it cannot be read.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, SheetProblem> {
    if bytes.len() > IMPORT_MAX_BYTES {
        return Err(SheetProblem::TooLarge);
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    // A NUL never appears in a text file in either encoding: this is a picture, a
    // workbook (.xlsx) or a PDF saved under the wrong name.
    if bytes.contains(&0) {
        return Err(SheetProblem::NotText);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    encoding_rs::SHIFT_JIS
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(SheetProblem::NotText)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_the_mark_and_cp932_are_read() {
        assert_eq!(decode("氏,名".as_bytes()).ok().as_deref(), Some("氏,名"));
        let marked = [UTF8_BOM, "氏,名".as_bytes()].concat();
        assert_eq!(decode(&marked).ok().as_deref(), Some("氏,名"));
        // What Excel in Japan saves: CP932, with its own characters (㈱, ①, 髙).
        let text = "㈱ふじ建設,髙橋 ①,愛知県名古屋市中区栄3-4-5";
        let (cp932, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&cp932).is_err(), "not UTF-8 by chance");
        assert_eq!(decode(&cp932).ok().as_deref(), Some(text));
    }

    #[test]
    fn neither_utf8_nor_shift_jis_is_refused() {
        // A lone lead byte of Shift_JIS at the end, and bytes no table maps.
        for bytes in [
            &b"name,\x82"[..],
            &b"\xFD\xFE\xFF"[..],
            &b"PK\x03\x04\x00\x00"[..],
        ] {
            assert_eq!(
                decode(bytes).err(),
                Some(SheetProblem::NotText),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_it_is_read() {
        let big = vec![b'a'; IMPORT_MAX_BYTES + 1];
        assert_eq!(decode(&big).err(), Some(SheetProblem::TooLarge));
        let at_limit = vec![b'a'; IMPORT_MAX_BYTES];
        assert!(decode(&at_limit).is_ok());
    }
}
