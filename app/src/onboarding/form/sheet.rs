//! The sheet: the header matched to the template's columns, and each row checked by the
//! rules of the portal's own forms (a company's record, a new worker, the worker's
//! identity), so that an import can never hold what a form would refuse. Every problem of
//! every row is collected, with its line in the file and its column, so that staff put the
//! whole sheet right at once.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::decode;
use crate::onboarding::types::{COLUMNS, Column};
use crate::{
    companies::{CompanyFields, CompanyForm},
    domain::SswField,
    error::AppError,
    workers::{IdentityColumns, IdentityForm, NewWorkerForm, check_identity},
};

/// The most rows one file may hold. An organization's whole caseload fits many times
/// over (50 workers per officer); a larger file is split, which keeps one import's
/// transaction and its preview of a size a person can read.
pub const IMPORT_MAX_ROWS: usize = 5_000;

/// One row, checked: what the import writes.
#[derive(Clone, Debug)]
pub struct ImportRow {
    /// The row's line in the file (the header is line 1).
    pub line: u64,
    pub company: CompanyFields,
    pub family_name: String,
    pub given_name: String,
    pub nationality: String,
    pub preferred_locale: String,
    pub identity: IdentityColumns,
    pub card_expiry: Option<NaiveDate>,
}

/// What is wrong with one cell: its line, its column's code, the message's key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub line: u64,
    pub column: &'static str,
    pub key: String,
}

/// Why a file imports nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetProblem {
    TooLarge,
    /// Neither UTF-8 nor Shift_JIS text (a workbook, a picture, another encoding).
    NotText,
    /// The file ends inside a quoted cell, or its CSV cannot be read at this line.
    Malformed {
        line: u64,
    },
    /// A header and no row.
    Empty,
    TooManyRows,
    /// Required columns the header lacks, by code.
    MissingColumns(Vec<&'static str>),
    Rows(Vec<RowProblem>),
}

impl SheetProblem {
    pub fn message_key(&self) -> &'static str {
        match self {
            Self::TooLarge => "onboarding.err_too_large",
            Self::NotText => "onboarding.err_not_text",
            Self::Malformed { .. } => "onboarding.err_malformed",
            Self::Empty => "onboarding.err_empty",
            Self::TooManyRows => "onboarding.err_too_many_rows",
            Self::MissingColumns(_) => "onboarding.err_missing_columns",
            Self::Rows(_) => "onboarding.err_rows",
        }
    }
}

/// The template's header line: each column as "label (code)", which staff read and the
/// reader matches; a header of labels only or codes only is read as well.
fn header_cell(column: &Column) -> String {
    format!("{} ({})", column.label, column.code)
}

/// The template staff download: UTF-8 with the byte-order mark (so that Excel opens it in
/// the right encoding), the header, and one example row to overwrite.
pub fn template_csv() -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let header: Vec<String> = COLUMNS.iter().map(header_cell).collect();
    let example = [
        "7000012050002",
        "株式会社みらい建設",
        "愛知県名古屋市中区栄三丁目4番5号",
        "建設",
        "LE",
        "MINH KHOA",
        "レ ミン コア",
        "VN",
        "vi",
        "1998/03/14",
        "男",
        "UH12345678VN",
        "2027/01/20",
        "460-0008",
        "愛知県名古屋市中区栄一丁目2番3号 栄ハイツ201",
        "building",
        "Tiếng Việt、日本語",
    ];
    // Writing to a Vec cannot fail; an error here would be a bug of this function.
    let written = writer
        .write_record(&header)
        .and_then(|()| writer.write_record(example))
        .map_err(|e| e.to_string())
        .and_then(|()| writer.into_inner().map_err(|e| e.to_string()));
    written.unwrap_or_default()
}

/// Which column each cell of the header is, by code.
fn match_header(header: &csv::StringRecord) -> HashMap<&'static str, usize> {
    let mut at = HashMap::new();
    for (i, cell) in header.iter().enumerate() {
        let cell = cell.trim().trim_start_matches('\u{feff}');
        let found = COLUMNS.iter().find(|c| {
            cell == c.code || cell == c.label || cell == header_cell(c) || {
                // "label（code）" with full-width brackets, as a Japanese keyboard types.
                cell.strip_suffix('）')
                    .and_then(|rest| rest.rsplit_once('（'))
                    .is_some_and(|(_, code)| code.trim() == c.code)
            }
        });
        if let Some(column) = found {
            at.entry(column.code).or_insert(i);
        }
    }
    at
}

/// A date as Excel writes it (2026/12/01, 2026/1/5) or as ISO, in ISO; else as typed,
/// for the form's rule to refuse.
fn iso_date(text: &str) -> String {
    let text = text.trim();
    ["%Y/%m/%d", "%Y-%m-%d", "%Y年%m月%d日", "%Y.%m.%d"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
        .map_or_else(|| text.to_owned(), |d| d.format("%Y-%m-%d").to_string())
}

/// A field as its code or its Japanese name (建設, 介護…).
fn field_code(text: &str) -> String {
    let text = text.trim();
    SswField::ALL
        .iter()
        .find(|f| f.name_ja() == text)
        .map_or_else(|| text.to_owned(), |f| f.code().to_owned())
}

/// The sex as the form's code, from how a Japanese sheet writes it.
fn sex_code(text: &str) -> String {
    match text.trim() {
        "男" | "男性" | "M" | "m" => "male".to_owned(),
        "女" | "女性" | "F" | "f" => "female".to_owned(),
        other => other.to_lowercase(),
    }
}

/// Which form refused a cell: the company's fields have columns of their own
/// (`name` is the sheet's `company_name`, `address` its `company_address`).
#[derive(Clone, Copy)]
enum Part {
    Company,
    Worker,
}

/// A refusal of a form's rule as the problem of a cell: the form's field named by its
/// column.
fn problem(line: u64, part: Part, error: &AppError) -> RowProblem {
    let (field, key) = match error {
        AppError::Validation { field, message_key } => (field.as_str(), message_key.clone()),
        other => ("", other.code().to_owned()),
    };
    let field = match (part, field) {
        (Part::Company, "name") => "company_name",
        (Part::Company, "address") => "company_address",
        (_, field) => field,
    };
    let column = COLUMNS
        .iter()
        .find(|c| c.code == field)
        .map_or("", |c| c.code);
    RowProblem { line, column, key }
}

/// Reads and checks a whole file for an import on `today`: every row, or every problem.
pub fn read_sheet(bytes: &[u8], today: NaiveDate) -> Result<Vec<ImportRow>, SheetProblem> {
    let text = decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|_| SheetProblem::Malformed { line: 1 })?
        .clone();
    let at = match_header(&header);
    let missing: Vec<&'static str> = COLUMNS
        .iter()
        .filter(|c| c.required && !at.contains_key(c.code))
        .map(|c| c.code)
        .collect();
    if !missing.is_empty() {
        return Err(SheetProblem::MissingColumns(missing));
    }
    // The line a staff member sees in a text editor, counted up to the byte where the
    // record starts. With CRLF (which Excel writes) csv starts a record at the LF of the
    // line before, and counts lines by CR and LF alike: the count includes that byte.
    let line_at = |position: Option<&csv::Position>, fallback: usize| {
        position
            .and_then(|p| usize::try_from(p.byte()).ok())
            .map(|byte| text.as_bytes().get(..=byte).unwrap_or(text.as_bytes()))
            .map_or(fallback as u64, |before| {
                before.iter().filter(|&&b| b == b'\n').count() as u64 + 1
            })
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| SheetProblem::Malformed {
            line: line_at(e.position(), n + 2),
        })?;
        if n >= IMPORT_MAX_ROWS {
            return Err(SheetProblem::TooManyRows);
        }
        let line = line_at(record.position(), n + 2);
        // A row left empty (Excel keeps some at the end) is no row.
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |code: &str| at.get(code).and_then(|&i| record.get(i)).unwrap_or("");
        match check_row(line, &cell, today) {
            Ok(row) => rows.push(row),
            Err(found) => problems.extend(found),
        }
    }
    problems.extend(across_rows(&rows));
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(SheetProblem::Rows(problems));
    }
    if rows.is_empty() {
        return Err(SheetProblem::Empty);
    }
    Ok(rows)
}

/// One row by the forms' rules: each part's first problem.
fn check_row<'a>(
    line: u64,
    cell: &impl Fn(&str) -> &'a str,
    today: NaiveDate,
) -> Result<ImportRow, Vec<RowProblem>> {
    let mut problems: Vec<RowProblem> = COLUMNS
        .iter()
        .filter(|c| c.required && cell(c.code).trim().is_empty())
        .map(|c| RowProblem {
            line,
            column: c.code,
            key: "onboarding.err_required".to_owned(),
        })
        .collect();
    let field = field_code(cell("field"));
    let company = CompanyForm {
        name: cell("company_name"),
        field: &field,
        corporate_number: cell("corporate_number"),
        address: cell("company_address"),
        ..CompanyForm::default()
    }
    .check();
    let worker = NewWorkerForm {
        // The company is the row's own, found or added by the import.
        company_id: uuid::Uuid::nil().to_string(),
        family_name: cell("family_name").to_owned(),
        given_name: cell("given_name").to_owned(),
        nationality: cell("nationality").to_owned(),
        preferred_locale: cell("preferred_locale").to_owned(),
    }
    .check();
    let (birth, sex) = (iso_date(cell("birth_date")), sex_code(cell("sex")));
    let identity = SswField::from_code(&field).ok().map(|ssw| {
        let form = IdentityForm {
            name_katakana: cell("name_katakana"),
            birth_date: &birth,
            sex: &sex,
            residence_card_number: cell("residence_card_number"),
            postal_code: cell("postal_code"),
            address: cell("address"),
            job_category: cell("job_category"),
            languages: cell("languages"),
            ..IdentityForm::default()
        };
        check_identity(&form, ssw, today)
    });
    let expiry = match iso_date(cell("residence_card_expiry")).as_str() {
        "" => Ok(None),
        iso => NaiveDate::parse_from_str(iso, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| AppError::validation("residence_card_expiry", "identity.err_date")),
    };
    // Each part's first refusal, unless its cell is already marked empty.
    let refusals = [
        (Part::Company, company.as_ref().err()),
        (Part::Worker, worker.as_ref().err()),
        (
            Part::Worker,
            identity.as_ref().and_then(|checked| checked.as_ref().err()),
        ),
        (Part::Worker, expiry.as_ref().err()),
    ];
    let mut found: Vec<RowProblem> = refusals
        .into_iter()
        .filter_map(|(part, error)| error.map(|e| problem(line, part, e)))
        .filter(|p| !problems.iter().any(|q| q.column == p.column))
        .collect();
    problems.append(&mut found);
    match (company, worker, identity, expiry) {
        (Ok(company), Ok(worker), Some(Ok(identity)), Ok(card_expiry)) if problems.is_empty() => {
            Ok(ImportRow {
                line,
                company,
                family_name: worker.family_name,
                given_name: worker.given_name,
                nationality: worker.nationality,
                preferred_locale: worker.preferred_locale,
                identity,
                card_expiry,
            })
        }
        _ => Err(problems),
    }
}

/// What no single row shows: a residence card twice in the file, and one corporate number
/// with two names or fields.
fn across_rows(rows: &[ImportRow]) -> Vec<RowProblem> {
    let mut problems = Vec::new();
    let mut cards: HashMap<&str, u64> = HashMap::new();
    let mut companies: HashMap<&str, &CompanyFields> = HashMap::new();
    for row in rows {
        if let Some(card) = row.identity.residence_card_number.as_deref()
            && cards.insert(card, row.line).is_some()
        {
            problems.push(RowProblem {
                line: row.line,
                column: "residence_card_number",
                key: "onboarding.err_card_twice".to_owned(),
            });
        }
        if let Some(number) = row.company.corporate_number.as_deref() {
            let first = *companies.entry(number).or_insert(&row.company);
            if first.name != row.company.name || first.field != row.company.field {
                problems.push(RowProblem {
                    line: row.line,
                    column: "company_name",
                    key: "onboarding.err_company_differs".to_owned(),
                });
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests;
