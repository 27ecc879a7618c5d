//! What travels to the homes: the next things each kind of user has to do, each with the
//! page it is done on. Built on the server from the features' own reads (`gather`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    consultations::ConsultationItem,
    documents::QueueItem,
    domain::{
        ConsultationCategory, ConsultationId, DocumentKind, ExpiryAlert, SupportId, SupportKind,
        WorkerId,
    },
    interviews::TimeWanted,
    paths,
    supports::{DueItem, ToConfirm},
};

/// One thing a worker has to do (or should know) now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkerTask {
    /// Staff answered a consultation the worker has not opened since.
    ReadReply {
        consultation: ConsultationId,
        category: ConsultationCategory,
    },
    /// The residence card or passport expires within 3 months, or has expired.
    Renew {
        document: DocumentKind,
        expires_on: NaiveDate,
        alert: ExpiryAlert,
    },
    /// The next interview is booked.
    Interview { starts_at: DateTime<Utc> },
    /// No interview is booked; it is due by this day.
    BookInterview { due_on: NaiveDate, urgent: bool },
    /// Staff asked for this document again, refused it, or the worker took it back.
    SendAgain { document: DocumentKind },
    /// Never sent.
    Send { document: DocumentKind },
    /// A support staff recorded waits for the worker's "I received it".
    Acknowledge {
        support: SupportId,
        kind: SupportKind,
    },
}

impl WorkerTask {
    /// Where the task is done, one tap away.
    pub fn href(&self) -> String {
        match self {
            Self::ReadReply { consultation, .. } => paths::my_consultation(*consultation),
            Self::Renew { document, .. }
            | Self::SendAgain { document }
            | Self::Send { document } => paths::my_document(*document),
            Self::Interview { .. } | Self::BookInterview { .. } => "/me/interviews".to_owned(),
            Self::Acknowledge { support, .. } => paths::support(*support),
        }
    }

    /// Shown first and marked: what cannot wait.
    pub fn urgent(&self) -> bool {
        match self {
            Self::Renew { alert, .. } => {
                matches!(alert, ExpiryAlert::WithinTwoWeeks | ExpiryAlert::Expired)
            }
            Self::BookInterview { urgent, .. } => *urgent,
            Self::ReadReply { .. } => true,
            Self::Interview { .. }
            | Self::SendAgain { .. }
            | Self::Send { .. }
            | Self::Acknowledge { .. } => false,
        }
    }
}

/// `/me`: the worker's tasks, urgent first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkerTodo {
    pub tasks: Vec<WorkerTask>,
}

/// A worker whose supervisor interview is due soon or overdue, and its booking if booked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupervisorDue {
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub due_on: NaiveDate,
    /// Past its due date and not booked.
    pub overdue: bool,
    /// Booked for this start: never overdue (`domain::interview_standing`).
    pub booked_at: Option<DateTime<Utc>>,
    /// Booked for after the due date.
    pub late: bool,
}

/// The first lines of a longer list, and how long it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shortlist<T> {
    pub items: Vec<T>,
    pub total: usize,
}

/// Built on the server only (`gather`).
#[cfg(feature = "ssr")]
impl<T> Shortlist<T> {
    /// The first `n` of `all`.
    pub fn first(all: Vec<T>, n: usize) -> Self {
        let total = all.len();
        Self {
            items: all.into_iter().take(n).collect(),
            total,
        }
    }

    /// The first `n` of a list whose full length the database counted.
    pub fn counted(mut items: Vec<T>, total: usize, n: usize) -> Self {
        items.truncate(n);
        Self { items, total }
    }
}

/// `/company`: supports to confirm, supervisor interviews to book.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyTodo {
    pub to_confirm: Shortlist<ToConfirm>,
    pub supervisor_interviews: Vec<SupervisorDue>,
}

/// `/staff`: workers who found no interview time, consultations owed an answer,
/// documents to review, what is due.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffTodo {
    /// Workers who want an interview and found no free time.
    pub time_wanted: Shortlist<TimeWanted>,
    pub consultations: Shortlist<ConsultationItem>,
    pub documents: Shortlist<QueueItem>,
    pub due: Shortlist<DueItem>,
}
