//! The import's pages: `/staff/import` (how it works, the template, the upload form and
//! the latest uploads) and `/staff/import/{id}` (one upload: its problems, its preview
//! with the import button, or what its import made). Staff pages at a desk that a phone
//! can show.

mod import;
mod sheet;

pub use import::ImportPage;
pub use sheet::SheetPage;
