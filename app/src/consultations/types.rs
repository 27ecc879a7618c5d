//! What the consultation pages get from their server functions. A worker's copy never
//! carries staff notes, other workers' threads or staff-only fields.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{
    ConsultationCategory, ConsultationId, ConsultationStatus, MessageId, OpeningDay, UserId,
    WorkerId,
};

/// One consultation in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationItem {
    pub id: ConsultationId,
    pub category: ConsultationCategory,
    /// Opened from the worker's record page: a mistake in the record.
    pub about_record: bool,
    pub urgent: bool,
    pub status: ConsultationStatus,
    pub opened_at: DateTime<Utc>,
    pub last_message_at: DateTime<Utc>,
    /// The worker's name (staff lists only).
    pub worker: Option<String>,
    /// Who handles it (staff lists only).
    pub assigned_to: Option<String>,
    /// Something new for this reader: a staff reply the worker has not opened, or a
    /// worker's message staff have not opened.
    pub unread: bool,
}

/// One message of a thread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageView {
    pub id: MessageId,
    pub from_staff: bool,
    pub author: String,
    pub body: String,
    /// A staff note (never sent to the worker).
    pub internal: bool,
    pub photo: bool,
    pub at: DateTime<Utc>,
    /// A worker's message that staff have opened since.
    pub seen_by_staff: bool,
}

/// The consultation record (参考様式5-4), once resolved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordView {
    pub held_on: NaiveDate,
    pub content: String,
    pub response: String,
    pub referred_to: Option<String>,
    pub resolved_by: Option<String>,
}

/// A staff member who can be assigned.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffChoice {
    pub id: UserId,
    pub name: String,
}

/// A thread as its reader may see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Thread {
    pub item: ConsultationItem,
    pub version: i64,
    pub messages: Vec<MessageView>,
    /// Staff only: the consultation record (参考様式5-4).
    pub record: Option<RecordView>,
    /// Staff only: who can be assigned, and who is.
    pub staff: Vec<StaffChoice>,
    pub assigned_to_id: Option<UserId>,
    /// Staff only: the worker's page.
    pub worker_id: Option<WorkerId>,
    pub today: NaiveDate,
}

/// When the organization answers, and whether it does right now.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reachable {
    pub hours: Vec<OpeningDay>,
    pub open_now: bool,
    /// The organization's telephone number, if staff gave one.
    pub phone: Option<String>,
}

/// `/me/consultations`: the worker's threads and when someone answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnConsultations {
    pub items: Vec<ConsultationItem>,
    pub reachable: Reachable,
}

/// `/staff/consultations`: open threads (urgent and oldest first), or resolved ones.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inbox {
    pub items: Vec<ConsultationItem>,
    pub resolved: bool,
    pub reachable: Reachable,
    /// How many threads in all (as searched), and the page shown.
    pub answer: crate::layout::DeskAnswer,
}
