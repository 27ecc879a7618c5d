//! The ".ics" of a booked interview ("add to calendar"), made by the `icalendar` crate.
//! Its UID stays the same for the life of the booking and its SEQUENCE rises with every
//! change, so a calendar that imports the file again moves the entry (or, once cancelled,
//! removes it) instead of adding a second one. Times are UTC instants: every calendar
//! shows them in its own time zone, which on a phone in Japan is Japan time.

use chrono::{DateTime, Duration, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, EventStatus};

/// How long before the start the phone reminds.
const REMINDER_MINUTES: i64 = 60;

/// What the calendar entry says, already in the reader's language.
pub struct CalendarEntry<'a> {
    /// `<booking id>@shien`: the booking's, for good.
    pub uid: &'a str,
    pub sequence: u32,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub title: &'a str,
    pub description: &'a str,
    /// The place, or for a video interview the link.
    pub location: Option<&'a str>,
    pub video_url: Option<&'a str>,
    pub reminder: &'a str,
    pub cancelled: bool,
    /// When the booking last changed: DTSTAMP.
    pub changed_at: DateTime<Utc>,
}

/// The iCalendar text of one interview.
pub fn ics(entry: &CalendarEntry<'_>) -> String {
    let mut event = Event::new();
    event
        .uid(entry.uid)
        .sequence(entry.sequence)
        .timestamp(entry.changed_at)
        .starts(entry.starts_at)
        .ends(entry.ends_at)
        .summary(entry.title)
        .description(entry.description)
        .status(if entry.cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        })
        .alarm(Alarm::display(
            entry.reminder,
            -Duration::minutes(REMINDER_MINUTES),
        ));
    if let Some(location) = entry.location.or(entry.video_url) {
        event.location(location);
    }
    if let Some(url) = entry.video_url {
        event.url(url);
    }
    let mut calendar = Calendar::new();
    calendar.push(event.done());
    // The whole entry is small; writing to a String cannot fail.
    calendar.done().to_string()
}

#[cfg(test)]
mod tests;
