//! The import's server functions. Each asks `current_user()` first; the rules are in
//! `service`. The file itself comes through the upload route (`routes`), as multipart.

use leptos::prelude::*;

use super::{SheetLine, SheetPreview};
use crate::domain::SheetImportId;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths;

/// `/staff/import`: the organization's latest uploads (staff).
#[server(endpoint = "sheet_imports", input = server_fn::codec::GetUrl)]
pub async fn sheet_imports() -> Result<Vec<SheetLine>, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::list(&user).await
}

/// `/staff/import/{id}`: what importing the upload would do, or what it did (staff).
#[server(endpoint = "sheet_import_detail", input = server_fn::codec::GetUrl)]
pub async fn sheet_import_detail(id: SheetImportId) -> Result<SheetPreview, AppError> {
    let user = crate::auth::current_user().await?;
    super::service::preview(&user, id).await
}

/// Imports the upload: every row, or none (staff).
#[server(endpoint = "run_sheet_import")]
#[cfg_attr(feature = "ssr", tracing::instrument(skip_all, err))]
pub async fn run_sheet_import(id: SheetImportId) -> Result<(), AppError> {
    let result = async {
        let user = crate::auth::current_user().await?;
        super::service::import(&user, id).await.map(|_| ())
    }
    .await;
    let page = paths::sheet_import(id);
    crate::form::answer(result, &page, &paths::saved(&page, "imported"), &[]).await
}
