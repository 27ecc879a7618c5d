//! Who a user is to the portal.

use serde::{Deserialize, Serialize};

use super::enum_codes;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A foreign national on SSW Type 1: sees only their own records.
    Worker,
    /// A user of an accepting company (受入れ機関): sees only its own workers.
    Company,
    /// Support staff (支援責任者 / 支援担当者): all workers of their organization.
    Staff,
    /// Staff who also manage accounts and settings.
    Admin,
}

enum_codes!(Role, "role", {
    Worker => "worker",
    Company => "company",
    Staff => "staff",
    Admin => "admin",
});

impl Role {
    /// Staff powers: admins are staff too.
    pub fn is_staff(self) -> bool {
        matches!(self, Self::Staff | Self::Admin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_admins_are_staff() {
        for role in Role::ALL {
            assert_eq!(role.code().parse::<Role>(), Ok(role));
        }
        assert!(Role::Admin.is_staff() && Role::Staff.is_staff());
        assert!(!Role::Worker.is_staff() && !Role::Company.is_staff());
        assert!("root".parse::<Role>().is_err());
    }
}
