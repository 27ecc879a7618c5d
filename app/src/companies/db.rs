//! Company queries, each scoped to the caller's organization. `companies` is the one
//! writer of `companies` and `company_workplaces`.

use chrono::{NaiveDate, Utc};

use super::form::CompanyFields;
use crate::{
    db::{Db, Tx, execute, fetch},
    domain::{CompanyId, OrganizationId, UserId, WorkplaceId},
};

#[derive(Debug, sqlx::FromRow)]
pub struct LineRow {
    pub id: CompanyId,
    pub name: String,
    pub field: String,
    pub corporate_number: Option<String>,
    pub workers: i64,
}

/// The organization's companies by name, with their workers employed now.
pub async fn list(
    db: &Db,
    organization_id: OrganizationId,
    today: NaiveDate,
) -> Result<Vec<LineRow>, sqlx::Error> {
    fetch!(all LineRow, db,
        "SELECT c.id, c.name, c.field, c.corporate_number,
                (SELECT COUNT(*) FROM workers w
                 WHERE w.company_id = c.id
                   AND (w.contract_ended_on IS NULL OR w.contract_ended_on >= $2)) AS workers
         FROM companies c WHERE c.organization_id = $1 ORDER BY c.name, c.id",
        organization_id, today,
    )
}

#[derive(Clone, Debug, Default, sqlx::FromRow)]
pub struct RecordRow {
    pub id: CompanyId,
    pub name: String,
    pub field: String,
    pub corporate_number: Option<String>,
    pub postal_code: Option<String>,
    pub address: Option<String>,
    pub representative: Option<String>,
    pub phone: Option<String>,
    pub entrusted_on: Option<NaiveDate>,
    pub entrusted_supports: Option<String>,
    pub support_officer_id: Option<UserId>,
    pub support_officer_name: Option<String>,
}

/// `$1` organization, `$2` company.
const SELECT_RECORD: &str = "SELECT c.id, c.name, c.field, c.corporate_number, c.postal_code,
        c.address, c.representative, c.phone, c.entrusted_on, c.entrusted_supports,
        c.support_officer_id, u.display_name AS support_officer_name
    FROM companies c LEFT JOIN users u ON u.id = c.support_officer_id
    WHERE c.organization_id = $1 AND c.id = $2";

pub async fn record(
    db: &Db,
    organization_id: OrganizationId,
    id: CompanyId,
) -> Result<Option<RecordRow>, sqlx::Error> {
    fetch!(optional RecordRow, db, SELECT_RECORD, organization_id, id)
}

pub async fn record_in(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: CompanyId,
) -> Result<Option<RecordRow>, sqlx::Error> {
    fetch!(optional RecordRow, tx: tx, SELECT_RECORD, organization_id, id)
}

/// What finds a company again: its corporate number, else its name.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CompanyKey {
    pub id: CompanyId,
    pub name: String,
    pub field: String,
    pub corporate_number: Option<String>,
}

/// Every company of the organization, by what finds it (an import's rows).
pub async fn keys(
    tx: &mut Tx,
    organization_id: OrganizationId,
) -> Result<Vec<CompanyKey>, sqlx::Error> {
    fetch!(all CompanyKey, tx: tx,
        "SELECT id, name, field, corporate_number FROM companies WHERE organization_id = $1",
        organization_id,
    )
}

pub async fn insert(
    tx: &mut Tx,
    organization_id: OrganizationId,
    f: &CompanyFields,
) -> Result<CompanyId, sqlx::Error> {
    let id = CompanyId::new_v7();
    execute!(tx: tx,
        "INSERT INTO companies (id, organization_id, name, field, corporate_number, postal_code,
                                address, representative, phone, entrusted_on,
                                entrusted_supports, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)",
        id, organization_id, f.name.as_str(), f.field.as_str(), f.corporate_number.as_deref(),
        f.postal_code.as_deref(), f.address.as_deref(), f.representative.as_deref(),
        f.phone.as_deref(), f.entrusted_on, f.entrusted_supports.as_deref(), Utc::now(),
    )?;
    Ok(id)
}

pub async fn update(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: CompanyId,
    f: &CompanyFields,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE companies SET name = $3, field = $4, corporate_number = $5, postal_code = $6,
                address = $7, representative = $8, phone = $9, entrusted_on = $10,
                entrusted_supports = $11, updated_at = $12
         WHERE organization_id = $1 AND id = $2",
        organization_id, id, f.name.as_str(), f.field.as_str(), f.corporate_number.as_deref(),
        f.postal_code.as_deref(), f.address.as_deref(), f.representative.as_deref(),
        f.phone.as_deref(), f.entrusted_on, f.entrusted_supports.as_deref(), Utc::now(),
    )
    .map(|done| done == 1)
}

/// Puts `officer` in charge of the company (none: `None`).
pub async fn set_officer(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: CompanyId,
    officer: Option<UserId>,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE companies SET support_officer_id = $3, updated_at = $4
         WHERE organization_id = $1 AND id = $2",
        organization_id, id, officer, Utc::now(),
    )
    .map(|done| done == 1)
}

/// Workers of the company whose field would no longer match it.
pub async fn workers_of_other_field(
    tx: &mut Tx,
    company_id: CompanyId,
    field: &str,
) -> Result<i64, sqlx::Error> {
    fetch!(scalar i64, tx: tx,
        "SELECT COUNT(*) FROM workers WHERE company_id = $1 AND field <> $2",
        company_id, field,
    )
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct WorkplaceRow {
    pub id: WorkplaceId,
    pub name: String,
    pub postal_code: Option<String>,
    pub address: String,
    pub workers: i64,
}

/// A company's workplaces by name, with the workers placed at each.
pub async fn workplaces_of(
    db: &Db,
    organization_id: OrganizationId,
    company_id: CompanyId,
) -> Result<Vec<WorkplaceRow>, sqlx::Error> {
    fetch!(all WorkplaceRow, db,
        "SELECT p.id, p.name, p.postal_code, p.address,
                (SELECT COUNT(*) FROM workers w WHERE w.workplace_id = p.id) AS workers
         FROM company_workplaces p
         WHERE p.organization_id = $1 AND p.company_id = $2 ORDER BY p.name, p.id",
        organization_id, company_id,
    )
}

/// The workplace `id` when it is one of the company's, read in the caller's transaction
/// (placing a worker there).
pub async fn workplace_of_company(
    tx: &mut Tx,
    organization_id: OrganizationId,
    company_id: CompanyId,
    id: WorkplaceId,
) -> Result<bool, sqlx::Error> {
    fetch!(scalar i64, tx: tx,
        "SELECT COUNT(*) FROM company_workplaces
         WHERE organization_id = $1 AND company_id = $2 AND id = $3",
        organization_id, company_id, id,
    )
    .map(|n| n == 1)
}

pub async fn insert_workplace(
    tx: &mut Tx,
    organization_id: OrganizationId,
    company_id: CompanyId,
    name: &str,
    postal_code: Option<&str>,
    address: &str,
) -> Result<WorkplaceId, sqlx::Error> {
    let id = WorkplaceId::new_v7();
    execute!(tx: tx,
        "INSERT INTO company_workplaces (id, organization_id, company_id, name, postal_code,
                                         address, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        id, organization_id, company_id, name, postal_code, address, Utc::now(),
    )?;
    Ok(id)
}

/// A workplace of the organization, with its company and its workers.
pub async fn workplace_in(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: WorkplaceId,
) -> Result<Option<(CompanyId, WorkplaceRow)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        company_id: CompanyId,
        #[sqlx(flatten)]
        workplace: WorkplaceRow,
    }
    let row = fetch!(optional Row, tx: tx,
        "SELECT p.company_id, p.id, p.name, p.postal_code, p.address,
                (SELECT COUNT(*) FROM workers w WHERE w.workplace_id = p.id) AS workers
         FROM company_workplaces p WHERE p.organization_id = $1 AND p.id = $2",
        organization_id, id,
    )?;
    Ok(row.map(|r| (r.company_id, r.workplace)))
}

/// Removes a workplace no worker is placed at; `false` when one is (or it is gone).
pub async fn delete_workplace(
    tx: &mut Tx,
    organization_id: OrganizationId,
    id: WorkplaceId,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "DELETE FROM company_workplaces
         WHERE organization_id = $1 AND id = $2
           AND NOT EXISTS (SELECT 1 FROM workers w WHERE w.workplace_id = $2)",
        organization_id, id,
    )
    .map(|done| done == 1)
}
