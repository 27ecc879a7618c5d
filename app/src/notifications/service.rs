//! The notifications' jobs: the e-mail outbox and the reminders the scheduler writes.

pub mod outbox;
pub(super) mod reminder;
