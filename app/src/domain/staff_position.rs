//! A staff member's position in the support organization, as the registration and the
//! filings name it, and who may be put in charge of a worker or an employer.
//!
//! Source: 特定技能基準省令 第5条 (a registered support organization names a 支援責任者 and
//! one or more 支援担当者); the 2027 draft rules (DESIGN.md §2) make both full-time and per
//! office. Only these two may be the officer in charge (担当) of a worker or an employer:
//! the 支援計画書 names the 支援担当者 who carries the plan out, and a 支援責任者 may also
//! act as one. Anyone else (a clerk, an interpreter) is `Other`.

use serde::{Deserialize, Serialize};

use super::enum_codes;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffPosition {
    /// 支援責任者: answers for the support of every worker.
    Manager,
    /// 支援担当者: carries the supports out.
    #[default]
    Officer,
    /// Neither (事務職員, 通訳 and the like): may not be put in charge.
    Other,
}

enum_codes!(StaffPosition, "staff_position", {
    Manager => "manager",
    Officer => "officer",
    Other => "other",
});

impl StaffPosition {
    /// Whether a person in this position may be the officer in charge of a worker or an
    /// employer (and so counts against the caseload caps).
    pub fn may_be_in_charge(self) -> bool {
        matches!(self, Self::Manager | Self::Officer)
    }

    /// Whether the position's training must be current (3 years, `training_current`).
    pub fn needs_training(self) -> bool {
        self.may_be_in_charge()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assert_codes_round_trip;

    #[test]
    fn only_the_manager_and_the_officers_may_be_in_charge() {
        assert!(StaffPosition::Manager.may_be_in_charge());
        assert!(StaffPosition::Officer.may_be_in_charge());
        assert!(!StaffPosition::Other.may_be_in_charge());
        assert!(!StaffPosition::Other.needs_training());
    }

    #[test]
    fn codes_round_trip() {
        assert_codes_round_trip!(StaffPosition => "staff_position");
    }
}
