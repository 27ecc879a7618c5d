//! Periodic interviews (issue #6): slots staff publish, bookings by workers and
//! supervisors, results recorded as the official reports ask, and the due dates that keep
//! every worker within 3 months. The database itself forbids double booking.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod form;
mod islands;
mod labels;
mod pages;
mod parts;
#[cfg(feature = "ssr")]
mod read;
#[cfg(feature = "ssr")]
mod reminders;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{
    AskForInterviewTime, BookInterview, CancelInterview, InterviewBooking, MarkInterviewNoShow,
    MarkInterviewReportSent, MyInterviews, PublishInterviewSlots, RecordInterview,
    RescheduleInterview, StaffInterviews, WithdrawInterviewConsent, WorkerInterviews,
    ask_for_interview_time, book_interview, cancel_interview, interview_booking,
    mark_interview_no_show, mark_interview_report_sent, my_interviews, publish_interview_slots,
    record_interview, reschedule_interview, staff_interviews, withdraw_interview_consent,
    worker_interviews,
};
#[cfg(feature = "ssr")]
pub use db::online::referenced_keys;
#[cfg(feature = "ssr")]
pub use db::record::last_held;
pub use islands::ChosenSlot;
pub use pages::of_worker::WorkerInterviewsPage;
pub use pages::staff::{InterviewBookingPage, StaffInterviewsPage};
pub use pages::worker::MyInterviewsPage;
#[cfg(feature = "ssr")]
pub(crate) use read::time_wanted::time_wanted;
#[cfg(feature = "ssr")]
pub(crate) use read::{NextInterview, my_next_interview};
#[cfg(feature = "ssr")]
pub use reminders::{interviews_soon, supervisors_due};
#[cfg(feature = "ssr")]
pub use routes::calendar::calendar_file;
#[cfg(feature = "ssr")]
pub use routes::recording::{recording_file, upload_recording};
#[cfg(feature = "ssr")]
pub use service::retention::{PurgedRecordings, purge_recordings};
pub use types::{
    BookingDetail, BookingStatus, BookingView, CalendarDay, CalendarEntry, InterviewWeek,
    InterviewsOfWorker, OwnInterviews, RecordSummary, RecordView, RecordingView, SlotDay, SlotView,
    TimeWanted,
};
