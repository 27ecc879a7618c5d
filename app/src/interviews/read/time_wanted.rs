//! The staff home's "wants an interview, no free time": the open requests of workers
//! who found no time to book (`service::requests`).

use crate::{
    auth::CurrentUser, error::AppError, interviews::TimeWanted, interviews::db::requests,
    state::app_state,
};

/// Staff: the workers who said they find no free time, oldest request first.
pub async fn time_wanted(user: &CurrentUser) -> Result<Vec<TimeWanted>, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let today = crate::locale::today_in_japan();
    let rows = requests::open_of_organization(&state.db, user.organization_id, today).await?;
    Ok(rows
        .into_iter()
        .map(|(worker_id, worker_name, asked_at)| TimeWanted {
            worker_id,
            worker_name,
            asked_at,
        })
        .collect())
}
