//! The notifications' jobs: the e-mail outbox and the reminders the scheduler writes.

pub(super) mod outbox;
pub(super) mod reminder;
