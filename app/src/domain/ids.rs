//! The ids of the portal's records, one type each: a worker's id cannot be passed where a
//! company's is wanted, nor a support's where a document's is. Each is a UUID (version 7,
//! ordered by time, made on the server), stored and sent exactly as the UUID it wraps
//! (`serde(transparent)`, `sqlx(transparent)`), so the schema and the URLs do not change.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)+) => {$(
        $(#[$doc])*
        // `Default` is the nil id, which names no record: what a form's struct holds
        // before a choice, as a bare `Uuid` did.
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize,
            Deserialize,
        )]
        #[serde(transparent)]
        #[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(Uuid);

        impl $name {
            /// A new id, for a record being made.
            #[cfg(feature = "ssr")]
            pub fn new_v7() -> Self {
                Self(Uuid::now_v7())
            }

            /// The id that `uuid` is, as read from a path or a form.
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            pub const fn uuid(self) -> Uuid {
                self.0
            }
        }

        /// Out of the typed world, for what names records of any kind (an audit row).
        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(text).map(Self)
            }
        }
    )+};
}

ids! {
    /// A registered support organization (the tenant).
    OrganizationId;
    /// A foreign worker's record (not their account: that is a [`UserId`]).
    WorkerId;
    /// An accepting company.
    CompanyId;
    /// An account: staff, admin, a company's user or a worker's.
    UserId;
    /// One support of a worker's plan.
    SupportId;
    /// One delivery of a support (one version of it: a correction is a new one).
    DeliveryId;
    /// One version of a worker's document (a submission).
    DocumentId;
    /// One stored file of a document version.
    FileId;
    /// A time staff offered for interviews.
    SlotId;
    /// An application to renew a worker's period of stay.
    RenewalId;
    /// A worker's leave that may be left out of the 5 years.
    LeaveId;
    /// A company's workplace (事業所).
    WorkplaceId;
    /// An office of the support organization (支援業務を行う事務所).
    OfficeId;
    /// A booked interview.
    BookingId;
    /// A consultation thread.
    ConsultationId;
    /// One message of a consultation.
    MessageId;
    /// A one-time invitation link.
    InvitationId;
    /// A notification to one user.
    NotificationId;
    /// A spreadsheet of workers and companies staff uploaded, from its preview to its
    /// import.
    SheetImportId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_reads_and_writes_as_its_uuid() {
        let uuid = Uuid::now_v7();
        let worker = WorkerId::from_uuid(uuid);
        assert_eq!(worker.to_string(), uuid.to_string());
        assert_eq!(uuid.to_string().parse::<WorkerId>(), Ok(worker));
        assert!("not-an-id".parse::<WorkerId>().is_err());
        let json = serde_json::to_string(&worker).expect("json");
        assert_eq!(json, format!("\"{uuid}\""));
        assert_eq!(
            serde_json::from_str::<WorkerId>(&json).expect("back"),
            worker
        );
    }
}
