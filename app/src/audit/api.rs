//! The audit log page's data: who did what, when, from where (staff).

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::UserId;
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLine {
    pub at: DateTime<Utc>,
    pub actor: Option<String>,
    pub action: String,
    /// The person the action was about, when it was about a person.
    pub subject: Option<String>,
    pub ip: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub lines: Vec<AuditLine>,
    /// The people of the organization, for the filter.
    pub people: Vec<(UserId, String)>,
    /// The actions that occur, for the filter.
    pub actions: Vec<String>,
}

/// The latest lines of the organization's audit log, optionally about one person (as actor
/// or subject) and of one action.
#[server(endpoint = "audit_log", input = server_fn::codec::GetUrl)]
pub async fn audit_log(
    person: Option<UserId>,
    action: Option<String>,
) -> Result<AuditPage, AppError> {
    let user = crate::auth::current_user().await?;
    user.require_staff()?;
    let state = crate::state::app_state()?;
    let action = action.filter(|a| !a.is_empty() && a.len() <= 64);
    let org = user.organization_id;
    let lines = super::db::lines(&state.db, org, person, action.as_deref()).await?;
    let page = AuditPage {
        lines,
        people: super::db::people(&state.db, org).await?,
        actions: super::db::actions(&state.db, org).await?,
    };
    // The log names people and where they signed in from: reading it is accounted for
    // too, as about the person filtered on, or about everyone of the organization (also
    // when staff filter on themselves: their own lines name the people they acted on).
    // A person of another organization is nobody here: the row names none.
    let about = match person {
        Some(id) if id != user.id && page.people.iter().any(|(p, _)| *p == id) => {
            super::Subject::User(id)
        }
        _ => super::Subject::Organization(org),
    };
    let what = serde_json::json!({ "person": person, "action": action });
    super::viewed(&user, "audit_log.viewed", about, what).await?;
    Ok(page)
}
