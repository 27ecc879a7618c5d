//! The UI primitives every page uses: the localized "not found" page, the refusals of pages
//! that need a signed-in user, titles, form outcomes and markup helpers. The header and the
//! footer around them are the page shell (`crate::shell`), which may use features; this
//! module uses none.

mod desk;
mod field_notice;
mod forget_drafts;
mod guard;
mod markup;
mod native_forms;
mod not_found;
mod outcome;
mod photo_picker;
mod reload_forms;
mod returned;
mod title;
#[cfg(feature = "ssr")]
mod unavailable;

pub use desk::{
    DESK_LINES, DeskAnswer, DeskAsk, DeskCount, DeskLinks, DeskPager, DeskSearch, SEARCH_MAX_CHARS,
    SortHeader, like_pattern,
};
pub use field_notice::FieldSuspension;
pub use forget_drafts::{DRAFTS_PREFIX, ForgetDrafts};
pub use guard::{Refusal, guarded, redirect_to};
pub use markup::{escape_html, options_html};
pub use native_forms::NativeForms;
pub use not_found::NotFound;
pub use outcome::{FormOutcome, Messages, shared_error};
pub use photo_picker::{PhotoField, PhotoPicker, PhotoTexts, photo_input_ids};
pub use reload_forms::ReloadForms;
pub use returned::{ReturnedFields, returned_fields};
pub use title::PageTitle;
#[cfg(feature = "ssr")]
pub use unavailable::unavailable_page;
