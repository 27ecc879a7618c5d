//! The notifications' server functions: every user reads and marks only their own.

use leptos::prelude::*;

use super::NotificationView;
use crate::domain::NotificationId;
use crate::error::AppError;

/// `/notifications`: the signed-in user's latest notifications, newest first.
#[server(endpoint = "my_notifications")]
pub async fn my_notifications() -> Result<Vec<NotificationView>, AppError> {
    let user = crate::auth::current_user().await?;
    let state = crate::state::app_state()?;
    Ok(super::db::list(&state.db, user.id).await?)
}

/// The bell's number: `None` for a visitor who is not signed in.
#[server(endpoint = "unread_notifications")]
pub async fn unread_notifications() -> Result<Option<i64>, AppError> {
    let Some(user) = crate::auth::optional_user().await? else {
        return Ok(None);
    };
    let state = crate::state::app_state()?;
    Ok(Some(super::db::unread_count(&state.db, user.id).await?))
}

/// Opens a notification: marks it read and goes to its page. Someone else's is "not
/// found", and stays unread.
#[server(endpoint = "open_notification")]
pub async fn open_notification(id: NotificationId) -> Result<String, AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let state = crate::state::app_state()?;
        let link = super::db::mark_read(&state.db, user.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(crate::locale::local_path_or_root(&link).to_owned())
    }
    .await;
    crate::form::answer_with(result, "/notifications", Clone::clone, &[]).await
}

/// Marks every notification of the signed-in user read.
#[server(endpoint = "mark_all_notifications_read")]
pub async fn mark_all_notifications_read() -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        let state = crate::state::app_state()?;
        super::db::mark_all_read(&state.db, user.id).await?;
        Ok(())
    }
    .await;
    crate::form::answer(
        result,
        "/notifications",
        "/notifications?saved=all_read",
        &[],
    )
    .await
}
