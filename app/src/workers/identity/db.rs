//! The identity's columns of the `workers` row.

use chrono::{NaiveDate, Utc};

use crate::{
    db::{Db, Tx, execute, fetch},
    domain::{CompanyId, OrganizationId, WorkerId, WorkplaceId},
};

/// The identity's columns as stored (codes as text).
#[derive(Clone, Debug, Default, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct IdentityColumns {
    pub name_katakana: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub sex: Option<String>,
    pub residence_card_number: Option<String>,
    pub passport_number: Option<String>,
    pub passport_expiry: Option<NaiveDate>,
    pub postal_code: Option<String>,
    pub address: Option<String>,
    pub job_category: Option<String>,
    /// One language per line.
    pub languages: Option<String>,
    /// The company's workplace (事業所) where the worker works.
    pub workplace_id: Option<WorkplaceId>,
}

pub async fn columns(
    db: &Db,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Option<IdentityColumns>, sqlx::Error> {
    fetch!(optional IdentityColumns, db,
        "SELECT name_katakana, birth_date, sex, residence_card_number, passport_number,
                passport_expiry, postal_code, address, job_category, languages, workplace_id
         FROM workers WHERE organization_id = $1 AND id = $2",
        organization_id, worker_id,
    )
}

/// The worker's field (`SswField::code()`, which the job category must be of), company
/// (whose workplace they work at) and the columns, read inside the transaction that changes
/// them.
pub async fn columns_in(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
) -> Result<Option<(String, CompanyId, IdentityColumns)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        field: String,
        company_id: CompanyId,
        #[sqlx(flatten)]
        columns: IdentityColumns,
    }
    let row = fetch!(optional Row, tx: tx,
        "SELECT field, company_id, name_katakana, birth_date, sex, residence_card_number, passport_number,
                passport_expiry, postal_code, address, job_category, languages, workplace_id
         FROM workers WHERE organization_id = $1 AND id = $2",
        organization_id, worker_id,
    )?;
    Ok(row.map(|r| (r.field, r.company_id, r.columns)))
}

pub async fn set_columns(
    tx: &mut Tx,
    organization_id: OrganizationId,
    worker_id: WorkerId,
    c: &IdentityColumns,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE workers SET name_katakana = $3, birth_date = $4, sex = $5,
                residence_card_number = $6, passport_number = $7, passport_expiry = $8,
                postal_code = $9, address = $10, job_category = $11, languages = $12,
                workplace_id = $13, updated_at = $14
         WHERE organization_id = $1 AND id = $2",
        organization_id, worker_id, c.name_katakana.as_deref(), c.birth_date, c.sex.as_deref(),
        c.residence_card_number.as_deref(), c.passport_number.as_deref(), c.passport_expiry,
        c.postal_code.as_deref(), c.address.as_deref(), c.job_category.as_deref(),
        c.languages.as_deref(), c.workplace_id, Utc::now(),
    )
    .map(|done| done == 1)
}
