//! The words of the interview pages that depend on a value: a mode, a topic, a status, an
//! error code (the weekdays are `locale`'s). Locale keys must be literal, hence one arm per value.

use chrono::{Datelike, NaiveDate};
use leptos_i18n::{I18nContext, t_string};

use super::{BookingStatus, SlotView};
use crate::{
    domain::{InterviewKind, InterviewMode, InterviewTopic, tokyo},
    i18n::Locale,
    locale::{LANGUAGES, weekday_name},
};

pub type I18n = I18nContext<Locale>;

pub fn mode_name(i18n: I18n, mode: InterviewMode) -> String {
    match mode {
        InterviewMode::InPerson => t_string!(i18n, interview.mode_in_person),
        InterviewMode::Video => t_string!(i18n, interview.mode_video),
    }
    .to_string()
}

pub fn kind_name(i18n: I18n, kind: InterviewKind) -> String {
    match kind {
        InterviewKind::Worker => t_string!(i18n, interview.kind_worker),
        InterviewKind::Supervisor => t_string!(i18n, interview.kind_supervisor),
    }
    .to_string()
}

pub fn status_name(i18n: I18n, status: BookingStatus) -> String {
    match status {
        BookingStatus::Booked => t_string!(i18n, interview.status_booked),
        BookingStatus::Cancelled => t_string!(i18n, interview.status_cancelled),
        BookingStatus::NoShow => t_string!(i18n, interview.status_no_show),
        BookingStatus::Completed => t_string!(i18n, interview.status_completed),
    }
    .to_string()
}

pub fn topic_name(i18n: I18n, topic: InterviewTopic) -> String {
    use InterviewTopic as T;
    match topic {
        T::WorkingConditions => t_string!(i18n, interview.topic_working_conditions),
        T::Wages => t_string!(i18n, interview.topic_wages),
        T::Overtime => t_string!(i18n, interview.topic_overtime),
        T::Harassment => t_string!(i18n, interview.topic_harassment),
        T::DocumentsKept => t_string!(i18n, interview.topic_documents_kept),
        T::Housing => t_string!(i18n, interview.topic_housing),
        T::Health => t_string!(i18n, interview.topic_health),
        T::PrivateLife => t_string!(i18n, interview.topic_private_life),
    }
    .to_string()
}

/// `2026-12-01 (Tue)`, the weekday in the reader's language.
pub fn day_heading(i18n: I18n, day: NaiveDate) -> String {
    format!("{day} ({})", weekday_name(i18n, day.weekday()))
}

/// `10:00–10:30`, Japan time.
pub fn time_range(slot: &SlotView) -> String {
    format!(
        "{}–{}",
        tokyo::local(slot.starts_at).format("%H:%M"),
        tokyo::local(slot.ends_at).format("%H:%M")
    )
}

/// `2026-12-01 (Tue) 10:00–10:30`.
pub fn when(i18n: I18n, slot: &SlotView) -> String {
    format!(
        "{} {}",
        day_heading(i18n, tokyo::date(slot.starts_at)),
        time_range(slot)
    )
}

/// The slot's languages, each named in its own script.
pub fn language_names(codes: &[String]) -> String {
    codes
        .iter()
        .filter_map(|code| LANGUAGES.iter().find(|(c, _)| c == code))
        .map(|(_, name)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The message for an error code in the query string, if it is one of ours.
pub fn error_message(i18n: I18n, code: &str) -> Option<String> {
    let message = match code {
        "interview_error.slot_taken" => t_string!(i18n, interview_error.slot_taken),
        "interview_error.choose_slot" => t_string!(i18n, interview_error.choose_slot),
        "interview_error.already_booked" => t_string!(i18n, interview_error.already_booked),
        "interview_error.too_late" => t_string!(i18n, interview_error.too_late),
        "interview_error.past_cutoff" => t_string!(i18n, interview_error.past_cutoff),
        "interview_error.reason_missing" => t_string!(i18n, interview_error.reason_missing),
        "interview_error.too_long" => t_string!(i18n, interview_error.too_long),
        "interview_error.date" => t_string!(i18n, interview_error.date),
        "interview_error.time" => t_string!(i18n, interview_error.time),
        "interview_error.weekdays" => t_string!(i18n, interview_error.weekdays),
        "interview_error.end_before_start" => t_string!(i18n, interview_error.end_before_start),
        "interview_error.length" => t_string!(i18n, interview_error.length),
        "interview_error.buffer" => t_string!(i18n, interview_error.buffer),
        "interview_error.weeks" => t_string!(i18n, interview_error.weeks),
        "interview_error.past" => t_string!(i18n, interview_error.past),
        "interview_error.place_missing" => t_string!(i18n, interview_error.place_missing),
        "interview_error.video_url" => t_string!(i18n, interview_error.video_url),
        "interview_error.overlap" => t_string!(i18n, interview_error.overlap),
        "interview_error.consent_missing" => t_string!(i18n, interview_error.consent_missing),
        "interview_error.not_started" => t_string!(i18n, interview_error.not_started),
        "interview_error.held_on" => t_string!(i18n, interview_error.held_on),
        "interview_error.attendees_missing" => {
            t_string!(i18n, interview_error.attendees_missing)
        }
        "interview_error.summary_missing" => t_string!(i18n, interview_error.summary_missing),
        "interview_error.action_missing" => t_string!(i18n, interview_error.action_missing),
        "interview_error.record_too_long" => t_string!(i18n, interview_error.record_too_long),
        "interview_error.mode" => t_string!(i18n, interview_error.mode),
        "interview_error.languages" => t_string!(i18n, interview_error.languages),
        "interview_error.consent_not_given" => t_string!(i18n, interview_error.consent_not_given),
        "interview_error.consent_withdrawn" => t_string!(i18n, interview_error.consent_withdrawn),
        "interview_error.attestation_missing" => {
            t_string!(i18n, interview_error.attestation_missing)
        }
        "interview_error.recording_missing" => t_string!(i18n, interview_error.recording_missing),
        "interview_error.recording_twice" => t_string!(i18n, interview_error.recording_twice),
        "interview_error.recording_ref" => t_string!(i18n, interview_error.recording_ref),
        "interview_error.recording_sha256" => t_string!(i18n, interview_error.recording_sha256),
        "interview_error.recording_name" => t_string!(i18n, interview_error.recording_name),
        "interview_error.recording_empty" => t_string!(i18n, interview_error.recording_empty),
        "interview_error.recording_too_large" => {
            t_string!(i18n, interview_error.recording_too_large)
        }
        "interview_error.recording_interrupted" => {
            t_string!(i18n, interview_error.recording_interrupted)
        }
        "interview_error.recording_not_media" => {
            t_string!(i18n, interview_error.recording_not_media)
        }
        "interview_error.recording_closed" => t_string!(i18n, interview_error.recording_closed),
        "interview_error.no_consent" => t_string!(i18n, interview_error.no_consent),
        "conflict" => t_string!(i18n, interview_error.conflict),
        _ => return crate::layout::shared_error(i18n, code),
    };
    Some(message.to_string())
}

/// The message after a change went through.
pub fn saved_message(i18n: I18n, code: &str) -> Option<String> {
    let message = match code {
        "published" => t_string!(i18n, interview.saved_published),
        "booked" => t_string!(i18n, interview.saved_booked),
        "booked_late" => t_string!(i18n, interview.saved_booked_late),
        "moved" => t_string!(i18n, interview.saved_moved),
        "moved_late" => t_string!(i18n, interview.saved_moved_late),
        "cancelled" => t_string!(i18n, interview.saved_cancelled),
        "recorded" => t_string!(i18n, interview.saved_recorded),
        "no_show" => t_string!(i18n, interview.saved_no_show),
        "report_sent" => t_string!(i18n, interview.saved_report_sent),
        "time_asked" => t_string!(i18n, interview.saved_time_asked),
        "recording_added" => t_string!(i18n, interview.saved_recording_added),
        "consent_withdrawn" => t_string!(i18n, interview.saved_consent_withdrawn),
        _ => return None,
    };
    Some(message.to_string())
}

/// The Japan date a slot starts on.
pub fn tokyo_day(slot: &SlotView) -> NaiveDate {
    tokyo::date(slot.starts_at)
}
