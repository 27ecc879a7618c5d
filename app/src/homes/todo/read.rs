//! Each home's list, read through the features' own services (so each read keeps its own
//! authorization and rules) and, for the worker, sorted by `rules.rs`.

use chrono::Days;

use super::{CompanyTodo, Shortlist, StaffTodo, SupervisorDue, WorkerTodo, db, rules};
use crate::{
    auth::{Caller, CurrentUser},
    domain::{ConsultationStatus, DUE_SOON_DAYS, InterviewStanding, interview_standing},
    error::AppError,
    locale::today_in_japan,
    state::app_state,
    supports::DashboardFilter,
};

/// A home lists this many lines of each kind; a link leads to the rest.
pub const HOME_LINES: usize = 5;

pub async fn for_worker(user: &CurrentUser) -> Result<WorkerTodo, AppError> {
    if !matches!(user.caller, Caller::Worker { .. }) {
        return Err(AppError::Forbidden);
    }
    let (documents, interview, plan, consultations) = tokio::try_join!(
        crate::documents::mine(user),
        crate::interviews::my_next_interview(user),
        crate::supports::my_plan(user),
        crate::consultations::my_threads(user),
    )?;
    Ok(WorkerTodo {
        tasks: rules::worker_tasks(&documents, &interview, &plan, &consultations),
    })
}

pub async fn for_company(user: &CurrentUser) -> Result<CompanyTodo, AppError> {
    let company_id = user.caller.company_id().ok_or(AppError::Forbidden)?;
    let state = app_state()?;
    let today = today_in_japan();
    let until = today
        .checked_add_days(Days::new(DUE_SOON_DAYS))
        .ok_or(AppError::Internal)?;
    let to_confirm = crate::supports::to_confirm(user).await?;
    let due =
        db::supervisor_interviews_due(&state.db, user.organization_id, company_id, until).await?;
    let mut supervisor_interviews: Vec<SupervisorDue> = due
        .into_iter()
        .map(|row| {
            let standing = interview_standing(row.due_on, row.booked_at, today);
            SupervisorDue {
                overdue: standing.overdue(),
                booked_at: standing.booked_at(),
                late: matches!(standing, InterviewStanding::Booked { late: true, .. }),
                worker_id: row.worker_id,
                worker_name: row.worker_name,
                due_on: row.due_on,
            }
        })
        .collect();
    // What the company still has to book comes first; the booked ones follow (stable: by
    // due date within each).
    supervisor_interviews.sort_by_key(|due| due.booked_at.is_some());
    Ok(CompanyTodo {
        to_confirm: Shortlist::first(to_confirm, HOME_LINES),
        supervisor_interviews,
    })
}

pub async fn for_staff(user: &CurrentUser) -> Result<StaffTodo, AppError> {
    user.require_staff()?;
    let filter = DashboardFilter::default();
    let first = crate::layout::DeskAsk::first_page();
    let (time_wanted, inbox, queue, board) = tokio::try_join!(
        crate::interviews::time_wanted(user),
        crate::consultations::inbox_threads(user, false),
        crate::documents::queue(user, &first, None, None),
        crate::supports::dashboard(user, &filter, &first),
    )?;
    // Staff owe an answer where the worker spoke last; the inbox is urgent and oldest
    // first already.
    let waiting = inbox
        .into_iter()
        .filter(|c| c.status == ConsultationStatus::Waiting)
        .collect();
    Ok(StaffTodo {
        time_wanted: Shortlist::first(time_wanted, HOME_LINES),
        consultations: Shortlist::first(waiting, HOME_LINES),
        documents: Shortlist::first(queue.items, HOME_LINES),
        due: Shortlist::counted(board.items, board.total, HOME_LINES),
    })
}
