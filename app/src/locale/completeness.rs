//! Every key in every locale: a missing or empty translation fails the build's tests
//! (leptos_i18n alone would only warn and fall back to Japanese).

use std::collections::BTreeSet;

use serde_json::Value;

use super::LANGUAGES;

fn locale_file(code: &str) -> Value {
    let path = format!("{}/locales/{code}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Dotted paths of every leaf string; empty strings are reported as `!empty:<path>`.
fn keys(value: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                keys(v, &path, out);
            }
        }
        Value::String(s) if s.trim().is_empty() => {
            out.insert(format!("!empty:{prefix}"));
        }
        _ => {
            out.insert(prefix.to_owned());
        }
    }
}

/// The dotted paths of every leaf string of locale `code` (empty ones marked as in [`keys`]).
pub(super) fn leaf_keys(code: &str) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    keys(&locale_file(code), "", &mut set);
    set
}

#[test]
fn every_locale_has_every_key_of_every_other() {
    let all: Vec<(&str, BTreeSet<String>)> = LANGUAGES
        .iter()
        .map(|(code, _)| {
            let mut set = BTreeSet::new();
            keys(&locale_file(code), "", &mut set);
            (*code, set)
        })
        .collect();
    let union: BTreeSet<String> = all.iter().flat_map(|(_, s)| s.iter().cloned()).collect();
    let mut problems = Vec::new();
    for (code, set) in &all {
        for key in union.difference(set) {
            problems.push(format!("{code}: missing {key}"));
        }
        for key in set.iter().filter(|k| k.starts_with("!empty:")) {
            problems.push(format!("{code}: {key}"));
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
    assert!(union.len() > 20, "suspiciously few keys: {}", union.len());
}

#[test]
fn no_stray_locale_files() {
    let dir = format!("{}/locales", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&dir).expect("locales folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let code = name.trim_end_matches(".json");
        assert!(
            super::is_supported(code),
            "{name} is not a supported locale"
        );
    }
}

/// The catalogue of the 10 supports is one list: every support has a name and a plain
/// explanation in every language, and the locale files hold no support that is not one.
#[test]
fn every_support_is_named_and_explained_in_every_locale() {
    use crate::domain::SupportKind;
    let codes: BTreeSet<&str> = SupportKind::ALL.iter().map(|k| k.code()).collect();
    for (locale, _) in LANGUAGES {
        let file = locale_file(locale);
        let supports = file["support"].as_object().cloned().unwrap_or_default();
        let listed: BTreeSet<&str> = supports.keys().map(String::as_str).collect();
        assert_eq!(listed, codes, "{locale}");
        for code in &codes {
            for field in ["name", "explain"] {
                let text = supports[*code][field].as_str().unwrap_or("");
                assert!(!text.trim().is_empty(), "{locale}: support.{code}.{field}");
            }
        }
    }
}

/// The documents a worker sends, and the reasons staff ask for one again, are one list each:
/// every kind has a name and a photo hint, every reason a plain sentence, in every language,
/// and the locale files hold nothing else under those keys.
#[test]
fn every_document_kind_and_resubmission_reason_is_explained_in_every_locale() {
    use crate::domain::{DocumentKind, ResubmitReason};
    let kinds: BTreeSet<&str> = DocumentKind::ALL.iter().map(|k| k.code()).collect();
    let reasons: BTreeSet<&str> = ResubmitReason::ALL.iter().map(|r| r.code()).collect();
    for (locale, _) in LANGUAGES {
        let file = locale_file(locale);
        let documents = file["document"].as_object().cloned().unwrap_or_default();
        let listed: BTreeSet<&str> = documents.keys().map(String::as_str).collect();
        assert_eq!(listed, kinds, "{locale}");
        for code in &kinds {
            for field in ["name", "hint"] {
                let text = documents[*code][field].as_str().unwrap_or("");
                assert!(!text.trim().is_empty(), "{locale}: document.{code}.{field}");
            }
        }
        let given = file["document_reason"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        let listed: BTreeSet<&str> = given.keys().map(String::as_str).collect();
        assert_eq!(listed, reasons, "{locale}");
    }
}
