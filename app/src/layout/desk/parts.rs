//! The pieces every desk list shows: the search form, the count, the sortable column
//! headers and the pager. Each is a plain link or a GET form, so that sorting, filtering
//! and paging work before (and without) any JavaScript; the list's state lives in the
//! address, which a colleague can be sent.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use super::{DeskAnswer, SEARCH_MAX_CHARS};
use crate::i18n::use_i18n;

/// The list's address and what its query string says: each link changes one thing (the
/// sort, the page) and keeps the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeskLinks {
    path: &'static str,
    q: String,
    sort: String,
    dir: String,
    page: String,
    /// The page's own filters (key, value), in the order of the form.
    filters: Vec<(&'static str, String)>,
}

impl DeskLinks {
    /// The current page's query string, for the list at `path` with the filters `keys`.
    pub fn from_query(path: &'static str, keys: &[&'static str]) -> Self {
        let query = use_query_map().get_untracked();
        let value = |key: &str| query.get(key).unwrap_or_default();
        Self {
            path,
            q: value("q"),
            sort: value("sort"),
            dir: value("dir"),
            page: value("page"),
            filters: keys.iter().map(|key| (*key, value(key))).collect(),
        }
    }

    /// The search as asked (untrimmed: the server trims and checks it).
    pub fn q(&self) -> String {
        self.q.clone()
    }

    pub fn sort(&self) -> String {
        self.sort.clone()
    }

    pub fn dir(&self) -> String {
        self.dir.clone()
    }

    pub fn page(&self) -> String {
        self.page.clone()
    }

    /// A filter's value, empty when not given.
    pub fn filter(&self, key: &str) -> String {
        self.filters
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// The list sorted by `sort` in `dir`, at `page`, with the same search and filters.
    fn href(&self, sort: &str, dir: &str, page: i64) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if !self.q.is_empty() {
            pairs.push(("q", &self.q));
        }
        for (key, value) in &self.filters {
            if !value.is_empty() {
                pairs.push((key, value));
            }
        }
        pairs.push(("sort", sort));
        pairs.push(("dir", dir));
        let page = page.to_string();
        if page != "1" {
            pairs.push(("page", &page));
        }
        let query: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        format!("{}?{}", self.path, query.join("&"))
    }
}

/// Percent-encodes a query value (everything but unreserved ASCII), as a form would.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The search form: the search box, the page's filters (`children`), and the sort kept.
/// A new search starts at page 1.
#[component]
pub fn DeskSearch(
    links: DeskLinks,
    /// What the search box finds, for its label ("Search by name, login ID or company").
    label: String,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let (sort, dir) = (links.sort.clone(), links.dir.clone());
    view! {
        // Loaded whole (`data-reload`, `rel="external"` below): the islands router patches
        // a page that has fewer or more rows out of step, and old rows stayed on screen.
        <form class="desk-search" method="get" action=links.path role="search" data-reload="true">
            <div class="field desk-q">
                <label for="desk-q">{label}</label>
                <input
                    type="search"
                    id="desk-q"
                    name="q"
                    value=links.q.clone()
                    autocomplete="off"
                    aria-describedby="desk-q-hint"
                />
                <p id="desk-q-hint" class="hint">
                    {t!(i18n, desk.search_hint, max = SEARCH_MAX_CHARS.to_string())}
                </p>
            </div>
            {children()}
            {(!sort.is_empty()).then(|| view! { <input type="hidden" name="sort" value=sort/> })}
            {(!dir.is_empty()).then(|| view! { <input type="hidden" name="dir" value=dir/> })}
            <button type="submit" class="button">{t!(i18n, desk.search_button)}</button>
        </form>
    }
}

/// "N found, showing 1–50", or why the list is empty: a search too long, nothing found
/// for the search, or nothing at all (`empty`, the page's own words).
#[component]
pub fn DeskCount(answer: DeskAnswer, lines: usize, empty: String) -> impl IntoView {
    let i18n = use_i18n();
    let total = answer.total.to_string();
    let text = match answer.shown(lines) {
        _ if answer.too_long => {
            t_string!(i18n, desk.too_long, max = SEARCH_MAX_CHARS.to_string()).to_string()
        }
        Some((first, last)) => t_string!(
            i18n,
            desk.found,
            total = total,
            first = first.to_string(),
            last = last.to_string()
        )
        .to_string(),
        None if answer.total > 0 => t_string!(i18n, desk.past_end, total = total).to_string(),
        None if answer.searched => t_string!(i18n, desk.nothing_found).to_string(),
        None => empty,
    };
    view! { <p class="desk-count" role="status" data-testid="desk-count">{text}</p> }
}

/// A sortable column's header: a link that sorts by it (again: the other way round), and
/// `aria-sort` on the column the list is sorted by.
#[component]
pub fn SortHeader(
    links: DeskLinks,
    answer: DeskAnswer,
    column: &'static str,
    label: String,
) -> impl IntoView {
    let sorted = answer.sort == column;
    let (aria, arrow) = match (sorted, answer.descending) {
        (false, _) => (None, ""),
        (true, false) => (Some("ascending"), " ▲"),
        (true, true) => (Some("descending"), " ▼"),
    };
    let next_dir = if sorted && !answer.descending {
        "desc"
    } else {
        "asc"
    };
    let href = links.href(column, next_dir, 1);
    view! {
        <th scope="col" aria-sort=aria>
            <a href=href class="sort" rel="external">{label}<span aria-hidden="true">{arrow}</span></a>
        </th>
    }
}

/// Previous and next page, each only where there is one.
#[component]
pub fn DeskPager(links: DeskLinks, answer: DeskAnswer) -> impl IntoView {
    let i18n = use_i18n();
    let dir = if answer.descending { "desc" } else { "asc" };
    let previous = (answer.page > 1).then(|| {
        let href = links.href(&answer.sort, dir, answer.page - 1);
        view! { <a href=href rel="external">{t!(i18n, desk.previous)}</a> }
    });
    let next = answer.has_next().then(|| {
        let href = links.href(&answer.sort, dir, answer.page + 1);
        view! { <a href=href rel="external">{t!(i18n, desk.next)}</a> }
    });
    let any = answer.page > 1 || answer.has_next();
    any.then(|| {
        view! {
            <nav class="desk-pager" aria-label=t_string!(i18n, desk.pages).to_string()>
                {previous}
                <span>{t!(i18n, desk.page, page = answer.page.to_string())}</span>
                {next}
            </nav>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_search_and_filters_encoded() {
        let links = DeskLinks {
            path: "/staff/workers",
            q: "Nguyễn & <b>".into(),
            sort: String::new(),
            dir: String::new(),
            page: "3".into(),
            filters: vec![("company", "c1".into()), ("status", String::new())],
        };
        assert_eq!(
            links.href("company", "desc", 1),
            "/staff/workers?q=Nguy%E1%BB%85n%20%26%20%3Cb%3E&company=c1&sort=company&dir=desc"
        );
        assert_eq!(
            links.href("name", "asc", 2),
            "/staff/workers?q=Nguy%E1%BB%85n%20%26%20%3Cb%3E&company=c1&sort=name&dir=asc&page=2"
        );
    }
}
