//! The staff desk's lists (issue 19): the dashboard, the review queue, the worker list and
//! the consultation inbox are one semantic table each (a card list on a phone, by CSS),
//! searched, sorted, filtered and paged by the address's query string, through the pieces
//! here: what the server reads from the query (`ask`) and what the pages show (`parts`).

mod ask;
mod parts;

pub use ask::{DESK_LINES, DeskAnswer, DeskAsk, SEARCH_MAX_CHARS, like_pattern};
pub use parts::{DeskCount, DeskLinks, DeskPager, DeskSearch, SortHeader};
