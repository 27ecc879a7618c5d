//! What a desk list is asked for (the query string's `q`, `sort`, `dir` and `page`), read
//! leniently: an unknown column is the default one, a bad page the first, and a search that
//! is too long finds nothing (with a message), so that no address a person can type is an
//! error (issue 19, "bad input").

use serde::{Deserialize, Serialize};

/// Lines on one page of a desk list.
pub const DESK_LINES: i64 = 50;
/// The longest search, in characters (not bytes: names are in many scripts).
pub const SEARCH_MAX_CHARS: usize = 100;
/// Pages past this are not asked for (the offset stays far from overflowing).
const LAST_PAGE: i64 = 100_000;

/// A list's request, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeskAsk {
    /// The search, trimmed; `None` when blank (the whole list).
    pub search: Option<String>,
    /// The search was longer than [`SEARCH_MAX_CHARS`]: the list is empty.
    pub too_long: bool,
    /// The index of the sort column in the page's list of columns, and its name.
    pub sort: usize,
    pub column: &'static str,
    pub descending: bool,
    /// From 1.
    pub page: i64,
}

impl DeskAsk {
    /// Reads the request of a list whose sortable columns are `columns` (the first is the
    /// default), sorted `default_descending` when `dir` says nothing.
    pub fn read(
        q: Option<&str>,
        sort: Option<&str>,
        dir: Option<&str>,
        page: Option<&str>,
        columns: &[&'static str],
        default_descending: bool,
    ) -> Self {
        let text = q.map(str::trim).unwrap_or_default();
        let too_long = text.chars().count() > SEARCH_MAX_CHARS;
        let search = (!text.is_empty() && !too_long).then(|| text.to_owned());
        let sort_at = sort
            .and_then(|s| columns.iter().position(|c| *c == s))
            .unwrap_or(0);
        let descending = match dir {
            Some("desc") => true,
            Some("asc") => false,
            _ => default_descending,
        };
        let page = page
            .and_then(|p| p.trim().parse::<i64>().ok())
            .unwrap_or(1)
            .clamp(1, LAST_PAGE);
        Self {
            search,
            too_long,
            sort: sort_at,
            column: columns.get(sort_at).copied().unwrap_or_default(),
            descending,
            page,
        }
    }

    /// The first page of the whole list in its default order (a home's short list).
    pub fn first_page() -> Self {
        Self::read(None, None, None, None, &[], false)
    }

    /// The `LIKE` pattern of the search (`%text%`, its own `%`, `_` and `\` escaped with
    /// `\`, for `ESCAPE '\'`), or `None` for the whole list.
    pub fn pattern(&self) -> Option<String> {
        self.search.as_deref().map(like_pattern)
    }

    /// The rows to skip for this page.
    pub fn offset(&self) -> i64 {
        (self.page - 1) * DESK_LINES
    }

    /// `ASC` or `DESC`, for SQL.
    pub fn direction(&self) -> &'static str {
        if self.descending { "DESC" } else { "ASC" }
    }

    /// What the page says about the list, once `total` lines matched.
    pub fn answer(&self, total: i64) -> DeskAnswer {
        DeskAnswer {
            total,
            page: self.page,
            too_long: self.too_long,
            searched: self.search.is_some(),
            sort: self.column.to_owned(),
            descending: self.descending,
        }
    }
}

/// `%text%` for `LIKE … ESCAPE '\'`: the text's own wildcards match only themselves.
pub fn like_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// How many lines matched and which page is shown, for the count and the pager.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskAnswer {
    pub total: i64,
    /// From 1.
    pub page: i64,
    /// The search was too long: nothing was looked for.
    pub too_long: bool,
    /// A search was given (an empty list then says "nothing found", not "none yet").
    pub searched: bool,
    /// The column the list is sorted by, and which way.
    pub sort: String,
    pub descending: bool,
}

impl DeskAnswer {
    /// The first and last line shown (from 1), `None` when the page is empty.
    pub fn shown(&self, lines_on_page: usize) -> Option<(i64, i64)> {
        let lines = i64::try_from(lines_on_page).unwrap_or(DESK_LINES);
        let first = (self.page - 1) * DESK_LINES + 1;
        (lines > 0).then_some((first, first + lines - 1))
    }

    pub fn has_next(&self) -> bool {
        self.page * DESK_LINES < self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[&str] = &["name", "company"];

    fn read(q: &str, sort: &str, dir: &str, page: &str) -> DeskAsk {
        DeskAsk::read(Some(q), Some(sort), Some(dir), Some(page), COLUMNS, false)
    }

    #[test]
    fn unknown_sorts_and_pages_fall_back_to_the_default() {
        let ask = read("", "password_hash; DROP TABLE", "sideways", "-3");
        assert_eq!((ask.sort, ask.descending, ask.page), (0, false, 1));
        assert_eq!(ask.search, None);
        let ask = read("  x ", "company", "desc", "2");
        assert_eq!((ask.column, ask.descending, ask.page), ("company", true, 2));
        assert_eq!((ask.search.as_deref(), ask.offset()), (Some("x"), 50));
        assert_eq!(read("", "", "", "99999999999999").page, LAST_PAGE);
    }

    #[test]
    fn a_search_too_long_finds_nothing_and_says_so() {
        let at_limit = "あ".repeat(SEARCH_MAX_CHARS);
        assert_eq!(read(&at_limit, "", "", "").search, Some(at_limit));
        let ask = read(&"a".repeat(500), "", "", "");
        assert!(ask.too_long);
        assert_eq!(ask.pattern(), None);
        assert!(ask.answer(0).too_long);
    }

    #[test]
    fn wildcards_in_a_search_are_plain_text() {
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
        assert_eq!(like_pattern("' OR 1=1 --"), "%' OR 1=1 --%");
    }

    #[test]
    fn the_count_knows_the_lines_shown_and_whether_more_follow() {
        let answer = DeskAnswer {
            total: 120,
            page: 3,
            too_long: false,
            searched: false,
            sort: "name".into(),
            descending: false,
        };
        assert_eq!(answer.shown(20), Some((101, 120)));
        assert!(!answer.has_next());
        assert!(
            DeskAnswer {
                page: 2,
                ..answer.clone()
            }
            .has_next()
        );
        assert_eq!(answer.shown(0), None);
    }
}
