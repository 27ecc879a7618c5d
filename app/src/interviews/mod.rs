//! Periodic interviews (issue #6): slots staff publish, bookings by workers and
//! supervisors, results recorded as the official reports ask, and the due dates that keep
//! every worker within 3 months. The database itself forbids double booking.

mod api;
#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod calendar_file;
#[cfg(feature = "ssr")]
pub mod db;
pub(crate) mod labels;
#[cfg(feature = "ssr")]
mod notices;
#[cfg(feature = "ssr")]
mod outcomes;
mod parts;
#[cfg(feature = "ssr")]
mod publish;
#[cfg(feature = "ssr")]
mod queries;
#[cfg(feature = "ssr")]
pub(crate) mod reading;
#[cfg(feature = "ssr")]
mod record_db;
mod record_form;
#[cfg(feature = "ssr")]
mod reminders;
#[cfg(feature = "ssr")]
mod service;
mod staff_pages;
mod types;
mod worker_interviews_page;
mod worker_page;

pub use api::{
    BookInterview, CancelInterview, InterviewBooking, MarkInterviewNoShow, MarkInterviewReportSent,
    MyInterviews, PublishInterviewSlots, RecordInterview, RescheduleInterview, StaffInterviews,
    WorkerInterviews, book_interview, cancel_interview, interview_booking, mark_interview_no_show,
    mark_interview_report_sent, my_interviews, publish_interview_slots, record_interview,
    reschedule_interview, staff_interviews, worker_interviews,
};
#[cfg(feature = "ssr")]
pub use record_db::last_held;
#[cfg(feature = "ssr")]
pub use reminders::{interviews_soon, supervisors_due};
pub use staff_pages::{InterviewBookingPage, StaffInterviewsPage};
pub use types::{
    BookingDetail, BookingStatus, BookingView, CalendarDay, CalendarEntry, InterviewWeek,
    InterviewsOfWorker, OwnInterviews, RecordSummary, RecordView, SlotDay, SlotView,
};
pub use worker_interviews_page::WorkerInterviewsPage;
pub use worker_page::MyInterviewsPage;

/// The address of a booking's calendar file (`calendar_file`).
pub fn calendar_url(id: uuid::Uuid) -> String {
    format!("/interviews/{id}/calendar.ics")
}
