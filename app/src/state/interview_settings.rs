//! How close to an interview people may still book, move or cancel, and how large the
//! recording of an online interview may be (README, "Settings").

/// The booking windows, in hours before an interview starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InterviewSettings {
    /// No booking closer than this to the start: staff need time to prepare
    /// (`SHIEN_INTERVIEW_NOTICE_HOURS`).
    pub notice_hours: u32,
    /// Moving or cancelling closes this long before the start
    /// (`SHIEN_INTERVIEW_CUTOFF_HOURS`).
    pub cutoff_hours: u32,
    /// The largest recording of an online interview accepted (`SHIEN_RECORDING_MAX_MB`).
    pub recording_max_bytes: u64,
}

impl InterviewSettings {
    /// The most either window may be: 30 days.
    pub const MAX_HOURS: u32 = 30 * 24;
    /// A 30-minute video call recorded at 720p is 300 MB to 1 GB; 2 GB leaves room for
    /// an hour with an interpreter.
    pub const DEFAULT_RECORDING_MAX_BYTES: u64 = 2 * 1024 * 1024 * 1024;
}

impl Default for InterviewSettings {
    fn default() -> Self {
        Self {
            notice_hours: 24,
            cutoff_hours: 24,
            recording_max_bytes: Self::DEFAULT_RECORDING_MAX_BYTES,
        }
    }
}
