//! What the import pages show: the uploads made, one upload's preview (every row new or
//! already here, or every problem) and what its import made.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{SheetImportId, UserId, WorkerId};

/// How many records an import added, and how many rows it found already here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportCounts {
    pub companies_added: u32,
    pub workers_added: u32,
    pub rows_unchanged: u32,
}

/// An upload, in the list of the organization's imports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetLine {
    pub id: SheetImportId,
    pub file_name: String,
    pub uploaded_by: String,
    pub uploaded_at: DateTime<Utc>,
    /// `None` while it waits for its import.
    pub imported: Option<ImportCounts>,
}

/// One cell's problem: the row's line in the file, the column's code, the message's key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellProblem {
    pub line: u64,
    pub column: String,
    pub key: String,
}

/// Why a sheet imports nothing: the problem's key (`onboarding.err_*`), the line a
/// broken file stops at, the required columns it lacks, and each cell's problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetRefusal {
    pub key: String,
    pub line: u64,
    pub missing_columns: Vec<String>,
    pub problems: Vec<CellProblem>,
}

/// A row as the import would take it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRow {
    pub line: u64,
    pub name: String,
    pub company: String,
    /// The company is not in Shien yet: the import adds it.
    pub new_company: bool,
    /// The worker is not in Shien yet (no worker holds the card number): the import adds
    /// them and makes their invitation. Otherwise the row changes nothing.
    pub new_worker: bool,
}

/// A worker an import added, with whether they have signed up since.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedWorkerLine {
    pub line: u64,
    pub worker_id: WorkerId,
    pub user_id: UserId,
    pub name: String,
    pub signed_up: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SheetState {
    Refused(SheetRefusal),
    Ready(Vec<PreviewRow>),
    Imported {
        at: DateTime<Utc>,
        counts: ImportCounts,
        workers: Vec<ImportedWorkerLine>,
    },
}

/// `/staff/import/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetPreview {
    pub id: SheetImportId,
    pub file_name: String,
    /// `utf-8` or `shift_jis`.
    pub encoding: String,
    pub uploaded_at: DateTime<Utc>,
    pub state: SheetState,
}

/// A column of the template: the field code (the portal's own form field), its Japanese
/// label as staff read it in Excel, and whether a row must fill it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub code: &'static str,
    pub label: &'static str,
    pub required: bool,
}

const fn column(code: &'static str, label: &'static str, required: bool) -> Column {
    Column {
        code,
        label,
        required,
    }
}

/// The template's columns, in its order.
pub const COLUMNS: [Column; 17] = [
    column("corporate_number", "所属機関の法人番号", true),
    column("company_name", "所属機関の名称", true),
    column("company_address", "所属機関の所在地", false),
    column("field", "特定産業分野", true),
    column("family_name", "氏（ローマ字）", true),
    column("given_name", "名（ローマ字）", true),
    column("name_katakana", "氏名（カタカナ）", false),
    column("nationality", "国籍（ISOコード）", true),
    column("preferred_locale", "表示言語", false),
    column("birth_date", "生年月日", false),
    column("sex", "性別", false),
    column("residence_card_number", "在留カード番号", true),
    column("residence_card_expiry", "在留期間満了日", false),
    column("postal_code", "住居地の郵便番号", false),
    column("address", "住居地", false),
    column("job_category", "業務区分", false),
    column("languages", "理解できる言語", false),
];
