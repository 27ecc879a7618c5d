//! What the audit log page shows: lines that read as sentences (who did what to whose
//! record, when), and the choices of its filters.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{
    AuditAction, ConsultationCategory, DocumentKind, InterviewKind, SupportKind, UserId, WorkerId,
};

/// The kind of record a line is about, for its sentence ("approved the passport of …").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuditRecord {
    Document(DocumentKind),
    Support(SupportKind),
    /// A support staff added to the plan, by its title (staff's words).
    VoluntarySupport(String),
    Interview(InterviewKind),
    Consultation(ConsultationCategory),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLine {
    pub at: DateTime<Utc>,
    /// Who did it; `None` for the system (reminders, demo data) and failed sign-ins.
    pub actor: Option<String>,
    /// The stored code (an [`AuditAction`] when this build knows it).
    pub action: String,
    /// Whose record it was: the worker's name, or the account's; `None` when the record
    /// is gone or the line is about no one in particular.
    pub subject: Option<String>,
    /// Which of their records, when the line names one that still exists.
    pub record: Option<AuditRecord>,
    pub ip: Option<String>,
}

/// The filters, as the server checked them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    /// Who did it.
    pub person: Option<UserId>,
    /// Whose record it was (their account's lines included).
    pub worker: Option<WorkerId>,
    pub action: Option<AuditAction>,
    /// Japan dates, both included.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub lines: Vec<AuditLine>,
    pub filter: AuditFilter,
    /// The people of the organization, for the filter by person.
    pub people: Vec<(UserId, String)>,
    /// The workers of the organization, for the filter by record.
    pub workers: Vec<(WorkerId, String)>,
}
