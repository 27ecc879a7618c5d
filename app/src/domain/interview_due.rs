//! Where a periodic interview that falls due stands (DESIGN.md §2, support 10): booked or
//! not, overdue or not, late or on time. One rule for the staff dashboard, the homes and
//! the interview pages, so that nobody chases a worker or a company who has booked.

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{support::DUE_SOON_DAYS, tokyo};

/// What an interview's due date means today, given its live booking (booked, neither
/// cancelled nor recorded yet), if it has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InterviewStanding {
    /// Booked for `starts_at`: never overdue, never urgent. `late` when it starts after
    /// the due date (in Japan).
    Booked {
        starts_at: DateTime<Utc>,
        late: bool,
    },
    /// Not booked and the due date has passed.
    Overdue,
    /// Not booked and due within [`DUE_SOON_DAYS`].
    DueSoon,
    /// Not booked and due later.
    DueLater,
}

impl InterviewStanding {
    /// Past its due date with nothing booked: someone has to book it now.
    pub fn overdue(self) -> bool {
        self == Self::Overdue
    }

    /// Not booked and due within two weeks (or overdue).
    pub fn urgent(self) -> bool {
        matches!(self, Self::Overdue | Self::DueSoon)
    }

    /// The booked start, if booked.
    pub fn booked_at(self) -> Option<DateTime<Utc>> {
        match self {
            Self::Booked { starts_at, .. } => Some(starts_at),
            _ => None,
        }
    }
}

/// The standing of an interview due on `due_on`, booked for `booked_at` (or not), on
/// `today` (a Japan date).
pub fn interview_standing(
    due_on: NaiveDate,
    booked_at: Option<DateTime<Utc>>,
    today: NaiveDate,
) -> InterviewStanding {
    if let Some(starts_at) = booked_at {
        return InterviewStanding::Booked {
            starts_at,
            late: starts_after_due(due_on, starts_at),
        };
    }
    if due_on < today {
        return InterviewStanding::Overdue;
    }
    let soon = today
        .checked_add_days(Days::new(DUE_SOON_DAYS))
        .is_none_or(|limit| due_on <= limit);
    if soon {
        InterviewStanding::DueSoon
    } else {
        InterviewStanding::DueLater
    }
}

/// An interview starting at `starts_at` is late when it starts on a Japan date after
/// `due_on` (one held on the due date itself is in time).
pub fn starts_after_due(due_on: NaiveDate, starts_at: DateTime<Utc>) -> bool {
    tokyo::date(starts_at) > due_on
}

#[cfg(test)]
mod tests;
