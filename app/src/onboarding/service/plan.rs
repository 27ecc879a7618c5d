//! What an import of a sheet would do, read against the organization's records: each
//! row's company found (by corporate number, else by its name when the record has no
//! number) or new, and its worker found (by residence card number) or new. What only the
//! records show is a problem of its row too: a company found with another field, a company
//! name already used under another corporate number.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::{
    companies::{CompanyKey, company_keys},
    db::Tx,
    domain::{CompanyId, OrganizationId, WorkerId},
    error::AppError,
    onboarding::{
        CellProblem, PreviewRow, SheetRefusal,
        form::{ImportRow, RowProblem, SheetProblem, read_sheet},
    },
    workers,
};

/// A company of the sheet: in Shien already, or to be added.
pub enum CompanyFate {
    Found {
        id: CompanyId,
        name: String,
        field: String,
    },
    New,
}

/// A row's company (an index into [`Plan::companies`]) and its worker, when found.
pub struct RowFate {
    pub company: usize,
    pub worker: Option<WorkerId>,
}

/// The sheet's rows, each with its fate; the companies once each, in the sheet's order.
pub struct Plan {
    pub rows: Vec<ImportRow>,
    pub fates: Vec<RowFate>,
    pub companies: Vec<CompanyFate>,
}

impl Plan {
    pub fn preview(&self) -> Vec<PreviewRow> {
        self.rows
            .iter()
            .zip(&self.fates)
            .map(|(row, fate)| PreviewRow {
                line: row.line,
                name: format!("{} {}", row.family_name, row.given_name),
                company: match &self.companies[fate.company] {
                    CompanyFate::Found { name, .. } => name.clone(),
                    CompanyFate::New => row.company.name.clone(),
                },
                new_company: matches!(self.companies[fate.company], CompanyFate::New),
                new_worker: fate.worker.is_none(),
            })
            .collect()
    }
}

fn refusal(problem: SheetProblem) -> SheetRefusal {
    let key = problem.message_key().to_owned();
    let (line, missing_columns, problems) = match problem {
        SheetProblem::Malformed { line } => (line, Vec::new(), Vec::new()),
        SheetProblem::MissingColumns(columns) => (
            0,
            columns.into_iter().map(str::to_owned).collect(),
            Vec::new(),
        ),
        SheetProblem::Rows(problems) => (0, Vec::new(), problems.into_iter().map(cell).collect()),
        _ => (0, Vec::new(), Vec::new()),
    };
    SheetRefusal {
        key,
        line,
        missing_columns,
        problems,
    }
}

fn cell(problem: RowProblem) -> CellProblem {
    CellProblem {
        line: problem.line,
        column: problem.column.to_owned(),
        key: problem.key,
    }
}

/// Reads the sheet and finds its records inside `tx`: the plan, or why it imports nothing.
pub async fn plan(
    tx: &mut Tx,
    organization_id: OrganizationId,
    bytes: &[u8],
    today: NaiveDate,
) -> Result<Result<Plan, SheetRefusal>, AppError> {
    let rows = match read_sheet(bytes, today) {
        Ok(rows) => rows,
        Err(problem) => return Ok(Err(refusal(problem))),
    };
    let known = company_keys(tx, organization_id).await?;
    let cards: HashMap<String, WorkerId> = workers::card_numbers(tx, organization_id)
        .await?
        .into_iter()
        .collect();
    let (planned, problems) = fates(&rows, &known, &cards);
    if !problems.is_empty() {
        return Ok(Err(refusal(SheetProblem::Rows(problems))));
    }
    let (fates, companies) = planned;
    Ok(Ok(Plan {
        rows,
        fates,
        companies,
    }))
}

type Planned = (Vec<RowFate>, Vec<CompanyFate>);

/// Each row's fate by the records (pure): the sheet's companies once each, keyed by
/// corporate number (the sheet's rule `across_rows` saw that one number has one name).
fn fates(
    rows: &[ImportRow],
    known: &[CompanyKey],
    cards: &HashMap<String, WorkerId>,
) -> (Planned, Vec<RowProblem>) {
    let by_number: HashMap<&str, &CompanyKey> = known
        .iter()
        .filter_map(|c| c.corporate_number.as_deref().map(|n| (n, c)))
        .collect();
    let by_name: HashMap<&str, &CompanyKey> = known.iter().map(|c| (c.name.as_str(), c)).collect();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let (mut fates, mut companies, mut problems) = (Vec::new(), Vec::new(), Vec::new());
    for row in rows {
        let number = row.company.corporate_number.as_deref().unwrap_or_default();
        let company = match index.get(number) {
            Some(&at) => at,
            None => {
                let named = by_name.get(row.company.name.as_str()).copied();
                let found = by_number
                    .get(number)
                    .copied()
                    .or_else(|| named.filter(|c| c.corporate_number.is_none()));
                let fate = match found {
                    Some(c) if c.field != row.company.field => {
                        problems.push(problem(row.line, "field", "onboarding.err_company_field"));
                        CompanyFate::New
                    }
                    Some(c) => CompanyFate::Found {
                        id: c.id,
                        name: c.name.clone(),
                        field: c.field.clone(),
                    },
                    None if named.is_some() => {
                        problems.push(problem(
                            row.line,
                            "company_name",
                            "companies.err_name_taken",
                        ));
                        CompanyFate::New
                    }
                    None => CompanyFate::New,
                };
                companies.push(fate);
                index.insert(number, companies.len() - 1);
                companies.len() - 1
            }
        };
        let worker = row
            .identity
            .residence_card_number
            .as_deref()
            .and_then(|card| cards.get(card).copied());
        fates.push(RowFate { company, worker });
    }
    ((fates, companies), problems)
}

fn problem(line: u64, column: &'static str, key: &str) -> RowProblem {
    RowProblem {
        line,
        column,
        key: key.to_owned(),
    }
}

#[cfg(test)]
mod tests;
