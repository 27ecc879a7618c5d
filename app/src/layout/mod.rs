//! The frame around every page: header with the language switcher, footer, the localized
//! "not found" page, and the refusals of pages that need a signed-in user.

mod footer;
mod forget_drafts;
mod guard;
mod header;
mod markup;
mod native_forms;
mod not_found;
mod outcome;
mod reload_forms;
mod returned;
mod title;
#[cfg(feature = "ssr")]
mod unavailable;

pub use footer::Footer;
pub use forget_drafts::{DRAFTS_PREFIX, ForgetDrafts};
pub use guard::{Refusal, guarded, redirect_to};
pub use header::Header;
pub use markup::{escape_html, options_html};
pub use native_forms::NativeForms;
pub use not_found::NotFound;
pub use outcome::{FormOutcome, Messages, shared_error};
pub use reload_forms::ReloadForms;
pub use returned::{ReturnedFields, returned_fields};
pub use title::PageTitle;
#[cfg(feature = "ssr")]
pub use unavailable::unavailable_page;
