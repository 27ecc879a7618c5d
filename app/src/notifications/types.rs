//! What a notification says, as data: its kind and parameters. It is stored as JSON and
//! put into words only when someone reads it, in the reader's language of that moment
//! (`labels`), so a worker who switches to Tagalog reads last week's notices in Tagalog.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{ConsultationCategory, DocumentKind, NotificationId, SupportKind};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    // To a worker.
    DocumentAccepted {
        document: DocumentKind,
    },
    DocumentReturned {
        document: DocumentKind,
    },
    /// Someone else (staff) booked the worker's interview.
    InterviewBooked {
        starts_at: DateTime<Utc>,
    },
    InterviewMoved {
        starts_at: DateTime<Utc>,
    },
    InterviewCancelled {
        starts_at: DateTime<Utc>,
    },
    /// The reminder a day before.
    InterviewSoon {
        starts_at: DateTime<Utc>,
    },
    SupportToAcknowledge {
        support: SupportKind,
    },
    ConsultationReply,
    ConsultationResolved,
    CardExpiring {
        expires_on: NaiveDate,
    },
    // To a company user.
    SupportToConfirm {
        worker: String,
        support: SupportKind,
    },
    SupervisorInterviewDue {
        worker: String,
        due_on: NaiveDate,
    },
    // To staff.
    DocumentUploaded {
        worker: String,
        document: DocumentKind,
    },
    ConsultationOpened {
        worker: String,
        category: ConsultationCategory,
        urgent: bool,
    },
    ConsultationMessage {
        worker: String,
    },
    /// The worker pointed out a mistake in their record (to their officer).
    RecordMistake {
        worker: String,
    },
    InterviewBookedBy {
        worker: String,
        starts_at: DateTime<Utc>,
    },
    InterviewMovedBy {
        worker: String,
        starts_at: DateTime<Utc>,
    },
    InterviewCancelledBy {
        worker: String,
        starts_at: DateTime<Utc>,
    },
}

impl Notice {
    /// The stored kind: the JSON tag, for queries and the log.
    pub fn code(&self) -> &'static str {
        match self {
            Self::DocumentAccepted { .. } => "document_accepted",
            Self::DocumentReturned { .. } => "document_returned",
            Self::InterviewBooked { .. } => "interview_booked",
            Self::InterviewMoved { .. } => "interview_moved",
            Self::InterviewCancelled { .. } => "interview_cancelled",
            Self::InterviewSoon { .. } => "interview_soon",
            Self::SupportToAcknowledge { .. } => "support_to_acknowledge",
            Self::ConsultationReply => "consultation_reply",
            Self::ConsultationResolved => "consultation_resolved",
            Self::CardExpiring { .. } => "card_expiring",
            Self::SupportToConfirm { .. } => "support_to_confirm",
            Self::SupervisorInterviewDue { .. } => "supervisor_interview_due",
            Self::DocumentUploaded { .. } => "document_uploaded",
            Self::ConsultationOpened { .. } => "consultation_opened",
            Self::ConsultationMessage { .. } => "consultation_message",
            Self::RecordMistake { .. } => "record_mistake",
            Self::InterviewBookedBy { .. } => "interview_booked_by",
            Self::InterviewMovedBy { .. } => "interview_moved_by",
            Self::InterviewCancelledBy { .. } => "interview_cancelled_by",
        }
    }

    /// Whether it asks for attention now (shown first, marked on the page).
    pub fn is_urgent(&self) -> bool {
        matches!(self, Self::ConsultationOpened { urgent: true, .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_kind_is_the_json_tag() {
        let notices = [
            Notice::DocumentReturned {
                document: DocumentKind::Passport,
            },
            Notice::ConsultationReply,
            Notice::ConsultationOpened {
                worker: "NGUYEN AN".into(),
                category: ConsultationCategory::Wages,
                urgent: true,
            },
            Notice::CardExpiring {
                expires_on: NaiveDate::from_ymd_opt(2027, 2, 1).unwrap_or_default(),
            },
        ];
        for notice in notices {
            let json = serde_json::to_value(&notice).expect("to JSON");
            assert_eq!(json["kind"], notice.code());
            let back: Notice = serde_json::from_value(json).expect("from JSON");
            assert_eq!(back, notice);
        }
    }
}

/// One notification as its reader gets it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotificationView {
    pub id: NotificationId,
    pub notice: Notice,
    pub link: String,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}
