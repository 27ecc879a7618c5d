//! The frame around every page: header with the language switcher, footer, and the
//! localized "not found" page.

mod footer;
mod header;
mod not_found;
mod title;

pub use footer::Footer;
pub use header::Header;
pub use not_found::NotFound;
pub use title::PageTitle;
