//! What travels to the page: one support as the caller may see it. Staff-only fields are
//! `None` for everybody else, filled on the server (`service::line`), never filtered in
//! the browser.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{DeliveryId, DeliveryMode, SupportId, SupportKind, SupportStatus, WorkerId};

/// Who did something, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub by: String,
    pub at: DateTime<Utc>,
}

/// One support of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportLine {
    pub id: SupportId,
    /// `None` for a voluntary support, which has a `title` instead.
    pub kind: Option<SupportKind>,
    pub title: Option<String>,
    pub status: SupportStatus,
    pub due_on: Option<NaiveDate>,
    /// For the optimistic check: a save names the version it was made from.
    pub version: i64,
    /// Why it does not apply, or why it could not be delivered.
    pub reason: Option<String>,
    /// The day it was found it could not be delivered.
    pub not_delivered_on: Option<NaiveDate>,
    /// The latest current delivery, whose fields follow.
    pub delivery_id: Option<DeliveryId>,
    pub delivered_on: Option<NaiveDate>,
    pub duration_minutes: Option<i32>,
    pub delivered_by: Option<String>,
    pub language: Option<String>,
    pub interpreter: Option<String>,
    pub mode: Option<DeliveryMode>,
    pub place: Option<String>,
    pub content: Option<String>,
    /// Staff only.
    pub internal_note: Option<String>,
    /// The sessions of a delivery given in parts, one per line.
    pub sessions: Option<String>,
    /// Delivered after the day the rules allow.
    pub late: bool,
    pub acknowledged: Option<Stamp>,
    pub confirmed: Option<Stamp>,
    pub sent_back_comment: Option<String>,
}

impl SupportLine {
    pub fn needs_acknowledgement(&self) -> bool {
        self.kind
            .is_some_and(SupportKind::needs_worker_acknowledgement)
    }

    pub fn awaits_worker(&self) -> bool {
        self.status.awaits_worker(self.needs_acknowledgement())
    }

    pub fn awaits_company(&self) -> bool {
        self.status.awaits_company(self.needs_acknowledgement())
    }

    /// A reason the rules gave (stored as `rule:<code>`), shown in the reader's language.
    pub fn rule_reason(&self) -> Option<&str> {
        self.reason.as_deref().and_then(|r| r.strip_prefix("rule:"))
    }

    /// Whether staff may record one more delivery (a recurring or voluntary support
    /// already delivered).
    pub fn can_record_again(&self) -> bool {
        let recurs = self.kind.is_none_or(SupportKind::recurs);
        recurs && self.delivery_id.is_some() && self.status != SupportStatus::Planned
    }
}

/// One delivery of a support, any version: the history of the support page and the
/// printed record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryLine {
    pub id: DeliveryId,
    pub support_id: SupportId,
    /// The version this one corrects, and why.
    pub corrects: Option<DeliveryId>,
    pub correction_reason: Option<String>,
    /// A correction replaced this version.
    pub superseded: bool,
    pub delivered_on: NaiveDate,
    pub duration_minutes: Option<i32>,
    pub delivered_by: Option<String>,
    pub language: Option<String>,
    pub interpreter: Option<String>,
    pub mode: Option<DeliveryMode>,
    pub place: Option<String>,
    pub content: Option<String>,
    /// Staff only.
    pub internal_note: Option<String>,
    pub sessions: Option<String>,
    pub late: bool,
    /// Staff only: who recorded it, and when.
    pub recorded: Option<Stamp>,
    pub acknowledged: Option<Stamp>,
    pub confirmed: Option<Stamp>,
    pub sent_back_comment: Option<String>,
}

/// What the caller may do on a plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Abilities {
    /// Staff: record, correct, mark not applicable, add voluntary supports.
    pub record: bool,
    /// The worker themselves.
    pub acknowledge: bool,
    /// The worker's company.
    pub confirm: bool,
}

/// A worker's support plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkerPlan {
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub company_name: String,
    pub nationality: String,
    pub entry_date: Option<NaiveDate>,
    pub organization_name: String,
    pub can: Abilities,
    /// The 10 mandatory supports in the law's order, then voluntary ones.
    pub lines: Vec<SupportLine>,
    /// The current deliveries of every line, oldest first (a recurring support has many).
    pub deliveries: Vec<DeliveryLine>,
}

impl WorkerPlan {
    /// The current deliveries of one line, oldest first.
    pub fn deliveries_of(&self, line: SupportId) -> impl Iterator<Item = &DeliveryLine> {
        self.deliveries.iter().filter(move |d| d.support_id == line)
    }
}

/// A line of a support's history (staff only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    pub at: DateTime<Utc>,
    pub actor: Option<String>,
    pub action: String,
    /// The statuses before and after the change (none for adding a voluntary support).
    pub from: Option<SupportStatus>,
    pub to: Option<SupportStatus>,
    /// The reason or comment given with the change.
    pub note: Option<String>,
    /// The state before the change, as recorded in the audit log (JSON).
    pub detail: String,
}

/// One support with its worker and, for staff, its history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportWithHistory {
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub company_name: String,
    pub can: Abilities,
    pub line: SupportLine,
    /// Every delivery, every version, oldest first.
    pub deliveries: Vec<DeliveryLine>,
    pub history: Vec<HistoryLine>,
}

/// A support waiting for the company's confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToConfirm {
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub line: SupportLine,
}
