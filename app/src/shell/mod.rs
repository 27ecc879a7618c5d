//! The page shell: the header (brand, the notification bell, the language switcher), the
//! signed-in person's lasting navigation and the footer around every page. It sits on top
//! because it mounts features' parts (the bell, who is signed in), which the UI primitives
//! in `crate::layout` must not import.

mod footer;
mod header;
mod language_switcher;
mod nav;

pub use footer::Footer;
pub use header::Header;
pub use language_switcher::{LanguageOnChange, LanguageSwitcher};
pub use nav::SectionNav;
