//! How close to an interview people may still book, move or cancel (README, "Settings").

/// The booking windows, in hours before an interview starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InterviewSettings {
    /// No booking closer than this to the start: staff need time to prepare
    /// (`SHIEN_INTERVIEW_NOTICE_HOURS`).
    pub notice_hours: u32,
    /// Moving or cancelling closes this long before the start
    /// (`SHIEN_INTERVIEW_CUTOFF_HOURS`).
    pub cutoff_hours: u32,
}

impl InterviewSettings {
    /// The most either window may be: 30 days.
    pub const MAX_HOURS: u32 = 30 * 24;
}

impl Default for InterviewSettings {
    fn default() -> Self {
        Self {
            notice_hours: 24,
            cutoff_hours: 24,
        }
    }
}
