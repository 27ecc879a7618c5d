//! Bulk onboarding (issue 20): an organization that starts with Shien brings its workers
//! and their companies from a spreadsheet, saved as CSV in UTF-8 or in Shift_JIS (CP932,
//! what Excel in Japan saves by default). One row is one worker with their company; the
//! columns are the fields of the portal's own forms, so each row is checked by the same
//! rules (`companies`, `workers`) and a refusal names the row, the column and the problem.
//!
//! Staff download the template (`routes::template`), upload the filled sheet
//! (`routes::upload`, kept for its preview), read the preview (every row new or already
//! here, or every problem in their language) and import it: all rows or none, in one
//! transaction, each new worker with their support plan and invitation. A worker is found
//! by their residence card number and a company by its corporate number, so the same file
//! imported again changes nothing. The one writer of `sheet_imports` and
//! `sheet_import_workers`.

mod api;
#[cfg(feature = "ssr")]
mod db;
#[cfg(feature = "ssr")]
mod form;
mod labels;
mod pages;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{RunSheetImport, run_sheet_import, sheet_import_detail, sheet_imports};
#[cfg(feature = "ssr")]
pub use form::{
    IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, ImportRow, RowProblem, SheetProblem, read_sheet,
    template_csv,
};
pub use labels::{cell_problem_text, column_name, sheet_problem_text};
pub use pages::{ImportPage, SheetPage};
#[cfg(feature = "ssr")]
pub use routes::{template, upload};
pub use types::{
    COLUMNS, CellProblem, Column, ImportCounts, ImportedWorkerLine, PreviewRow, SheetLine,
    SheetPreview, SheetRefusal, SheetState,
};
