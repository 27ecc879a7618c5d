//! What travels to the interview pages. Each caller gets only what they may read, decided
//! on the server: staff the whole record, a worker the date, mode and summary of their own
//! interviews, a company its supervisor interviews and only the fact of worker interviews.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::consultations::Reachable;
use crate::domain::{
    Attestations, BookingId, FaceToFaceReason, InterviewKind, InterviewMode, InterviewTopic,
    SlotId, WorkerId, enum_codes,
};

/// Where a booking stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    Booked,
    Cancelled,
    NoShow,
    Completed,
}

enum_codes!(BookingStatus, "booking status", {
    Booked => "booked",
    Cancelled => "cancelled",
    NoShow => "no_show",
    Completed => "completed",
});

/// A published slot as people choose it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotView {
    pub id: SlotId,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub mode: InterviewMode,
    pub place: Option<String>,
    /// Only for the one who booked it, and staff.
    pub video_url: Option<String>,
    /// Locale codes the interview can be held in.
    pub languages: Vec<String>,
    pub interpreter: bool,
    pub staff_name: String,
}

/// The free slots of one day (Japan date), earliest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotDay {
    pub day: NaiveDate,
    pub slots: Vec<SlotView>,
}

/// What a worker, or a company for its supervisor interview, may read of a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordSummary {
    pub held_on: NaiveDate,
    pub mode: InterviewMode,
    pub summary: String,
}

/// The whole record, for staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordView {
    pub held_on: NaiveDate,
    pub mode: InterviewMode,
    pub attendees: String,
    pub interpreter: Option<String>,
    pub topics: Vec<InterviewTopic>,
    pub problems: Option<String>,
    pub action_taken: Option<String>,
    pub summary: String,
    pub report_labour_office: bool,
    pub report_immigration: bool,
    pub report_done_at: Option<DateTime<Utc>>,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
    /// What staff attested about a video interview (all false in person).
    pub attestations: Attestations,
    /// When the consent a video interview relied on was given.
    pub consent_given_at: Option<DateTime<Utc>>,
    /// A video interview that should have been face to face, and why.
    pub face_to_face_missed: Option<FaceToFaceReason>,
}

/// The recording of an online interview, for staff: stored here, or kept elsewhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordingView {
    /// Stored in Shien: staff may download it.
    pub stored: bool,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub size_bytes: Option<i64>,
    /// Where the organization keeps it, when not here.
    pub external_ref: Option<String>,
    pub sha256: String,
    pub added_at: DateTime<Utc>,
}

/// One booking, as the caller may see it. For a company looking at a worker interview,
/// `slot` carries only the time: the fact of the interview, not its content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingView {
    pub id: BookingId,
    pub version: i64,
    pub kind: InterviewKind,
    pub status: BookingStatus,
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub slot: SlotView,
    pub cancel_reason: Option<String>,
    /// The caller may still move or cancel it (before the cut-off).
    pub changeable: bool,
    /// The caller could change it, but the cut-off has passed.
    pub past_cutoff: bool,
    pub summary: Option<RecordSummary>,
}

/// `/me/interviews`: the worker's own interviews.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnInterviews {
    pub due_on: Option<NaiveDate>,
    pub today: NaiveDate,
    pub booking: Option<BookingView>,
    pub free: Vec<SlotDay>,
    pub history: Vec<BookingView>,
    /// When the worker agreed to online interviews (to the wording naming the
    /// recording); `None` asks for it with a video slot.
    pub consent_given_at: Option<DateTime<Utc>>,
    pub cutoff_hours: u32,
    /// The worker said they find no free time, then; open until they book.
    pub time_asked_at: Option<DateTime<Utc>>,
    /// How to reach the organization, for a worker who finds no time.
    pub reachable: Reachable,
}

/// A worker who wants an interview and found no free time (the staff home).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeWanted {
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub asked_at: DateTime<Utc>,
}

/// `/workers/:id/interviews`: one worker's interviews, for staff and the company.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewsOfWorker {
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub today: NaiveDate,
    pub worker_due: Option<NaiveDate>,
    pub supervisor_due: Option<NaiveDate>,
    /// Live bookings, newest first.
    pub booked: Vec<BookingView>,
    pub history: Vec<BookingView>,
    /// Free slots to book the supervisor interview (when there is none booked yet).
    pub free: Vec<SlotDay>,
    pub is_staff: bool,
    pub cutoff_hours: u32,
    /// When the worker agreed to online interviews (for staff only).
    pub worker_consent_at: Option<DateTime<Utc>>,
    /// When the company agreed for the supervisor.
    pub supervisor_consent_at: Option<DateTime<Utc>>,
}

/// One slot on the staff calendar, with its booking if there is one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarEntry {
    pub slot: SlotView,
    pub booking: Option<BookingView>,
}

/// One day of the staff calendar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarDay {
    pub day: NaiveDate,
    pub entries: Vec<CalendarEntry>,
}

/// `/staff/interviews`: a week of slots and bookings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewWeek {
    pub today: NaiveDate,
    /// The Monday of the week shown.
    pub week_of: NaiveDate,
    pub days: Vec<CalendarDay>,
    pub notice_hours: u32,
}

/// `/staff/interviews/:id`: one booking with its record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingDetail {
    pub booking: BookingView,
    pub record: Option<RecordView>,
    /// The interview has started and is still booked: staff may record it or mark a no-show.
    pub may_record: bool,
    /// The consent in force of the person the interview is held with.
    pub consent_given_at: Option<DateTime<Utc>>,
    pub recording: Option<RecordingView>,
    /// The largest recording accepted, in megabytes.
    pub recording_max_mb: u64,
}

#[cfg(test)]
mod tests {
    use super::BookingStatus;
    use crate::domain::assert_codes_round_trip;

    #[test]
    fn every_booking_status_round_trips() {
        assert_codes_round_trip!(BookingStatus => "booking status");
    }
}
