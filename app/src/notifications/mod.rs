//! Notifications (issue #7): what concerns each user, stored as a kind and parameters and
//! put into words when read (`labels`); the bell in the header counts the unread ones; an
//! e-mail copy goes through the outbox (`service/outbox.rs`) to those who have an address.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod labels;
mod pages;
mod parts;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{
    MarkAllNotificationsRead, MyNotifications, OpenNotification, UnreadNotifications,
    mark_all_notifications_read, my_notifications, open_notification, unread_notifications,
};
#[cfg(feature = "ssr")]
pub use db::{
    NewNotification, company_users_of_worker, mark_read_by_link, notify, notify_all, staff_of,
    user_of_worker, worker_name,
};
pub use pages::NotificationsPage;
pub use parts::Bell;
#[cfg(feature = "ssr")]
pub use service::outbox::{MailError, Mailer, OutboxRun, deliver_due};
#[cfg(feature = "ssr")]
pub use service::reminder::{Reminder, write_reminders};
pub use types::{Notice, NotificationView};
