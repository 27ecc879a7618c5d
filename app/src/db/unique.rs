//! Which unique rule a write broke, with the same answer on both backends.
//!
//! Some races are settled by a unique index rather than by a read before the write (two
//! staff adding the same name, two uploads of one document, two bookings of one slot), so
//! callers need to know *which* rule refused the row. PostgreSQL names the violated
//! constraint or index ([`sqlx::error::DatabaseError::constraint`]). SQLite does not: its
//! message is `UNIQUE constraint failed: ` followed by the columns of the rule
//! (`users.email`, `interview_bookings.worker_id, interview_bookings.kind`). [`RULES`]
//! pairs each name with those columns, in this one place; since no two unique rules of the
//! schema have the same table and columns, the mapping is exact. A test checks that every
//! rule of `migrations/` is listed, and duplicate inserts check both backends.

/// A unique rule of the schema, as named in `migrations/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unique {
    OrganizationSlug,
    CompanyName,
    /// One company per corporate number in an organization.
    CompanyCorporateNumber,
    /// One workplace of a name per company.
    WorkplaceName,
    /// One office of a name per organization.
    OfficeName,
    UserEmail,
    UserLoginId,
    StaffUser,
    WorkerUser,
    /// One worker per residence card number in an organization.
    WorkerCardNumber,
    InvitationToken,
    SupportKindOfWorker,
    DocumentFileSide,
    DocumentFileStorageKey,
    DocumentFileThumbnailKey,
    /// One version of a document kind waits for review at a time.
    DocumentOneWaiting,
    BookingCalendarUid,
    /// One live booking per slot.
    BookingOnePerSlot,
    /// One consent to online interviews in force per worker and person.
    ConsentInForce,
    /// One live booking per worker and kind.
    BookingOnePerKind,
    NotificationDedupe,
    SignInDeviceToken,
    /// A unique rule not listed in [`RULES`] (a primary key, or one added since).
    Other,
}

/// Each rule with the name PostgreSQL gives it and the columns SQLite names.
const RULES: &[(Unique, &str, &str)] = &[
    (
        Unique::OrganizationSlug,
        "organizations_slug_key",
        "organizations.slug",
    ),
    (
        Unique::CompanyName,
        "companies_org_name_key",
        "companies.organization_id, companies.name",
    ),
    (
        Unique::CompanyCorporateNumber,
        "companies_corporate_number_idx",
        "companies.organization_id, companies.corporate_number",
    ),
    (
        Unique::WorkplaceName,
        "company_workplaces_name_key",
        "company_workplaces.company_id, company_workplaces.name",
    ),
    (
        Unique::OfficeName,
        "organization_offices_name_key",
        "organization_offices.organization_id, organization_offices.name",
    ),
    (Unique::UserEmail, "users_email_key", "users.email"),
    (Unique::UserLoginId, "users_login_id_key", "users.login_id"),
    (Unique::StaffUser, "staff_user_key", "staff.user_id"),
    (Unique::WorkerUser, "workers_user_key", "workers.user_id"),
    (
        Unique::WorkerCardNumber,
        "workers_card_number_idx",
        "workers.organization_id, workers.residence_card_number",
    ),
    (
        Unique::InvitationToken,
        "invitations_token_hash_key",
        "invitations.token_hash",
    ),
    (
        Unique::SupportKindOfWorker,
        "supports_worker_kind_key",
        "supports.worker_id, supports.kind",
    ),
    (
        Unique::DocumentFileSide,
        "document_files_side_key",
        "document_files.submission_id, document_files.side",
    ),
    (
        Unique::DocumentFileStorageKey,
        "document_files_storage_key",
        "document_files.storage_key",
    ),
    (
        Unique::DocumentFileThumbnailKey,
        "document_files_thumbnail_key",
        "document_files.thumbnail_key",
    ),
    (
        Unique::DocumentOneWaiting,
        "document_submissions_one_waiting_idx",
        "document_submissions.worker_id, document_submissions.kind",
    ),
    (
        Unique::BookingCalendarUid,
        "interview_bookings_calendar_uid_key",
        "interview_bookings.calendar_uid",
    ),
    (
        Unique::BookingOnePerSlot,
        "interview_bookings_one_per_slot_idx",
        "interview_bookings.slot_id",
    ),
    (
        Unique::BookingOnePerKind,
        "interview_bookings_one_per_kind_idx",
        "interview_bookings.worker_id, interview_bookings.kind",
    ),
    (
        Unique::ConsentInForce,
        "interview_consents_live_idx",
        "interview_consents.worker_id, interview_consents.person",
    ),
    (
        Unique::NotificationDedupe,
        "notifications_dedupe_key",
        "notifications.user_id, notifications.dedupe_key",
    ),
    (
        Unique::SignInDeviceToken,
        "sign_in_devices_token_hash_key",
        "sign_in_devices.token_hash",
    ),
];

/// What SQLite's message says before the columns.
const SQLITE_PREFIX: &str = "UNIQUE constraint failed: ";

/// The unique rule `error` broke, or `None` when it is not a unique violation.
pub fn violated_unique(error: &sqlx::Error) -> Option<Unique> {
    let sqlx::Error::Database(e) = error else {
        return None;
    };
    if !e.is_unique_violation() {
        return None;
    }
    let found = match e.constraint() {
        Some(name) => RULES.iter().find(|(_, pg, _)| *pg == name),
        None => {
            let columns = e.message().strip_prefix(SQLITE_PREFIX).unwrap_or_default();
            RULES.iter().find(|(_, _, sqlite)| *sqlite == columns)
        }
    };
    Some(found.map_or(Unique::Other, |(rule, _, _)| *rule))
}

#[cfg(test)]
mod tests;
