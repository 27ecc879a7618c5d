//! Bulk onboarding (issue 20): an organization that starts with Shien brings its workers
//! and their companies from a spreadsheet, saved as CSV in UTF-8 or in Shift_JIS (CP932,
//! what Excel in Japan saves by default). One row is one worker with their company; the
//! columns are the fields of the portal's own forms, so each row is checked by the same
//! rules (`companies`, `workers`) and a refusal names the row, the column and the problem.
//!
//! This part reads and checks a file; nothing is written. The preview page, the import in
//! one transaction (all rows or none, the same file again changing nothing) and the
//! invitations come next.

#[cfg(feature = "ssr")]
mod form;
mod labels;

#[cfg(feature = "ssr")]
pub use form::{
    COLUMNS, Column, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, ImportRow, RowProblem, SheetProblem,
    read_sheet, template_csv,
};
pub use labels::sheet_problem_text;
