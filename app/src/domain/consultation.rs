//! Consultations (support 7, 相談・苦情対応): what a worker may ask about, the life of a
//! thread, and the checks on messages and on the consultation record (参考様式5-4).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::enum_codes;

/// What a consultation is about, as a worker would name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsultationCategory {
    Work,
    Wages,
    Hours,
    Harassment,
    Housing,
    Health,
    Money,
    Visa,
    Other,
}

enum_codes!(ConsultationCategory, "consultation category", {
    Work => "work",
    Wages => "wages",
    Hours => "hours",
    Harassment => "harassment",
    Housing => "housing",
    Health => "health",
    Money => "money",
    Visa => "visa",
    Other => "other",
});

/// Where a thread stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsultationStatus {
    /// The worker spoke last: staff owe an answer.
    Waiting,
    /// Staff answered last.
    Answered,
    /// Closed, with its consultation record.
    Resolved,
}

enum_codes!(ConsultationStatus, "consultation status", {
    Waiting => "waiting",
    Answered => "answered",
    Resolved => "resolved",
});

impl ConsultationStatus {
    /// The status after a message, whatever it was: a worker's reopens a resolved thread,
    /// so nothing a worker says is ever left unread in a closed one.
    pub fn after_message(from_staff: bool) -> Self {
        if from_staff {
            Self::Answered
        } else {
            Self::Waiting
        }
    }
}

/// The longest message: a long story fits, a pasted file does not.
pub const MESSAGE_MAX_CHARS: usize = 4000;

/// The longest field of the consultation record.
pub const CONSULTATION_RECORD_MAX_CHARS: usize = 2000;

/// What is wrong with a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageProblem {
    Empty,
    TooLong,
}

impl MessageProblem {
    /// The locale key under `consultation_error`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Empty => "consultation_error.empty",
            Self::TooLong => "consultation_error.too_long",
        }
    }
}

/// The message as stored: trimmed, not empty, not too long. Line breaks stay.
pub fn check_message(body: &str) -> Result<&str, MessageProblem> {
    let body = body.trim();
    if body.is_empty() {
        Err(MessageProblem::Empty)
    } else if body.chars().count() > MESSAGE_MAX_CHARS {
        Err(MessageProblem::TooLong)
    } else {
        Ok(body)
    }
}

/// The consultation record's fields as staff typed them.
#[derive(Clone, Copy, Debug)]
pub struct ConsultationRecord<'a> {
    pub held_on: NaiveDate,
    pub content: &'a str,
    pub response: &'a str,
    /// The authority it was referred to; empty when it was not.
    pub referred_to: &'a str,
}

/// What is wrong with a record: the field and its locale key.
pub fn check_consultation_record(
    record: &ConsultationRecord<'_>,
    opened_on: NaiveDate,
    today: NaiveDate,
) -> Result<(), (&'static str, &'static str)> {
    if record.held_on > today || record.held_on < opened_on {
        return Err(("held_on", "consultation_error.held_on"));
    }
    for (field, text) in [
        ("content", record.content),
        ("response", record.response),
        ("referred_to", record.referred_to),
    ] {
        if text.chars().count() > CONSULTATION_RECORD_MAX_CHARS {
            return Err((field, "consultation_error.record_too_long"));
        }
    }
    for (field, text) in [("content", record.content), ("response", record.response)] {
        if text.trim().is_empty() {
            return Err((field, "consultation_error.record_missing"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for category in ConsultationCategory::ALL {
            assert_eq!(
                ConsultationCategory::from_code(category.code()),
                Ok(category)
            );
        }
        for status in ConsultationStatus::ALL {
            assert_eq!(ConsultationStatus::from_code(status.code()), Ok(status));
        }
        assert!(ConsultationCategory::from_code("employer").is_err());
    }

    #[test]
    fn a_message_is_trimmed_and_bounded() {
        assert_eq!(
            check_message("  Lương tháng này chưa trả.\n"),
            Ok("Lương tháng này chưa trả.")
        );
        assert_eq!(check_message(" \n\t "), Err(MessageProblem::Empty));
        let long = "あ".repeat(MESSAGE_MAX_CHARS);
        assert_eq!(check_message(&long), Ok(long.as_str()));
        let too_long = "a".repeat(100 * 1024);
        assert_eq!(check_message(&too_long), Err(MessageProblem::TooLong));
    }

    #[test]
    fn whoever_spoke_last_sets_the_status() {
        assert_eq!(
            ConsultationStatus::after_message(true),
            ConsultationStatus::Answered
        );
        assert_eq!(
            ConsultationStatus::after_message(false),
            ConsultationStatus::Waiting
        );
    }

    #[test]
    fn a_record_is_dated_within_the_consultation_and_says_what_was_done() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
        let good = ConsultationRecord {
            held_on: day(20),
            content: "Unpaid overtime in October.",
            response: "Asked the company; paid on 25 November.",
            referred_to: "",
        };
        assert_eq!(check_consultation_record(&good, day(18), day(26)), Ok(()));
        let future = ConsultationRecord {
            held_on: day(27),
            ..good
        };
        assert_eq!(
            check_consultation_record(&future, day(18), day(26)),
            Err(("held_on", "consultation_error.held_on"))
        );
        let before = ConsultationRecord {
            held_on: day(17),
            ..good
        };
        assert!(check_consultation_record(&before, day(18), day(26)).is_err());
        let empty = ConsultationRecord {
            response: "  ",
            ..good
        };
        assert_eq!(
            check_consultation_record(&empty, day(18), day(26)),
            Err(("response", "consultation_error.record_missing"))
        );
        let long = "x".repeat(CONSULTATION_RECORD_MAX_CHARS + 1);
        let too_long = ConsultationRecord {
            referred_to: &long,
            ..good
        };
        assert_eq!(
            check_consultation_record(&too_long, day(18), day(26)),
            Err(("referred_to", "consultation_error.record_too_long"))
        );
    }
}
