//! What a recorded support must hold (DESIGN.md §2, the support-implementation record):
//! checked on the server before anything is written; each problem names a form field and a
//! locale key.

use chrono::NaiveDate;

use super::{Session, SupportKind, enum_codes, parse_sessions};

/// One record covers one day's session at most.
pub const DURATION_MAX_MINUTES: u32 = 24 * 60;
/// The Specified Skilled Worker status exists since 1 April 2019: nothing is older.
pub const FIRST_POSSIBLE_DAY: (i32, u32, u32) = (2019, 4, 1);
/// Free text (what was covered, notes, reasons, comments), in characters.
pub const TEXT_MAX_CHARS: usize = 2000;
/// A name or a place, in characters.
pub const SHORT_TEXT_MAX_CHARS: usize = 200;

/// How the support was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryMode {
    InPerson,
    Online,
}

enum_codes!(DeliveryMode, "delivery mode", {
    InPerson => "in_person",
    Online => "online",
});

/// A delivery as typed into the form.
#[derive(Clone, Debug, Default)]
pub struct DeliveryFields<'a> {
    pub delivered_on: &'a str,
    pub duration_minutes: &'a str,
    pub delivered_by: &'a str,
    pub language: &'a str,
    pub mode: &'a str,
    pub place: &'a str,
    pub content: &'a str,
    pub internal_note: &'a str,
    /// Sessions, one per line (`YYYY-MM-DD HH:MM-HH:MM`): when given, they decide the
    /// days and the length.
    pub sessions: &'a str,
}

/// A delivery whose fields passed every rule (its timing is checked against the worker's
/// dates by `check_timing`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// The day it began (the first session).
    pub first_day: NaiveDate,
    /// The day it was complete (the last session).
    pub delivered_on: NaiveDate,
    pub sessions: Vec<Session>,
    pub duration_minutes: u32,
    pub delivered_by: String,
    pub language: String,
    pub mode: DeliveryMode,
    pub place: String,
    pub content: String,
    pub internal_note: String,
}

/// Why a record was refused: the field, and the locale key that explains it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordProblem {
    pub field: &'static str,
    pub message_key: &'static str,
}

const fn problem(field: &'static str, message_key: &'static str) -> RecordProblem {
    RecordProblem { field, message_key }
}

/// Checks the fields of a delivery of `kind` (`None`: a voluntary support). `today` is
/// the day in Japan; `known_language` says which language codes the portal knows. Only
/// the orientation may be given in sessions.
pub fn check_delivery(
    kind: Option<SupportKind>,
    fields: &DeliveryFields<'_>,
    today: NaiveDate,
    known_language: impl Fn(&str) -> bool,
) -> Result<Delivery, RecordProblem> {
    let sessions = parse_sessions(fields.sessions)?;
    if !sessions.is_empty() && kind != Some(SupportKind::LifeOrientation) {
        return Err(problem("sessions", "supports.err_sessions"));
    }
    let (first_day, delivered_on, duration_minutes) = match (sessions.first(), sessions.last()) {
        (Some(first), Some(last)) => {
            for session in &sessions {
                check_past_date(session.on, "sessions", today)?;
            }
            let total: u32 = sessions.iter().map(Session::minutes).sum();
            (first.on, last.on, total)
        }
        _ => {
            let day = check_past_day(fields.delivered_on, "delivered_on", today)?;
            let minutes: i64 = fields
                .duration_minutes
                .trim()
                .parse()
                .map_err(|_| problem("duration_minutes", "supports.err_duration"))?;
            let minutes = u32::try_from(minutes)
                .ok()
                .filter(|m| (1..=DURATION_MAX_MINUTES).contains(m))
                .ok_or(problem("duration_minutes", "supports.err_duration"))?;
            (day, day, minutes)
        }
    };
    let delivered_by = short_text(fields.delivered_by, "delivered_by")?;
    if delivered_by.is_empty() {
        return Err(problem("delivered_by", "supports.err_delivered_by"));
    }
    let language = fields.language.trim();
    if !known_language(language) {
        return Err(problem("language", "supports.err_language"));
    }
    let mode = DeliveryMode::from_code(fields.mode.trim())
        .map_err(|_| problem("mode", "supports.err_mode"))?;
    Ok(Delivery {
        first_day,
        delivered_on,
        sessions,
        duration_minutes,
        delivered_by,
        language: language.to_owned(),
        mode,
        place: short_text(fields.place, "place")?,
        content: long_text(fields.content, "content")?,
        internal_note: long_text(fields.internal_note, "internal_note")?,
    })
}

/// A day something happened: a date (`YYYY-MM-DD`), not after `today`, not before the
/// status existed.
pub fn check_past_day(
    text: &str,
    field: &'static str,
    today: NaiveDate,
) -> Result<NaiveDate, RecordProblem> {
    let day = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| problem(field, "supports.err_date"))?;
    check_past_date(day, field, today)
}

fn check_past_date(
    day: NaiveDate,
    field: &'static str,
    today: NaiveDate,
) -> Result<NaiveDate, RecordProblem> {
    if day > today {
        return Err(problem(field, "supports.err_date_future"));
    }
    let (y, m, d) = FIRST_POSSIBLE_DAY;
    if NaiveDate::from_ymd_opt(y, m, d).is_some_and(|first| day < first) {
        return Err(problem(field, "supports.err_date"));
    }
    Ok(day)
}

fn short_text(text: &str, field: &'static str) -> Result<String, RecordProblem> {
    let text = text.trim();
    if text.chars().count() > SHORT_TEXT_MAX_CHARS {
        return Err(problem(field, "supports.err_too_long"));
    }
    Ok(text.to_owned())
}

fn long_text(text: &str, field: &'static str) -> Result<String, RecordProblem> {
    let text = text.trim();
    if text.chars().count() > TEXT_MAX_CHARS {
        return Err(problem(field, "supports.err_too_long"));
    }
    Ok(text.to_owned())
}

/// A reason or a comment that must be given: "not applicable" needs a reason, sending a
/// record back needs a comment.
pub fn check_required_text(text: &str, field: &'static str) -> Result<String, RecordProblem> {
    let text = long_text(text, field)?;
    if text.is_empty() {
        return Err(problem(field, "supports.err_reason_missing"));
    }
    Ok(text)
}

/// The title of a voluntary support: 1 to 200 characters.
pub fn check_title(text: &str) -> Result<String, RecordProblem> {
    let text = short_text(text, "title")?;
    if text.is_empty() {
        return Err(problem("title", "supports.err_title"));
    }
    Ok(text)
}

#[cfg(test)]
mod tests;
