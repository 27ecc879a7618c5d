//! The stay as the pages show it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{
    LeaveId, LeaveKind, RenewalId, RenewalResult, StayStanding, TotalStay, TotalStayAlert,
};

/// A worker's stay: the period granted, where it stands, the 5-year count, the renewals and
/// the leave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StayRecord {
    pub granted_on: Option<NaiveDate>,
    pub expiry: Option<NaiveDate>,
    pub first_entered_on: Option<NaiveDate>,
    pub standing: StayStanding,
    /// `None` until the first day on 特定技能1号 is recorded.
    pub total: Option<TotalStay>,
    pub total_alert: Option<TotalStayAlert>,
    /// The card's expiry is later than the 5 years allow.
    pub grant_passes_limit: bool,
    pub renewals: Vec<RenewalLine>,
    /// The renewal applied for and not decided, if any.
    pub pending_renewal: Option<RenewalId>,
    pub leaves: Vec<LeaveLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalLine {
    pub id: RenewalId,
    pub expiry: NaiveDate,
    pub applied_on: NaiveDate,
    pub decided: Option<(NaiveDate, RenewalResult)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaveLine {
    pub id: LeaveId,
    /// `None` for a company: the kind tells of pregnancy or illness.
    pub kind: Option<LeaveKind>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Whether the leave is left out of the 5 years (long enough).
    pub excluded: bool,
}
