//! The page shell: the header (brand, the notification bell, the language switcher) and the
//! footer around every page. It sits on top because the header mounts features' parts (the
//! bell), which the UI primitives in `crate::layout` must not import.

mod footer;
mod header;
mod language_switcher;

pub use footer::Footer;
pub use header::Header;
pub use language_switcher::LanguageSwitcher;
