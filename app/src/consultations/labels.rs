//! The words of the consultation pages that depend on a value. Locale keys must be
//! literal, hence one arm per value.

use leptos_i18n::{I18nContext, t_string};

use crate::{
    domain::{ConsultationCategory, ConsultationStatus},
    i18n::Locale,
};

pub type I18n = I18nContext<Locale>;

pub fn category_name(i18n: I18n, category: ConsultationCategory) -> String {
    crate::locale::words::consultation_category_name(i18n.get_locale(), category)
}

/// What a thread is about, as its lists and page title name it.
pub fn thread_title(i18n: I18n, item: &super::ConsultationItem) -> String {
    if item.about_record {
        t_string!(i18n, consultation.about_record).to_string()
    } else {
        category_name(i18n, item.category)
    }
}

pub fn status_name(i18n: I18n, status: ConsultationStatus) -> String {
    match status {
        ConsultationStatus::Waiting => t_string!(i18n, consultation.status.waiting),
        ConsultationStatus::Answered => t_string!(i18n, consultation.status.answered),
        ConsultationStatus::Resolved => t_string!(i18n, consultation.status.resolved),
    }
    .to_string()
}

/// `weekday` 0 = Monday.
pub fn weekday_name(i18n: I18n, weekday: u8) -> String {
    let day = chrono::Weekday::try_from(weekday).unwrap_or(chrono::Weekday::Sun);
    crate::locale::weekday_name(i18n, day)
}

/// The message for an error code in the query string, if it is one of ours.
pub fn error_message(i18n: I18n, code: &str) -> Option<String> {
    let message = match code {
        "consultation_error.empty" => t_string!(i18n, consultation_error.empty),
        "consultation_error.too_long" => t_string!(i18n, consultation_error.too_long),
        "consultation_error.not_image" => t_string!(i18n, consultation_error.not_image),
        "consultation_error.category" => t_string!(i18n, consultation_error.category),
        "consultation_error.held_on" => t_string!(i18n, consultation_error.held_on),
        "consultation_error.record_missing" => t_string!(i18n, consultation_error.record_missing),
        "consultation_error.record_too_long" => {
            t_string!(i18n, consultation_error.record_too_long)
        }
        "consultation_error.assignee" => t_string!(i18n, consultation_error.assignee),
        "hours_error.bad_times" => t_string!(i18n, hours_error.bad_times),
        "hours_error.too_few_weekdays" => t_string!(i18n, hours_error.too_few_weekdays),
        "hours_error.no_weekend_day" => t_string!(i18n, hours_error.no_weekend_day),
        "hours_error.phone" => t_string!(i18n, hours_error.phone),
        "conflict" => t_string!(i18n, interview_error.conflict),
        _ => return crate::files::error_message(i18n, code),
    };
    Some(message.to_string())
}

/// The message after a change went through.
pub fn saved_message(i18n: I18n, code: &str) -> Option<String> {
    let message = match code {
        "sent" | "opened" => t_string!(i18n, consultation.saved_sent),
        "noted" => t_string!(i18n, consultation.saved_noted),
        "assigned" => t_string!(i18n, consultation.saved_assigned),
        "resolved" => t_string!(i18n, consultation.saved_resolved),
        "hours" => t_string!(i18n, consultation.saved_hours),
        _ => return None,
    };
    Some(message.to_string())
}
