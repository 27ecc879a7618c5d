//! The stay's words: the kinds, results and standings in the reader's language, and the
//! messages of the stay's refusals. Locale keys must be literal: one arm each.

use leptos_i18n::td_string;

use crate::{
    domain::{LeaveKind, RenewalResult, StayStanding, TotalStayAlert},
    i18n::Locale,
};

pub fn leave_kind_label(locale: Locale, kind: LeaveKind) -> String {
    match kind {
        LeaveKind::Maternity => td_string!(locale, stay.leave_maternity),
        LeaveKind::Childcare => td_string!(locale, stay.leave_childcare),
        LeaveKind::SicknessOrInjury => td_string!(locale, stay.leave_sickness_or_injury),
        LeaveKind::WorkInjury => td_string!(locale, stay.leave_work_injury),
    }
    .to_string()
}

pub fn result_label(locale: Locale, result: RenewalResult) -> String {
    match result {
        RenewalResult::Granted => td_string!(locale, stay.result_granted),
        RenewalResult::Refused => td_string!(locale, stay.result_refused),
        RenewalResult::Withdrawn => td_string!(locale, stay.result_withdrawn),
    }
    .to_string()
}

/// What the card's expiry means today, in a sentence.
pub fn standing_text(locale: Locale, standing: StayStanding) -> (String, &'static str) {
    match standing {
        StayStanding::Unknown => (td_string!(locale, stay.standing_unknown).to_string(), ""),
        StayStanding::Valid { until } => (
            td_string!(locale, stay.standing_valid, date = until.to_string()).to_string(),
            "",
        ),
        StayStanding::RenewalDue { until } => (
            td_string!(locale, stay.standing_renewal_due, date = until.to_string()).to_string(),
            "due-soon",
        ),
        StayStanding::UnderReview { may_stay_until } => (
            td_string!(
                locale,
                stay.standing_under_review,
                date = may_stay_until.to_string()
            )
            .to_string(),
            "due-soon",
        ),
        StayStanding::Expired { since } => (
            td_string!(locale, stay.standing_expired, date = since.to_string()).to_string(),
            "overdue",
        ),
    }
}

pub fn alert_text(locale: Locale, alert: TotalStayAlert) -> String {
    match alert {
        TotalStayAlert::Notice => td_string!(locale, stay.alert_notice),
        TotalStayAlert::Urgent => td_string!(locale, stay.alert_urgent),
        TotalStayAlert::Reached => td_string!(locale, stay.alert_reached),
    }
    .to_string()
}

pub fn error_text(locale: Locale, code: &str) -> Option<String> {
    Some(
        match code {
            "stay.err_date" => td_string!(locale, stay.err_date),
            "stay.err_in_future" => td_string!(locale, stay.err_in_future),
            "stay.err_ends_before_grant" => td_string!(locale, stay.err_ends_before_grant),
            "stay.err_grant_too_long" => td_string!(locale, stay.err_grant_too_long),
            "stay.err_decided_before_applied" => {
                td_string!(locale, stay.err_decided_before_applied)
            }
            "stay.err_applied_after_expiry" => td_string!(locale, stay.err_applied_after_expiry),
            "stay.err_no_expiry" => td_string!(locale, stay.err_no_expiry),
            "stay.err_renewal_pending" => td_string!(locale, stay.err_renewal_pending),
            "stay.err_result" => td_string!(locale, stay.err_result),
            "stay.err_new_expiry" => td_string!(locale, stay.err_new_expiry),
            "stay.err_leave_kind" => td_string!(locale, stay.err_leave_kind),
            "stay.err_leave_ends_before_start" => {
                td_string!(locale, stay.err_leave_ends_before_start)
            }
            "stay.err_leave_overlaps" => td_string!(locale, stay.err_leave_overlaps),
            _ => return None,
        }
        .to_string(),
    )
}
