//! The desk lists' search in SQL: one `LIKE` pattern (bound, its wildcards escaped by
//! `layout::like_pattern`) against several columns, case-insensitively on both backends.
//!
//! `lower()` is applied to both sides. PostgreSQL lowers every script; SQLite's built-in
//! `lower()` lowers only ASCII, so there a non-ASCII letter (ễ, Ễ) matches only in the case
//! it was typed. Names of the portal are stored as on the residence card (Latin capitals),
//! so that is what staff type; Japanese has no case.

/// `(lower(a) LIKE lower($n) ESCAPE '\' OR …)`, true for every row when `$n` is NULL.
/// `columns` and `param` are fixed text of the query, never user input.
pub fn search_condition(columns: &[&str], param: &str) -> String {
    let each: Vec<String> = columns
        .iter()
        .map(|column| format!("lower({column}) LIKE lower({param}) ESCAPE '\\'"))
        .collect();
    format!("({param} IS NULL OR {})", each.join(" OR "))
}

/// The columns a person is found by: their name both ways round (family name first, as on
/// the card, or given name first), their login id and their company's name, for a query
/// with the worker as `w`, their user as `u` and the company as `c`.
pub const PERSON_COLUMNS: &[&str] = &[
    "w.family_name || ' ' || w.given_name",
    "w.given_name || ' ' || w.family_name",
    "u.login_id",
    "c.name",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_is_matched_lowered_with_the_escape() {
        assert_eq!(
            search_condition(&["c.name", "u.login_id"], "$3"),
            "($3 IS NULL OR lower(c.name) LIKE lower($3) ESCAPE '\\' \
             OR lower(u.login_id) LIKE lower($3) ESCAPE '\\')"
        );
    }
}
