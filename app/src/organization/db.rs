//! The organization's queries, each scoped to one organization. `organization` is the one
//! writer of the organization's record columns, `organization_offices` and `staff`; it
//! reads `workers` and `companies` to count each officer's load.

use chrono::{NaiveDate, Utc};
use uuid::Uuid;

use super::form::{OfficeFields, OrganizationFields, StaffFields};
use crate::{
    db::{Db, Tx, execute, fetch},
    domain::{CompanyId, OfficeId, OrganizationId, UserId},
};

#[derive(Clone, Debug, Default, serde::Serialize, sqlx::FromRow)]
pub struct RecordRow {
    pub name: String,
    pub registration_number: Option<String>,
    pub registration_expires_on: Option<NaiveDate>,
    pub postal_code: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub caseload_caps_from: Option<NaiveDate>,
}

const SELECT_RECORD: &str = "SELECT name, registration_number, registration_expires_on,
        postal_code, address, phone, caseload_caps_from
    FROM organizations WHERE id = $1";

pub async fn record(db: &Db, org: OrganizationId) -> Result<Option<RecordRow>, sqlx::Error> {
    fetch!(optional RecordRow, db, SELECT_RECORD, org)
}

pub async fn record_in(tx: &mut Tx, org: OrganizationId) -> Result<Option<RecordRow>, sqlx::Error> {
    fetch!(optional RecordRow, tx: tx, SELECT_RECORD, org)
}

pub async fn update_record(
    tx: &mut Tx,
    org: OrganizationId,
    f: &OrganizationFields,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE organizations SET name = $2, registration_number = $3,
                registration_expires_on = $4, postal_code = $5, address = $6, phone = $7,
                caseload_caps_from = $8, updated_at = $9
         WHERE id = $1",
        org, &f.name, &f.registration_number, f.registration_expires_on, &f.postal_code,
        &f.address, &f.phone, f.caseload_caps_from, Utc::now(),
    )
    .map(|n| n == 1)
}

/// The day the caseload caps bind for the organization, if it set one.
pub async fn caps_from_in(
    tx: &mut Tx,
    org: OrganizationId,
) -> Result<Option<NaiveDate>, sqlx::Error> {
    fetch!(scalar_optional Option<NaiveDate>, tx: tx,
        "SELECT caseload_caps_from FROM organizations WHERE id = $1", org,
    )
    .map(Option::flatten)
}

#[derive(Clone, Debug, serde::Serialize, sqlx::FromRow)]
pub struct OfficeRow {
    pub id: OfficeId,
    pub name: String,
    pub postal_code: Option<String>,
    pub address: String,
}

pub async fn offices(db: &Db, org: OrganizationId) -> Result<Vec<OfficeRow>, sqlx::Error> {
    fetch!(all OfficeRow, db,
        "SELECT id, name, postal_code, address FROM organization_offices
         WHERE organization_id = $1 ORDER BY name, id",
        org,
    )
}

pub async fn office_in(
    tx: &mut Tx,
    org: OrganizationId,
    id: OfficeId,
) -> Result<Option<OfficeRow>, sqlx::Error> {
    fetch!(optional OfficeRow, tx: tx,
        "SELECT id, name, postal_code, address FROM organization_offices
         WHERE organization_id = $1 AND id = $2",
        org, id,
    )
}

pub async fn insert_office(
    tx: &mut Tx,
    org: OrganizationId,
    f: &OfficeFields,
) -> Result<OfficeId, sqlx::Error> {
    let (id, now) = (OfficeId::new_v7(), Utc::now());
    execute!(tx: tx,
        "INSERT INTO organization_offices (id, organization_id, name, postal_code, address,
                                           created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
        id, org, &f.name, &f.postal_code, &f.address, now,
    )?;
    Ok(id)
}

/// Removes an office no staff member works at; `false` when someone still does (or it is
/// not the organization's).
pub async fn delete_office(
    tx: &mut Tx,
    org: OrganizationId,
    id: OfficeId,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "DELETE FROM organization_offices WHERE organization_id = $1 AND id = $2
           AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.office_id = $2)",
        org, id,
    )
    .map(|n| n == 1)
}

#[derive(Clone, Debug, serde::Serialize, sqlx::FromRow)]
pub struct StaffRow {
    pub user_id: UserId,
    pub full_name: String,
    pub position: String,
    pub office_id: Option<OfficeId>,
    pub trained_on: Option<NaiveDate>,
    pub disabled: bool,
}

/// `$1` organization.
const SELECT_STAFF: &str = "SELECT s.user_id, s.full_name, s.position, s.office_id,
        s.trained_on, (u.disabled_at IS NOT NULL) AS disabled
    FROM staff s JOIN users u ON u.id = s.user_id
    WHERE s.organization_id = $1";

/// Every staff member, enabled first, by name.
pub async fn staff(db: &Db, org: OrganizationId) -> Result<Vec<StaffRow>, sqlx::Error> {
    let sql =
        format!("{SELECT_STAFF} ORDER BY (u.disabled_at IS NOT NULL), s.full_name, s.user_id");
    fetch!(all StaffRow, db, &sql, org)
}

pub async fn staff_member_in(
    tx: &mut Tx,
    org: OrganizationId,
    user_id: UserId,
) -> Result<Option<StaffRow>, sqlx::Error> {
    let sql = format!("{SELECT_STAFF} AND s.user_id = $2");
    fetch!(optional StaffRow, tx: tx, &sql, org, user_id)
}

pub async fn update_staff_member(
    tx: &mut Tx,
    org: OrganizationId,
    user_id: UserId,
    f: &StaffFields,
) -> Result<bool, sqlx::Error> {
    execute!(tx: tx,
        "UPDATE staff SET position = $3, office_id = $4, trained_on = $5, updated_at = $6
         WHERE organization_id = $1 AND user_id = $2",
        org, user_id, f.position.code(), f.office_id, f.trained_on, Utc::now(),
    )
    .map(|n| n == 1)
}

/// The staff record of a new staff or admin account: a 支援担当者 until the admin says
/// otherwise.
pub async fn insert_staff_member(
    tx: &mut Tx,
    org: OrganizationId,
    user_id: UserId,
    full_name: &str,
) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    execute!(tx: tx,
        "INSERT INTO staff (id, organization_id, user_id, full_name, position, created_at,
                            updated_at)
         VALUES ($1, $2, $3, $4, 'officer', $5, $5)",
        Uuid::now_v7(), org, user_id, full_name, now,
    )
    .map(|_| ())
}

/// The enabled staff who may be put in charge (支援責任者, 支援担当者), by name, and `also`
/// whoever that is (the officer in charge now, whatever their position today, so that a
/// form shows them and saving it again keeps them).
pub async fn in_charge_candidates(
    db: &Db,
    org: OrganizationId,
    also: Option<UserId>,
) -> Result<Vec<(UserId, String)>, sqlx::Error> {
    fetch!(
        all(UserId, String),
        db,
        "SELECT u.id, u.display_name FROM staff s JOIN users u ON u.id = s.user_id
         WHERE s.organization_id = $1
           AND ((s.position IN ('manager', 'officer') AND u.disabled_at IS NULL) OR u.id = $2)
         ORDER BY u.display_name, u.id",
        org,
        also,
    )
}

/// Whether the user is an enabled staff member who may be put in charge.
pub async fn may_be_in_charge_in(
    tx: &mut Tx,
    org: OrganizationId,
    user_id: UserId,
) -> Result<bool, sqlx::Error> {
    fetch!(scalar i64, tx: tx,
        "SELECT COUNT(*) FROM staff s JOIN users u ON u.id = s.user_id
         WHERE s.organization_id = $1 AND s.user_id = $2
           AND s.position IN ('manager', 'officer') AND u.disabled_at IS NULL",
        org, user_id,
    )
    .map(|n| n == 1)
}

/// An officer's load on `today`: the workers in their charge still employed, and the
/// distinct employers of those workers together with the companies in their charge.
pub async fn load_in(
    tx: &mut Tx,
    org: OrganizationId,
    officer: UserId,
    today: NaiveDate,
) -> Result<(i64, Vec<CompanyId>), sqlx::Error> {
    let workers = fetch!(scalar i64, tx: tx,
        "SELECT COUNT(*) FROM workers
         WHERE organization_id = $1 AND support_officer_id = $2
           AND (contract_ended_on IS NULL OR contract_ended_on >= $3)",
        org, officer, today,
    )?;
    let employers = employers_in(tx, org, officer, today).await?;
    Ok((workers, employers))
}

async fn employers_in(
    tx: &mut Tx,
    org: OrganizationId,
    officer: UserId,
    today: NaiveDate,
) -> Result<Vec<CompanyId>, sqlx::Error> {
    let rows = fetch!(all (CompanyId,), tx: tx, EMPLOYERS, org, officer, today)?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// `$1` organization, `$2` officer, `$3` today.
const EMPLOYERS: &str = "SELECT company_id FROM workers
     WHERE organization_id = $1 AND support_officer_id = $2
       AND (contract_ended_on IS NULL OR contract_ended_on >= $3)
     UNION
     SELECT id FROM companies WHERE organization_id = $1 AND support_officer_id = $2";

#[derive(Debug, sqlx::FromRow)]
pub struct LoadRow {
    pub officer: UserId,
    pub workers: i64,
    pub employers: i64,
}

/// Every officer's load at once, for the caseload page and the admin's home.
pub async fn loads(
    db: &Db,
    org: OrganizationId,
    today: NaiveDate,
) -> Result<Vec<LoadRow>, sqlx::Error> {
    fetch!(all LoadRow, db,
        "SELECT s.user_id AS officer,
                (SELECT COUNT(*) FROM workers w
                 WHERE w.organization_id = $1 AND w.support_officer_id = s.user_id
                   AND (w.contract_ended_on IS NULL OR w.contract_ended_on >= $2)) AS workers,
                (SELECT COUNT(*) FROM (
                    SELECT w.company_id AS company FROM workers w
                    WHERE w.organization_id = $1 AND w.support_officer_id = s.user_id
                      AND (w.contract_ended_on IS NULL OR w.contract_ended_on >= $2)
                    UNION
                    SELECT c.id AS company FROM companies c
                    WHERE c.organization_id = $1 AND c.support_officer_id = s.user_id
                 ) AS e) AS employers
         FROM staff s WHERE s.organization_id = $1",
        org, today,
    )
}
