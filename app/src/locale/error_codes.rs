//! Every error code the code can produce is rendered, in every language.
//!
//! An error code travels as text: a validation error's locale key (`supports.err_date`,
//! `interview_error.slot_taken`) goes from the rule that refuses the input to the redirect's
//! query string (`?error=…`, see `crate::form`) and back to a `match` in the page's
//! words (a feature's `labels.rs`, `layout::shared_error`, or the page's own), and a code
//! no arm knows renders *nothing* (`layout::FormOutcome`). The compiler cannot see across
//! that seam, so this test does: it reads the sources, collects every code they produce
//! (the literals shaped like a code, and the keys the features' `refuse(…, "key")`
//! helpers prefix with their namespace) and checks that each one is an arm of a renderer
//! and a key of every locale file.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

use super::{LANGUAGES, completeness::leaf_keys};

/// Where the sources are.
fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A string literal of a source file: its text, and where it starts and ends (byte offsets
/// of the opening and closing quotes).
struct Literal {
    text: String,
    start: usize,
    end: usize,
}

/// The plain string literals of `source`, comments and character literals skipped (enough
/// for this code base: its codes are plain literals).
fn literals(source: &str) -> Vec<Literal> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 3,
            b'\'' if bytes.get(i + 1) == Some(&b'\\') && bytes.get(i + 3) == Some(&b'\'') => i += 4,
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                out.push(Literal {
                    text: source[start + 1..i.min(bytes.len())].to_owned(),
                    start,
                    end: i,
                });
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Whether `text` is shaped like an error code: `<page>.err_<what>` or `<thing>_error.<what>`.
fn is_code(text: &str) -> bool {
    let word = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    };
    match text.split_once('.') {
        Some((space, key)) => {
            word(space) && word(key) && (key.starts_with("err_") || space.ends_with("_error"))
        }
        None => false,
    }
}

/// A helper that makes a code from a key: `fn refuse(…key: &str) -> AppError` whose body
/// formats `"<namespace>.{key}"`. Returns its name and the namespace.
fn code_helper(source: &str, literal: &Literal) -> Option<(String, String)> {
    let namespace = literal.text.strip_suffix(".{key}")?;
    let before = &source[..literal.start];
    let name_at = before.rfind("fn ")? + 3;
    let name: String = source[name_at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    Some((name, namespace.to_owned()))
}

/// The keys passed to `helper(…)` calls in `source`: the call's last string literal.
fn helper_keys(source: &str, lits: &[Literal], helper: &str) -> Vec<String> {
    let call = format!("{helper}(");
    let mut keys = Vec::new();
    let mut from = 0;
    while let Some(found) = source[from..].find(&call) {
        let at = from + found;
        from = at + call.len();
        let boundary = source[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
        if !boundary || source[..at].ends_with("fn ") {
            continue;
        }
        let mut depth = 0usize;
        let mut close = from;
        for (offset, b) in source[from - 1..].bytes().enumerate() {
            match b {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = from - 1 + offset;
                        break;
                    }
                }
                _ => {}
            }
        }
        if let Some(last) = lits.iter().rfind(|l| l.start > at && l.end < close) {
            keys.push(last.text.clone());
        }
    }
    keys
}

/// The codes the sources produce, each with a file that produces it.
fn produced_codes(files: &[(PathBuf, String)]) -> BTreeMap<String, PathBuf> {
    let mut codes = BTreeMap::new();
    for (path, source) in files {
        let lits = literals(source);
        for lit in lits.iter().filter(|l| is_code(&l.text)) {
            codes
                .entry(lit.text.clone())
                .or_insert_with(|| path.clone());
        }
        for (helper, namespace) in lits.iter().filter_map(|l| code_helper(source, l)) {
            let folder = path.parent().expect("a folder");
            for (other, other_source) in files.iter().filter(|(p, _)| p.starts_with(folder)) {
                let other_lits = literals(other_source);
                for key in helper_keys(other_source, &other_lits, &helper) {
                    codes
                        .entry(format!("{namespace}.{key}"))
                        .or_insert_with(|| other.clone());
                }
            }
        }
    }
    codes
}

/// The codes a renderer has an arm for: the literals followed by `=>` or `|` in the files
/// that word a page's outcome.
fn rendered_codes(files: &[(PathBuf, String)]) -> BTreeSet<String> {
    // A feature's words (`labels.rs`), the shared ones (`outcome.rs`), or a page's own
    // (`pages.rs`, or a file of `pages/`).
    let renders = |p: &Path| {
        let in_pages = p
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|dir| dir == "pages");
        in_pages
            || p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| matches!(n, "labels.rs" | "outcome.rs" | "pages.rs"))
    };
    let mut codes = BTreeSet::new();
    for (_, source) in files.iter().filter(|(p, _)| renders(p)) {
        for lit in literals(source) {
            let after = source[lit.end + 1..].trim_start();
            if after.starts_with("=>") || after.starts_with('|') {
                codes.insert(lit.text);
            }
        }
    }
    codes
}

/// The sources that run in the portal: not the tests (which make up codes to refuse), and
/// not this file.
fn sources() -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    rust_files(&src_dir(), &mut paths);
    paths
        .into_iter()
        .filter(|p| {
            let test = p.file_name().is_some_and(|n| n == "tests.rs")
                || p.components().any(|c| c.as_os_str() == "tests");
            !test && !p.ends_with("locale/error_codes.rs")
        })
        .map(|p| {
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, text)
        })
        .collect()
}

#[test]
fn every_produced_error_code_is_rendered_in_every_locale() {
    let files = sources();
    let produced = produced_codes(&files);
    assert!(produced.len() > 60, "suspiciously few codes: {produced:?}");
    // The helpers are found: codes that only they make.
    for made_by_helper in ["interview_error.slot_taken", "document_error.too_large"] {
        assert!(produced.contains_key(made_by_helper), "{made_by_helper}");
    }
    let rendered = rendered_codes(&files);
    let locales: Vec<(&str, BTreeSet<String>)> = LANGUAGES
        .iter()
        .map(|(code, _)| (*code, leaf_keys(code)))
        .collect();
    let mut problems = Vec::new();
    for (code, path) in &produced {
        let from = path.strip_prefix(src_dir()).unwrap_or(path).display();
        if !rendered.contains(code) {
            problems.push(format!("{code} (from {from}) has no arm in any renderer"));
        }
        for (locale, keys) in &locales {
            if !keys.contains(code) {
                problems.push(format!(
                    "{code} (from {from}) is not a key of {locale}.json"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "unrendered codes:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scanner_reads_literals_and_helpers() {
    let source = r#"
        // "not.err_a_comment"
        fn refuse(field: &str, key: &str) -> AppError {
            AppError::validation(field, &format!("thing_error.{key}"))
        }
        fn f() { let q = '"'; refuse("slot", "taken"); g(refuse(x, "gone")); "page.err_x" }
    "#;
    let lits = literals(source);
    let texts: Vec<&str> = lits.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        ["thing_error.{key}", "slot", "taken", "gone", "page.err_x"]
    );
    let helper = lits.iter().find_map(|l| code_helper(source, l));
    assert_eq!(
        helper,
        Some(("refuse".to_owned(), "thing_error".to_owned()))
    );
    assert_eq!(helper_keys(source, &lits, "refuse"), ["taken", "gone"]);
    assert!(is_code("page.err_x") && is_code("thing_error.taken"));
    assert!(!is_code("slot") && !is_code("supports.saved_added"));
}
