//! The demo organization's own record (issue 20): its registration, address and offices,
//! each staff member's office and last training, and the officer in charge of each
//! company. Dated from today, so that a fresh `scripts/run` shows the admin's warnings as
//! an organization meets them: the registration's renewal window open, an office without
//! a 支援責任者, and a 支援担当者 whose training is older than 3 years.

use chrono::{Months, NaiveDate, Utc};

use super::SeedError;
use crate::{
    db::{Tx, execute},
    domain::{CompanyId, OfficeId, OrganizationId, UserId},
};

/// The demo's offices: (name, postal code, address).
const OFFICES: [(&str, &str, &str); 2] = [
    ("本社", "4600008", "愛知県名古屋市中区栄2-2-2 さくらビル3階"),
    ("東京事務所", "1600023", "東京都新宿区西新宿1-1-1"),
];

/// Per staff user of `data::USERS` (admin, 田中, Lan): (office index, months since the
/// last training).
const STAFF: [(usize, u32); 3] = [(0, 18), (0, 40), (1, 10)];

/// The officer (index into `data::USERS`) in charge of each company of `data::COMPANIES`.
const COMPANY_OFFICERS: [usize; 3] = [1, 2, 1];

fn months_before(today: NaiveDate, months: u32) -> Result<NaiveDate, SeedError> {
    today
        .checked_sub_months(Months::new(months))
        .ok_or(SeedError::Date)
}

pub(super) async fn seed_organization(
    tx: &mut Tx,
    org_id: OrganizationId,
    user_ids: &[UserId],
    company_ids: &[CompanyId],
    today: NaiveDate,
) -> Result<(), SeedError> {
    let now = Utc::now();
    // Expiring in 5 months: inside the renewal window (6 to 4 months before the expiry).
    let expires = today
        .checked_add_months(Months::new(5))
        .ok_or(SeedError::Date)?;
    execute!(tx: tx,
        "UPDATE organizations SET registration_expires_on = $2, postal_code = $3, address = $4,
                phone = $5, updated_at = $6
         WHERE id = $1",
        org_id, expires, OFFICES[0].1, OFFICES[0].2, "052-000-1111", now,
    )?;
    let mut offices = Vec::with_capacity(OFFICES.len());
    for (name, postal_code, address) in OFFICES {
        let id = OfficeId::new_v7();
        execute!(tx: tx,
            "INSERT INTO organization_offices (id, organization_id, name, postal_code, address,
                                               created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6)",
            id, org_id, name, postal_code, address, now,
        )?;
        offices.push(id);
    }
    for (user, (office, months)) in user_ids.iter().zip(STAFF) {
        execute!(tx: tx,
            "UPDATE staff SET office_id = $2, trained_on = $3 WHERE user_id = $1",
            *user, offices[office], months_before(today, months)?,
        )?;
    }
    for (company, officer) in company_ids.iter().zip(COMPANY_OFFICERS) {
        execute!(tx: tx,
            "UPDATE companies SET support_officer_id = $2 WHERE id = $1",
            *company, user_ids[officer],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::data::USERS;

    #[test]
    fn the_tables_name_staff_and_offices_that_exist() {
        for (office, _) in STAFF {
            assert!(office < OFFICES.len());
        }
        for (n, _) in STAFF.iter().enumerate() {
            assert!(USERS[n].staff.is_some(), "{} is staff", USERS[n].name);
        }
        for officer in COMPANY_OFFICERS {
            assert!(USERS[officer].staff.is_some());
        }
    }
}
