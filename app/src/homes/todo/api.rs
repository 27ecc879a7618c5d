//! The homes' server functions: one per kind of user, each refusing the others.

use leptos::prelude::*;

use super::{CompanyTodo, StaffTodo, WorkerTodo};
use crate::error::AppError;

/// `/me`: what the signed-in worker has to do next.
#[server(endpoint = "my_tasks", input = server_fn::codec::GetUrl)]
pub async fn my_tasks() -> Result<WorkerTodo, AppError> {
    let user = crate::auth::current_user().await?;
    super::read::for_worker(&user).await
}

/// `/company`: supports to confirm and supervisor interviews to book.
#[server(endpoint = "company_tasks", input = server_fn::codec::GetUrl)]
pub async fn company_tasks() -> Result<CompanyTodo, AppError> {
    let user = crate::auth::current_user().await?;
    super::read::for_company(&user).await
}

/// `/staff`: consultations waiting, documents to review, what falls due.
#[server(endpoint = "staff_tasks", input = server_fn::codec::GetUrl)]
pub async fn staff_tasks() -> Result<StaffTodo, AppError> {
    let user = crate::auth::current_user().await?;
    super::read::for_staff(&user).await
}
