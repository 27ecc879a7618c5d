//! What staff record after an interview: the items of the official reports (参考様式
//! 5-5 for the worker, 5-6 for the supervisor) and the checks on them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{UnknownCode, enum_codes};

/// How the interview was held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewMode {
    InPerson,
    /// Online, by video (needs the worker's consent the first time).
    Video,
}

enum_codes!(InterviewMode, "interview mode", {
    InPerson => "in_person",
    Video => "video",
});

/// The points an interview checks, as the reports list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewTopic {
    /// Working conditions and hours as in the contract.
    WorkingConditions,
    /// Wages paid as agreed.
    Wages,
    Overtime,
    Harassment,
    /// The employer keeps the passport or residence card (forbidden).
    DocumentsKept,
    Housing,
    Health,
    PrivateLife,
}

enum_codes!(InterviewTopic, "interview topic", {
    WorkingConditions => "working_conditions",
    Wages => "wages",
    Overtime => "overtime",
    Harassment => "harassment",
    DocumentsKept => "documents_kept",
    Housing => "housing",
    Health => "health",
    PrivateLife => "private_life",
});

impl InterviewTopic {
    /// Topics stored as `a,b,c`, in the reports' order; unknown codes are an error.
    pub fn parse_list(text: &str) -> Result<Vec<Self>, UnknownCode> {
        let mut topics = text
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(Self::from_code)
            .collect::<Result<Vec<_>, _>>()?;
        topics.sort_by_key(|t| Self::ALL.iter().position(|a| a == t));
        topics.dedup();
        Ok(topics)
    }

    pub fn join(topics: &[Self]) -> String {
        topics
            .iter()
            .map(|t| t.code())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The longest free text of a record field.
pub const RECORD_TEXT_MAX_CHARS: usize = 2000;

/// What is wrong with a record, field by field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InterviewRecordProblem {
    /// Held after today, or before the slot's day.
    HeldOn,
    AttendeesMissing,
    SummaryMissing,
    /// Problems were found but no action is recorded.
    ActionMissing,
    /// A field is longer than [`RECORD_TEXT_MAX_CHARS`].
    TooLong,
}

/// The record's texts as typed.
pub struct RecordTexts<'a> {
    pub attendees: &'a str,
    pub interpreter: &'a str,
    pub problems: &'a str,
    pub action_taken: &'a str,
    pub summary: &'a str,
}

/// Checks a record: held between the booked day and today (Japan dates), who attended,
/// a summary the worker can read, and an action for every problem found.
pub fn check_interview_record(
    held_on: NaiveDate,
    booked_day: NaiveDate,
    today: NaiveDate,
    texts: &RecordTexts<'_>,
) -> Result<(), InterviewRecordProblem> {
    if held_on > today || held_on < booked_day {
        return Err(InterviewRecordProblem::HeldOn);
    }
    let all = [
        texts.attendees,
        texts.interpreter,
        texts.problems,
        texts.action_taken,
        texts.summary,
    ];
    if all
        .iter()
        .any(|t| t.trim().chars().count() > RECORD_TEXT_MAX_CHARS)
    {
        return Err(InterviewRecordProblem::TooLong);
    }
    if texts.attendees.trim().is_empty() {
        return Err(InterviewRecordProblem::AttendeesMissing);
    }
    if texts.summary.trim().is_empty() {
        return Err(InterviewRecordProblem::SummaryMissing);
    }
    if !texts.problems.trim().is_empty() && texts.action_taken.trim().is_empty() {
        return Err(InterviewRecordProblem::ActionMissing);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or(NaiveDate::MIN)
    }

    fn texts<'a>(problems: &'a str, action: &'a str) -> RecordTexts<'a> {
        RecordTexts {
            attendees: "Nguyen Van An; Sato (staff)",
            interpreter: "",
            problems,
            action_taken: action,
            summary: "No problems.",
        }
    }

    #[test]
    fn topics_read_back_in_the_reports_order_without_repeats() {
        let topics = InterviewTopic::parse_list("health, wages,health,,working_conditions");
        assert_eq!(
            topics,
            Ok(vec![
                InterviewTopic::WorkingConditions,
                InterviewTopic::Wages,
                InterviewTopic::Health
            ])
        );
        assert_eq!(
            InterviewTopic::join(&topics.unwrap_or_default()),
            "working_conditions,wages,health"
        );
        assert!(InterviewTopic::parse_list("wages,bonus").is_err());
    }

    #[test]
    fn a_record_is_held_between_the_booked_day_and_today() {
        let (booked, today) = (day("2026-12-01"), day("2026-12-03"));
        let ok = texts("", "");
        assert_eq!(check_interview_record(booked, booked, today, &ok), Ok(()));
        assert_eq!(check_interview_record(today, booked, today, &ok), Ok(()));
        assert_eq!(
            check_interview_record(day("2026-12-04"), booked, today, &ok),
            Err(InterviewRecordProblem::HeldOn)
        );
        assert_eq!(
            check_interview_record(day("2026-11-30"), booked, today, &ok),
            Err(InterviewRecordProblem::HeldOn)
        );
    }

    #[test]
    fn a_problem_found_needs_the_action_taken() {
        let (booked, today) = (day("2026-12-01"), day("2026-12-01"));
        assert_eq!(
            check_interview_record(booked, booked, today, &texts("Unpaid overtime", " ")),
            Err(InterviewRecordProblem::ActionMissing)
        );
        assert_eq!(
            check_interview_record(
                booked,
                booked,
                today,
                &texts("Unpaid overtime", "Told the company")
            ),
            Ok(())
        );
        let long = "x".repeat(RECORD_TEXT_MAX_CHARS + 1);
        assert_eq!(
            check_interview_record(booked, booked, today, &texts(&long, "a")),
            Err(InterviewRecordProblem::TooLong)
        );
        let mut nobody = texts("", "");
        nobody.attendees = "  ";
        assert_eq!(
            check_interview_record(booked, booked, today, &nobody),
            Err(InterviewRecordProblem::AttendeesMissing)
        );
    }
}
