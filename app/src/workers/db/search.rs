//! The staff worker list (`/staff/workers`): searched by name, login id and company,
//! filtered by company and employment, sorted by a column and paged, all in SQL and within
//! the organization.

use chrono::NaiveDate;

use crate::db::{Db, PERSON_COLUMNS, fetch, search_condition};
use crate::domain::{CompanyId, OrganizationId, WorkerId};

/// The list's sortable columns, by the name the address uses, and their SQL (fixed text:
/// the address only chooses among them). A missing value sorts last either way round on
/// both backends (they disagree where NULLs go).
pub const SORTS: &[(&str, &str)] = &[
    ("name", "w.family_name || ' ' || w.given_name"),
    ("login", "COALESCE(u.login_id, '')"),
    ("company", "c.name"),
    ("nationality", "w.nationality"),
    ("card", "COALESCE(w.residence_card_expiry, '9999-12-31')"),
];

/// Which workers: all, those still employed (`today` or later, or no end), those whose
/// employment has ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmploymentFilter {
    All,
    Employed,
    Ended,
}

impl EmploymentFilter {
    pub fn code(self) -> &'static str {
        match self {
            Self::All => "",
            Self::Employed => "employed",
            Self::Ended => "ended",
        }
    }
}

/// What the list is asked for; `pattern` is the escaped `LIKE` pattern or `None` for all.
#[derive(Clone, Debug)]
pub struct WorkerQuery<'a> {
    pub company_id: Option<CompanyId>,
    pub employment: EmploymentFilter,
    pub today: NaiveDate,
    pub pattern: Option<&'a str>,
    /// An index into [`SORTS`].
    pub sort: usize,
    pub descending: bool,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Debug, sqlx::FromRow)]
pub struct WorkerLineRow {
    pub id: WorkerId,
    pub name: String,
    pub login_id: Option<String>,
    pub company_name: String,
    pub nationality: String,
    pub has_password: bool,
    pub residence_card_expiry: Option<NaiveDate>,
    pub contract_ended_on: Option<NaiveDate>,
}

/// `$1` organization, `$2` company, `$3` pattern, `$4` employment code, `$5` today.
fn where_clause() -> String {
    format!(
        "WHERE w.organization_id = $1 AND ($2 IS NULL OR w.company_id = $2)
           AND {}
           AND ($4 = ''
             OR ($4 = 'employed' AND (w.contract_ended_on IS NULL OR w.contract_ended_on >= $5))
             OR ($4 = 'ended' AND w.contract_ended_on < $5))",
        search_condition(PERSON_COLUMNS, "$3")
    )
}

const FROM: &str = "FROM workers w
    JOIN companies c ON c.id = w.company_id
    LEFT JOIN users u ON u.id = w.user_id";

/// One page of the list.
pub async fn search(
    db: &Db,
    organization_id: OrganizationId,
    query: &WorkerQuery<'_>,
) -> Result<Vec<WorkerLineRow>, sqlx::Error> {
    let (_, order) = SORTS.get(query.sort).copied().unwrap_or(SORTS[0]);
    let dir = if query.descending { "DESC" } else { "ASC" };
    let sql = format!(
        "SELECT w.id, w.family_name || ' ' || w.given_name AS name, u.login_id,
                c.name AS company_name, w.nationality,
                (u.password_hash IS NOT NULL) AS has_password,
                w.residence_card_expiry, w.contract_ended_on
         {FROM}
         {}
         ORDER BY {order} {dir}, w.family_name {dir}, w.given_name {dir}, w.id {dir}
         LIMIT $6 OFFSET $7",
        where_clause()
    );
    fetch!(all WorkerLineRow, db,
        &sql,
        organization_id, query.company_id, query.pattern, query.employment.code(), query.today,
        query.limit, query.offset,
    )
}

/// How many workers the list holds in all its pages.
pub async fn count(
    db: &Db,
    organization_id: OrganizationId,
    query: &WorkerQuery<'_>,
) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) {FROM} {}", where_clause());
    fetch!(scalar i64, db,
        &sql,
        organization_id, query.company_id, query.pattern, query.employment.code(), query.today,
    )
}

#[cfg(test)]
mod tests;
