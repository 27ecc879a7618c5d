//! An import file as uploaded, and its checks: the bytes decoded (`decode`), the header
//! matched to the template's columns and every row checked by the forms' own rules
//! (`sheet`). Pure, and unit tested with files in UTF-8 and in CP932.

mod decode;
mod sheet;

pub use decode::{IMPORT_MAX_BYTES, decode};
pub use sheet::{IMPORT_MAX_ROWS, ImportRow, RowProblem, SheetProblem, read_sheet, template_csv};
