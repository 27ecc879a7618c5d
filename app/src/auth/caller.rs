//! Who is calling, as one value: a worker with their worker record, a company user with
//! their company, staff or an admin. A role beside optional ids let a check compare a
//! worker's id for a company user, or forget a role; a `match` over [`Caller`] is checked
//! by the compiler, and the id a check needs comes with the variant that has it.

use crate::domain::{CompanyId, Role, WorkerId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caller {
    /// A worker, who sees only their own records.
    Worker { worker_id: WorkerId },
    /// A user of an accepting company, who sees only its own workers.
    Company { company_id: CompanyId },
    /// Support staff: every worker of their organization.
    Staff,
    /// Staff who also manage accounts and settings.
    Admin,
}

impl Caller {
    /// The caller of a user row: its role with the worker record (workers) or the company
    /// (company users) the role needs; `None` when the row lacks it (the database keeps
    /// a company user's company; a worker's account is made with its worker record).
    pub fn of_row(
        role: Role,
        worker_id: Option<WorkerId>,
        company_id: Option<CompanyId>,
    ) -> Option<Self> {
        match role {
            Role::Worker => worker_id.map(|worker_id| Self::Worker { worker_id }),
            Role::Company => company_id.map(|company_id| Self::Company { company_id }),
            Role::Staff => Some(Self::Staff),
            Role::Admin => Some(Self::Admin),
        }
    }

    /// The role, for what stores or shows one (the session's idle time, the header).
    pub fn role(self) -> Role {
        match self {
            Self::Worker { .. } => Role::Worker,
            Self::Company { .. } => Role::Company,
            Self::Staff => Role::Staff,
            Self::Admin => Role::Admin,
        }
    }

    /// Staff powers: admins are staff too.
    pub fn is_staff(self) -> bool {
        matches!(self, Self::Staff | Self::Admin)
    }

    /// "Which worker am I", for a worker's own pages; `None` for everyone else. Whether a
    /// caller may see some worker is [`super::may_see_worker`]'s question, not this one's.
    pub fn worker_id(self) -> Option<WorkerId> {
        match self {
            Self::Worker { worker_id } => Some(worker_id),
            _ => None,
        }
    }

    /// "Which company am I", for a company's own pages; `None` for everyone else.
    pub fn company_id(self) -> Option<CompanyId> {
        match self {
            Self::Company { company_id } => Some(company_id),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn a_row_becomes_its_caller_and_back() {
        let id = Uuid::now_v7();
        let (worker_id, company_id) = (WorkerId::from_uuid(id), CompanyId::from_uuid(id));
        for role in Role::ALL {
            let caller = Caller::of_row(role, Some(worker_id), Some(company_id));
            assert_eq!(caller.map(Caller::role), Some(role));
        }
        assert_eq!(
            Caller::of_row(Role::Worker, Some(worker_id), None),
            Some(Caller::Worker { worker_id })
        );
        assert_eq!(
            Caller::of_row(Role::Company, None, Some(company_id)),
            Some(Caller::Company { company_id })
        );
    }

    #[test]
    fn a_worker_without_a_record_or_a_company_user_without_a_company_is_no_caller() {
        assert_eq!(Caller::of_row(Role::Worker, None, None), None);
        assert_eq!(Caller::of_row(Role::Company, None, None), None);
    }
}
