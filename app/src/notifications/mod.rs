//! Notifications (issue #7): what concerns each user, stored as a kind and parameters and
//! put into words when read (`render`); the bell in the header counts the unread ones; an
//! e-mail copy goes through the outbox (`outbox`) to those who have an address.

mod api;
mod bell;
#[cfg(feature = "ssr")]
mod db;
mod notice;
#[cfg(feature = "ssr")]
pub mod outbox;
mod page;
#[cfg(feature = "ssr")]
mod reminder;
pub mod render;

pub use api::{
    MarkAllNotificationsRead, MyNotifications, OpenNotification, UnreadNotifications,
    mark_all_notifications_read, my_notifications, open_notification, unread_notifications,
};
pub use bell::Bell;
#[cfg(feature = "ssr")]
pub use db::{
    NewNotification, company_users_of_worker, mark_read_by_link, notify, notify_all, staff_of,
    user_of_worker, worker_name,
};
pub use notice::Notice;
pub use page::NotificationsPage;
#[cfg(feature = "ssr")]
pub use reminder::{Reminder, write_reminders};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One notification as its reader gets it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotificationView {
    pub id: Uuid,
    pub notice: Notice,
    pub link: String,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}
