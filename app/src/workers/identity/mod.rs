//! The worker's identity and status (本人情報・在留資格): the name in katakana, date of
//! birth, sex, residence card and passport numbers, the address in Japan, the job category
//! (業務区分) and the languages the worker understands. Part of the worker's record, so
//! `workers` owns the columns; the readers of each fact are `domain::identity`,
//! `domain::ResidenceCardNumber` and `domain::JobCategory`. A company reads the numbers
//! by their last 4 characters and none of the personal facts.

mod api;
#[cfg(feature = "ssr")]
mod db;
#[cfg(feature = "ssr")]
mod form;
mod labels;
mod parts;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{UpdateWorkerIdentity, update_worker_identity};
#[cfg(feature = "ssr")]
pub use db::IdentityColumns;
#[cfg(feature = "ssr")]
pub(super) use db::set_columns;
#[cfg(feature = "ssr")]
pub use form::{IdentityForm, check as check_identity};
pub use labels::error_text;
pub use parts::IdentityCard;
#[cfg(feature = "ssr")]
pub(super) use service::{card_number_taken, read};
pub use types::{IdentityRecord, PersonalFacts};
