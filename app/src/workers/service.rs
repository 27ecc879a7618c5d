//! Who may see and change which worker: the rules of DESIGN.md §4, on the server. Adding a
//! worker and changing their dates are checked and written here, inside the transaction
//! of `enrolment`, which makes the plan follow.

mod employment;
mod imported;

use serde_json::json;

use super::{
    CompanyOption, NewWorkerForm, WorkerDates, WorkerLine, WorkerRecord, WorkerSearch,
    WorkerSummary,
    db::{
        self, NewWorker, WorkerRow,
        search::{EmploymentFilter, WorkerQuery},
    },
    form::CheckedNewWorker,
};
use crate::{
    auth::{Caller, CurrentUser, OfWorker, WorkerScope, client_ip, visible},
    db::{AuditEntry, Tx, Unique, violated_unique, write_audit},
    domain::{
        AuditAction, CaseloadVerdict, CompanyId, UserId, WorkerId, WorkerSituation, base_login_id,
        numbered_login_id,
    },
    error::AppError,
    layout::{DESK_LINES, DeskAsk},
    organization::{InCharge, check_in_charge},
    state::app_state,
};

/// The company whose workers the user may see, `None` for all of the organization.
fn company_scope(user: &CurrentUser) -> Result<Option<CompanyId>, AppError> {
    match user.caller {
        Caller::Staff | Caller::Admin => Ok(None),
        Caller::Company { company_id } => Ok(Some(company_id)),
        Caller::Worker { .. } => Err(AppError::Forbidden),
    }
}

pub async fn list(user: &CurrentUser) -> Result<Vec<WorkerSummary>, AppError> {
    let scope = company_scope(user)?;
    let state = app_state()?;
    let rows = db::list(&state.db, user.organization_id, scope).await?;
    Ok(rows.into_iter().map(summary).collect())
}

/// Staff's worker list. A company filter that is no id of the organization finds nobody,
/// as an unknown employment code means "all": the address is never an error.
pub async fn search(
    user: &CurrentUser,
    ask: &DeskAsk,
    company: Option<&str>,
    employment: Option<&str>,
) -> Result<WorkerSearch, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let companies = company_options(user).await?;
    let company = company.map(str::trim).filter(|c| !c.is_empty());
    let company_id = match company {
        None => None,
        Some(text) => match text.parse::<CompanyId>() {
            Ok(id) if companies.iter().any(|c| c.id == id) => Some(id),
            _ => return Ok(empty_search(ask, companies)),
        },
    };
    if ask.too_long {
        return Ok(empty_search(ask, companies));
    }
    let employment = match employment.map(str::trim) {
        Some("employed") => EmploymentFilter::Employed,
        Some("ended") => EmploymentFilter::Ended,
        _ => EmploymentFilter::All,
    };
    let pattern = ask.pattern();
    let query = WorkerQuery {
        company_id,
        employment,
        today: crate::locale::today_in_japan(),
        pattern: pattern.as_deref(),
        sort: ask.sort,
        descending: ask.descending,
        limit: DESK_LINES,
        offset: ask.offset(),
    };
    let org = user.organization_id;
    let total = db::search::count(&state.db, org, &query).await?;
    let rows = db::search::search(&state.db, org, &query).await?;
    Ok(WorkerSearch {
        lines: rows
            .into_iter()
            .map(|r| WorkerLine {
                id: r.id,
                name: r.name,
                login_id: r.login_id,
                company_name: r.company_name,
                nationality: r.nationality,
                active: r.has_password,
                residence_card_expiry: r.residence_card_expiry,
                contract_ended_on: r.contract_ended_on,
            })
            .collect(),
        answer: ask.answer(total),
        companies,
    })
}

fn empty_search(ask: &DeskAsk, companies: Vec<CompanyOption>) -> WorkerSearch {
    WorkerSearch {
        lines: Vec::new(),
        answer: ask.answer(0),
        companies,
    }
}

/// A worker's row is theirs, for the access rule: anything `user` may not see is
/// `NotFound`, as if it did not exist (another tenant's, another company's, another
/// worker's).
impl OfWorker for WorkerRow {
    fn worker(&self) -> WorkerScope {
        WorkerScope {
            worker_id: self.id,
            company_id: self.company_id,
        }
    }
}

/// The worker as the support pages need them.
pub struct WorkerHeading {
    pub name: String,
    pub company_name: String,
    pub nationality: String,
    pub entry_date: Option<chrono::NaiveDate>,
}

/// The worker `user` may see, as the support pages head them; anything else is "not found".
pub async fn worker_heading(user: &CurrentUser, id: WorkerId) -> Result<WorkerHeading, AppError> {
    let state = app_state()?;
    let row = visible(user, db::find(&state.db, user.organization_id, id).await?)?;
    Ok(WorkerHeading {
        name: format!("{} {}", row.family_name, row.given_name),
        company_name: row.company_name,
        nationality: row.nationality,
        entry_date: row.entry_date,
    })
}

/// What the support rules need to know about a worker the caller may see: their dates
/// (the last interview is the plan's to know).
pub async fn situation(user: &CurrentUser, id: WorkerId) -> Result<WorkerSituation, AppError> {
    let state = app_state()?;
    let row = visible(user, db::find(&state.db, user.organization_id, id).await?)?;
    Ok(WorkerSituation {
        changed_status_in_japan: row.changed_status_in_japan,
        former_intern_same_employer: row.former_intern_same_employer,
        contract_signed: row.contract_signed_on,
        visa_application: row.visa_applied_on,
        entry_or_change: row.entry_date,
        settled: row.settled_on,
        employment_ended_not_own_fault: employment_of(&row)?.job_change_due_on(),
        last_interview: None,
    })
}

pub async fn detail(user: &CurrentUser, id: WorkerId) -> Result<WorkerRecord, AppError> {
    let state = app_state()?;
    let row = visible(user, db::find(&state.db, user.organization_id, id).await?)?;
    Ok(WorkerRecord {
        user_id: row.user_id,
        family_name: row.family_name.clone(),
        given_name: row.given_name.clone(),
        preferred_locale: row.preferred_locale.clone(),
        field: row.field.clone(),
        entry_date: row.entry_date,
        can_manage: user.caller.is_staff(),
        dates: WorkerDates {
            changed_status_in_japan: row.changed_status_in_japan,
            former_intern_same_employer: row.former_intern_same_employer,
            contract_signed_on: row.contract_signed_on,
            visa_applied_on: row.visa_applied_on,
            entry_date: row.entry_date,
            settled_on: row.settled_on,
            support_officer_id: row.support_officer_id,
        },
        employment: employment_of(&row)?,
        stay: super::stay::read(user, row.id).await?,
        identity: super::identity::read(user, row.id, row.company_id, &row.nationality, &row.field)
            .await?,
        officers: if user.caller.is_staff() {
            crate::organization::in_charge_candidates(
                &state.db,
                user.organization_id,
                row.support_officer_id,
            )
            .await?
        } else {
            Vec::new()
        },
        summary: summary(row),
    })
}

fn summary(row: WorkerRow) -> WorkerSummary {
    WorkerSummary {
        id: row.id,
        name: format!("{} {}", row.family_name, row.given_name),
        company_name: row.company_name,
        nationality: row.nationality,
        login_id: row.login_id,
        active: row.has_password,
        residence_card_expiry: row.residence_card_expiry,
        contract_ended_on: row.contract_ended_on,
    }
}

use employment::employment_of;
pub use employment::{EmploymentChange, EmploymentForm, check_employment, write_employment};
pub use imported::{ImportedWorker, card_numbers, insert_imported};

pub async fn company_options(user: &CurrentUser) -> Result<Vec<CompanyOption>, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let rows = db::companies(&state.db, user.organization_id).await?;
    Ok(rows
        .into_iter()
        .map(|c| CompanyOption {
            id: c.id,
            name: c.name,
        })
        .collect())
}

/// A new worker as staff posted them, checked, with the company they join.
pub struct NewWorkerChecked {
    checked: CheckedNewWorker,
    company: db::CompanyRow,
}

/// Checks a new worker before anything is written (staff only): the form's fields, and a
/// company of the caller's organization.
pub async fn check_new(
    user: &CurrentUser,
    form: &NewWorkerForm,
) -> Result<NewWorkerChecked, AppError> {
    user.require_staff()?;
    let checked = form.check()?;
    let state = app_state()?;
    let company = db::companies(&state.db, user.organization_id)
        .await?
        .into_iter()
        .find(|c| c.id == checked.company_id)
        .ok_or_else(|| AppError::validation("company_id", "workers.err_company"))?;
    Ok(NewWorkerChecked { checked, company })
}

/// Adds the worker and their account, with its audit row, in the caller's transaction
/// (the plan and the invitation follow in it: `enrolment`); returns (worker id, user id).
pub async fn insert_new(
    tx: &mut Tx,
    user: &CurrentUser,
    new: &NewWorkerChecked,
) -> Result<(WorkerId, UserId), AppError> {
    let state = app_state()?;
    let (checked, company) = (&new.checked, &new.company);
    let base = base_login_id(&checked.family_name, &checked.given_name);
    let mut login_id = None;
    for n in 1..=99 {
        let candidate = numbered_login_id(&base, n);
        if !db::login_id_taken(tx, &candidate).await? {
            login_id = Some(candidate);
            break;
        }
    }
    let login_id = login_id.ok_or(AppError::Conflict)?;
    let new = NewWorker {
        organization_id: user.organization_id,
        company_id: company.id,
        field: &company.field,
        family_name: &checked.family_name,
        given_name: &checked.given_name,
        nationality: &checked.nationality,
        preferred_locale: &checked.preferred_locale,
        login_id: &login_id,
        support_officer_id: adder_in_charge(tx, user, company.id).await?,
    };
    let (worker_id, worker_user_id) = db::insert(tx, &new).await.map_err(unique_to_conflict)?;
    write_audit(
        tx,
        AuditEntry {
            organization_id: Some(user.organization_id),
            actor_user_id: Some(user.id),
            action: AuditAction::WorkerCreated,
            entity: "worker",
            entity_id: Some(worker_id.uuid()),
            detail: json!({ "login_id": login_id, "company": company.id }),
            ip: client_ip(&state),
        },
    )
    .await?;
    Ok((worker_id, worker_user_id))
}

/// The staff member who adds a worker is in charge of them until someone else is chosen,
/// when they may be (a 支援責任者 or 支援担当者 within the caps from the cut-over day);
/// otherwise nobody is, and the worker's page asks for an officer.
async fn adder_in_charge(
    tx: &mut Tx,
    user: &CurrentUser,
    company: CompanyId,
) -> Result<Option<UserId>, AppError> {
    match check_in_charge(tx, user, user.id, InCharge::Worker { company }).await {
        Ok(_) => Ok(Some(user.id)),
        Err(AppError::Validation { .. }) => Ok(None),
        Err(other) => Err(other),
    }
}

/// Two staff adding the same name at once: the login id's unique constraint decides, and
/// the loser is asked to try again.
fn unique_to_conflict(error: sqlx::Error) -> AppError {
    match violated_unique(&error) {
        Some(Unique::UserLoginId) => AppError::Conflict,
        _ => error.into(),
    }
}

/// The dates form as posted.
pub struct DatesForm<'a> {
    pub changed_status_in_japan: bool,
    pub former_intern_same_employer: bool,
    pub contract_signed_on: &'a str,
    pub visa_applied_on: &'a str,
    pub entry_date: &'a str,
    pub settled_on: &'a str,
    pub support_officer_id: &'a str,
}

pub(super) fn optional_date(
    text: &str,
    field: &str,
) -> Result<Option<chrono::NaiveDate>, AppError> {
    match text.trim() {
        "" => Ok(None),
        text => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| AppError::validation(field, "workers.err_date")),
    }
}

/// A change of a worker's dates, checked: what they were, what the support plan follows
/// now, and the row to write.
pub struct DatesChange {
    pub before: WorkerDates,
    pub situation: WorkerSituation,
    update: db::DatesUpdate,
    company: CompanyId,
}

/// Checks a change of a worker's dates before anything is written (staff only): the
/// worker, the officer chosen, each date.
pub async fn check_dates(
    user: &CurrentUser,
    id: WorkerId,
    form: &DatesForm<'_>,
) -> Result<DatesChange, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let before = db::find(&state.db, user.organization_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Whether the officer may take the worker is asked in the writing transaction.
    let officer = match form.support_officer_id.trim() {
        "" => None,
        text => Some(
            text.parse::<UserId>()
                .map_err(|_| AppError::validation("support_officer_id", "workers.err_officer"))?,
        ),
    };
    let update = db::DatesUpdate {
        changed_status_in_japan: form.changed_status_in_japan,
        former_intern_same_employer: form.former_intern_same_employer,
        contract_signed_on: optional_date(form.contract_signed_on, "contract_signed_on")?,
        visa_applied_on: optional_date(form.visa_applied_on, "visa_applied_on")?,
        entry_date: optional_date(form.entry_date, "entry_date")?,
        settled_on: optional_date(form.settled_on, "settled_on")?,
        support_officer_id: officer,
    };
    let situation = WorkerSituation {
        changed_status_in_japan: update.changed_status_in_japan,
        former_intern_same_employer: update.former_intern_same_employer,
        contract_signed: update.contract_signed_on,
        visa_application: update.visa_applied_on,
        entry_or_change: update.entry_date,
        settled: update.settled_on,
        employment_ended_not_own_fault: employment_of(&before)?.job_change_due_on(),
        last_interview: None,
    };
    Ok(DatesChange {
        before: WorkerDates {
            changed_status_in_japan: before.changed_status_in_japan,
            former_intern_same_employer: before.former_intern_same_employer,
            contract_signed_on: before.contract_signed_on,
            visa_applied_on: before.visa_applied_on,
            entry_date: before.entry_date,
            settled_on: before.settled_on,
            support_officer_id: before.support_officer_id,
        },
        situation,
        update,
        company: before.company_id,
    })
}

/// Writes the checked dates in the caller's transaction (the plan follows in it, with
/// the audit row: `enrolment`); a worker gone meanwhile is "not found". A new officer in
/// charge is asked of `organization` first: over a caseload cap the answer is a warning
/// before the cut-over day, a refusal from it.
pub async fn write_dates(
    tx: &mut Tx,
    user: &CurrentUser,
    id: WorkerId,
    change: &DatesChange,
) -> Result<CaseloadVerdict, AppError> {
    let mut verdict = CaseloadVerdict::Within;
    if let Some(officer) = change.update.support_officer_id
        && Some(officer) != change.before.support_officer_id
    {
        let worker = InCharge::Worker {
            company: change.company,
        };
        verdict = check_in_charge(tx, user, officer, worker).await?;
    }
    if !db::update_dates(tx, user.organization_id, id, &change.update).await? {
        return Err(AppError::NotFound);
    }
    Ok(verdict)
}
