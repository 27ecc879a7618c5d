//! The organization's rules on the server: staff read the record, the offices and every
//! officer's load; admins keep the record, the offices and each staff member's position.
//! Each change is one transaction with an audit row holding the values before. Features
//! that put an officer in charge of a worker or a company ask [`check_in_charge`] inside
//! their own transaction.

use chrono::NaiveDate;
use serde_json::json;

use super::{
    CaseloadOverview, Office, OfficerLoad, OrganizationRecord, OrganizationWarning, StaffMember,
    db,
    form::{OfficeForm, OrganizationForm, StaffForm},
};
use crate::{
    audit::commit_change,
    auth::CurrentUser,
    db::{Tx, Unique, violated_unique},
    domain::{
        AuditAction, CASELOAD_MAX_EMPLOYERS, CASELOAD_MAX_WORKERS, Caseload, CaseloadVerdict,
        CompanyId, OfficeId, RegistrationStanding, StaffPosition, UserId,
        caseload_caps_from_default, caseload_verdict, registration_standing, training_current,
    },
    error::AppError,
    locale::today_in_japan,
    state::app_state,
};

fn position_of(row: &db::StaffRow) -> StaffPosition {
    // A code the schema's CHECK let in but the enum no longer knows is "other": never in
    // charge, never an error on a page.
    StaffPosition::from_code(&row.position).unwrap_or(StaffPosition::Other)
}

fn member_of(row: &db::StaffRow, today: NaiveDate) -> StaffMember {
    let position = position_of(row);
    StaffMember {
        user_id: row.user_id,
        name: row.full_name.clone(),
        position,
        office_id: row.office_id,
        trained_on: row.trained_on,
        training_due: position.needs_training() && !training_current(row.trained_on, today),
        disabled: row.disabled,
    }
}

/// The record, the offices and the staff: staff read, admins may change.
pub async fn record(user: &CurrentUser) -> Result<OrganizationRecord, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let org = user.organization_id;
    let today = today_in_japan();
    let row = db::record(&state.db, org)
        .await?
        .ok_or(AppError::NotFound)?;
    let staff = db::staff(&state.db, org).await?;
    let offices = db::offices(&state.db, org)
        .await?
        .into_iter()
        .map(|o| Office {
            staff: staff.iter().filter(|s| s.office_id == Some(o.id)).count(),
            id: o.id,
            name: o.name,
            postal_code: o.postal_code,
            address: o.address,
        })
        .collect();
    Ok(OrganizationRecord {
        registration: row
            .registration_expires_on
            .map(|on| registration_standing(today, Some(on))),
        name: row.name,
        registration_number: row.registration_number,
        registration_expires_on: row.registration_expires_on,
        postal_code: row.postal_code,
        address: row.address,
        phone: row.phone,
        caseload_caps_from: row
            .caseload_caps_from
            .unwrap_or_else(caseload_caps_from_default),
        caps_from_set: row.caseload_caps_from.is_some(),
        offices,
        staff: staff.iter().map(|s| member_of(s, today)).collect(),
        can_manage: user.require_admin().is_ok(),
    })
}

fn unique_error(error: sqlx::Error) -> AppError {
    match violated_unique(&error) {
        Some(Unique::OfficeName) => {
            AppError::validation("office_name", "organization.err_office_taken")
        }
        _ => error.into(),
    }
}

/// Admins change the organization's record.
pub async fn update(user: &CurrentUser, posted: &OrganizationForm<'_>) -> Result<(), AppError> {
    user.require_admin()?;
    let fields = posted.check()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let before = db::record_in(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    if !db::update_record(&mut tx, org, &fields).await? {
        return Err(AppError::NotFound);
    }
    let detail = json!({ "before": before, "after": fields });
    commit_change(
        tx,
        user,
        AuditAction::OrganizationChanged,
        "organization",
        org.uuid(),
        detail,
    )
    .await
}

/// Admins add an office.
pub async fn add_office(user: &CurrentUser, posted: &OfficeForm<'_>) -> Result<(), AppError> {
    user.require_admin()?;
    let fields = posted.check()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let id = db::insert_office(&mut tx, org, &fields)
        .await
        .map_err(unique_error)?;
    let detail = json!({ "office": id, "after": fields });
    commit_change(
        tx,
        user,
        AuditAction::OfficeAdded,
        "organization",
        org.uuid(),
        detail,
    )
    .await
}

/// Admins remove an office no staff member works at; the audit row keeps it.
pub async fn remove_office(user: &CurrentUser, id: OfficeId) -> Result<(), AppError> {
    user.require_admin()?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let before = db::office_in(&mut tx, org, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !db::delete_office(&mut tx, org, id).await? {
        return Err(AppError::validation(
            "office",
            "organization.err_office_in_use",
        ));
    }
    let detail = json!({ "office": id, "before": before });
    commit_change(
        tx,
        user,
        AuditAction::OfficeRemoved,
        "organization",
        org.uuid(),
        detail,
    )
    .await
}

/// Admins set a staff member's position, office and last training. Someone still in
/// charge of workers or companies keeps a position that may be (支援責任者, 支援担当者)
/// until they are handed to another officer.
pub async fn update_staff_member(
    user: &CurrentUser,
    staff_user: UserId,
    posted: &StaffForm<'_>,
) -> Result<(), AppError> {
    user.require_admin()?;
    let today = today_in_japan();
    let fields = posted.check(today)?;
    let state = app_state()?;
    let org = user.organization_id;
    let mut tx = state.db.begin().await?;
    let before = db::staff_member_in(&mut tx, org, staff_user)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(office) = fields.office_id {
        db::office_in(&mut tx, org, office)
            .await?
            .ok_or_else(|| AppError::validation("office_id", "organization.err_office"))?;
    }
    if !fields.position.may_be_in_charge() {
        let (workers, employers) = db::load_in(&mut tx, org, staff_user, today).await?;
        if workers > 0 || !employers.is_empty() {
            return Err(AppError::validation(
                "position",
                "organization.err_still_in_charge",
            ));
        }
    }
    if !db::update_staff_member(&mut tx, org, staff_user, &fields).await? {
        return Err(AppError::NotFound);
    }
    let detail = json!({ "before": before, "after": fields });
    commit_change(
        tx,
        user,
        AuditAction::StaffPositionChanged,
        "user",
        staff_user.uuid(),
        detail,
    )
    .await
}

/// What a feature is about to put an officer in charge of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InCharge {
    /// A worker still employed by this company.
    Worker { company: CompanyId },
    /// A company (its contact at the organization).
    Company { company: CompanyId },
}

/// Whether `officer` may be put in charge of `what` (in the caller's transaction, before
/// it writes the assignment): only an enabled 支援責任者 or 支援担当者; over a caseload cap
/// the answer is `OverWarned` before the organization's cut-over day, and a refusal from it.
pub async fn check_in_charge(
    tx: &mut Tx,
    user: &CurrentUser,
    officer: UserId,
    what: InCharge,
) -> Result<CaseloadVerdict, AppError> {
    let org = user.organization_id;
    if !db::may_be_in_charge_in(tx, org, officer).await? {
        return Err(AppError::validation(
            "support_officer_id",
            "organization.err_not_in_charge_position",
        ));
    }
    let today = today_in_japan();
    let (workers, employers) = db::load_in(tx, org, officer, today).await?;
    let company = match what {
        InCharge::Worker { company } | InCharge::Company { company } => company,
    };
    let new_employer = u32::from(!employers.contains(&company));
    let after = Caseload {
        workers: count(workers) + u32::from(matches!(what, InCharge::Worker { .. })),
        employers: u32::try_from(employers.len()).unwrap_or(u32::MAX) + new_employer,
    };
    let caps_from = db::caps_from_in(tx, org)
        .await?
        .unwrap_or_else(caseload_caps_from_default);
    match caseload_verdict(after, today, caps_from) {
        CaseloadVerdict::Refused => Err(AppError::validation(
            "support_officer_id",
            "organization.err_over_caseload",
        )),
        verdict => Ok(verdict),
    }
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

struct Loads {
    caps_from: NaiveDate,
    officers: Vec<OfficerLoad>,
    staff: Vec<db::StaffRow>,
    offices: Vec<db::OfficeRow>,
    record: db::RecordRow,
}

async fn loads(user: &CurrentUser, today: NaiveDate) -> Result<Loads, AppError> {
    let state = app_state()?;
    let org = user.organization_id;
    let record = db::record(&state.db, org)
        .await?
        .ok_or(AppError::NotFound)?;
    let staff = db::staff(&state.db, org).await?;
    let offices = db::offices(&state.db, org).await?;
    let loads = db::loads(&state.db, org, today).await?;
    let officers = staff
        .iter()
        .filter_map(|s| {
            let position = position_of(s);
            let load = loads
                .iter()
                .find(|l| l.officer == s.user_id)
                .map(|l| Caseload {
                    workers: count(l.workers),
                    employers: count(l.employers),
                })
                .unwrap_or_default();
            // Listed: whoever may be in charge, and whoever still is (a disabled account,
            // a clerk): their workers must be handed over.
            let in_charge = load.workers > 0 || load.employers > 0;
            ((position.may_be_in_charge() && !s.disabled) || in_charge).then(|| OfficerLoad {
                user_id: s.user_id,
                name: s.full_name.clone(),
                position,
                office: s
                    .office_id
                    .and_then(|id| offices.iter().find(|o| o.id == id))
                    .map(|o| o.name.clone()),
                load,
            })
        })
        .collect();
    Ok(Loads {
        caps_from: record
            .caseload_caps_from
            .unwrap_or_else(caseload_caps_from_default),
        officers,
        staff,
        offices,
        record,
    })
}

/// `/staff/caseload`: every officer's workers and employers against the caps.
pub async fn caseload(user: &CurrentUser) -> Result<CaseloadOverview, AppError> {
    user.require_staff()?;
    let today = today_in_japan();
    let loads = loads(user, today).await?;
    Ok(CaseloadOverview {
        caps_from: loads.caps_from,
        caps_in_force: today >= loads.caps_from,
        max_workers: CASELOAD_MAX_WORKERS,
        max_employers: CASELOAD_MAX_EMPLOYERS,
        officers: loads.officers,
    })
}

/// What the admin's home warns about: the registration's renewal, an office without a
/// 支援責任者 or 支援担当者, training missing or older than 3 years, an officer over a cap.
pub async fn warnings(user: &CurrentUser) -> Result<Vec<OrganizationWarning>, AppError> {
    user.require_admin()?;
    let today = today_in_japan();
    let loads = loads(user, today).await?;
    Ok(warnings_of(&loads, today))
}

fn warnings_of(loads: &Loads, today: NaiveDate) -> Vec<OrganizationWarning> {
    let mut warnings = Vec::new();
    match loads.record.registration_expires_on {
        None => warnings.push(OrganizationWarning::RegistrationUnknown),
        Some(on) => match registration_standing(today, Some(on)) {
            RegistrationStanding::Valid { .. } | RegistrationStanding::Unknown => {}
            standing => warnings.push(OrganizationWarning::Registration { standing }),
        },
    }
    let enabled = || loads.staff.iter().filter(|s| !s.disabled);
    for office in &loads.offices {
        for position in [StaffPosition::Manager, StaffPosition::Officer] {
            let staffed =
                enabled().any(|s| s.office_id == Some(office.id) && position_of(s) == position);
            if !staffed {
                warnings.push(OrganizationWarning::OfficeWithout {
                    office: office.name.clone(),
                    position,
                });
            }
        }
    }
    for member in enabled() {
        if position_of(member).needs_training() && !training_current(member.trained_on, today) {
            warnings.push(OrganizationWarning::TrainingDue {
                name: member.full_name.clone(),
                trained_on: member.trained_on,
            });
        }
    }
    for officer in &loads.officers {
        if officer.load.over() {
            warnings.push(OrganizationWarning::OverCaseload {
                name: officer.name.clone(),
                load: officer.load,
                caps_in_force: today >= loads.caps_from,
            });
        }
    }
    warnings
}
